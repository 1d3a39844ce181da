import type { ListRoute, SortState } from './view-state';

// Column ids a URL may sort by, per list. The table column definitions use the same ids.
export const PAPER_SORT_KEYS = [
  'title',
  'org',
  'published',
  'authors',
  'comments',
  'claims',
  'factor',
] as const;
export const CLAIM_SORT_KEYS = [
  'paper',
  'factor',
  'kind',
  'metric',
  'baseline',
  'hardware',
  'condition',
  'evidence',
] as const;

export type PaperSortKey = (typeof PAPER_SORT_KEYS)[number];
export type ClaimSortKey = (typeof CLAIM_SORT_KEYS)[number];

export function sortKeysFor(route: ListRoute): readonly string[] {
  if (route === 'papers') return PAPER_SORT_KEYS;
  if (route === 'claims') return CLAIM_SORT_KEYS;
  return [];
}

/** The order a list has when the URL names none. Papers: relevance (or newest first). */
export function defaultSort(route: ListRoute): SortState | null {
  return route === 'claims' ? { id: 'factor', desc: true } : null;
}

/** The sort a table should show: the URL's, else the view's default. */
export function effectiveSort(route: ListRoute, sort: SortState | null): SortState | null {
  return sort ?? defaultSort(route);
}
