import type { ClaimKind } from '../dataset/schema';
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

// Claims: kind, hardware and factor are the claim's own; organization and year its paper's.
// (Papers answer the claim facets through their claims: see paper-facets.ts.)
export function claimFacetValues(row: ClaimRow): FacetValues {
  return {
    org: row.paper.orgHandle !== null ? [row.paper.orgHandle] : NONE,
    hw: row.claim.hardware ? [row.claim.hardware] : NONE,
    kind: [row.claim.kind],
    year: row.paper.year !== null ? [row.paper.year] : NONE,
    factor: row.claim.factor,
  };
}
