import { checkDataset } from './check-dataset';
import { DATASET_ELEMENT_ID } from './embed';
import type { Dataset } from './schema';

/** Why the page cannot show its dataset, in words for whoever built it. */
export class DatasetError extends Error {
  override name = 'DatasetError';
}

/** The URL of the site's dataset file, if the page names one instead of holding the data. */
export function bundledDatasetUrl(doc: Document): string | null {
  const link = doc.getElementById(DATASET_ELEMENT_ID);
  return link?.tagName === 'LINK' ? (link as HTMLLinkElement).href : null;
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
  // The parsed copy is all the app uses; drop the text (tens of MB at scale).
  block.remove();
  return parseDataset(text, 'in this page', keepText);
}

/** The site's dataset file, fetched from `url`. */
export async function fetchDataset(
  url: string,
  keepText?: (json: string) => void,
): Promise<Dataset> {
  let text: string;
  try {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    text = await response.text();
  } catch (e) {
    throw new DatasetError(
      `The dataset file ${url} could not be loaded (${(e as Error).message}).`,
    );
  }
  return parseDataset(text, `in ${url}`, keepText);
}

function parseDataset(text: string, where: string, keepText?: (json: string) => void): Dataset {
  keepText?.(text);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new DatasetError(`The dataset ${where} is not valid JSON (${(e as Error).message}).`);
  }
  const check = checkDataset(value);
  if (!check.ok)
    throw new DatasetError(`The dataset ${where} does not match the schema: ${check.problem}.`);
  return check.dataset;
}
