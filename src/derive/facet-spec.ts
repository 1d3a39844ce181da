import type { ClaimKind } from '../dataset/schema';
import type { ListView } from '../url/view-state';
import type { ClaimRow } from './rows';

/** Thresholds offered for the minimum-factor facet. */
export const MIN_FACTOR_STEPS: readonly number[] = [1.5, 2, 5, 10, 100];

/** How a row answers each facet: its values, without repeats (or, for `min`, its factor). */
export interface FacetValues {
  org: readonly string[];
  hw: readonly string[];
  kind: readonly ClaimKind[];
  year: readonly number[];
  factor: number | null;
}

const NONE: readonly never[] = [];

// Computed once per row: facets are re-counted over every result on each keystroke.
const claimCache = new WeakMap<ClaimRow, FacetValues>();

// Claims: kind, hardware and factor are the claim's own; organization and year its paper's.
export function claimFacetValues(row: ClaimRow): FacetValues {
  let v = claimCache.get(row);
  if (!v) {
    v = {
      org: row.paper.orgHandle !== null ? [row.paper.orgHandle] : NONE,
      hw: row.claim.hardware ? [row.claim.hardware] : NONE,
      kind: [row.claim.kind],
      year: row.paper.year !== null ? [row.paper.year] : NONE,
      factor: row.claim.factor,
    };
    claimCache.set(row, v);
  }
  return v;
}

/** Bit i set = the row fails facet FACET_KEYS[i] of the list. */
export function failedFacets(v: FacetValues, list: ListView): number {
  let mask = 0;
  if (list.org.length && !v.org.some((x) => list.org.includes(x))) mask |= 1;
  if (list.hw.length && !v.hw.some((x) => list.hw.includes(x))) mask |= 2;
  if (list.kind.length && !v.kind.some((x) => list.kind.includes(x))) mask |= 4;
  if (list.year.length && !v.year.some((x) => list.year.includes(x))) mask |= 8;
  if (list.min !== null && !(v.factor !== null && v.factor >= list.min)) mask |= 16;
  return mask;
}
