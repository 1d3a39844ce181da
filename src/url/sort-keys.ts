import { CLAIM_TABLE, type ClaimColumnId } from '../derive/claim-columns.ts';
import { columnIds } from '../derive/column-record.ts';
import { PAPER_TABLE, type PaperColumnId } from '../derive/paper-columns.ts';
import type { ListRoute, SortState } from './view-state.ts';

// Column ids a URL may sort by, per list: the ids of the tables' column records.
export const PAPER_SORT_KEYS: readonly PaperColumnId[] = columnIds(PAPER_TABLE);
export const CLAIM_SORT_KEYS: readonly ClaimColumnId[] = columnIds(CLAIM_TABLE);

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
