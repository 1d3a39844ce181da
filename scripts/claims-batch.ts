// What the claims pool (claims-pool.ts) and its threads (claims-worker.ts) send each other.
import type { MessagePort } from 'node:worker_threads';
import { type ClaimsInput, extractClaims } from '../src/ingest/claims/extract';
import { claimsJsonTail } from '../src/ingest/paper-json';

/** A batch's shared flag: nobody has started it, someone has, its results are posted. */
export const BATCH_FREE = 0;
export const BATCH_TAKEN = 1;
export const BATCH_DONE = 2;

/** Papers for a thread; whoever moves `state` from free to taken extracts them. */
export interface ClaimsBatch {
  id: number;
  papers: ClaimsInput[];
  /** One Int32 on a SharedArrayBuffer, seen by both threads. */
  state: Int32Array;
}

/** A paper's hardware and claims as the end of its JSON, and how many claims. */
export interface ClaimsJson {
  json: string;
  claims: number;
}

export function claimsJson(paper: ClaimsInput): ClaimsJson {
  const extracted = extractClaims(paper.abstract, paper);
  return { json: claimsJsonTail(extracted), claims: extracted.claims.length };
}

/** The same abstract and title (compared as strings: the very same string, as a rule). */
export const sameInput = (a: ClaimsInput, b: ClaimsInput): boolean =>
  a.abstract === b.abstract && a.title === b.title;

/** What each claims thread is started with. */
export interface ClaimsWorkerData {
  /** Where it posts its BatchResults. */
  results: MessagePort;
  /** One Int32 the thread sets to 1 once it has loaded the extractor. */
  ready: Int32Array;
}

export interface BatchResult {
  id: number;
  results: ClaimsJson[];
}
