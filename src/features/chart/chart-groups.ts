import type { ClaimRow } from '../../derive/rows';
import type { ChartBy } from '../../url/view-state';

export interface ChartGroup {
  key: string;
  label: string;
  /** Every claim of the group with a factor, largest first. */
  claims: ClaimRow[];
  /** The claims drawn as linked dots: all of them, or an even sample across the range. */
  marks: ClaimRow[];
  best: number;
  least: number;
  median: number;
}

export const MAX_GROUPS = 30;
// Thousands of linked SVG dots make the chart slow and unreadable; past this the
// dots are an even sample and a line shows the full range.
const MAX_MARKS = 1200;

/**
 * Claims with a factor, grouped, groups ordered by their largest factor; at most
 * MAX_GROUPS unless `all`. totalGroups and leftOutClaims say what was cut.
 */
export function chartGroups(
  rows: readonly ClaimRow[],
  by: ChartBy,
  all = false,
): { groups: ChartGroup[]; totalGroups: number; leftOutClaims: number } {
  const byKey = new Map<string, { label: string; claims: ClaimRow[] }>();
  for (const r of rows) {
    const f = r.claim.factor;
    if (f === null || !(f > 0)) continue;
    const [key, label] =
      by === 'kind'
        ? [r.claim.kind, r.claim.kind]
        : by === 'paper'
          ? [r.paper.id, r.paper.paper.title]
          : [r.claim.hardware ?? '', r.claim.hardware ?? 'Hardware not stated'];
    let g = byKey.get(key);
    if (!g) byKey.set(key, (g = { label, claims: [] }));
    g.claims.push(r);
  }
  const every: ChartGroup[] = [...byKey].map(([key, g]) => {
    const claims = g.claims.sort((a, b) => factor(b) - factor(a));
    return {
      key,
      label: g.label,
      claims,
      marks: claims,
      best: factor(claims[0]!),
      least: factor(claims[claims.length - 1]!),
      median: factor(claims[Math.floor(claims.length / 2)]!),
    };
  });
  every.sort((a, b) => b.best - a.best || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
  const groups = every.slice(0, all ? every.length : MAX_GROUPS);
  // Showing every group keeps at least the best, median and least dot of each.
  const perGroup = Math.max(all ? 3 : 12, Math.floor(MAX_MARKS / Math.max(1, groups.length)));
  for (const g of groups) g.marks = evenSample(g.claims, perGroup);
  let leftOutClaims = 0;
  for (const g of every.slice(groups.length)) leftOutClaims += g.claims.length;
  return { groups, totalGroups: every.length, leftOutClaims };
}

function factor(r: ClaimRow): number {
  return r.claim.factor ?? 0;
}

/** `n` items spread evenly from first to last (all of them when there are few). */
export function evenSample<T>(items: readonly T[], n: number): T[] {
  if (items.length <= n) return [...items];
  const out: T[] = [];
  for (let i = 0; i < n; i++) out.push(items[Math.round((i * (items.length - 1)) / (n - 1))]!);
  return out;
}
