import type { ListView } from '../url/view-state';
import { failedFacets, MIN_FACTOR_STEPS, type FacetValues } from './facet-spec';

export interface FacetCounts {
  org: Map<string, number>;
  hw: Map<string, number>;
  kind: Map<string, number>;
  year: Map<number, number>;
  /** Threshold -> rows whose factor is at least that. */
  min: Map<number, number>;
  /** Rows that pass every facet but the minimum factor: the "Any" choice. */
  anyMin: number;
}

export interface Faceted<Row> {
  rows: Row[];
  counts: FacetCounts;
}

const bump = <K>(m: Map<K, number>, k: K) => m.set(k, (m.get(k) ?? 0) + 1);

/**
 * Applies the list's facets to rows (already searched and in order) and counts each
 * facet's values over the rows that pass every *other* facet — so ticking one
 * organization still shows how many rows the others would add.
 */
export function applyFacets<Row>(
  rows: readonly Row[],
  list: ListView,
  values: (row: Row) => FacetValues,
): Faceted<Row> {
  const steps = [...new Set([...MIN_FACTOR_STEPS, ...(list.min !== null ? [list.min] : [])])].sort(
    (a, b) => a - b,
  );
  const counts: FacetCounts = {
    org: new Map(),
    hw: new Map(),
    kind: new Map(),
    year: new Map(),
    min: new Map(),
    anyMin: 0,
  };
  for (const s of steps) counts.min.set(s, 0);
  const kept: Row[] = [];
  for (const row of rows) {
    const v = values(row);
    const mask = failedFacets(v, list);
    if (mask === 0) kept.push(row);
    if ((mask & ~1) === 0) for (const x of v.org) bump(counts.org, x);
    if ((mask & ~2) === 0) for (const x of v.hw) bump(counts.hw, x);
    if ((mask & ~4) === 0) for (const x of v.kind) bump(counts.kind, x);
    if ((mask & ~8) === 0) for (const x of v.year) bump(counts.year, x);
    if ((mask & ~16) === 0) counts.anyMin += 1;
    if ((mask & ~16) === 0 && v.factor !== null) {
      for (const s of steps) if (v.factor >= s) bump(counts.min, s);
    }
  }
  return { rows: kept, counts };
}
