import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { listResults } from '../app/results';
import { smallDataset } from '../app/__fixtures__/small-dataset';
import type { ClaimKind, Dataset } from '../dataset/schema';
import type { SearchResult } from '../search/types';
import { facetDataset } from '../test/facet-dataset';
import { defaultList, type ListView } from '../url/view-state';
import { buildIndex } from './dataset-index';
import {
  countDocs,
  decodeDocFacets,
  DocFacetsFormatError,
  docFacets,
  encodeDocFacets,
  onlySearched,
} from './doc-facets';
import type { FacetCounts } from './facet-counts';

// Small random datasets whose values collide, with factors on and around the steps.
const KINDS: ClaimKind[] = ['speedup', 'memory', 'throughput', 'latency'];
const claimArb = fc.record({
  kind: fc.constantFrom(...KINDS),
  hardware: fc.constantFrom(null, 'H100', 'TPU v5', 'RTX 4090'),
  factor: fc.constantFrom(null, 1.2, 1.5, 3, 5, 9.99, 10, 250),
});
const paperArb = fc.record({
  org: fc.constantFrom(null, 'lab-one', 'lab-two', 'lab-three'),
  day: fc.constantFrom(null, '2023-05-02', '2024-11-30', '2025-02-14'),
  claims: fc.array(claimArb, { maxLength: 5 }),
});
type PaperSpec = typeof paperArb extends fc.Arbitrary<infer T> ? T : never;

const datasetOf = (specs: readonly PaperSpec[]): Dataset =>
  facetDataset(specs.map((s) => ({ ...s, publishedOn: s.day })));

/** The counts with their order: the panel lists values in the order counted. */
const ordered = (c: FacetCounts) => ({
  org: [...c.org],
  hw: [...c.hw],
  kind: [...c.kind],
  year: [...c.year],
  min: [...c.min],
  anyMin: c.anyMin,
});

const searched = (q: string): ListView => ({ ...defaultList(), q });

/** What the page counts for the hits `docs` of a list that only searches. */
function pageCounts(dataset: Dataset, docs: readonly number[]): FacetCounts {
  const index = buildIndex(dataset);
  const result: SearchResult = {
    hits: docs.map((doc, i) => ({ id: dataset.papers[doc]!.id, doc, score: docs.length - i })),
    terms: [],
  };
  return listResults(index, searched('study'), result, new Set()).faceted.counts;
}

describe('facet codes by paper', () => {
  it('count any hits as the page counts a searched list, in the same order, after the trip through bytes', () => {
    fc.assert(
      fc.property(
        fc.array(paperArb, { minLength: 1, maxLength: 12 }).chain((specs) =>
          fc.tuple(
            fc.constant(specs),
            fc.shuffledSubarray(
              specs.map((_, i) => i),
              { minLength: 0 },
            ),
          ),
        ),
        ([specs, docs]) => {
          const dataset = datasetOf(specs);
          const codes = decodeDocFacets(
            encodeDocFacets(docFacets(buildIndex(dataset))),
            specs.length,
          );
          expect(ordered(countDocs(Int32Array.from(docs), codes))).toEqual(
            ordered(pageCounts(dataset, docs)),
          );
        },
      ),
      { numRuns: 200 },
    );
  });

  it('count the hand-written dataset`s papers as the page does', () => {
    const docs = smallDataset.papers.map((_, i) => i).reverse();
    const codes = docFacets(buildIndex(smallDataset));
    const counts = countDocs(Int32Array.from(docs), codes);
    expect(ordered(counts)).toEqual(ordered(pageCounts(smallDataset, docs)));
    expect(counts.org.size).toBeGreaterThan(1);
    expect(counts.hw.size).toBeGreaterThan(0);
    expect(counts.anyMin).toBe(smallDataset.papers.length);
  });

  it('count nothing for a dataset without papers, after the trip through bytes', () => {
    const empty = datasetOf([]);
    const codes = decodeDocFacets(encodeDocFacets(docFacets(buildIndex(empty))), 0);
    expect(ordered(countDocs(new Int32Array(0), codes))).toEqual(ordered(pageCounts(empty, [])));
    expect(countDocs(new Int32Array(0), codes).anyMin).toBe(0);
  });

  it('refuse bytes they did not write, cut short, with bytes added, or for another number of papers', () => {
    const bytes = encodeDocFacets(docFacets(buildIndex(smallDataset)));
    const n = smallDataset.papers.length;
    for (let cut = 0; cut < bytes.length; cut++)
      expect(() => decodeDocFacets(bytes.subarray(0, cut), n)).toThrow(DocFacetsFormatError);
    const longer = new Uint8Array(bytes.length + 1);
    longer.set(bytes);
    expect(() => decodeDocFacets(longer, n)).toThrow('has bytes after its end');
    expect(() => decodeDocFacets(bytes, n + 1)).toThrow(`codes for ${n} papers, not ${n + 1}`);
    expect(() => decodeDocFacets(new TextEncoder().encode('SBIX'), n)).toThrow('not facet codes');
  });

  it('answer only for a papers list that searches and does nothing else', () => {
    expect(onlySearched(searched('kv cache'))).toBe(true);
    expect(onlySearched({ ...searched('kv cache'), route: 'captures' })).toBe(true);
    expect(onlySearched({ ...searched('kv cache'), sort: { id: 'title', desc: false } })).toBe(
      true,
    );
    expect(onlySearched(searched('  '))).toBe(false);
    for (const over of [
      { route: 'claims' as const },
      { route: 'chart' as const },
      { author: 'Ada Lovelace' },
      { org: ['lab-one'] },
      { hw: ['H100'] },
      { kind: ['memory' as const] },
      { year: [2024] },
      { min: 2 },
      { starred: true },
      { captured: '2024-11-30' },
      { ids: ['doc-1'] },
    ])
      expect(onlySearched({ ...searched('kv cache'), ...over })).toBe(false);
  });
});
