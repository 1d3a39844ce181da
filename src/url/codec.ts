import type { ClaimKind } from '../dataset/schema.ts';
import { CLAIM_KINDS } from '../dataset/schema-shape.ts';
import { decodeValue, encodeValue } from './param-encoding.ts';
import { defaultSort, sortKeysFor } from './sort-keys.ts';
import {
  CHART_BYS,
  defaultList,
  LEADERBOARD_GROUPS,
  LIST_ROUTES,
  type ChartBy,
  type LeaderboardGroup,
  type ListRoute,
  type ListView,
  type SortState,
  type ViewState,
} from './view-state.ts';

// The one URL codec: hash route <-> ViewState. Canonical output: defaults and empty
// values omitted, parameters in PARAM_ORDER, list values de-duplicated and sorted.
// Anything it cannot use is dropped and described in `notices`; it never throws.

export interface ParsedView {
  state: ViewState;
  notices: string[];
}

/** Every parameter a link may carry, in the order canonical links write them. */
export const PARAM_ORDER = [
  'q',
  'author',
  'sort',
  'org',
  'hw',
  'kind',
  'year',
  'min',
  'starred',
  'captured',
  'ids',
  'by',
  'group',
  'from',
  'claim',
] as const;
type Param = (typeof PARAM_ORDER)[number];
const ROUTE_NAMES = LIST_ROUTES.join(', ');
const MAX_CLAIM_INDEX = 100_000;
/** Longer than any real name list entry; a longer value is not a name. */
const MAX_AUTHOR_LENGTH = 200;

/**
 * A list's part of an address (every parameter but `from` and `claim`, which come
 * last), computed once per list: a table links each of its rows to a paper with the
 * same list, and every keystroke brings a new one.
 */
const listQueries = new WeakMap<ListView, string>();

function listQuery(list: ListView): string {
  const known = listQueries.get(list);
  if (known !== undefined) return known;
  const values: Partial<Record<Param, string>> = {};
  if (list.q !== '') values.q = encodeValue(list.q);
  if (list.author !== null) values.author = encodeValue(list.author);
  const sort = canonicalSort(list.route, list.sort);
  if (sort) values.sort = (sort.desc ? '-' : '') + sort.id;
  if (list.org.length) values.org = joinList(uniqueSorted(list.org));
  if (list.hw.length) values.hw = joinList(uniqueSorted(list.hw));
  if (list.kind.length) values.kind = joinList(CLAIM_KINDS.filter((k) => list.kind.includes(k)));
  if (list.year.length) values.year = [...new Set(list.year)].sort((a, b) => a - b).join(',');
  if (list.min !== null) values.min = formatNumber(list.min);
  if (list.starred) values.starred = '1';
  if (list.captured !== null) values.captured = list.captured;
  if (list.ids.length) values.ids = joinList(uniqueSorted(list.ids));
  if (list.route === 'chart' && list.by !== 'kind') values.by = list.by;
  if (list.route === 'leaderboard' && list.group !== 'metric') values.group = list.group;
  const query = PARAM_ORDER.filter((p) => values[p] !== undefined)
    .map((p) => `${p}=${values[p]}`)
    .join('&');
  listQueries.set(list, query);
  return query;
}

export function serializeHash(state: ViewState): string {
  const list = state.list;
  const parts = [listQuery(list)];
  let path = `/${list.route}`;
  if (state.page === 'paper') {
    path = `/paper/${encodeURIComponent(state.id)}`;
    if (list.route !== 'papers') parts.push(`from=${list.route}`);
    if (state.claim !== null) parts.push(`claim=${state.claim}`);
  }
  const query = parts.filter((p) => p !== '').join('&');
  return `#${path}${query ? `?${query}` : ''}`;
}

export function parseHash(hash: string): ParsedView {
  const notices: string[] = [];
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  const qAt = body.indexOf('?');
  const path = qAt === -1 ? body : body.slice(0, qAt);
  const params = readParams(qAt === -1 ? '' : body.slice(qAt + 1), notices);

  const segments = path.split('/').filter((s) => s !== '');
  let paperId: string | null = null;
  let route: ListRoute = 'papers';
  const head = segments[0];
  if (head === 'paper' && segments.length === 2) {
    paperId = decodeValue(segments[1]!);
    if (paperId === null || paperId.trim() === '') {
      notices.push(`The paper id in the link is not valid; showing all papers.`);
      paperId = null;
    }
  } else if (
    head !== undefined &&
    LIST_ROUTES.includes(head as ListRoute) &&
    segments.length === 1
  ) {
    route = head as ListRoute;
  } else if (segments.length > 0) {
    notices.push(`There is no page "${shorten(decodeValue(path) ?? path)}"; showing all papers.`);
  }

  const take = (name: Param): string | undefined => {
    const v = params.get(name);
    params.delete(name);
    return v;
  };

  if (paperId !== null) {
    const from = take('from');
    if (from !== undefined) {
      if (LIST_ROUTES.includes(from as ListRoute)) route = from as ListRoute;
      else notices.push(`Ignored from="${shorten(from)}": expected one of ${ROUTE_NAMES}.`);
    }
  }

  const list: ListView = defaultList(route);
  const q = take('q');
  if (q !== undefined) list.q = q;
  const author = take('author');
  if (author !== undefined) list.author = parseAuthor(author, notices);
  const sort = take('sort');
  if (sort !== undefined) list.sort = parseSort(route, sort, notices);
  list.org = parseStrings('org', take('org'), notices);
  list.hw = parseStrings('hw', take('hw'), notices);
  list.kind = parseKinds(take('kind'), notices);
  list.year = parseYears(take('year'), notices);
  const min = take('min');
  if (min !== undefined) list.min = parseMin(min, notices);
  const starred = take('starred');
  if (starred !== undefined) {
    if (starred === '1') list.starred = true;
    else notices.push(`Ignored starred="${shorten(starred)}": expected starred=1.`);
  }
  const captured = take('captured');
  if (captured !== undefined) list.captured = parseIsoDate('captured', captured, notices);
  list.ids = uniqueSorted(splitList('ids', take('ids'), notices));
  const by = take('by');
  if (by !== undefined) {
    if (route !== 'chart')
      notices.push(`Ignored by="${shorten(by)}": it only applies to the chart.`);
    else if (CHART_BYS.includes(by as ChartBy)) list.by = by as ChartBy;
    else notices.push(`Ignored by="${shorten(by)}": expected one of ${CHART_BYS.join(', ')}.`);
  }
  const group = take('group');
  if (group !== undefined) {
    if (route !== 'leaderboard')
      notices.push(`Ignored group="${shorten(group)}": it only applies to the leaderboard.`);
    else if (LEADERBOARD_GROUPS.includes(group as LeaderboardGroup))
      list.group = group as LeaderboardGroup;
    else
      notices.push(
        `Ignored group="${shorten(group)}": expected one of ${LEADERBOARD_GROUPS.join(', ')}.`,
      );
  }

  let claim: number | null = null;
  const claimRaw = take('claim');
  if (claimRaw !== undefined) {
    if (paperId === null)
      notices.push(`Ignored claim="${shorten(claimRaw)}": it only applies to a paper.`);
    else if (/^\d{1,6}$/.test(claimRaw) && Number(claimRaw) <= MAX_CLAIM_INDEX)
      claim = Number(claimRaw);
    else notices.push(`Ignored claim="${shorten(claimRaw)}": expected a claim number.`);
  }
  const from = take('from');
  if (from !== undefined)
    notices.push(`Ignored from="${shorten(from)}": it only applies to a paper.`);

  for (const name of params.keys()) notices.push(`Ignored unknown parameter "${shorten(name)}".`);

  const state: ViewState =
    paperId !== null ? { page: 'paper', id: paperId, claim, list } : { page: 'list', list };
  return { state, notices };
}

/** Reads `a=1&b=2` into a map: first occurrence wins, later ones are reported. */
function readParams(query: string, notices: string[]): Map<string, string> {
  const params = new Map<string, string>();
  for (const part of query.split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    const rawName = eq === -1 ? part : part.slice(0, eq);
    const name = decodeValue(rawName) ?? rawName;
    const rawValue = eq === -1 ? '' : part.slice(eq + 1);
    if (params.has(name)) {
      notices.push(`Ignored a repeated "${shorten(name)}" parameter.`);
      continue;
    }
    // List parameters are split before decoding so an encoded comma stays inside its item.
    const value = isListParam(name) ? rawValue : decodeValue(rawValue);
    if (value === null) {
      notices.push(`Ignored "${shorten(name)}": its value is not valid percent-encoding.`);
      continue;
    }
    params.set(name, value);
  }
  return params;
}

function isListParam(name: string): boolean {
  return name === 'org' || name === 'hw' || name === 'kind' || name === 'year' || name === 'ids';
}

function splitList(name: string, raw: string | undefined, notices: string[]): string[] {
  if (raw === undefined) return [];
  const out: string[] = [];
  for (const item of raw.split(',')) {
    const value = decodeValue(item);
    if (value === null) notices.push(`Ignored a ${name} value: it is not valid percent-encoding.`);
    else if (value.trim() !== '') out.push(value.trim());
  }
  return out;
}

function parseStrings(name: 'org' | 'hw', raw: string | undefined, notices: string[]): string[] {
  return uniqueSorted(splitList(name, raw, notices));
}

function parseKinds(raw: string | undefined, notices: string[]): ClaimKind[] {
  const wanted = splitList('kind', raw, notices);
  for (const k of wanted) {
    if (!CLAIM_KINDS.includes(k as ClaimKind))
      notices.push(`Ignored kind="${shorten(k)}": not a claim kind.`);
  }
  return CLAIM_KINDS.filter((k) => wanted.includes(k));
}

function parseYears(raw: string | undefined, notices: string[]): number[] {
  const years = new Set<number>();
  for (const y of splitList('year', raw, notices)) {
    if (/^\d{4}$/.test(y)) years.add(Number(y));
    else notices.push(`Ignored year="${shorten(y)}": expected a four-digit year.`);
  }
  return [...years].sort((a, b) => a - b);
}

/** A real calendar date written YYYY-MM-DD, else null with a notice. */
function parseIsoDate(name: string, raw: string, notices: string[]): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(raw.trim());
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const days = new Date(Date.UTC(y, mo, 0)).getUTCDate();
    if (mo >= 1 && mo <= 12 && d >= 1 && d <= days) return m[0];
  }
  notices.push(`Ignored ${name}="${shorten(raw)}": expected a date such as 2025-11-03.`);
  return null;
}

function parseAuthor(raw: string, notices: string[]): string | null {
  const name = raw.trim();
  if (name === '') notices.push('Ignored an empty author="": expected an author\'s name.');
  else if (name.length > MAX_AUTHOR_LENGTH)
    notices.push(`Ignored author="${shorten(name)}": longer than any name.`);
  else return name;
  return null;
}

function parseMin(raw: string, notices: string[]): number | null {
  const n = /^\d+(\.\d+)?$/.test(raw.trim()) ? Number(raw) : NaN;
  if (Number.isFinite(n) && n > 0 && n < 1e12) return n;
  notices.push(`Ignored min="${shorten(raw)}": expected a positive number such as 2 or 1.5.`);
  return null;
}

function parseSort(route: ListRoute, raw: string, notices: string[]): SortState | null {
  const keys = sortKeysFor(route);
  const desc = raw.startsWith('-');
  const id = desc ? raw.slice(1) : raw;
  if (keys.length === 0) {
    notices.push(`Ignored sort="${shorten(raw)}": the ${route} has no sort order.`);
    return null;
  }
  if (!keys.includes(id)) {
    notices.push(
      `Ignored sort="${shorten(raw)}": expected one of ${keys.join(', ')} (prefix - for descending).`,
    );
    return null;
  }
  return canonicalSort(route, { id, desc });
}

/** null when the sort is the route's default (or the route has no sort). */
function canonicalSort(route: ListRoute, sort: SortState | null): SortState | null {
  if (!sort || !sortKeysFor(route).includes(sort.id)) return null;
  const def = defaultSort(route);
  if (def && def.id === sort.id && def.desc === sort.desc) return null;
  return { id: sort.id, desc: sort.desc };
}

function joinList(values: readonly string[]): string {
  return values.map(encodeValue).join(',');
}

function uniqueSorted(values: readonly string[]): string[] {
  return [...new Set(values)].sort();
}

function formatNumber(n: number): string {
  return String(Number(n.toPrecision(12)));
}

function shorten(s: string): string {
  return s.length > 40 ? `${s.slice(0, 39)}…` : s;
}
