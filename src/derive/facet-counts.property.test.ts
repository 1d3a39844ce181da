// The coded, one-pass applyFacets must answer exactly as the plain definition:
// a row passes a facet when one of its values is chosen; each facet is counted
// over the rows that pass every other facet. The reference below is that
// definition written the obvious way, on values rather than codes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CLAIM_KINDS, SCHEMA_VERSION, type ClaimKind, type Dataset } from '../dataset/schema';
import { testClaim, testPaper } from '../search/test-papers';
import { defaultList, type ListView } from '../url/view-state';
import { buildIndex } from './dataset-index';
import { applyFacets } from './facet-counts';
import { claimFacetValues, MIN_FACTOR_STEPS, type FacetValues } from './facet-spec';
import { applyPaperFacets, facetPapers } from './paper-facets';

function reference<Row>(rows: readonly Row[], list: ListView, values: (r: Row) => FacetValues) {
  const steps = [...new Set([...MIN_FACTOR_STEPS, ...(list.min !== null ? [list.min] : [])])];
  const org = new Map<string, number>();
  const hw = new Map<string, number>();
  const kind = new Map<string, number>();
  const year = new Map<number, number>();
  const min = new Map<number, number>(steps.map((s) => [s, 0]));
  let anyMin = 0;
  const bump = <K>(m: Map<K, number>, k: K) => m.set(k, (m.get(k) ?? 0) + 1);
  const kept: Row[] = [];
  for (const row of rows) {
    const v = values(row);
    const fails = {
      org: list.org.length > 0 && !v.org.some((x) => list.org.includes(x)),
      hw: list.hw.length > 0 && !v.hw.some((x) => list.hw.includes(x)),
      kind: list.kind.length > 0 && !v.kind.some((x) => list.kind.includes(x)),
      year: list.year.length > 0 && !v.year.some((x) => list.year.includes(x)),
      min: list.min !== null && !(v.factor !== null && v.factor >= list.min),
    };
    const passesBut = (k: keyof typeof fails) =>
      Object.entries(fails).every(([key, failed]) => key === k || !failed);
    if (!Object.values(fails).some(Boolean)) kept.push(row);
    if (passesBut('org')) for (const x of v.org) bump(org, x);
    if (passesBut('hw')) for (const x of v.hw) bump(hw, x);
    if (passesBut('kind')) for (const x of v.kind) bump(kind, x);
    if (passesBut('year')) for (const x of v.year) bump(year, x);
    if (passesBut('min')) {
      anyMin++;
      for (const s of steps) if (v.factor !== null && v.factor >= s) bump(min, s);
    }
  }
  return { rows: kept, counts: { org, hw, kind, year, min, anyMin } };
}

// Random datasets drawn from small pools, so facet values repeat and collide.
const ORGS = ['nvidia', 'snowflake', 'meta'];
const HARDWARE = ['H100', 'A100', 'TPU v5', 'RTX 4090'];
const claimArb = fc.record({
  kind: fc.constantFrom(...CLAIM_KINDS),
  factor: fc.option(fc.constantFrom(1.2, 1.5, 2, 3, 10, 150), { nil: null }),
  hardware: fc.option(fc.constantFrom(...HARDWARE), { nil: null }),
});
const paperArb = fc.record({
  org: fc.option(fc.constantFrom(...ORGS), { nil: null }),
  year: fc.option(fc.constantFrom('2023', '2024', '2025'), { nil: null }),
  hardware: fc.subarray(HARDWARE, { maxLength: 2 }),
  claims: fc.array(claimArb, { maxLength: 4 }),
});
const datasetArb = fc.array(paperArb, { maxLength: 40 }).map(
  (papers): Dataset => ({
    schemaVersion: SCHEMA_VERSION,
    sources: [],
    diagnostics: [],
    papers: papers.map((p, i) =>
      testPaper({
        id: `p${i}`,
        title: `Paper ${i}`,
        abstract: 'x',
        org: p.org ? { handle: p.org, name: p.org.toUpperCase() } : null,
        publishedOn: p.year ? `${p.year}-01-0${1 + (i % 9)}` : null,
        hardware: p.hardware,
        claims: p.claims.map((c) => ({ ...testClaim('x', 'x'), ...c })),
      }),
    ),
  }),
);

const someOf = <T>(values: readonly T[]) =>
  fc.subarray([...values], { maxLength: 3 }).map((xs) => [...xs]);
const lists = fc.record({
  org: someOf([...ORGS, 'no-such-org']),
  hw: someOf([...HARDWARE, 'No Such Chip']),
  kind: someOf<ClaimKind>(CLAIM_KINDS),
  year: someOf([2023, 2024, 2025, 1999]),
  min: fc.constantFrom(null, 1.5, 3, 10, 1000),
});
// Search hits are a subset of the rows, in any order: every row but each k-th, reversed or not.
const subsets = fc.record({ k: fc.integer({ min: 2, max: 5 }), reversed: fc.boolean() });
const subset = <T>(rows: readonly T[], { k, reversed }: { k: number; reversed: boolean }) => {
  const kept = rows.filter((_, i) => i % k !== 0);
  return reversed ? kept.reverse() : kept;
};

describe('applyFacets agrees with the plain definition', () => {
  it('on claims, for any choice of facets', () => {
    fc.assert(
      fc.property(datasetArb, lists, subsets, (dataset, facets, pick) => {
        const index = buildIndex(dataset);
        const list = { ...defaultList(), ...facets };
        for (const claims of [index.claims, subset(index.claims, pick)])
          expect(applyFacets(claims, list, index.facets, index.claimFacets)).toEqual(
            reference(claims, list, claimFacetValues),
          );
      }),
      { numRuns: 200 },
    );
  });
});

describe('facetPapers agrees with walking every paper`s claims', () => {
  it('for any choice of facets, with or without claim filters', () => {
    const noClaimFilters = lists.map((l) => ({ ...l, kind: [], hw: [], min: null }));
    fc.assert(
      fc.property(datasetArb, fc.oneof(lists, noClaimFilters), subsets, (dataset, facets, pick) => {
        const index = buildIndex(dataset);
        const list = { ...defaultList(), ...facets };
        const claimsOf = (p: { ordinal: number }) => index.claimsByOrdinal[p.ordinal]!;
        for (const papers of [index.papers, subset(index.papers, pick)])
          expect(facetPapers(papers, list, claimsOf, index.facets, index.paperFacets)).toEqual(
            applyPaperFacets(papers, list, claimsOf),
          );
      }),
      { numRuns: 300 },
    );
  });
});
