import type { ListView } from '../url/view-state.ts';
import type { FacetColumns, FacetTable } from './facet-codes.ts';
import { applyFacets, type FacetCounts, type Faceted } from './facet-counts.ts';
import { MIN_FACTOR_STEPS } from './facet-spec.ts';
import { bestOf, type ClaimRow, type PaperRow } from './rows.ts';

// The papers view answers claim filters (kind, hardware, minimum factor) through the
// paper's claims, claim by claim: a paper is listed iff one of its claims passes all
// of them, exactly when the claims view lists that claim. Its best factor, claim count
// and the facet counts then come from the matching claims only.

const KIND = 1;
const HW = 2;
const MIN = 4;

/** Bits of the claim filters the claim fails. */
function claimFails(c: ClaimRow, list: ListView): number {
  let mask = 0;
  if (list.kind.length && !list.kind.includes(c.claim.kind)) mask |= KIND;
  if (list.hw.length && !(c.claim.hardware !== null && list.hw.includes(c.claim.hardware)))
    mask |= HW;
  if (list.min !== null && !(c.claim.factor !== null && c.claim.factor >= list.min)) mask |= MIN;
  return mask;
}

export function hasClaimFilters(list: ListView): boolean {
  return list.kind.length > 0 || list.hw.length > 0 || list.min !== null;
}

/**
 * applyPaperFacets for the papers of a keystroke. Without claim filters (the usual
 * case) every claim of a paper passes, so the paper's claim kinds, hardware and best
 * factor are fixed per dataset (`columns`, from FacetEncoder.encodePapers) and the facets are
 * one pass of array indexing; with claim filters the claims are walked.
 */
export function facetPapers(
  papers: readonly PaperRow[],
  list: ListView,
  claimsOf: (paper: PaperRow) => readonly ClaimRow[],
  table: FacetTable,
  columns: FacetColumns,
): Faceted<PaperRow> {
  return hasClaimFilters(list)
    ? applyPaperFacets(papers, list, claimsOf)
    : applyFacets(papers, list, table, columns);
}

const bump = <K>(m: Map<K, number>, k: K) => m.set(k, (m.get(k) ?? 0) + 1);

/**
 * Papers (already searched and in order) through every facet, with each facet counted
 * over the papers that pass the *other* facets. Organization and year are the paper's;
 * kind, hardware and minimum factor are its claims'.
 */
export function applyPaperFacets(
  papers: readonly PaperRow[],
  list: ListView,
  claimsOf: (paper: PaperRow) => readonly ClaimRow[],
): Faceted<PaperRow> {
  const active =
    (list.kind.length ? KIND : 0) | (list.hw.length ? HW : 0) | (list.min !== null ? MIN : 0);
  const steps = [...new Set([...MIN_FACTOR_STEPS, ...(list.min !== null ? [list.min] : [])])].sort(
    (a, b) => a - b,
  );
  const counts: FacetCounts = {
    org: new Map(),
    hw: new Map(),
    kind: new Map(),
    year: new Map(),
    min: new Map(steps.map((s) => [s, 0])),
    anyMin: 0,
  };
  const kept: PaperRow[] = [];
  const fails: number[] = [];
  const kinds = new Set<string>();
  const hws = new Set<string>();
  for (const p of papers) {
    const orgFails =
      list.org.length > 0 && !(p.orgHandle !== null && list.org.includes(p.orgHandle));
    const yearFails = list.year.length > 0 && !(p.year !== null && list.year.includes(p.year));
    const claims = claimsOf(p);
    fails.length = 0;
    // Which claim-filter bits every claim of the paper passes, ignoring one filter at a time.
    let passAll = active === 0;
    let passIgnoringMin = (active & ~MIN) === 0;
    let best: number | null = null;
    kinds.clear();
    hws.clear();
    for (const c of claims) {
      const f = claimFails(c, list);
      fails.push(f);
      if (f === 0) passAll = true;
      if ((f & ~MIN) === 0) {
        passIgnoringMin = true;
        const factor = c.claim.factor;
        if (factor !== null && (best === null || factor > best)) best = factor;
      }
      if ((f & ~KIND) === 0) kinds.add(c.claim.kind);
      if ((f & ~HW) === 0 && c.claim.hardware !== null) hws.add(c.claim.hardware);
    }
    if (passAll && !yearFails && p.orgHandle !== null) bump(counts.org, p.orgHandle);
    if (passAll && !orgFails && p.year !== null) bump(counts.year, p.year);
    if (orgFails || yearFails) continue;
    for (const k of kinds) bump(counts.kind, k);
    for (const h of hws) bump(counts.hw, h);
    if (passIgnoringMin) counts.anyMin += 1;
    if (best !== null) for (const s of steps) if (best >= s) bump(counts.min, s);
    if (!passAll) continue;
    kept.push(active === 0 ? p : matchingView(p, claims, fails));
  }
  return { rows: kept, counts };
}

/** The paper as the list shows it under claim filters: counted by its matching claims. */
function matchingView(
  p: PaperRow,
  claims: readonly ClaimRow[],
  fails: readonly number[],
): PaperRow {
  const matching: number[] = [];
  for (let i = 0; i < claims.length; i++) if (fails[i] === 0) matching.push(claims[i]!.index);
  const bestClaim = bestOf(p.paper.claims, matching);
  return {
    ...p,
    claimCount: matching.length,
    bestClaim,
    bestFactor: bestClaim === null ? null : p.paper.claims[bestClaim]!.factor,
  };
}
