// What the search worker does with each message, apart from the worker plumbing
// (search-worker.ts), so tests can drive the same code on their own thread.
// On the site the search index comes built: the worker fetches it with the dataset
// and decodes it (index-codec.ts), so search is ready without the abstracts;
// otherwise (the single file, or an index that cannot be read) it is built at once
// when the whole papers are in (the reader may be typing). Then the similar-papers
// index is built in short slices, yielding between them, so a query that arrives
// meanwhile waits at most one slice.
import { joinAbstracts } from '../dataset/abstracts';
import type { Dataset, Paper } from '../dataset/schema';
import { type SimilarIndex, similarIndexSteps } from '../derive/similar/similar-index';
import { decodeIndex } from '../search/index-codec';
import type { SearchEngine } from '../search/types';
import { searchEngineFromIndex, startSearchEngine } from './search-engine';
import type { ToWorker, WorkerPost } from './search-protocol';

/** Long enough to make progress, short enough that a query is answered within a frame. */
const SLICE_MS = 10;

export interface WorkerIo {
  post(message: WorkerPost, transfer?: Transferable[]): void;
  /** The text at `url`; fails on an HTTP error. */
  fetchText(url: string): Promise<string>;
  /** The bytes at `url`; fails on an HTTP error. */
  fetchBytes(url: string): Promise<Uint8Array>;
  /** Runs `task` after messages already waiting have been handled. */
  later(task: () => void): void;
  now(): number;
}

export function workerHandler(io: WorkerIo): (message: ToWorker) => void {
  let engine: SearchEngine | null = null;
  let similar: SimilarIndex | null = null;
  const waitingForSimilar: string[] = [];

  const answerSimilar = (index: SimilarIndex, id: string) =>
    io.post({ type: 'similar', id, papers: index.similar(id) });

  const buildSimilar = (dataset: Dataset) => {
    const steps = similarIndexSteps(dataset.papers);
    const slice = () => {
      const until = io.now() + SLICE_MS;
      do {
        const r = steps.next();
        if (r.done) {
          similar = r.value;
          for (const id of waitingForSimilar.splice(0)) answerSimilar(r.value, id);
          return;
        }
      } while (io.now() < until);
      io.later(slice);
    };
    io.later(slice);
  };

  const ready = (built: SearchEngine) => {
    engine = built;
    io.post({ type: 'ready' });
  };

  // The shipped index, ready as soon as it is decoded; false when it cannot be
  // fetched or read (or is not this dataset's), and the papers are indexed instead.
  const fromShippedIndex = async (
    download: Promise<Uint8Array>,
    papers: readonly Paper[],
  ): Promise<boolean> => {
    try {
      ready(searchEngineFromIndex(papers, decodeIndex(await download)));
      return true;
    } catch {
      return false;
    }
  };

  /** Once the papers are whole: the search index unless shipped, then the similar papers. */
  const build = (dataset: Dataset, shipped: Promise<boolean> | null) => {
    const rest = (haveEngine: boolean) => {
      if (!haveEngine) ready(startSearchEngine(dataset.papers).finish());
      buildSimilar(dataset);
    };
    if (shipped) void shipped.then(rest);
    else rest(false);
  };

  // The abstracts, fetched here and handed to the page as text. The page joins and
  // checks the same text; if it refuses it, it shows an error page, and no index is
  // built here either.
  const fetchAbstracts = async (
    download: Promise<string>,
    dataset: Dataset,
    shipped: Promise<boolean> | null,
  ) => {
    let text: string;
    try {
      text = await download;
    } catch {
      io.post({ type: 'abstracts', json: null });
      return;
    }
    io.post({ type: 'abstracts', json: text });
    let list: unknown;
    try {
      list = JSON.parse(text);
    } catch {
      return;
    }
    if (joinAbstracts(dataset, list) === null) build(dataset, shipped);
  };

  return (message) => {
    if (message.type === 'dataset') {
      // Asked for before the dataset is parsed, so the download overlaps the parse.
      const download = message.abstractsUrl === null ? null : io.fetchText(message.abstractsUrl);
      download?.catch(() => {});
      const indexDownload = message.indexUrl === null ? null : io.fetchBytes(message.indexUrl);
      indexDownload?.catch(() => {});
      const dataset = JSON.parse(message.json) as Dataset;
      const shipped = indexDownload && fromShippedIndex(indexDownload, dataset.papers);
      if (download) {
        void fetchAbstracts(download, dataset, shipped);
        return;
      }
      // The main thread checked both and joined them the same way before sending them.
      if (message.abstracts !== null) joinAbstracts(dataset, JSON.parse(message.abstracts));
      build(dataset, shipped);
    } else if (message.type === 'similar') {
      if (similar) answerSimilar(similar, message.id);
      else waitingForSimilar.push(message.id);
    } else if (engine) {
      const { hits, terms } = engine.search(message.query);
      const docs = new Int32Array(hits.length);
      const scores = new Float64Array(hits.length);
      for (let i = 0; i < hits.length; i++) {
        docs[i] = hits[i]!.doc;
        scores[i] = hits[i]!.score;
      }
      io.post({ type: 'result', query: message.query, docs, scores, terms }, [
        docs.buffer,
        scores.buffer,
      ]);
    }
  };
}
