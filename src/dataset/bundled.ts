import { checkDataset } from './check-dataset';
import { DATASET_ELEMENT_ID } from './embed';
import type { Dataset } from './schema';

/** Why the page cannot show its dataset, in words for whoever built it. */
export class DatasetError extends Error {
  override name = 'DatasetError';
}

/**
 * The dataset this page was built with, read from its data block (see embed.ts).
 * `keepText` receives the block's text (the search worker parses its own copy).
 */
export function readBundledDataset(doc: Document, keepText?: (json: string) => void): Dataset {
  const block = doc.getElementById(DATASET_ELEMENT_ID);
  const text = block?.textContent;
  if (!block || !text) {
    throw new DatasetError('This page holds no dataset.');
  }
  keepText?.(text);
  let value: unknown;
  try {
    value = JSON.parse(text);
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
