// The page's line to its search worker, opened the moment the dataset's text is
// read: the worker parses its copy and builds its index while this thread parses,
// checks and renders its own, instead of after the first rows. Whatever the worker
// says before the app listens (its "ready", or a failure) is kept for it. On the
// site the worker also fetches the abstracts (src/dataset/abstracts.ts) and hands
// their text to this page, which reads them after its first rows.
import type { DatasetText } from '../dataset/bundled';
import type { FromWorker, ToWorker, WorkerPost } from './search-protocol';

export interface WorkerLine {
  post(message: ToWorker): void;
  /** From now on messages and failure go here; earlier ones are handed over at once. */
  listen(onMessage: (message: FromWorker) => void, onFailure: () => void): void;
  /** The abstracts' text as the worker fetched it; fails if it could not (or has failed). */
  abstracts(): Promise<string>;
  terminate(): void;
}

export function openWorkerLine(text: DatasetText, createWorker: () => Worker): WorkerLine {
  const early: FromWorker[] = [];
  let failed = false;
  let onMessage = (m: FromWorker) => {
    early.push(m);
  };
  let onFailure = () => {
    failed = true;
  };
  let abstractsText: string | null | undefined;
  let abstractsWaiting: ((text: string | null) => void) | null = null;
  // Handed over once, then let go: the page keeps its parsed copy (15 MB of text at 10k).
  const gotAbstracts = (t: string | null) => {
    const waiting = abstractsWaiting;
    abstractsWaiting = null;
    if (waiting) {
      abstractsText = null;
      waiting(t);
    } else if (abstractsText === undefined) abstractsText = t;
  };
  let worker: Worker | null = null;
  try {
    worker = createWorker();
    worker.onmessage = (e: MessageEvent<WorkerPost>) => {
      if (e.data.type === 'abstracts') gotAbstracts(e.data.json);
      else onMessage(e.data);
    };
    worker.onerror = () => {
      gotAbstracts(null);
      onFailure();
    };
    worker.postMessage({
      type: 'dataset',
      json: text.json,
      abstracts: text.abstracts,
      abstractsUrl: text.abstractsUrl,
      indexUrl: text.indexUrl,
    } satisfies ToWorker);
  } catch {
    failed = true;
  }
  return {
    post: (message) => worker?.postMessage(message),
    listen(message, failure) {
      onMessage = message;
      onFailure = failure;
      if (failed) failure();
      else for (const m of early.splice(0)) message(m);
    },
    abstracts() {
      const fail = () => Promise.reject(new Error('the search worker has no abstracts'));
      if (failed || text.abstractsUrl === null) return fail();
      if (abstractsText !== undefined) {
        const t = abstractsText;
        abstractsText = null;
        return t === null ? fail() : Promise.resolve(t);
      }
      return new Promise((resolve, reject) => {
        abstractsWaiting = (t) =>
          t === null ? reject(new Error('the search worker has no abstracts')) : resolve(t);
      });
    },
    terminate: () => worker?.terminate(),
  };
}
