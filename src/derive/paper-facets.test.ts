import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { smallDataset } from '../app/__fixtures__/small-dataset';
import type { ClaimKind, Dataset } from '../dataset/schema';
import { facetDataset } from '../test/facet-dataset';
import { defaultList, type ListView } from '../url/view-state';
import { buildIndex, type DatasetIndex } from './dataset-index';
import { applyFacets } from './facet-counts';
import { applyPaperFacets, hasClaimFilters } from './paper-facets';

const list = (over: Partial<ListView>): ListView => ({ ...defaultList(), ...over });
const papersOf = (index: DatasetIndex, l: ListView) =>
  applyPaperFacets(index.papers, l, (p) => index.claimsByOrdinal[p.ordinal] ?? []);
const claimsOf = (index: DatasetIndex, l: ListView) =>
  applyFacets(index.claims, { ...l, route: 'claims' }, index.facets, index.claimFacets);

describe('papers under claim filters', () => {
  const index = buildIndex(smallDataset);

  it('ranks and counts a paper by its matching claims only', () => {
    const rows = papersOf(index, list({ kind: ['latency'] })).rows;
    const video = rows.find((r) => r.id === 'tiny-video')!;
    // Its 100× is a cost claim: with kind=latency the paper's best is its 16× latency claim.
    expect(video.bestFactor).toBe(16);
    expect(video.claimCount).toBe(1);
    expect(video.paper.claims[video.bestClaim!]!.kind).toBe('latency');
  });

  it('lists no paper when no claim passes every claim filter together', () => {
    // Tiny Video has a latency claim (16×) and a 100× claim, but not one claim that is both.
    expect(papersOf(index, list({ kind: ['latency'], min: 50 })).rows).toEqual([]);
    expect(claimsOf(index, list({ kind: ['latency'], min: 50 })).rows).toEqual([]);
  });

  it('counts the minimum-factor facet from the claims of the ticked kinds', () => {
    const { counts } = papersOf(index, list({ kind: ['latency'] }));
    // Latency claims: flash 1.7×, tiny 16×, swiftkv 4×.
    expect(Object.fromEntries(counts.min)).toEqual({ 1.5: 3, 2: 2, 5: 1, 10: 1, 100: 0 });
    expect(counts.anyMin).toBe(3);
  });

  it('keeps papers without claims when no claim filter is on', () => {
    const rows = papersOf(index, list({})).rows;
    expect(rows.map((r) => r.id)).toContain('survival-game');
    expect(rows.find((r) => r.id === 'tiny-video')).toBe(index.byId.get('tiny-video'));
  });
});

// Random datasets: a few papers, each with claims drawn from small sets so filters collide.
const KINDS: ClaimKind[] = ['speedup', 'latency', 'cost', 'memory'];
const HARDWARE = [null, 'H100', 'A100'];
const FACTORS = [null, 1.3, 2, 4, 16, 100];
const ORGS = [null, 'a', 'b'];

const claimArb = fc.record({
  kind: fc.constantFrom(...KINDS),
  hardware: fc.constantFrom(...HARDWARE),
  factor: fc.constantFrom(...FACTORS),
});
const paperArb = fc.record({
  org: fc.constantFrom(...ORGS),
  year: fc.constantFrom(2024, 2025),
  claims: fc.array(claimArb, { maxLength: 4 }),
});
const listArb = fc.record({
  org: fc.subarray(['a', 'b']),
  hw: fc.subarray(['H100', 'A100']),
  kind: fc.subarray(KINDS),
  year: fc.subarray([2024, 2025]),
  min: fc.constantFrom(null, 1.5, 2, 5, 50),
});

type PaperSpec = typeof paperArb extends fc.Arbitrary<infer T> ? T : never;

const toDataset = (papers: PaperSpec[]): Dataset =>
  facetDataset(papers.map((p) => ({ ...p, publishedOn: `${p.year}-01-01` })));

describe('papers and claims views agree', () => {
  it('lists a paper iff one of its claims is listed (with any claim filter on); its count and best factor come from those claims', () => {
    fc.assert(
      fc.property(fc.array(paperArb, { maxLength: 8 }), listArb, (papers, over) => {
        const index = buildIndex(toDataset(papers));
        const l = list(over);
        const paperRows = papersOf(index, l).rows;
        const claimRows = claimsOf(index, l).rows;
        if (hasClaimFilters(l))
          expect(new Set(paperRows.map((r) => r.id))).toEqual(
            new Set(claimRows.map((r) => r.paper.id)),
          );
        for (const row of paperRows) {
          const mine = claimRows.filter((c) => c.paper.id === row.id);
          const factors = mine.flatMap((c) => (c.claim.factor === null ? [] : [c.claim.factor]));
          expect(row.claimCount).toBe(mine.length);
          expect(row.bestFactor).toBe(factors.length ? Math.max(...factors) : null);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('counts each facet value as the papers that value would list', () => {
    fc.assert(
      fc.property(fc.array(paperArb, { maxLength: 8 }), listArb, (papers, over) => {
        const index = buildIndex(toDataset(papers));
        const l = list(over);
        const { counts } = papersOf(index, l);
        for (const [k, n] of counts.kind)
          expect(papersOf(index, { ...l, kind: [k as ClaimKind] }).rows.length).toBe(n);
        for (const [h, n] of counts.hw)
          expect(papersOf(index, { ...l, hw: [h] }).rows.length).toBe(n);
        for (const [s, n] of counts.min)
          expect(papersOf(index, { ...l, min: s }).rows.length).toBe(n);
        expect(papersOf(index, { ...l, min: null }).rows.length).toBe(counts.anyMin);
      }),
      { numRuns: 300 },
    );
  });
});
