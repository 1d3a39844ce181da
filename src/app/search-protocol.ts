// Messages between the app and its search worker (search-worker.ts).
import type { SimilarPaper } from '../derive/similar/similar-index';

export type ToWorker =
  /** The dataset's JSON, and the abstracts' (a JSON array) when the site ships them apart. */
  | { type: 'dataset'; json: string; abstracts: string | null }
  | { type: 'search'; query: string }
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
    }
  | { type: 'similar'; id: string; papers: SimilarPaper[] };
