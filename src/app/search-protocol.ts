// Messages between the app and its search worker (search-worker.ts).

export type ToWorker = { type: 'dataset'; json: string } | { type: 'search'; query: string };

export type FromWorker =
  | { type: 'ready' }
  | {
      type: 'result';
      query: string;
      /** Matching papers, best first, as positions in dataset.papers; scores alike. */
      docs: Int32Array;
      scores: Float64Array;
      terms: string[];
    };
