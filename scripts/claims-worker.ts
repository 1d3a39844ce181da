// One claims-extraction thread of `npm run data` (claims-pool.ts). Raises its
// flag to READY once the extractor is loaded; then extracts the abstracts it is
// sent, posts the results on the given port and raises the flag to DONE, so the
// main thread, waiting synchronously, knows to collect them.
import { type MessagePort, parentPort, workerData } from 'node:worker_threads';
import { extractClaims } from '../src/ingest/claims/extract';

interface Job {
  abstracts: string[];
  port: MessagePort;
}

const { flags, slot } = workerData as { flags: Int32Array; slot: number };
Atomics.store(flags, slot, 1);
Atomics.notify(flags, slot);

parentPort!.on('message', ({ abstracts, port }: Job) => {
  port.postMessage(abstracts.map(extractClaims));
  Atomics.store(flags, slot, 2);
  Atomics.notify(flags, slot);
});
