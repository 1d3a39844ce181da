import type { Paper } from '../dataset/schema';
import type { SearchEngine, SearchResult } from '../search/types';
import { createSearchEngine } from './search-engine';

export const NO_SEARCH: SearchResult = { hits: [], terms: [] };

/** Builds the index on the first real query, so opening the app never waits for it. */
export function lazyEngine(papers: readonly Paper[]): (query: string) => SearchResult {
  let engine: SearchEngine | null = null;
  return (query) => {
    if (query.trim() === '') return NO_SEARCH;
    engine ??= createSearchEngine(papers);
    return engine.search(query);
  };
}
