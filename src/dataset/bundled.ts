import { checkDataset } from './check-dataset';
import { DATASET_ELEMENT_ID } from './embed';
import type { Dataset } from './schema';

/** Why the page cannot show its dataset, in words for whoever built it. */
export class DatasetError extends Error {
  override name = 'DatasetError';
}

/** The dataset this page was built with, read from its data block (see embed.ts). */
export function readBundledDataset(doc: Document): Dataset {
  const block = doc.getElementById(DATASET_ELEMENT_ID);
  if (!block?.textContent) {
    throw new DatasetError('This page holds no dataset.');
  }
  let value: unknown;
  try {
    value = JSON.parse(block.textContent);
  } catch (e) {
    throw new DatasetError(`The dataset in this page is not valid JSON (${(e as Error).message}).`);
  }
  // The parsed copy is all the app uses; drop the text (tens of MB at scale).
  block.remove();
  const check = checkDataset(value);
  if (!check.ok)
    throw new DatasetError(`The dataset in this page does not match the schema: ${check.problem}.`);
  return check.dataset;
}
