import { joinAbstracts } from './abstracts.ts';
import { isCanonicalDataset } from './canonical-dataset.ts';
import { datasetKey } from './dataset-key.ts';
import {
  ABSTRACTS_ELEMENT_ID,
  DATASET_ELEMENT_ID,
  FIRST_SCREEN_ELEMENT_ID,
  MARKS_ATTRIBUTE,
  SEARCH_INDEX_ELEMENT_ID,
} from './embed.ts';
import type { Dataset } from './schema.ts';
import { parseMarks, readMarked } from './segments.ts';

/** Why the page cannot show its dataset, in words for whoever built it. */
export class DatasetError extends Error {
  override name = 'DatasetError';
}

/**
 * The site's dataset files; `index` is the search index built with them, if the page
 * names one; `marks`, where every few papers start in the dataset file (segments.ts),
 * if the page says.
 */
export interface DatasetFiles {
  dataset: string;
  abstracts: string;
  index?: string | null;
  marks?: number[] | null;
}

/** The URLs of the site's dataset files, if the page names them instead of holding the data. */
export function bundledDatasetFiles(doc: Document): DatasetFiles | null {
  const link = (id: string) => {
    const el = doc.getElementById(id);
    return el?.tagName === 'LINK' ? (el as HTMLLinkElement).href : null;
  };
  const dataset = link(DATASET_ELEMENT_ID);
  const abstracts = link(ABSTRACTS_ELEMENT_ID);
  return dataset !== null && abstracts !== null
    ? {
        dataset,
        abstracts,
        index: link(SEARCH_INDEX_ELEMENT_ID),
        marks: parseMarks(doc.getElementById(DATASET_ELEMENT_ID)?.getAttribute(MARKS_ATTRIBUTE)),
      }
    : null;
}

/**
 * What the search worker is sent: the dataset's text, or where to fetch it (the site's
 * own file: the worker reads it only if it needs the whole papers, and the page does
 * not copy tens of MB of text to it); the abstracts' text when they came apart and are
 * read already, or else where to fetch them; and the datasetKey of the papers when the
 * site's shipped search index may answer for them (the dataset file is in the build's
 * own shape), else null.
 */
export interface DatasetText {
  json: string | null;
  datasetUrl: string | null;
  abstracts: string | null;
  abstractsUrl: string | null;
  shippedIndexKey: number | null;
}

/**
 * The dataset this page was built with, read from its data block (see embed.ts).
 * `keepText` receives the block's text (the search worker parses its own copy).
 */
export async function readBundledDataset(
  doc: Document,
  keepText?: (text: DatasetText) => void,
): Promise<Dataset> {
  const block = doc.getElementById(DATASET_ELEMENT_ID);
  const text = block?.textContent;
  if (!block || !text) {
    throw new DatasetError('This page holds no dataset.');
  }
  // The parsed copy is all the app uses; drop the text (tens of MB at scale).
  block.remove();
  keepText?.({
    json: text,
    datasetUrl: null,
    abstracts: null,
    abstractsUrl: null,
    shippedIndexKey: null,
  });
  return check(parse(text, 'The dataset in this page'), 'in this page');
}

/**
 * The parsed first screen the site's page holds (src/derive/first-screen.ts), or null
 * when it holds none or one that is not JSON: the page then shows the dataset when it
 * is read, as it would without one.
 */
export function readFirstScreen(doc: Document): unknown {
  const block = doc.getElementById(FIRST_SCREEN_ELEMENT_ID);
  const text = block?.textContent;
  block?.remove();
  if (!text) return null;
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/**
 * The site's dataset, ready to show. `abstracts()` reads the abstracts (already
 * downloading) into it: call it after the first rows are painted, so decoding and
 * parsing them does not delay those. It settles once they are in (the same promise
 * on every call).
 */
export interface FetchedDataset {
  dataset: Dataset;
  abstracts: () => Promise<void>;
}

/**
 * The site's dataset files. The dataset comes first and is shown as soon as it
 * passes the fast check; `keepText` then gets its text and the abstracts' URL (the
 * search worker fetches them at once, off this thread, and hands their text over:
 * `fromWorker`, null or failing when there is no such worker, and this thread fetches
 * them). The abstracts are joined into the dataset in place when asked for. A dataset
 * file the fast check refuses waits for its abstracts and goes through the whole
 * schema, which says what is wrong. `abstractsFirst` (a paper link, whose abstract is
 * what the reader came for): this thread asks for the abstracts with the dataset, and
 * `keepText` gets their text, once it is in, instead of their URL. `parseAfter`: the
 * dataset's text is read at once but parsed only once it settles. `inSteps`: runs the
 * read of a dataset file with marks in steps (src/app/in-steps.ts lets the reader's
 * input in between); without it, or marks, the file is read in one go. `fetched`: the
 * dataset file's bytes, if the caller fetched them (fetchDatasetBytes).
 */
export async function fetchDataset(
  files: DatasetFiles,
  keepText?: (text: DatasetText) => void,
  fromWorker?: () => Promise<string> | null,
  abstractsFirst = false,
  parseAfter?: Promise<void>,
  inSteps?: <T>(steps: Generator<void, T>) => Promise<T>,
  fetched?: Promise<Uint8Array>,
): Promise<FetchedDataset> {
  const early = abstractsFirst ? fetchText(files.abstracts, 'abstracts') : null;
  early?.catch(() => {});
  const bytes = await (fetched ?? fetchDatasetBytes(files));
  // Read meanwhile, parsed only then (once a first screen is painted).
  await parseAfter;
  const marked = files.marks && inSteps ? await inSteps(readMarked(bytes, files.marks)) : null;
  // The text, for a file read whole or handed to the worker as it is.
  let wholeText: string | null = null;
  const json = () => (wholeText ??= new TextDecoder().decode(bytes));
  const value: unknown = marked ?? parse(json(), `The dataset ${files.dataset}`);
  const where = `in ${files.dataset}`;
  const fetchAbstracts = () => early ?? fetchText(files.abstracts, 'abstracts');
  const abstractsValue = async (text: string) =>
    parse(text, `The abstracts file ${files.abstracts}`);
  // A dataset read between its marks passed the same check a piece at a time.
  const canonical = marked ?? (isCanonicalDataset(value, true) ? value : null);
  if (canonical !== null) {
    const sendText = (abstracts: string | null) =>
      keepText?.({
        // The file this page read and checked, in the build's shape: the worker fetches
        // it again (from the cache) when it needs the whole papers.
        json: null,
        datasetUrl: files.dataset,
        abstracts,
        abstractsUrl: abstracts === null ? files.abstracts : null,
        // Worked out when read: the site's worker line reads it after the first rows
        // (hashing every id took 8-16 ms of the page's thread at 10k before them).
        get shippedIndexKey() {
          return datasetKey(canonical.papers);
        },
      });
    // Handed over before the page joins them (a then registered first runs first).
    if (early) early.then(sendText, () => sendText(null));
    else sendText(null);
    const abstractsText = async () => {
      if (early) return early;
      const viaWorker = fromWorker?.();
      if (viaWorker) {
        try {
          return await viaWorker;
        } catch {
          // The worker could not: fetched here instead.
        }
      }
      return fetchAbstracts();
    };
    let joined: Promise<void> | null = null;
    const abstracts = () =>
      (joined ??= abstractsText()
        .then(abstractsValue)
        .then((list) => {
          const problem = joinAbstracts(canonical, list);
          if (problem !== null) throw new DatasetError(`The dataset ${where} ${problem}.`);
        }));
    return { dataset: canonical, abstracts };
  }
  // Put together as well as it goes, for the schema to find what is wrong.
  const abstractsJson = await fetchAbstracts();
  // Not the build's own file, so not the index it built either: the worker indexes it.
  keepText?.({
    json: json(),
    datasetUrl: null,
    abstracts: abstractsJson,
    abstractsUrl: null,
    shippedIndexKey: null,
  });
  const list = await abstractsValue(abstractsJson);
  const papers = (value as { papers?: unknown } | null)?.papers;
  if (Array.isArray(papers) && Array.isArray(list) && list.length === papers.length)
    papers.forEach((p, i) => {
      if (typeof p === 'object' && p !== null && 'abstract' in p) p.abstract = list[i];
    });
  const done = Promise.resolve();
  return { dataset: await check(value, where), abstracts: () => done };
}

/** The site's dataset file, as bytes. */
export function fetchDatasetBytes(files: DatasetFiles): Promise<Uint8Array> {
  return fetchBytes(files.dataset, 'dataset');
}

async function fetchText(url: string, what: string): Promise<string> {
  // The same text as response.text(), for less of this thread's time: Chromium hands
  // text() the body piece by piece through a decoder, the bytes whole to one decode
  // (about 25 ms less of the page's CPU before the first rows at 10k).
  return new TextDecoder().decode(await fetchBytes(url, what));
}

async function fetchBytes(url: string, what: string): Promise<Uint8Array> {
  try {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return new Uint8Array(await response.arrayBuffer());
  } catch (e) {
    throw new DatasetError(
      `The ${what} file ${url} could not be loaded (${(e as Error).message}).`,
    );
  }
}

function parse(text: string, what: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new DatasetError(`${what} is not valid JSON (${(e as Error).message}).`);
  }
}

/**
 * The dataset, if `value` is one. One in the build's exact shape passes the fast check;
 * anything else goes through the whole schema (valibot, loaded only then), which says
 * what is wrong with it or gives the schema's copy.
 */
async function check(value: unknown, where: string): Promise<Dataset> {
  if (isCanonicalDataset(value)) return value;
  const { checkWithSchema } = await import('./check-dataset.ts');
  const result = checkWithSchema(value);
  if (!result.ok)
    throw new DatasetError(`The dataset ${where} does not match the schema: ${result.problem}.`);
  return result.dataset;
}
