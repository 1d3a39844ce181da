// What the search worker does with each message, apart from the worker plumbing
// (search-worker.ts), so tests can drive the same code on their own thread.
// On the site the search index comes built: the worker is told where it is (once
// the page's first rows are painted, worker-line.ts), fetches and decodes it
// (index-codec.ts; with the papers' facet codes, src/derive/doc-facets.ts, from which
// it counts the facets of a searched list beside each answer; and where each paper lies
// in the dataset file, src/dataset/paper-spans.ts, so that a query typed over the first
// screen is answered before the papers' key with the bytes of its first hits), and is ready once the page says its papers are the ones the
// index was built from ('papers', as soon as it has read them; or the dataset's
// message), without the abstracts; otherwise (the single file, or an
// index that cannot be read) it is built at once when the whole papers are in (the
// reader may be typing). Then the similar-papers index is built in short slices,
// yielding between them, so a query that arrives meanwhile waits at most one slice;
// and only while the reader is not typing (no query for QUIET_MS), since on a machine
// with few cores it takes the CPU the page needs to show each answer. Parsing the
// whole papers for it waits likewise when the search index came built. A paper
// view's question for similar papers lets it go on regardless. Where the build
// shipped every paper's similar papers (the page says so: 'similar-shipped'), the
// page looks them up itself and neither is done unless the page asks after all.
import { joinAbstracts } from '../dataset/abstracts';
import type { Dataset } from '../dataset/schema';
import { decodePaperSpans, type PaperSpans } from '../dataset/paper-spans';
import { countDocs, type DocFacets, decodeDocFacets } from '../derive/doc-facets';
import { type SimilarIndex, similarIndexSteps } from '../derive/similar/similar-index';
import { type DecodedIndex, decodeIndex } from '../search/index-codec';
import { InvertedIndexBuilder } from '../search/inverted-index';
import { type DocSearchEngine, docSearchEngine } from './search-engine';
import type { ToWorker, WorkerPost } from './search-protocol';

/** Long enough to make progress, short enough that a query is answered within a frame. */
const SLICE_MS = 10;
/** How long after the last query the reader counts as no longer typing. */
const QUIET_MS = 1000;

export interface WorkerIo {
  post(message: WorkerPost, transfer?: Transferable[]): void;
  /** The text at `url`; fails on an HTTP error. */
  fetchText(url: string): Promise<string>;
  /** The bytes at `url`; fails on an HTTP error. */
  fetchBytes(url: string): Promise<Uint8Array>;
  /** Runs `task` after messages already waiting have been handled. */
  later(task: () => void): void;
  /** Runs `task` in about `ms` milliseconds. */
  after(ms: number, task: () => void): void;
  now(): number;
}

export function workerHandler(io: WorkerIo): (message: ToWorker) => void {
  let engine: DocSearchEngine | null = null;
  // The papers' facet codes, when the engine is the shipped index and they came with it.
  let facets: DocFacets | null = null;
  let similar: SimilarIndex | null = null;
  const waitingForSimilar: string[] = [];
  // The site's shipped index, decoded as soon as it arrives; null if it cannot be
  // fetched or read (the papers are then indexed here).
  let shippedIndex: Promise<{
    engine: DocSearchEngine;
    key: number;
    facets: DocFacets | null;
    spans: PaperSpans | null;
    /**
     * The postings no query has read yet (the engine reads a word's when first
     * needed): `finish()` decodes them now, false if some are wrong.
     */
    rest: ReturnType<typeof restOf>;
  } | null> | null = null;
  // The latest query typed over the first screen, until answered.
  let firstScreenWanted: string | null = null;

  let similarShipped = false;
  // The similar papers' first step, held back while the page has the build's own.
  let heldBack: (() => void) | null = null;

  let lastQuery = Number.NEGATIVE_INFINITY;
  // Work no query needs, waiting for the reader to stop typing.
  let paused: (() => void) | null = null;

  /**
   * Runs `task` after the messages waiting, once no query came for QUIET_MS, or at
   * once when a paper view waits for the similar papers.
   */
  const whenQuiet = (task: () => void) =>
    io.later(() => {
      const wait = lastQuery + QUIET_MS - io.now();
      if (wait <= 0 || waitingForSimilar.length > 0) {
        task();
        return;
      }
      paused = task;
      io.after(wait, () => {
        if (paused !== task) return;
        paused = null;
        whenQuiet(task);
      });
    });
  const resume = () => {
    const task = paused;
    paused = null;
    if (task) whenQuiet(task);
  };

  /** Starts work for the similar papers: at once if asked, else when quiet, else held back. */
  const similarWork = (task: () => void) => {
    if (similarShipped && waitingForSimilar.length === 0) heldBack = task;
    else whenQuiet(task);
  };

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
      whenQuiet(slice);
    };
    similarWork(slice);
  };

  const ready = (built: DocSearchEngine) => {
    engine = built;
    io.post({ type: 'ready' });
    // The typo filter, before a query needs it (after the queries waiting).
    io.later(() => built.prepare());
  };

  /**
   * Ready with the shipped index if it was built from the papers whose datasetKey is
   * `key` (the page's dataset is the build's own file, unedited); false when there is
   * none, it could not be read or it was built from other papers, and the papers must
   * be indexed here.
   */
  const fromShippedIndex = (key: number | null): Promise<boolean> | null =>
    shippedIndex && key !== null
      ? shippedIndex.then((shipped) => {
          if (shipped?.key !== key || !shipped.rest.finish()) return false;
          facets = shipped.facets;
          ready(shipped.engine);
          return true;
        })
      : null;

  /**
   * The shipped index's postings no query has read yet: `finish(shouldYield)` decodes
   * them until it says stop, and says true once all are decoded, false if some are
   * wrong (null: not all yet); `inSlices()` has them decoded in slices between the
   * messages waiting.
   */
  const restOf = (decodeRest: DecodedIndex['decodeRest']) => {
    let whole: boolean | null = null;
    let slicing = false;
    const finish = (shouldYield?: () => boolean) => {
      if (whole === null)
        try {
          if (decodeRest(shouldYield)) whole = true;
        } catch {
          whole = false;
        }
      return whole;
    };
    const slice = () => {
      const until = io.now() + SLICE_MS;
      if (finish(() => io.now() >= until) === null) io.later(slice);
    };
    const inSlices = () => {
      if (slicing) return;
      slicing = true;
      io.later(slice);
    };
    return { finish, inSlices };
  };

  /** Once the papers are whole: the search index unless shipped, then the similar papers. */
  const build = (dataset: Dataset, shipped: Promise<boolean> | null) => {
    const rest = (haveEngine: boolean) => {
      if (!haveEngine) ready(docSearchEngine(new InvertedIndexBuilder(dataset.papers).result()));
      buildSimilar(dataset);
    };
    if (shipped) void shipped.then(rest);
    else rest(false);
  };

  // The abstracts, fetched here and handed to the page as bytes (transferred, so this
  // thread no longer has them). The page joins and checks the same text; if it refuses
  // it, it shows an error page, and no index is built here either. The dataset is read
  // and parsed here only then: search does not wait for it.
  const fetchAbstracts = async (
    url: string,
    papersText: () => Promise<string>,
    shipped: Promise<boolean> | null,
  ) => {
    let bytes: Uint8Array | null;
    try {
      bytes = await io.fetchBytes(url);
    } catch {
      bytes = null;
    }
    // The shipped index first: its "ready" then reaches the page before the abstracts,
    // which keep the page's thread busy for a while and are needed later than search.
    const haveEngine = await shipped;
    if (bytes === null) {
      io.post({ type: 'abstracts', bytes: null });
      return;
    }
    // Kept as text only if this thread will read them: to index the papers, or for
    // the similar papers when the build shipped none. Else, if a paper view asks for
    // similar papers after all, they are fetched again (from the cache).
    const kept = haveEngine && similarShipped ? null : new TextDecoder().decode(bytes);
    io.post({ type: 'abstracts', bytes }, [bytes.buffer as ArrayBuffer]);
    const whole = async () => {
      let list: unknown;
      let dataset: Dataset;
      try {
        list = JSON.parse(kept ?? new TextDecoder().decode(await io.fetchBytes(url)));
        dataset = JSON.parse(await papersText()) as Dataset;
      } catch {
        return;
      }
      if (joinAbstracts(dataset, list) === null) build(dataset, shipped);
    };
    // Only the similar papers need the whole papers when the search index came built.
    if (haveEngine) similarWork(whole);
    else whole();
  };

  // Ready from the shipped index for the papers of this key ('papers', before the dataset).
  let keyed: { key: number; shipped: Promise<boolean> | null } | null = null;

  return (message) => {
    if (message.type === 'index') {
      shippedIndex = io
        .fetchBytes(message.url)
        .then((bytes) => {
          // Each word's postings are decoded when a query first reads them: the first
          // answer waits for its own words' alone. The rest follow in slices after the
          // first answer, or at once when the page's papers are the index's
          // (fromShippedIndex).
          const decoded = decodeIndex(bytes, { lazy: true });
          const { index, key, extra, sorted } = decoded;
          return {
            engine: docSearchEngine(index, sorted),
            key,
            facets: shippedPart(extra.facets, index.docCount, decodeDocFacets),
            spans: shippedPart(extra.spans, index.docCount, decodePaperSpans),
            // Not the decoded index itself: its extra parts are views of the whole file.
            rest: restOf(decoded.decodeRest),
          };
        })
        .catch(() => null);
    } else if (message.type === 'first-screen') {
      lastQuery = io.now();
      const { query, rows } = message;
      firstScreenWanted = query;
      const answer = (shipped: Awaited<typeof shippedIndex>) => {
        // Typed over meanwhile: only the latest is answered.
        if (firstScreenWanted !== query) return;
        firstScreenWanted = null;
        if (!shipped?.facets || !shipped.spans) {
          io.post({ type: 'first-screen', query, answer: null });
          return;
        }
        let found: ReturnType<DocSearchEngine['searchDocs']>;
        try {
          found = shipped.engine.searchDocs(query);
        } catch {
          // A word's postings are wrong (index-codec.ts): the whole dataset's search decides.
          io.post({ type: 'first-screen', query, answer: null });
          return;
        }
        const { docs, scores, terms } = found;
        const counts = countDocs(docs, shipped.facets);
        const n = Math.min(rows, docs.length);
        const spans = new Float64Array(2 * n);
        for (let i = 0; i < n; i++) {
          spans[2 * i] = shipped.spans.start[docs[i]!]!;
          spans[2 * i + 1] = shipped.spans.end[docs[i]!]!;
        }
        const { fileLength } = shipped.spans;
        io.post(
          {
            type: 'first-screen',
            query,
            answer: { docs, scores, terms, counts, spans, fileLength },
          },
          [docs.buffer, scores.buffer, spans.buffer],
        );
        // The typo filter, before the next key needs it: the first answer did not wait
        // for it; then the postings no query read yet, in slices between the keys.
        io.later(() => shipped.engine.prepare());
        shipped.rest.inSlices();
      };
      // After the messages waiting: a key typed while the index was decoding is among them.
      if (shippedIndex) void shippedIndex.then((shipped) => io.later(() => answer(shipped)));
      else io.later(() => answer(null));
    } else if (message.type === 'papers') {
      keyed = { key: message.key, shipped: fromShippedIndex(message.key) };
    } else if (message.type === 'dataset') {
      // Ready already, or not, for these papers: the answer stands.
      const shipped =
        (keyed?.key === message.shippedIndexKey ? keyed.shipped : null) ??
        fromShippedIndex(message.shippedIndexKey);
      const { json, datasetUrl } = message;
      // The page's copy, or the site's file fetched again (the page read it already,
      // so it is in the cache), only when the whole papers are needed.
      const papersText = () =>
        json !== null
          ? Promise.resolve(json)
          : datasetUrl !== null
            ? io.fetchText(datasetUrl)
            : Promise.reject(new Error('no dataset'));
      if (message.abstractsUrl !== null) {
        void fetchAbstracts(message.abstractsUrl, papersText, shipped);
        return;
      }
      const { abstracts } = message;
      const withPapers = (text: string) => {
        const dataset = JSON.parse(text) as Dataset;
        // The main thread checked both and joined them the same way before sending them.
        if (abstracts !== null) joinAbstracts(dataset, JSON.parse(abstracts));
        build(dataset, shipped);
      };
      if (json !== null) withPapers(json);
      else void papersText().then(withPapers, () => {});
    } else if (message.type === 'similar-shipped') {
      similarShipped = true;
    } else if (message.type === 'similar') {
      if (similar) answerSimilar(similar, message.id);
      else {
        waitingForSimilar.push(message.id);
        const task = heldBack;
        heldBack = null;
        if (task) whenQuiet(task);
        else resume();
      }
    } else {
      lastQuery = io.now();
      if (!engine) return;
      const { docs, scores, terms } = engine.searchDocs(message.query);
      const counts = facets && countDocs(docs, facets);
      io.post({ type: 'result', query: message.query, docs, scores, terms, counts }, [
        docs.buffer,
        scores.buffer,
      ]);
    }
  };
}

/**
 * A part shipped beside the index (the facet codes, where the papers lie in the dataset
 * file), read for `papers` papers; null if there is none or it cannot be read.
 */
function shippedPart<T>(
  bytes: Uint8Array | null,
  papers: number,
  decode: (bytes: Uint8Array, papers: number) => T,
): T | null {
  if (bytes === null) return null;
  try {
    return decode(bytes, papers);
  } catch {
    return null;
  }
}
