import type { ClaimKind } from '../dataset/schema';

/** The views that show a list of results (the paper view walks one of them). */
export type ListRoute = 'papers' | 'claims' | 'chart';
export type ChartBy = 'kind' | 'paper' | 'hardware';

export interface SortState {
  id: string;
  desc: boolean;
}

/** Everything that decides which rows a list shows, and in which order. */
export interface ListView {
  route: ListRoute;
  q: string;
  /** null = the view's default order (papers: relevance or newest; claims: factor, largest first). */
  sort: SortState | null;
  org: string[];
  hw: string[];
  kind: ClaimKind[];
  year: number[];
  /** Minimum factor, or null for any. */
  min: number | null;
  /** Chart grouping; only meaningful on the chart. */
  by: ChartBy;
}

export type ViewState =
  | { page: 'list'; list: ListView }
  /** A paper, opened from `list` (its previous/next walk that list). */
  | { page: 'paper'; id: string; claim: number | null; list: ListView };

export const CHART_BYS: readonly ChartBy[] = ['kind', 'paper', 'hardware'];

export function defaultList(route: ListRoute = 'papers'): ListView {
  return { route, q: '', sort: null, org: [], hw: [], kind: [], year: [], min: null, by: 'kind' };
}

/** The same list with search and filters cleared (route, sort and chart grouping kept). */
export function clearedList(list: ListView): ListView {
  return { ...defaultList(list.route), by: list.by, sort: list.sort };
}

export function hasFilters(list: ListView): boolean {
  return (
    list.q.trim() !== '' ||
    list.org.length > 0 ||
    list.hw.length > 0 ||
    list.kind.length > 0 ||
    list.year.length > 0 ||
    list.min !== null
  );
}
