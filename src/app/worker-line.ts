// The page's line to its search worker, opened the moment the dataset's text is
// read: the worker parses its copy and builds its index while this thread parses,
// checks and renders its own, instead of after the first rows. Whatever the worker
// says before the app listens (its "ready", or a failure) is kept for it.
import type { DatasetText } from '../dataset/bundled';
import type { FromWorker, ToWorker } from './search-protocol';

export interface WorkerLine {
  post(message: ToWorker): void;
  /** From now on messages and failure go here; earlier ones are handed over at once. */
  listen(onMessage: (message: FromWorker) => void, onFailure: () => void): void;
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
  let worker: Worker | null = null;
  try {
    worker = createWorker();
    worker.onmessage = (e: MessageEvent<FromWorker>) => onMessage(e.data);
    worker.onerror = () => onFailure();
    worker.postMessage({
      type: 'dataset',
      json: text.json,
      abstracts: text.abstracts,
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
    terminate: () => worker?.terminate(),
  };
}
