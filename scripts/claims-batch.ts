// What the claims pool (claims-pool.ts) and its threads (claims-worker.ts) send each other.
import type { ExtractedClaims } from '../src/ingest/claims/extract';

/** A batch's shared flag: nobody has started it, someone has, its results are posted. */
export const BATCH_FREE = 0;
export const BATCH_TAKEN = 1;
export const BATCH_DONE = 2;

/** Abstracts for a thread; whoever moves `state` from free to taken extracts them. */
export interface ClaimsBatch {
  id: number;
  abstracts: string[];
  /** One Int32 on a SharedArrayBuffer, seen by both threads. */
  state: Int32Array;
}

export interface BatchResult {
  id: number;
  results: ExtractedClaims[];
}
