// Claims extraction on several threads for `npm run data`: most of a large
// build's time is the extractor, which is pure and per abstract, so the
// abstracts are cut into contiguous chunks, the main thread extracts the first
// and worker threads the others, and the results are joined in order — the
// output is exactly the serial one (a test compares the bytes). The threads are
// started early (start()), so they load the extractor while the pages are
// parsed; extract() then waits for them synchronously, keeping the CLI's
// buildDataset call synchronous.
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';
import { extractClaims, type ExtractedClaims } from '../src/ingest/claims/extract';

/** Below this many pages (~35 papers each) threads cost more to start than they save. */
export const PARALLEL_FROM_PAGES = 100;

export function defaultJobs(): number {
  return Math.max(1, Math.min(4, availableParallelism()));
}

export interface ClaimsPool {
  extract(abstracts: readonly string[]): ExtractedClaims[];
  close(): void;
}

const READY = 1;
const DONE = 2;
/** A thread not loaded by the time the work is handed out gets this long before its share runs here. */
const START_LIMIT_MS = 20_000;
const WORK_LIMIT_MS = 600_000;

// Worker threads do not inherit the tsx loader, so each one loads the (TypeScript)
// worker module through tsx's API. Resolved here: the CLI may run from any folder.
function bootCode(): string {
  const cjsApi = createRequire(import.meta.url).resolve('tsx/esm/api');
  const api = pathToFileURL(path.join(path.dirname(cjsApi), 'index.mjs')).href;
  const worker = new URL('./claims-worker.ts', import.meta.url).href;
  return `import(${JSON.stringify(api)}).then(({ tsImport }) => tsImport(${JSON.stringify(worker)}, ${JSON.stringify(import.meta.url)}));`;
}

export function startClaimsPool(jobs: number): ClaimsPool {
  const count = Math.max(0, jobs - 1);
  const flags = new Int32Array(new SharedArrayBuffer(4 * Math.max(1, count)));
  const boot = bootCode();
  const workers = Array.from({ length: count }, (_, slot) => {
    const worker = new Worker(boot, { eval: true, workerData: { flags, slot } });
    // A thread that fails never raises its flag; its share is then done on this thread.
    worker.on('error', () => {});
    return worker;
  });
  return {
    extract(abstracts) {
      const size = Math.ceil(abstracts.length / (count + 1));
      const chunk = (part: number) => abstracts.slice(part * size, (part + 1) * size);
      // Only threads that are loaded get work; the rest of the work stays here.
      const ready = workers.map(
        (_, slot) => Atomics.wait(flags, slot, 0, START_LIMIT_MS) !== 'timed-out',
      );
      const ports = workers.map((worker, slot) => {
        if (!ready[slot]) return null;
        const { port1, port2 } = new MessageChannel();
        worker.postMessage({ abstracts: chunk(slot + 1), port: port2 }, [port2]);
        return port1;
      });
      const out = chunk(0).map(extractClaims);
      ports.forEach((port, slot) => {
        if (!port) {
          out.push(...chunk(slot + 1).map(extractClaims));
          return;
        }
        while (Atomics.load(flags, slot) !== DONE)
          if (Atomics.wait(flags, slot, READY, WORK_LIMIT_MS) === 'timed-out')
            throw new Error(
              `claims thread ${slot + 1} did not finish in ${WORK_LIMIT_MS / 1000} s`,
            );
        const message = receiveMessageOnPort(port);
        if (!message) throw new Error(`claims thread ${slot + 1} sent no result`);
        out.push(...(message.message as ExtractedClaims[]));
        port.close();
      });
      return out;
    },
    close() {
      for (const w of workers) void w.terminate();
    },
  };
}
