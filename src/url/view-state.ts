import type { ClaimKind } from '../dataset/schema';

/** The views that show a list of results (the paper view walks one of them). */
export type ListRoute = 'papers' | 'claims' | 'chart' | 'leaderboard' | 'captures';
export type ChartBy = 'kind' | 'paper' | 'hardware' | 'time';
/** How the leaderboard splits each metric's ranking: not at all, or per hardware / baseline. */
export type LeaderboardGroup = 'metric' | 'hardware' | 'baseline';

export interface SortState {
  id: string;
  desc: boolean;
}

/** Everything that decides which rows a list shows, and in which order. */
export interface ListView {
  route: ListRoute;
  q: string;
  /** Only papers with this author (as the data spells the name), or null for any. */
  author: string | null;
  /** null = the view's default order (papers: relevance or newest; claims: factor, largest first). */
  sort: SortState | null;
  org: string[];
  hw: string[];
  kind: ClaimKind[];
  year: number[];
  /** Minimum factor, or null for any. */
  min: number | null;
  /** Only papers the reader starred (in this browser). */
  starred: boolean;
  /** Only papers on the page captures of this ISO date, in the page's order; null for any. */
  captured: string | null;
  /** A shortlist: only these paper ids (sorted, unique); empty for any. */
  ids: string[];
  /** Chart grouping; only meaningful on the chart. */
  by: ChartBy;
  /** Leaderboard grouping; only meaningful on the leaderboard. */
  group: LeaderboardGroup;
}

export type ViewState =
  | { page: 'list'; list: ListView }
  /** A paper, opened from `list` (its previous/next walk that list). */
  | { page: 'paper'; id: string; claim: number | null; list: ListView };

export const LIST_ROUTES: readonly ListRoute[] = [
  'papers',
  'claims',
  'leaderboard',
  'chart',
  'captures',
];
export const CHART_BYS: readonly ChartBy[] = ['kind', 'paper', 'hardware', 'time'];
export const LEADERBOARD_GROUPS: readonly LeaderboardGroup[] = ['metric', 'hardware', 'baseline'];

export function defaultList(route: ListRoute = 'papers'): ListView {
  return {
    route,
    q: '',
    author: null,
    sort: null,
    org: [],
    hw: [],
    kind: [],
    year: [],
    min: null,
    starred: false,
    captured: null,
    ids: [],
    by: 'kind',
    group: 'metric',
  };
}

/** The same list with search and filters cleared (route, sort and groupings kept). */
export function clearedList(list: ListView): ListView {
  return { ...defaultList(list.route), by: list.by, group: list.group, sort: list.sort };
}

export function hasFilters(list: ListView): boolean {
  return (
    list.q.trim() !== '' ||
    list.author !== null ||
    list.org.length > 0 ||
    list.hw.length > 0 ||
    list.kind.length > 0 ||
    list.year.length > 0 ||
    list.min !== null ||
    list.starred ||
    list.captured !== null ||
    list.ids.length > 0
  );
}

/** Two lists of filter values, equal item by item. */
export const sameValues = <T>(a: readonly T[], b: readonly T[]): boolean =>
  a.length === b.length && a.every((v, i) => v === b[i]);

const LIST_FIELDS = Object.keys(defaultList()) as (keyof ListView)[];

const sameField = (a: ListView[keyof ListView], b: ListView[keyof ListView]): boolean => {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return sameValues<unknown>(a, b);
  // The one object-valued field: the sort.
  if (a && b && typeof a === 'object' && typeof b === 'object' && 'id' in a && 'id' in b)
    return a.id === b.id && a.desc === b.desc;
  return false;
};

/**
 * Whether `a` and `b` are the same list view but perhaps for its query (what a search
 * answer changes): the same route, sort, filters and groupings, by value.
 */
export function sameListBesidesQuery(a: ViewState, b: ViewState): boolean {
  if (a.page !== 'list' || b.page !== 'list') return false;
  return LIST_FIELDS.every((k) => k === 'q' || sameField(a.list[k], b.list[k]));
}
