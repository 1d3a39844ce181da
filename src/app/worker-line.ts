// The page's line to its search worker, opened the moment the page starts. The
// worker is sent where the site's shipped search index is and the dataset's text, or
// on the site where the dataset file is (it parses its own copy); on the site it also
// fetches the abstracts (src/dataset/abstracts.ts) and hands their bytes to this page,
// which reads them after its first rows. Whatever the worker says before the app listens (its
// "ready", or a failure) is kept for it.
// A line opened `held` keeps the index's URL and the dataset back until `release()`:
// the site releases them once its first rows are painted, so the worker's downloads
// (the index and the abstracts, several MB) and their decoding do not compete with
// the page for the cores before then. `releaseIndex()` lets the index go alone: the
// site does so once a first screen is painted, so that the worker has the index
// decoded by the time the whole dataset replaces the first screen, which the reader
// may already be typing over. The papers' key (the 'papers' message) goes as soon as
// both the index and the dataset's text have: the worker is then ready when the whole
// dataset is shown, while the dataset's message, which starts the abstracts' download,
// waits for `release()`. The single file's line sends at once.
import type { DatasetText } from '../dataset/bundled';
import type { FirstScreenHits, FromWorker, ToWorker, WorkerPost } from './search-protocol';

export interface WorkerLine {
  /** The dataset's text, once read (sent once). */
  sendDataset(text: DatasetText): void;
  post(message: ToWorker): void;
  /** From now on messages and failure go here; earlier ones are handed over at once. */
  listen(onMessage: (message: FromWorker) => void, onFailure: () => void): void;
  /**
   * The abstracts' file as the worker fetched it (UTF-8 JSON, decoded by whoever reads
   * it); fails if it could not (or has failed).
   */
  abstracts(): Promise<Uint8Array>;
  /** Sends what a held line kept back, and from then on at once (idempotent). */
  release(): void;
  /** Sends where the index is, if a held line kept it back (idempotent). */
  releaseIndex(): void;
  /**
   * Asks for a query's first `rows` hits over the first screen ('first-screen' in
   * search-protocol.ts): sent once the index has gone (asked earlier, the latest
   * waits). The answers go to `onFirstScreen`'s handler, never to `listen`'s.
   */
  firstScreen(query: string, rows: number): void;
  onFirstScreen(handler: (query: string, answer: FirstScreenHits | null) => void): void;
  terminate(): void;
}

/** `indexUrl`: the site's shipped search index, if any. */
export function openWorkerLine(
  createWorker: () => Worker,
  indexUrl: string | null,
  held = false,
): WorkerLine {
  const early: FromWorker[] = [];
  // Made when sent: a held dataset's key is worked out after the first rows.
  const kept: (() => ToWorker)[] = [];
  let holding = held;
  let failed = false;
  let onMessage = (m: FromWorker) => {
    early.push(m);
  };
  let onFailure = () => {
    failed = true;
  };
  let abstractsUrl: string | null = null;
  let abstractsText: Uint8Array | null | undefined;
  let abstractsWaiting: ((bytes: Uint8Array | null) => void) | null = null;
  // Handed over once, then let go: the page keeps its parsed copy (15 MB of text at 10k).
  const gotAbstracts = (t: Uint8Array | null) => {
    const waiting = abstractsWaiting;
    abstractsWaiting = null;
    if (waiting) {
      abstractsText = null;
      waiting(t);
    } else if (abstractsText === undefined) abstractsText = t;
  };
  let firstScreenHandler: ((query: string, answer: FirstScreenHits | null) => void) | null = null;
  let worker: Worker | null = null;
  try {
    worker = createWorker();
    worker.onmessage = (e: MessageEvent<WorkerPost>) => {
      if (e.data.type === 'abstracts') gotAbstracts(e.data.bytes);
      else if (e.data.type === 'first-screen') firstScreenHandler?.(e.data.query, e.data.answer);
      else onMessage(e.data);
    };
    worker.onerror = () => {
      gotAbstracts(null);
      onFailure();
    };
  } catch {
    failed = true;
  }
  const send = (message: () => ToWorker) => {
    if (holding) kept.push(message);
    else worker?.postMessage(message());
  };
  // Kept apart from the rest while held, so it can go first, alone.
  let heldIndex: ToWorker | null = null;
  if (indexUrl !== null) {
    const message: ToWorker = { type: 'index', url: indexUrl };
    if (holding) heldIndex = message;
    else worker?.postMessage(message);
  }
  // The papers' key, once the dataset's text is here: sent after the index, at once if it has gone.
  let papersKey: (() => number | null) | null = null;
  let indexGone = heldIndex === null;
  const sendKey = () => {
    const key = indexUrl !== null && indexGone ? papersKey?.() : null;
    if (key === null || key === undefined) return;
    papersKey = null;
    worker?.postMessage({ type: 'papers', key });
  };
  // A first screen's query asked before the index went.
  let firstScreenAsked: ToWorker | null = null;
  const releaseIndex = () => {
    const message = heldIndex;
    heldIndex = null;
    indexGone = true;
    if (message) worker?.postMessage(message);
    if (firstScreenAsked) worker?.postMessage(firstScreenAsked);
    firstScreenAsked = null;
    sendKey();
  };
  return {
    sendDataset(text) {
      abstractsUrl = text.abstractsUrl;
      // Worked out once (hashing every id), when first sent.
      let key: number | null | undefined;
      const keyOf = () => (key === undefined ? (key = text.shippedIndexKey) : key);
      papersKey = keyOf;
      sendKey();
      send(() => ({
        type: 'dataset',
        json: text.json,
        datasetUrl: text.datasetUrl,
        abstracts: text.abstracts,
        abstractsUrl: text.abstractsUrl,
        shippedIndexKey: keyOf(),
      }));
    },
    release() {
      holding = false;
      releaseIndex();
      for (const m of kept.splice(0)) worker?.postMessage(m());
      papersKey = null;
    },
    releaseIndex,
    firstScreen(query, rows) {
      const message: ToWorker = { type: 'first-screen', query, rows };
      if (indexGone) worker?.postMessage(message);
      else firstScreenAsked = message;
    },
    onFirstScreen(handler) {
      firstScreenHandler = handler;
    },
    post: (message) => worker?.postMessage(message),
    listen(message, failure) {
      onMessage = message;
      onFailure = failure;
      if (failed) failure();
      else for (const m of early.splice(0)) message(m);
    },
    abstracts() {
      const fail = () => Promise.reject(new Error('the search worker has no abstracts'));
      if (failed || abstractsUrl === null) return fail();
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
