import type { Paper } from '../dataset/schema.ts';

export interface SearchHit {
  id: string;
  /** The paper's position in the array the engine was built from. */
  doc: number;
  /** Relevance: higher is better. Only comparable within one result list. */
  score: number;
}

export interface SearchResult {
  /** Every matching paper, best first. An empty query returns no hits (the caller shows all papers). */
  hits: SearchHit[];
  /** Words of the corpus that the query matched (after typo tolerance), lower-case: what to <mark>. */
  terms: string[];
}

export interface SearchEngine {
  search(query: string): SearchResult;
}

export type CreateSearchEngine = (papers: readonly Paper[]) => SearchEngine;
