// What the claims pool (claims-pool.ts) and its threads (claims-worker.ts) send each other.
import type { MessagePort } from 'node:worker_threads';
import { extractClaims } from '../src/ingest/claims/extract';
import { claimsJsonTail } from '../src/ingest/paper-json';

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

/** An abstract's hardware and claims as the end of its paper's JSON, and how many claims. */
export interface ClaimsJson {
  json: string;
  claims: number;
}

export function claimsJson(abstract: string): ClaimsJson {
  const extracted = extractClaims(abstract);
  return { json: claimsJsonTail(extracted), claims: extracted.claims.length };
}

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
