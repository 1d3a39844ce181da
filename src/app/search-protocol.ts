// Messages between the app and its search worker (search-worker.ts).
import type { FacetCounts } from '../derive/facet-counts';
import type { SimilarPaper } from '../derive/similar/similar-index';

export type ToWorker =
  /** Where the site's search index is (index-codec.ts): sent first, so the worker fetches and decodes it at once. */
  | { type: 'index'; url: string }
  /**
   * The dataset's JSON, or the URL of the site's dataset file, which the worker fetches
   * only when it needs the whole papers; and the abstracts' (a JSON array) when the site
   * ships them apart and they are read already, or the URL to fetch them from (the
   * worker then sends them back, so the page does not download them again).
   * `shippedIndexKey`: the dataset's datasetKey when the shipped index may answer for
   * it (it is in the build's own shape; the worker compares the key with the index's),
   * else null and the worker indexes the papers.
   */
  | {
      type: 'dataset';
      json: string | null;
      datasetUrl: string | null;
      abstracts: string | null;
      abstractsUrl: string | null;
      shippedIndexKey: number | null;
    }
  /**
   * The datasetKey of the page's papers, sent once they are read and the index has
   * gone (it is not held back with the dataset): the worker is ready as soon as the
   * shipped index is decoded and found to be theirs, so keys typed over the first
   * screen are answered when the whole dataset is shown, not after the abstracts'
   * download has begun. The dataset's message follows with the same key.
   */
  | { type: 'papers'; key: number }
  | { type: 'search'; query: string }
  /**
   * A query typed over the first screen, before the page has read its papers: answered
   * from the shipped index as soon as it is decoded (not waiting for the papers' key),
   * with where the first `rows` hits lie in the dataset file. Only the latest asked is
   * answered.
   */
  | { type: 'first-screen'; query: string; rows: number }
  /**
   * The build shipped every paper's similar papers and the page looks them up: the
   * worker builds none (nor parses the whole papers for them) until asked for some.
   */
  | { type: 'similar-shipped' }
  /** The papers most like paper `id`: answered once the similar-papers index is built. */
  | { type: 'similar'; id: string };

export type FromWorker =
  | { type: 'ready' }
  | {
      type: 'result';
      query: string;
      /** Matching papers, best first, as positions in dataset.papers; scores alike. */
      docs: Int32Array;
      scores: Float64Array;
      terms: string[];
      /**
       * The facet counts of these hits in a list that only searches (doc-facets.ts),
       * when the engine is the shipped index and its facet codes came with it; else null.
       */
      counts: FacetCounts | null;
    }
  | { type: 'similar'; id: string; papers: SimilarPaper[] }
  /**
   * The answer to a 'first-screen' query, or null when the shipped index, its facet
   * codes or its paper spans are missing or unreadable (the page then waits for the
   * whole dataset).
   */
  | { type: 'first-screen'; query: string; answer: FirstScreenHits | null };

/**
 * A query's hits from the shipped index over the first screen: what the worker's
 * 'result' holds (the hits, their scores and terms, the counts of a list that only
 * searches), and where the first hits lie in the site's dataset file: hit i is bytes
 * [spans[2i], spans[2i + 1]) of a file of `fileLength` bytes (paper-spans.ts).
 */
export interface FirstScreenHits {
  docs: Int32Array;
  scores: Float64Array;
  terms: string[];
  counts: FacetCounts;
  spans: Float64Array;
  fileLength: number;
}

/**
 * Everything the worker posts: the search service's messages, and the abstracts as
 * fetched from abstractsUrl (UTF-8 JSON; null when they could not be), which the page's
 * line to the worker keeps for the page (worker-line.ts). Bytes, transferred: a string
 * is copied, and at 50k papers (74 MB of text) reading the copy took the page's thread
 * about 50-80 ms whenever it arrived, often between a key and its results; the page
 * decodes the bytes when it joins them, once the reader is not typing.
 */
export type WorkerPost = FromWorker | { type: 'abstracts'; bytes: Uint8Array | null };
