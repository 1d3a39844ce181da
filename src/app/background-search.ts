import type { Paper } from '../dataset/schema';
import type { SearchEngine, SearchResult } from '../search/types';
import { startSearchEngine } from './search-engine';

const NO_SEARCH: SearchResult = { hits: [], terms: [] };
// Slices short enough that a keystroke arriving mid-build waits less than a frame.
const SLICE_MS = 8;

export interface BackgroundSearch {
  search(query: string): SearchResult;
  /** Builds the index in slices between frames (idempotent). */
  start(): void;
  stop(): void;
}

/**
 * The search index is built in the background after the first paint, so opening the
 * app never waits for it; a query that arrives first finishes the build at once.
 */
export function backgroundSearch(papers: readonly Paper[]): BackgroundSearch {
  const build = startSearchEngine(papers);
  let engine: SearchEngine | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const stop = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };
  const tick = () => {
    timer = null;
    if (build.step(SLICE_MS)) engine = build.finish();
    else timer = setTimeout(tick, 0);
  };
  return {
    search(query) {
      if (query.trim() === '') return NO_SEARCH;
      if (!engine) {
        engine = build.finish();
        stop();
      }
      return engine.search(query);
    },
    start() {
      if (!engine && timer === null) timer = setTimeout(tick, 50);
    },
    stop,
  };
}
