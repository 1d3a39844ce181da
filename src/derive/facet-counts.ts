import { CLAIM_KINDS } from '../dataset/schema-shape.ts';
import type { ListView } from '../url/view-state.ts';
import { KIND_BIT, type FacetColumns, type FacetTable } from './facet-codes.ts';
import { MIN_FACTOR_STEPS } from './facet-spec.ts';

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

/** The values with a count above zero, in the values' order. */
export function countsMap<V>(values: readonly V[], counts: Int32Array): Map<V, number> {
  const out = new Map<V, number>();
  for (let c = 0; c < counts.length; c++) if (counts[c]! > 0) out.set(values[c]!, counts[c]!);
  return out;
}

/**
 * Applies the list's facets to rows (already searched and in order) and counts each
 * facet's values over the rows that pass every *other* facet — so ticking one
 * organization still shows how many rows the others would add. One pass over the
 * rows, reading each row's values from `columns` by its ordinal.
 */
export function applyFacets<Row extends { ordinal: number }>(
  rows: readonly Row[],
  list: ListView,
  table: FacetTable,
  columns: FacetColumns,
): Faceted<Row> {
  const steps = [...new Set([...MIN_FACTOR_STEPS, ...(list.min !== null ? [list.min] : [])])].sort(
    (a, b) => a - b,
  );
  const orgSel = list.org.length ? table.selectOrg(list.org) : null;
  const hwSel = list.hw.length ? table.selectHw(list.hw) : null;
  const yearSel = list.year.length ? table.selectYear(list.year) : null;
  let kindSel = 0;
  for (const k of list.kind) kindSel |= KIND_BIT.get(k) ?? 0;
  const filterKind = list.kind.length > 0;
  const min = list.min;
  const { org, year, kinds, factor, hwStart, hw } = columns;
  const orgCounts = new Int32Array(table.org.length);
  const hwCounts = new Int32Array(table.hw.length);
  const yearCounts = new Int32Array(table.year.length);
  const kindCounts = new Int32Array(CLAIM_KINDS.length);
  const minCounts = new Int32Array(steps.length);
  let anyMin = 0;
  const kept: Row[] = [];
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    const r = row.ordinal;
    const o = org[r]!;
    const y = year[r]!;
    const k = kinds[r]!;
    const f = factor[r]!;
    const h0 = hwStart[r]!;
    const h1 = hwStart[r + 1]!;
    let mask = 0;
    if (orgSel && !(o >= 0 && orgSel[o] === 1)) mask |= 1;
    if (hwSel) {
      let any = false;
      for (let j = h0; j < h1; j++) if (hwSel[hw[j]!] === 1) any = true;
      if (!any) mask |= 2;
    }
    if (filterKind && (k & kindSel) === 0) mask |= 4;
    if (yearSel && !(y >= 0 && yearSel[y] === 1)) mask |= 8;
    if (min !== null && !(f >= min)) mask |= 16;
    if (mask === 0) kept.push(row);
    if ((mask & ~1) === 0 && o >= 0) orgCounts[o]!++;
    if ((mask & ~2) === 0) for (let j = h0; j < h1; j++) hwCounts[hw[j]!]!++;
    if ((mask & ~4) === 0 && k !== 0)
      for (let b = 0; b < kindCounts.length; b++) if (k & (1 << b)) kindCounts[b]!++;
    if ((mask & ~8) === 0 && y >= 0) yearCounts[y]!++;
    if ((mask & ~16) === 0) {
      anyMin++;
      if (!Number.isNaN(f))
        for (let s = 0; s < steps.length; s++) if (f >= steps[s]!) minCounts[s]!++;
    }
  }
  const minMap = new Map<number, number>();
  for (let i = 0; i < steps.length; i++) minMap.set(steps[i]!, minCounts[i]!);
  return {
    rows: kept,
    counts: {
      org: countsMap(table.org, orgCounts),
      hw: countsMap(table.hw, hwCounts),
      kind: countsMap(CLAIM_KINDS, kindCounts),
      year: countsMap(table.year, yearCounts),
      min: minMap,
      anyMin,
    },
  };
}
