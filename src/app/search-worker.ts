// The search engine in a Web Worker: it parses the dataset text it is sent,
// builds the index (seconds at 50k papers) and answers queries, all off the main
// thread, so neither loading nor typing waits for it. The engine is the same one
// the main thread would build (startSearchEngine), so the answers are the same.
import type { Dataset } from '../dataset/schema';
import { startSearchEngine } from './search-engine';
import type { SearchEngine } from '../search/types';
import type { FromWorker, ToWorker } from './search-protocol';

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<ToWorker>) => void) | null;
  postMessage(message: FromWorker, transfer?: Transferable[]): void;
};

let engine: SearchEngine | null = null;

scope.onmessage = (e) => {
  const message = e.data;
  if (message.type === 'dataset') {
    const dataset = JSON.parse(message.json) as Dataset;
    engine = startSearchEngine(dataset.papers).finish();
    scope.postMessage({ type: 'ready' });
  } else if (message.type === 'search' && engine) {
    const { hits, terms } = engine.search(message.query);
    const docs = new Int32Array(hits.length);
    const scores = new Float64Array(hits.length);
    for (let i = 0; i < hits.length; i++) {
      docs[i] = hits[i]!.doc;
      scores[i] = hits[i]!.score;
    }
    scope.postMessage({ type: 'result', query: message.query, docs, scores, terms }, [
      docs.buffer,
      scores.buffer,
    ]);
  }
};
