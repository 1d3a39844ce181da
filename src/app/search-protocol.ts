// Messages between the app and its search worker (search-worker.ts).
import type { SimilarPaper } from '../derive/similar/similar-index';

export type ToWorker =
  | { type: 'dataset'; json: string }
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
