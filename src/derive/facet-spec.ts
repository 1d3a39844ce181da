import type { ClaimKind } from '../dataset/schema';
import type { ClaimRow, PaperRow } from './rows';

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

/**
 * A paper as the papers view counts it when no claim filter is on: its organization
 * and year, and the kinds, hardware and best factor of all its claims (what
 * applyPaperFacets finds by walking the claims, computed once per dataset instead).
 */
export function paperFacetValues(row: PaperRow): FacetValues {
  const kind = new Set<ClaimKind>();
  const hw = new Set<string>();
  let best: number | null = null;
  for (const c of row.paper.claims) {
    kind.add(c.kind);
    if (c.hardware !== null) hw.add(c.hardware);
    const f = c.factor;
    if (f !== null && (best === null || f > best)) best = f;
  }
  return {
    org: row.orgHandle !== null ? [row.orgHandle] : NONE,
    hw: hw.size ? [...hw] : NONE,
    kind: kind.size ? [...kind] : NONE,
    year: row.year !== null ? [row.year] : NONE,
    factor: best,
  };
}

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
