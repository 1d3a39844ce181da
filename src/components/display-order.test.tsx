// Sorting from precomputed ranks must give exactly the order TanStack's sorted row
// model gives for the same columns, on any rows: ties, missing values, both
// directions, and a subset of the rows in any order (as search hits are).
import { renderHook } from '@testing-library/react';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CLAIM_KINDS, SCHEMA_VERSION, type Dataset } from '../dataset/schema';
import { CLAIM_TABLE, claimColumns } from '../derive/claim-columns';
import { buildIndex } from '../derive/dataset-index';
import { PAPER_TABLE, paperColumns } from '../derive/paper-columns';
import { applyPaperFacets } from '../derive/paper-facets';
import { defaultList } from '../url/view-state';
import { testClaim, testPaper } from '../search/test-papers';
import { CLAIM_SORT_KEYS, PAPER_SORT_KEYS } from '../url/sort-keys';
import { displayOrder, useSortedTable } from './use-sorted-table';

const few = <T,>(...values: T[]) => fc.constantFrom(...values);
const claimArb = fc.record({
  kind: fc.constantFrom(...CLAIM_KINDS),
  factor: fc.option(few(1.5, 2, 10), { nil: null }),
  metric: fc.option(few('latency', 'Latency', 'throughput', ''), { nil: null }),
  baseline: fc.option(few('vLLM', 'FlashAttention-2'), { nil: null }),
  hardware: fc.option(few('H100', 'A100'), { nil: null }),
  condition: fc.option(few('at batch 1', 'on long prompts'), { nil: null }),
});
const datasetArb = fc
  .array(
    fc.record({
      title: few('Alpha', 'alpha', 'Beta', 'Éclair', 'beta two'),
      org: fc.option(few('NVIDIA', 'Meta', 'meta'), { nil: null }),
      publishedOn: fc.option(few('2024-01-02', '2025-03-04', '2025-03-05'), { nil: null }),
      authorsCount: fc.option(few(1, 3, 12), { nil: null }),
      comments: fc.option(few(0, 5), { nil: null }),
      claims: fc.array(claimArb, { maxLength: 3 }),
    }),
    { maxLength: 30 },
  )
  .map(
    (papers): Dataset => ({
      schemaVersion: SCHEMA_VERSION,
      sources: [],
      diagnostics: [],
      papers: papers.map((p, i) =>
        testPaper({
          ...p,
          id: `p${i}`,
          abstract: 'x',
          org: p.org ? { handle: p.org.toLowerCase(), name: p.org } : null,
          claims: p.claims.map((c) => ({ ...testClaim('x', 'x'), ...c })),
        }),
      ),
    }),
  );
const pick = fc.record({ k: fc.integer({ min: 2, max: 4 }), reversed: fc.boolean() });
const subset = <T,>(rows: readonly T[], { k, reversed }: { k: number; reversed: boolean }) => {
  const kept = rows.filter((_, i) => i % k !== 0);
  return reversed ? kept.reverse() : kept;
};

function tanstackOrder<Row extends { id: string }>(
  data: Row[],
  columns: Parameters<typeof useSortedTable<Row>>[0]['columns'],
  id: string,
  desc: boolean,
) {
  const { result } = renderHook(() =>
    useSortedTable<Row>({
      data,
      columns,
      sort: { id, desc },
      removable: true,
      getRowId: (r) => r.id,
    }),
  );
  return result.current.getRowModel().rows.map((r) => r.original.id);
}

describe('displayOrder sorts as TanStack does', () => {
  it('papers, every column, both directions', () => {
    fc.assert(
      fc.property(
        datasetArb,
        fc.constantFrom(...PAPER_SORT_KEYS),
        fc.boolean(),
        pick,
        (d, id, desc, p) => {
          const index = buildIndex(d);
          const { papers } = index;
          // Under a claim filter the view's rows are recounted copies of the dataset's.
          const recounted = applyPaperFacets(
            papers,
            { ...defaultList(), kind: ['speedup', 'latency'] },
            (r) => index.claimsByOrdinal[r.ordinal] ?? [],
          ).rows;
          for (const rows of [papers, subset(papers, p), recounted])
            expect(
              displayOrder(rows, papers, PAPER_TABLE.columns, { id, desc }).map((r) => r.id),
            ).toEqual(tanstackOrder(rows, paperColumns, id, desc));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('claims, every column, both directions', () => {
    fc.assert(
      fc.property(
        datasetArb,
        fc.constantFrom(...CLAIM_SORT_KEYS),
        fc.boolean(),
        pick,
        (d, id, desc, p) => {
          const { claims } = buildIndex(d);
          for (const rows of [claims, subset(claims, p)])
            expect(
              displayOrder(rows, claims, CLAIM_TABLE.columns, { id, desc }).map((r) => r.id),
            ).toEqual(tanstackOrder(rows, claimColumns, id, desc));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('leaves the rows as given when nothing is sorted', () => {
    const index = buildIndex({
      schemaVersion: SCHEMA_VERSION,
      sources: [],
      diagnostics: [],
      papers: [testPaper({ id: 'b', title: 'B' }), testPaper({ id: 'a', title: 'A' })],
    });
    const rows = [...index.papers].reverse();
    expect(displayOrder(rows, index.papers, PAPER_TABLE.columns, null)).toBe(rows);
  });
});
