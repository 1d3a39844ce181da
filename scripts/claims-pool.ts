// Claims extraction on several threads for `npm run data`: most of a large
// build's CPU is the extractor, which is pure and per abstract. The build hands
// each page's abstracts over as soon as the page is parsed (prefetch), so the
// threads extract claims while the main thread is still reading and parsing the
// rest. Abstracts travel in batches; each batch has a shared flag that whoever
// starts it claims first. The threads send back each abstract's hardware and
// claims already as JSON text (claimsJsonTail), which the main thread writes as
// it is: it never copies or serializes a claim. A batch the main thread needs
// before its thread has loaded the extractor (or that a thread which never
// loads would have had) it extracts itself; after that it waits for the thread
// (the extractor is compiled and warmed up per thread, so a cold main thread
// helping costs more CPU than it saves), unless a core is free of other work
// (spare-core.ts): then, rather than wait, it extracts the next batch no thread
// has started (resultOf).
// Every abstract's claims are the extractor's alone, so the output is exactly
// the serial one whoever extracted them (tests compare the bytes). Everything
// the main thread does here is synchronous, keeping the CLI synchronous.
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  MessageChannel,
  type MessagePort,
  receiveMessageOnPort,
  Worker,
} from 'node:worker_threads';
import {
  BATCH_DONE,
  BATCH_FREE,
  BATCH_TAKEN,
  type BatchResult,
  type ClaimsBatch,
  type ClaimsJson,
  type ClaimsWorkerData,
  claimsJson,
  sameInput,
} from './claims-batch';
import { spareCore } from './spare-core';
import type { ClaimsInput } from '../src/ingest/claims/extract';

/** Below this many pages (~35 papers each) threads cost more to start than they save. */
export const PARALLEL_FROM_PAGES = 100;

export function defaultJobs(): number {
  return Math.max(1, Math.min(4, availableParallelism()));
}

export interface ClaimsPool {
  /** Papers whose claims will be asked for later: the threads may start on them now. */
  prefetch(papers: readonly ClaimsInput[]): void;
  /** A paper's hardware and claims as the end of its JSON (claimsJsonTail). */
  claimsOf(paper: ClaimsInput): ClaimsJson;
  /** Batches the threads have finished so far (the rest are done on the calling thread). */
  threadBatches(): number;
  close(): void;
}

/** Abstracts per message: big enough that messages are few, small enough to share the tail. */
const BATCH_SIZE = 64;
const WORK_LIMIT_MS = 600_000;
/** How many abstracts from the one expected next claimsOf tries before its lookup. */
const LOOK_AHEAD = 4;

// Under tsx (running from source) threads do not inherit the loader, so each one loads
// the TypeScript worker through tsx's API; the prebuilt CLI (build/data-cli.ts) has a
// plain JavaScript worker beside it. Resolved here: the CLI may run from any folder.
function workerSource(): { code: string; eval: boolean } | URL {
  if (!import.meta.url.endsWith('.ts')) return new URL('./claims-worker.mjs', import.meta.url);
  const cjsApi = createRequire(import.meta.url).resolve('tsx/esm/api');
  const api = pathToFileURL(path.join(path.dirname(cjsApi), 'index.mjs')).href;
  const worker = new URL('./claims-worker.ts', import.meta.url).href;
  return {
    code: `import(${JSON.stringify(api)}).then(({ tsImport }) => tsImport(${JSON.stringify(worker)}, ${JSON.stringify(import.meta.url)}));`,
    eval: true,
  };
}

interface Place {
  batch: number;
  at: number;
}

/**
 * Where each paper handed over is: its batch's number and its place in it. Keyed by a
 * number made of the abstract's length and its first 40 characters, not by the
 * text, which a Map would hash in full (about 2% of the CPU of a build at 50k papers),
 * nor by a string of its opening, which is built and hashed for every paper; papers
 * sharing a key are told apart by comparing abstract and title, so equal ones share
 * one place.
 */
class PlaceMap {
  private readonly byKey = new Map<number, { paper: ClaimsInput; place: Place }[]>();

  static key(paper: ClaimsInput): number {
    const { abstract } = paper;
    const end = Math.min(40, abstract.length);
    let key = abstract.length;
    for (let i = 0; i < end; i++) key = (Math.imul(key, 31) + abstract.charCodeAt(i)) | 0;
    return key;
  }

  get(paper: ClaimsInput, key = PlaceMap.key(paper)): Place | undefined {
    return this.byKey.get(key)?.find((e) => sameInput(e.paper, paper))?.place;
  }

  set(paper: ClaimsInput, place: Place, key = PlaceMap.key(paper)): void {
    const same = this.byKey.get(key);
    if (same) same.push({ paper, place });
    else this.byKey.set(key, [{ paper, place }]);
  }
}

interface Batch extends ClaimsBatch {
  /** The results once known (from a thread or this one). */
  results: ClaimsJson[] | null;
  /** The thread it was posted to. */
  thread: number;
}

export interface PoolOptions {
  /** The threads' script, if not the claims worker (tests start ones that fail to load or idle). */
  worker?: URL;
  /** Whether a core is free for this thread to extract on (default: measured, spare-core.ts). */
  spareCore?: () => boolean;
}

export function startClaimsPool(jobs: number, options: PoolOptions = {}): ClaimsPool {
  const count = Math.max(0, jobs - 1);
  const source = options.worker ?? workerSource();
  const spare = options.spareCore ?? spareCore(availableParallelism(), count);
  const ports: MessagePort[] = [];
  /** Per thread, set to 1 by the thread once it has loaded the extractor. */
  const ready: Int32Array[] = [];
  const workers = Array.from({ length: count }, () => {
    const { port1, port2 } = new MessageChannel();
    const loaded = new Int32Array(new SharedArrayBuffer(4));
    ready.push(loaded);
    const options = {
      workerData: { results: port2, ready: loaded } satisfies ClaimsWorkerData,
      transferList: [port2],
    };
    const worker =
      source instanceof URL
        ? new Worker(source, options)
        : new Worker(source.code, { ...options, eval: true });
    // A thread that fails to start never takes a batch, nor says it is ready: this
    // thread then does them all.
    worker.on('error', () => {});
    ports.push(port1);
    return worker;
  });
  const batches: Batch[] = [];
  const placed = new PlaceMap();
  /** The papers handed over, in order (equal ones once), and their places. */
  const handed: ClaimsInput[] = [];
  const handedAt: Place[] = [];
  /** Where in `handed` the next abstract asked for is expected. */
  let next = 0;
  let pending: ClaimsInput[] = [];
  let byThreads = 0;

  const send = () => {
    if (pending.length === 0) return;
    const batch: Batch = {
      id: batches.length,
      papers: pending,
      state: new Int32Array(new SharedArrayBuffer(4)),
      results: null,
      thread: batches.length % count,
    };
    pending = [];
    batches.push(batch);
    const message: ClaimsBatch = { id: batch.id, papers: batch.papers, state: batch.state };
    workers[batch.thread]!.postMessage(message);
  };

  /** Files the results a thread has posted so far with their batches. */
  const collect = (thread: number) => {
    const port = ports[thread]!;
    for (let m = receiveMessageOnPort(port); m; m = receiveMessageOnPort(port)) {
      const r = m.message as BatchResult;
      batches[r.id]!.results = r.results;
      byThreads++;
    }
  };

  const doHere = (batch: Batch): boolean => {
    if (Atomics.compareExchange(batch.state, 0, BATCH_FREE, BATCH_TAKEN) !== BATCH_FREE)
      return false;
    batch.results = batch.papers.map(claimsJson);
    return true;
  };

  /** No batch before this one is free: each is started by a thread or by this one. */
  let firstFree = 0;
  /** Extracts the first batch from `needed` on that no thread has started, if any. */
  const doNext = (needed: number): boolean => {
    firstFree = Math.max(firstFree, needed);
    for (; firstFree < batches.length; firstFree++) if (doHere(batches[firstFree]!)) return true;
    return false;
  };

  // Once its thread has loaded the extractor, a batch is left to it: this thread waits
  // rather than help. Its first abstracts cost it about twice what they cost a thread
  // that is warm (the extractor's code is compiled and optimized per thread), and on a
  // busy machine its helping takes CPU from the thread it is waiting for. With a core
  // free of other work, it extracts the next batch no thread has started instead of
  // waiting (at 50k papers with both cores to itself: 6-9% less wall time for about
  // 12% more CPU), and writes it as soon as the batches before it are there.
  const resultOf = (where: Place): ClaimsJson => {
    const batch = batches[where.batch]!;
    while (batch.results === null) {
      collect(batch.thread);
      if (batch.results !== null) continue;
      const state = Atomics.load(batch.state, 0);
      // Done: its results were posted before it was marked so, and are collected next.
      if (state === BATCH_DONE) continue;
      if (state === BATCH_FREE && Atomics.load(ready[batch.thread]!, 0) === 0 && doHere(batch))
        continue;
      if (spare() && doNext(where.batch)) continue;
      // Woken when a thread marks it done.
      if (Atomics.wait(batch.state, 0, state, WORK_LIMIT_MS) === 'timed-out')
        throw new Error(
          `claims thread ${batch.thread + 1} did not finish in ${WORK_LIMIT_MS / 1000} s`,
        );
    }
    return batch.results[where.at]!;
  };

  return {
    prefetch(papers) {
      if (count === 0) return;
      for (const a of papers) {
        const key = PlaceMap.key(a);
        if (placed.get(a, key)) continue;
        const place = { batch: batches.length, at: pending.length };
        placed.set(a, place, key);
        handed.push(a);
        handedAt.push(place);
        pending.push(a);
        if (pending.length === BATCH_SIZE) send();
      }
    },
    claimsOf(paper) {
      send();
      // Papers are asked for in the order their abstracts were handed over, but for
      // a paper found in several inputs (whose abstract may be a later input's, and
      // the earlier ones' are never asked for): the next few are tried first, each
      // one comparison (of the very same string, as a rule), before the lookup.
      for (let i = next; i < Math.min(next + LOOK_AHEAD, handed.length); i++) {
        if (!sameInput(handed[i]!, paper)) continue;
        next = i + 1;
        return resultOf(handedAt[i]!);
      }
      const where = placed.get(paper);
      return where ? resultOf(where) : claimsJson(paper);
    },
    threadBatches() {
      for (let t = 0; t < count; t++) collect(t);
      return byThreads;
    },
    close() {
      for (const p of ports) p.close();
      for (const w of workers) void w.terminate();
    },
  };
}
