import type { LeaderboardGroup } from '../url/view-state';
import { absoluteFigure } from './absolute-figure';
import { normalizeMetric, type NormalMetric } from './normalize-metric';
import type { ClaimRow } from './rows';

/** A claim in a ranking; equal figures share a rank (1, 2, 2, 4). */
export interface Ranked {
  rank: number;
  row: ClaimRow;
}

/** Absolute figures of one unit (as the claims table's Value column groups them), best first. */
export interface UnitRanking {
  unit: string;
  /** Times (s, ms, …) rank smallest first; rates and percentages largest first. */
  lowerIsBetter: boolean;
  ranked: Ranked[];
}

/** One leaderboard: the claims that measure one thing (on one hardware / against one baseline). */
export interface Board {
  key: string;
  metric: NormalMetric;
  /** The hardware or baseline this board is split by; null when not split or not stated. */
  split: string | null;
  /** True when split, but the claims did not state it. */
  splitMissing: boolean;
  /** Claims with a factor, largest first. */
  factors: Ranked[];
  /** Claims with an absolute figure, one ranking per unit. */
  absolutes: UnitRanking[];
  claims: number;
  papers: number;
}

/** Units of time: a smaller figure is the better one. */
const LOWER_IS_BETTER = new Set(['ms', 's', 'sec', 'min', 'h', 'hours', 'us', 'µs', 'ns', 'days']);

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
/** Ties in the figure keep a fixed order: paper title, then the claim's place in its abstract. */
const tieBreak = (a: ClaimRow, b: ClaimRow) =>
  compareText(a.paper.titleKey, b.paper.titleKey) ||
  compareText(a.paper.id, b.paper.id) ||
  a.index - b.index;

function rank(rows: ClaimRow[], value: (r: ClaimRow) => number, ascending: boolean): Ranked[] {
  const sorted = [...rows].sort(
    (a, b) => (ascending ? value(a) - value(b) : value(b) - value(a)) || tieBreak(a, b),
  );
  const out: Ranked[] = [];
  sorted.forEach((row, i) => {
    const prev = out[i - 1];
    out.push({ row, rank: prev && value(prev.row) === value(row) ? prev.rank : i + 1 });
  });
  return out;
}

function splitValue(row: ClaimRow, group: LeaderboardGroup): string | null {
  if (group === 'hardware') return row.claim.hardware?.trim() || null;
  if (group === 'baseline') return row.claim.baseline?.trim() || null;
  return null;
}

interface Bucket {
  metric: NormalMetric;
  split: string | null;
  rows: ClaimRow[];
}

/**
 * Claims grouped by what they measure (and, when asked, by hardware or baseline),
 * each group ranked. Every claim lands in exactly one board: unknown metrics in
 * "Other". Boards come largest first, "Other" last, a missing split after the stated ones.
 */
export function leaderboard(rows: readonly ClaimRow[], group: LeaderboardGroup): Board[] {
  const buckets = new Map<string, Bucket>();
  const metricTotals = new Map<string, number>();
  for (const row of rows) {
    const metric = normalizeMetric(row.claim);
    const split = splitValue(row, group);
    // Baselines are free text: "MHA" and "mha" are one baseline, shown as first spelled.
    const key = `${metric.name}\u0000${split === null ? '' : split.toLowerCase()}`;
    let b = buckets.get(key);
    if (!b) buckets.set(key, (b = { metric, split, rows: [] }));
    b.rows.push(row);
    metricTotals.set(metric.name, (metricTotals.get(metric.name) ?? 0) + 1);
  }
  const boards: Board[] = [...buckets].map(([key, b]) => {
    const withFactor = b.rows.filter((r) => r.claim.factor !== null);
    const byUnit = new Map<string, ClaimRow[]>();
    for (const r of b.rows) {
      const figure = absoluteFigure(r.claim);
      if (figure === null) continue;
      const list = byUnit.get(figure.unit);
      if (list) list.push(r);
      else byUnit.set(figure.unit, [r]);
    }
    const absolutes = [...byUnit]
      .sort(([a, ra], [b2, rb]) => rb.length - ra.length || compareText(a, b2))
      .map(([unit, list]) => {
        const lowerIsBetter = LOWER_IS_BETTER.has(list[0]!.claim.unit);
        return { unit, lowerIsBetter, ranked: rank(list, (r) => r.claim.value, lowerIsBetter) };
      });
    return {
      key,
      metric: b.metric,
      split: b.split,
      splitMissing: group !== 'metric' && b.split === null,
      factors: rank(withFactor, (r) => r.claim.factor ?? 0, false),
      absolutes,
      claims: b.rows.length,
      papers: new Set(b.rows.map((r) => r.paper.id)).size,
    };
  });
  const isOther = (b: Board) => (b.metric.name === 'other' ? 1 : 0);
  return boards.sort(
    (a, b) =>
      isOther(a) - isOther(b) ||
      (metricTotals.get(b.metric.name) ?? 0) - (metricTotals.get(a.metric.name) ?? 0) ||
      compareText(a.metric.label, b.metric.label) ||
      Number(a.splitMissing) - Number(b.splitMissing) ||
      b.claims - a.claims ||
      compareText((a.split ?? '').toLowerCase(), (b.split ?? '').toLowerCase()),
  );
}
