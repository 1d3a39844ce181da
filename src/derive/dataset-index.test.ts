// The papers list's order: newest first, undated last, then by title without regard to
// case; papers alike in both keep the dataset's order.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Dataset, Paper } from '../dataset/schema';
import { TEST_PAPERS } from '../search/test-papers';
import { manyPapers } from '../app/__fixtures__/small-dataset';
import { buildIndex, indexSteps } from './dataset-index';

const dataset = (papers: Paper[]): Dataset => ({
  schemaVersion: 2,
  sources: [],
  papers,
  diagnostics: [],
});

/** The order as one sort by both keys reads it (Array.prototype.sort is stable). */
function byBothKeys(papers: readonly Paper[]): string[] {
  return [...papers]
    .sort((a, b) => {
      const da = a.publishedOn ?? '';
      const db = b.publishedOn ?? '';
      if (da !== db) return da < db ? 1 : -1;
      const ta = a.title.toLowerCase();
      const tb = b.title.toLowerCase();
      return ta < tb ? -1 : ta > tb ? 1 : 0;
    })
    .map((p) => p.id);
}

describe('buildIndex', () => {
  it('lists the newest first, undated last, then by title, ties in the dataset order', () => {
    const at = (id: string, title: string, publishedOn: string | null): Paper => ({
      ...TEST_PAPERS[0]!,
      id,
      title,
      publishedOn,
    });
    const papers = [
      at('a', 'beta', '2025-01-02'),
      at('b', 'Alpha', null),
      at('c', 'alpha', '2025-01-02'),
      at('d', 'Beta', '2025-01-02'),
      at('e', 'gamma', '2025-03-01'),
      at('f', 'alpha', null),
    ];
    expect(buildIndex(dataset(papers)).papers.map((r) => r.id)).toEqual([
      'e',
      'c',
      'a',
      'd',
      'b',
      'f',
    ]);
  });

  it('orders any papers as one sort by both keys would', () => {
    const paper = fc.record({
      title: fc.constantFrom('a', 'A', 'b', 'B b', 'ab', 'Ä', 'z', ''),
      publishedOn: fc.constantFrom(null, '2024-12-31', '2025-01-01', '2025-01-02'),
    });
    fc.assert(
      fc.property(fc.array(paper, { maxLength: 40 }), (ps) => {
        const papers = ps.map((p, i) => ({ ...TEST_PAPERS[0]!, ...p, id: `p${i}` }));
        const index = buildIndex(dataset(papers));
        expect(index.papers.map((r) => r.id)).toEqual(byBothKeys(papers));
        expect(index.papers.map((r) => r.ordinal)).toEqual(papers.map((_, i) => i));
      }),
      { numRuns: 200 },
    );
  });
});

describe('indexSteps', () => {
  it('builds the index buildIndex builds, stopping every thousand papers or so', () => {
    const d = manyPapers(2500);
    const steps = indexSteps(d);
    let yields = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) yields++;
    const stepped = step.value;
    const whole = buildIndex(d);
    // Rows, order, counts and facet codes: what the views read.
    expect(yields).toBeGreaterThanOrEqual(5);
    expect(stepped.papers.map((r) => [r.id, r.ordinal])).toEqual(
      whole.papers.map((r) => [r.id, r.ordinal]),
    );
    expect(stepped.byDoc.map((r) => r.ordinal)).toEqual(whole.byDoc.map((r) => r.ordinal));
    expect(stepped.paperFacets).toEqual(whole.paperFacets);
    expect(stepped.claimFacets).toEqual(whole.claimFacets);
    expect([stepped.claimCount, [...stepped.orgNames]]).toEqual([
      whole.claimCount,
      [...whole.orgNames],
    ]);
  });
});
