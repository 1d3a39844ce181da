// The search engine in a Web Worker: it parses the dataset text it is sent,
// decodes the site's shipped search index or builds one (seconds at 50k papers)
// and answers queries, then builds the
// similar-papers index, all off the main thread, so neither loading, typing nor
// scrolling waits for them. The engines are the ones the main thread would build,
// so the answers are the same (worker-handler.ts).
import type { ToWorker, WorkerPost } from './search-protocol';
import { workerHandler } from './worker-handler';

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<ToWorker>) => void) | null;
  postMessage(message: WorkerPost, transfer?: Transferable[]): void;
};

// A message channel yields to waiting messages without setTimeout's 4 ms clamp.
const channel = new MessageChannel();
const tasks: (() => void)[] = [];
channel.port1.onmessage = () => tasks.shift()?.();

const handle = workerHandler({
  post: (message, transfer) => scope.postMessage(message, transfer ?? []),
  later: (task) => {
    tasks.push(task);
    channel.port2.postMessage(null);
  },
  after: (ms, task) => setTimeout(task, ms),
  now: () => performance.now(),
  fetchText: async (url) => {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return response.text();
  },
  fetchBytes: async (url) => {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return new Uint8Array(await response.arrayBuffer());
  },
});

scope.onmessage = (e) => handle(e.data);
