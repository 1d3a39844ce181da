// A query typed over the site's first screen, answered before the page has read the
// whole dataset. At 50k papers reading, indexing and rendering the whole dataset takes
// the page a second or more after the first rows, and keys typed meanwhile waited for
// all of it; the search worker has the shipped index decoded sooner. It answers such a
// query ('first-screen', search-protocol.ts) with the hits, the facet counts of a list
// that only searches, and where its first hits lie in the dataset file
// (src/dataset/paper-spans.ts); this thread parses those few papers alone from the
// file's bytes (already fetched: the page preloads the file) into rows. The page then
// shows the searched list's first screen: as many rows as there are hits, of which only
// the first are filled (as a first screen's preview, src/derive/first-screen.ts), under
// the worker's counts: the very rows and counts the whole dataset gives, which replaces
// it row for row the same (main.tsx seeds the whole dataset's search service with the
// same answers). Any other list, a sort or a filter waits for the whole dataset.
// Nothing trusts the spans blindly: a file of another length, or a span that is not one
// paper the fast check passes, and the query gets no answer here (the page waits for
// the whole dataset, busy, as it did without this).
import { areCanonicalPapers } from '../dataset/canonical-dataset';
import type { Dataset } from '../dataset/schema';
import { buildIndex, type DatasetIndex } from '../derive/dataset-index';
import type { FacetCounts, Faceted } from '../derive/facet-counts';
import { FIRST_SCREEN_ROWS } from '../derive/first-screen';
import type { PaperRow } from '../derive/rows';
import type { SearchAnswer, SearchService } from './search-service';
import type { FirstScreenHits } from './search-protocol';
import type { WorkerLine } from './worker-line';

/** A searched list's first screen: its rows (the first filled) and counts, over `index`. */
export interface SearchedScreen {
  /** The index of the first hits' papers alone (the rows' `ordinal`s are into it). */
  index: DatasetIndex;
  faceted: Faceted<PaperRow>;
  terms: string[];
}

/**
 * How long in all the page's read of the whole dataset may wait for the worker's first
 * screen answers: a worker that is slow (or stuck) does not keep the page from the rest.
 */
const HOLD_MS = 2000;

export interface FirstScreenSearch extends SearchService {
  /**
   * While a query typed over the first screen waits for its answer: a promise that
   * settles when it is shown, or has none, or the page has waited HOLD_MS in all; else
   * null. The page holds its read of the whole dataset back meanwhile: on two cores that
   * read and the worker's decoding of the index take turns, and the answer came no
   * sooner than the whole dataset.
   */
  pending(): Promise<void> | null;
  /** The first screen of `query`'s list, once its answer and rows are in; else null. */
  screen(query: string): SearchedScreen | null;
  /** The worker's answer to `query`, once in: the whole dataset's service starts from it. */
  hits(query: string): FirstScreenHits | null;
}

const EMPTY: SearchAnswer = { result: { hits: [], terms: [] }, final: true };
const WAITING: SearchAnswer = { result: null, final: false };

/**
 * The first screen's rows of a query's answer: the papers at `answer.spans` in `bytes`
 * (the site's dataset file), or null when they do not fit (another file, or a span that
 * is not one paper). `shell`: the dataset's other fields (sources, for the rows' dates).
 */
export function searchedScreen(
  bytes: Uint8Array,
  answer: FirstScreenHits,
  shell: Dataset,
): SearchedScreen | null {
  if (bytes.length !== answer.fileLength) return null;
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let papers: unknown;
  try {
    const parts: string[] = [];
    for (let i = 0; i < answer.spans.length; i += 2)
      parts.push(decoder.decode(bytes.subarray(answer.spans[i], answer.spans[i + 1])));
    // One list: a span that holds more (or less) than one paper does not parse to as many.
    papers = JSON.parse(`[${parts.join(',')}]`);
  } catch {
    return null;
  }
  if (!Array.isArray(papers) || papers.length !== answer.spans.length / 2) return null;
  if (!areCanonicalPapers(papers, true)) return null;
  const index = buildIndex({ ...shell, papers });
  const rows = new Array<PaperRow>(answer.docs.length);
  for (let i = 0; i < papers.length; i++) rows[i] = index.byDoc[i]!;
  return { index, faceted: { rows, counts: answer.counts }, terms: answer.terms };
}

/**
 * Answers queries typed over the first screen through `line` (not taking it: the whole
 * dataset's service does, later), with rows from the dataset file's `bytes`. `shell`:
 * the first screen's dataset, for its fields other than the papers.
 */
export function firstScreenSearch(
  line: WorkerLine,
  bytes: Promise<Uint8Array>,
  shell: Dataset,
  rows = FIRST_SCREEN_ROWS,
): FirstScreenSearch {
  const answers = new Map<string, { hits: FirstScreenHits; screen: SearchedScreen }>();
  // Asked and not answered yet: the worker answers only the latest it was asked.
  let asked: string | null = null;
  const listeners = new Set<() => void>();
  const results = new Map<string, SearchAnswer>();
  // Queries with no answer here (the worker has none, or its spans do not fit).
  const none = new Set<string>();
  const waiters: (() => void)[] = [];
  const settled = () => {
    for (const w of waiters.splice(0)) w();
  };
  let held = 0;
  line.onFirstScreen((query, hits) => {
    if (hits === null) {
      none.add(query);
      settled();
      return;
    }
    void bytes.then(
      (file) => {
        const screen = searchedScreen(file, hits, shell);
        if (screen) answers.set(query, { hits, screen });
        else none.add(query);
        for (const l of listeners) l();
        settled();
      },
      () => {
        none.add(query);
        settled();
      },
    );
  });
  return {
    answer(query) {
      if (query.trim() === '') return EMPTY;
      const done = answers.get(query);
      if (!done) {
        if (asked !== query) {
          asked = query;
          line.firstScreen(query, rows);
        }
        return WAITING;
      }
      let a = results.get(query);
      if (!a) {
        // The rows come with the screen (`screen`); the hits' papers are not all here.
        const counts: FacetCounts = done.hits.counts;
        a = { result: { hits: [], terms: done.hits.terms, counts }, final: true };
        results.set(query, a);
      }
      return a;
    },
    pending() {
      if (asked === null || answers.has(asked) || none.has(asked) || held >= HOLD_MS) return null;
      const from = performance.now();
      return new Promise<void>((done) => {
        const timer = setTimeout(done, HOLD_MS - held);
        waiters.push(() => {
          clearTimeout(timer);
          done();
        });
      }).then(() => {
        held += performance.now() - from;
      });
    },
    screen: (query) => answers.get(query)?.screen ?? null,
    hits: (query) => answers.get(query)?.hits ?? null,
    similar: () => null,
    subscribe(onChange) {
      listeners.add(onChange);
      return () => listeners.delete(onChange);
    },
    start: () => {},
    stop: () => {},
  };
}
