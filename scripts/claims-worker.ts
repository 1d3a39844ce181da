// One claims-extraction thread of `npm run data` (claims-pool.ts). It extracts
// each batch it is sent unless the main thread has taken that batch already,
// posts the results on its results port, then marks the batch done, so the main
// thread, waiting synchronously on the batch's flag, knows to collect them.
import { parentPort, workerData } from 'node:worker_threads';
import {
  BATCH_DONE,
  BATCH_FREE,
  BATCH_TAKEN,
  type BatchResult,
  type ClaimsBatch,
  type ClaimsWorkerData,
  claimsJson,
} from './claims-batch';

const { results, ready } = workerData as ClaimsWorkerData;

parentPort!.on('message', (batch: ClaimsBatch) => {
  if (Atomics.compareExchange(batch.state, 0, BATCH_FREE, BATCH_TAKEN) !== BATCH_FREE) return;
  const done: BatchResult = { id: batch.id, results: batch.papers.map(claimsJson) };
  results.postMessage(done);
  Atomics.store(batch.state, 0, BATCH_DONE);
  Atomics.notify(batch.state, 0);
});
// From now on the main thread leaves this thread's batches to it, but for those it
// takes when a core is free of other work (claims-pool.ts, spare-core.ts).
Atomics.store(ready, 0, 1);
