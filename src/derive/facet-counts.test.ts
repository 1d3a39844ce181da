import { describe, expect, it } from 'vitest';
import { smallDataset } from '../app/__fixtures__/small-dataset';
import { defaultList, type ListView } from '../url/view-state';
import { buildIndex } from './dataset-index';
import { applyFacets } from './facet-counts';
import { applyPaperFacets } from './paper-facets';

const index = buildIndex(smallDataset);
const list = (over: Partial<ListView>): ListView => ({ ...defaultList(), ...over });
const papersOf = (l: ListView) =>
  applyPaperFacets(index.papers, l, (p) => index.claimsByOrdinal[p.ordinal] ?? []);
const ids = (rows: readonly { id: string }[]) => rows.map((r) => r.id);

describe('applyPaperFacets', () => {
  it.each<[string, Partial<ListView>, string[]]>([
    [
      'no facets keeps every paper in order',
      {},
      ['flash-attention', 'tiny-video', 'survival-game', 'swiftkv', 'sparse-attention', 'hostile'],
    ],
    ['organization', { org: ['nvidia'] }, ['flash-attention', 'tiny-video']],
    [
      'two organizations are either',
      { org: ['nvidia', 'snowflake'] },
      ['flash-attention', 'tiny-video', 'swiftkv'],
    ],
    ['a claim on that hardware', { hw: ['H100'] }, ['flash-attention', 'swiftkv']],
    ['a claim of that kind', { kind: ['memory'] }, ['sparse-attention']],
    ['year', { year: [2024] }, ['swiftkv', 'sparse-attention']],
    ['best factor at least', { min: 3 }, ['tiny-video', 'swiftkv', 'hostile']],
    ['facets combine with AND', { org: ['nvidia'], min: 3 }, ['tiny-video']],
    ['nothing matches', { org: ['snowflake'], kind: ['cost'] }, []],
  ])('%s', (_name, over, expected) => {
    expect(ids(papersOf(list(over)).rows)).toEqual(expected);
  });

  it('counts each facet over the rows that pass the other facets', () => {
    const { counts } = papersOf(list({ org: ['nvidia'], year: [2025] }));
    // Organization counts ignore the organization facet but respect the year.
    expect(Object.fromEntries(counts.org)).toEqual({ nvidia: 2 });
    // Year counts ignore the year facet but respect the organization.
    expect(Object.fromEntries(counts.year)).toEqual({ 2025: 2 });
    expect(Object.fromEntries(counts.kind)).toEqual({
      latency: 2,
      speedup: 1,
      cost: 1,
      utilization: 1,
    });
    expect(Object.fromEntries(counts.min)).toEqual({ 1.5: 2, 2: 1, 5: 1, 10: 1, 100: 1 });
    expect(counts.anyMin).toBe(2);
  });

  it('offers the URL`s own minimum among the thresholds', () => {
    const { counts } = papersOf(list({ min: 3 }));
    expect(counts.min.get(3)).toBe(3);
  });
});

describe('applyFacets over claims', () => {
  it('filters kind, hardware and factor on the claim, organization and year on its paper', () => {
    const rows = applyFacets(
      index.claims,
      list({ kind: ['latency'], hw: ['H100'] }),
      index.facets,
      index.claimFacets,
    ).rows;
    expect(ids(rows)).toEqual(['flash-attention:0']);
    const nvidia = applyFacets(
      index.claims,
      list({ org: ['nvidia'], min: 10 }),
      index.facets,
      index.claimFacets,
    ).rows;
    expect(ids(nvidia)).toEqual(['tiny-video:0', 'tiny-video:1']);
  });
});
