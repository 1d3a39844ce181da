// Where the app's search answers come from. In a browser the engine lives in a
// Web Worker (search-worker.ts): it parses the dataset and builds the index on
// another thread, and answers each query there, so the main thread only turns a
// ranked list of positions into rows; it then builds the similar-papers index and
// answers which papers are like a given one. Until the worker is ready a title-prefix
// scan answers (marked not final, so the page says it is busy); once it is, a query
// on its way has no answer yet (the page keeps what it shows). Where the build
// shipped the similar papers (shipped-similar.ts) this thread looks them up instead,
// and the worker builds none unless they do not fit the papers. Without workers
// (tests, or a worker that fails to start) both are built on the main thread
// between frames, by code the site loads only then (in-thread-search.ts).
import type { Paper } from '../dataset/schema';
import type { SimilarPaper } from '../derive/similar/similar-index';
import { titleScan } from '../search/title-scan';
import type { SearchResult } from '../search/types';
import type { CountedResult } from './results';
import type { FacetCounts } from '../derive/facet-counts';
import type { FirstScreenHits, FromWorker } from './search-protocol';
import type { ShippedSimilarPapers } from './shipped-similar';
import type { WorkerLine } from './worker-line';
import { type Later, later } from './later';

export interface SearchAnswer {
  /**
   * The hits (and, from the worker, the counts of a list that only searches), or null
   * while the engine works on the query and has nothing to show for it yet: the page
   * keeps showing what it shows.
   */
  result: CountedResult | null;
  /** False while the engine's answer is on its way (a stand-in, or nothing yet). */
  final: boolean;
}

export interface SearchService {
  /** The answer to `query` now; the same object until something changes (see subscribe). */
  answer(query: string): SearchAnswer;
  /**
   * The papers most like paper `id`, best first, or null while the similar-papers
   * index is being built; the same array until something changes.
   */
  similar(id: string): readonly SimilarPaper[] | null;
  /** Called whenever a later answer() or similar() would differ. */
  subscribe(onChange: () => void): () => void;
  /**
   * Starts answering (call after the first paint); called again when `abstractsIn`
   * changes. Indexes built on this thread read the abstracts, so they start only once
   * the abstracts are in; the worker fetches its own and answers before that.
   */
  start(abstractsIn: boolean): void;
  stop(): void;
}

export const EMPTY: SearchAnswer = { result: { hits: [], terms: [] }, final: true };
const WAITING: SearchAnswer = { result: null, final: false };
/** Answers kept for queries asked again (backspace, a query typed twice). */
const KEEP_ANSWERS = 32;

/** The engines built on the main thread (in-thread-search.ts), loaded only when wanted. */
export const inThreadEngines: Later<typeof import('./in-thread-search')> = later(
  () => import('./in-thread-search'),
);

/**
 * inThreadSearch, whose code (the search engine with fuse.js and the similar-papers
 * index: what the worker holds) is loaded with import() when this is first called, as
 * the site does only when its worker cannot start. Until it is in, the titles answer (not
 * final) and no paper has similar papers yet; a load that fails throws from answer(), for
 * the app's error page. `engines`: where that code comes from (a test's own).
 */
export function laterInThreadSearch(
  papers: readonly Paper[],
  options: { similarWhenAsked?: boolean } = {},
  engines: Later<Pick<typeof import('./in-thread-search'), 'inThreadSearch'>> = inThreadEngines,
): SearchService {
  const loaded = engines.get();
  if (loaded) return loaded.inThreadSearch(papers, options);
  let inner: SearchService | null = null;
  // The last start()'s argument, until a stop().
  let started: boolean | null = null;
  const listeners = new Set<() => void>();
  const standIns = new Map<string, SearchAnswer>();
  const notify = () => {
    for (const l of listeners) l();
  };
  engines.load().then(
    (m) => {
      inner = m.inThreadSearch(papers, options);
      inner.subscribe(notify);
      if (started !== null) inner.start(started);
      notify();
    },
    () => notify(),
  );
  return {
    answer(query) {
      if (inner) return inner.answer(query);
      engines.get(); // throws if the code could not be loaded
      if (query.trim() === '') return EMPTY;
      let standIn = standIns.get(query);
      if (!standIn) {
        standIn = { result: titleScan(papers, query), final: false };
        remember(standIns, query, standIn);
      }
      return standIn;
    },
    similar: (id) => inner?.similar(id) ?? null,
    subscribe(onChange) {
      listeners.add(onChange);
      return () => listeners.delete(onChange);
    },
    start(abstractsIn) {
      started = abstractsIn;
      inner?.start(abstractsIn);
    },
    stop() {
      started = null;
      inner?.stop();
    },
  };
}

export function remember<V>(map: Map<string, V>, key: string, value: V): void {
  map.set(key, value);
  if (map.size > KEEP_ANSWERS) map.delete(map.keys().next().value!);
}

/**
 * The engine in a worker. `takeLine` hands over, once, the line to a worker already
 * sent the dataset (worker-line.ts); null means there is none. `shipped`: the build's
 * similar papers, if it shipped them (the worker was told so). `seed`: the worker's
 * answers to queries typed over the first screen (first-screen-search.ts), from the same
 * shipped index: shown (not final) for those queries until the worker answers them again,
 * so the rows the first screen showed stay as they were instead of a title scan's.
 */
export function workerSearch(
  papers: readonly Paper[],
  takeLine: () => WorkerLine | null,
  shipped: ShippedSimilarPapers | null = null,
  seed: (query: string) => FirstScreenHits | null = () => null,
): SearchService {
  let worker: WorkerLine | null = null;
  let fallback: SearchService | null = null;
  let abstractsIn = false;
  let ready = false;
  const finals = new Map<string, SearchAnswer>();
  const similars = new Map<string, readonly SimilarPaper[]>();
  const similarAsked = new Set<string>();
  const standIns = new Map<string, SearchAnswer>();
  const seeded = new Map<string, SearchAnswer | null>();
  const seedAnswer = (query: string) => {
    let a = seeded.get(query);
    if (a === undefined) {
      const m = seed(query);
      a = m?.docs.every((doc) => doc < papers.length) ? { result: counted(m), final: false } : null;
      seeded.set(query, a);
    }
    return a;
  };
  // One query at a time in the worker; while it works only the latest wanted query waits.
  let inFlight: string | null = null;
  let wanted: string | null = null;
  const listeners = new Set<() => void>();
  const notify = () => {
    for (const l of listeners) l();
  };
  // Search answers changed: stand-ins are rebuilt (none once the worker is ready).
  const changed = () => {
    standIns.clear();
    notify();
  };
  shipped?.subscribe(notify);

  const send = () => {
    if (!worker || inFlight !== null || wanted === null) return;
    inFlight = wanted;
    wanted = null;
    worker.post({ type: 'search', query: inFlight });
  };

  const onMessage = (m: FromWorker) => {
    if (m.type === 'ready') {
      ready = true;
    } else if (m.type === 'similar') {
      remember(similars, m.id, m.papers);
      similarAsked.delete(m.id);
      notify();
      return;
    } else if (m.type === 'first-screen') {
      // The first screen's own (first-screen-search.ts), not this service's.
      return;
    } else {
      remember(finals, m.query, { result: counted(m), final: true });
      inFlight = null;
      if (wanted !== null && finals.has(wanted)) wanted = null;
      send();
    }
    changed();
  };

  // The worker's hits as the page's: each with its paper's id.
  const counted = (m: {
    docs: Int32Array;
    scores: Float64Array;
    terms: string[];
    counts: FacetCounts | null;
  }): CountedResult => {
    const hits: SearchResult['hits'] = new Array(m.docs.length);
    for (let i = 0; i < hits.length; i++) {
      const doc = m.docs[i]!;
      hits[i] = { id: papers[doc]!.id, doc, score: m.scores[i]! };
    }
    const result: CountedResult = { hits, terms: m.terms };
    if (m.counts) result.counts = m.counts;
    return result;
  };

  const fallBack = () => {
    worker?.terminate();
    worker = null;
    fallback = laterInThreadSearch(papers, { similarWhenAsked: shipped !== null });
    fallback.subscribe(changed);
    fallback.start(abstractsIn);
    changed();
  };

  return {
    answer(query) {
      // The engine built here reads the abstracts: until they are in, the titles answer.
      if (fallback && abstractsIn) return fallback.answer(query);
      if (query.trim() === '') return EMPTY;
      const done = finals.get(query);
      if (done) return done;
      const first = seedAnswer(query);
      if (ready && worker) {
        // Only the latest query asked for waits; one typed over is not answered.
        wanted = query === inFlight ? null : query;
        send();
        return first ?? WAITING;
      }
      if (first) return first;
      // Until the worker is ready, the titles answer.
      let standIn = standIns.get(query);
      if (!standIn) {
        standIn = { result: titleScan(papers, query), final: false };
        standIns.set(query, standIn);
      }
      return standIn;
    },
    similar(id) {
      const done = similars.get(id);
      if (done) return done;
      if (shipped) {
        // Their shared terms are read off the abstracts.
        if (!abstractsIn) return null;
        const built = shipped.get(id);
        if (built === 'reading') return null;
        if (built !== 'none') {
          remember(similars, id, built);
          return built;
        }
      }
      if (fallback) return abstractsIn ? fallback.similar(id) : null;
      if (worker && !similarAsked.has(id)) {
        similarAsked.add(id);
        worker.post({ type: 'similar', id });
      }
      return null;
    },
    subscribe(onChange) {
      listeners.add(onChange);
      return () => listeners.delete(onChange);
    },
    start(abstracts) {
      const arrived = abstracts && !abstractsIn;
      abstractsIn = abstracts;
      // The shipped similar papers can be read now, and are downloaded for the first paper view.
      if (arrived && shipped) {
        shipped.prefetch();
        notify();
      }
      if (fallback) {
        fallback.start(abstracts);
        if (arrived) changed();
        return;
      }
      if (worker) return;
      worker = takeLine();
      if (worker) worker.listen(onMessage, fallBack);
      else fallBack();
    },
    stop() {
      fallback?.stop();
    },
  };
}
