import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { manyPapers, smallDataset } from '../app/__fixtures__/small-dataset';
import { listResults } from '../app/results';
import { datasetArb } from '../dataset/__fixtures__/random-dataset';
import { checkDataset } from '../dataset/check-dataset';
import type { Dataset } from '../dataset/schema';
import { defaultList } from '../url/view-state';
import { buildIndex } from './dataset-index';
import {
  asFirstScreen,
  type FirstScreen,
  firstScreen,
  isDefaultView,
  previewOf,
} from './first-screen';

/** The schema's copy, in its key order, as the build reads it. */
function canonical(dataset: Dataset): Dataset {
  const check = checkDataset(dataset);
  if (!check.ok) throw new Error(check.problem);
  return check.dataset;
}

/** What the page reads: the build's value after a trip through JSON. */
const shipped = (dataset: Dataset, rows?: number): FirstScreen =>
  JSON.parse(JSON.stringify(firstScreen(dataset, rows)));

/** The whole dataset's default list, as the app derives it. */
const wholeList = (dataset: Dataset) => {
  const index = buildIndex(dataset);
  const r = listResults(index, defaultList(), { hits: [], terms: [] }, new Set());
  if (r.kind !== 'papers') throw new Error('the default list lists papers');
  return { index, rows: r.faceted.rows, counts: r.faceted.counts };
};

/** Papers that tie on date, title or both, and undated ones, in a scrambled order. */
function tiedPapers(): Dataset {
  const base = manyPapers(12);
  const titles = ['Same Title', 'same title', 'Another', 'Same Title'];
  const dates = ['2024-01-02', null, '2024-01-02', '2023-05-05'];
  base.papers.forEach((p, i) => {
    p.title = titles[i % titles.length]!;
    p.publishedOn = dates[(i * 7) % dates.length]!;
  });
  return base;
}

describe('the first screen', () => {
  it('holds the first rows of the default list, in its order, and counts the whole list', () => {
    for (const [dataset, rows] of [
      [manyPapers(300), 64],
      [tiedPapers(), 5],
      [smallDataset, 3],
      [smallDataset, 64],
    ] as const) {
      const whole = wholeList(dataset);
      const preview = previewOf(shipped(dataset, rows));
      const shown = preview.results.rows;
      // As many rows as the whole list; the first screen's filled, the rest empty.
      expect(shown.length).toBe(whole.rows.length);
      const filled = Object.keys(shown).map(Number);
      expect(filled).toEqual([...Array(Math.min(rows, whole.rows.length)).keys()]);
      expect(filled.map((i) => shown[i]!.id)).toEqual(
        whole.rows.slice(0, filled.length).map((r) => r.id),
      );
      // Every field a row shows, the whole dataset's row shows the same.
      for (const i of filled) {
        const { ordinal: _a, paper: pa, ...a } = shown[i]!;
        const { ordinal: _b, paper: pb, ...b } = whole.rows[i]!;
        expect(a).toEqual(b);
        expect({ ...pa, abstract: '' }).toEqual({ ...pb, abstract: '' });
      }
      expect(preview.results.counts).toEqual(whole.counts);
      expect(preview.papers).toBe(dataset.papers.length);
      expect(preview.claims).toBe(whole.index.claimCount);
      expect(preview.inferred).toBe(dataset.papers.filter((p) => p.dateInferred).length);
      for (const handle of whole.counts.org.keys())
        expect(preview.orgNames.get(handle)).toBe(whole.index.orgNames.get(handle));
    }
  });

  it('never shows a row the whole dataset would not show there (random datasets)', () => {
    fc.assert(
      fc.property(datasetArb, fc.integer({ min: 1, max: 5 }), (dataset, rows) => {
        // The page reads both through JSON (which writes -0 as 0).
        const whole = wholeList(JSON.parse(JSON.stringify(dataset)));
        const preview = previewOf(shipped(dataset, rows));
        expect(preview.results.rows.length).toBe(whole.rows.length);
        preview.results.rows.forEach((row, i) => {
          expect(row.paper).toEqual({ ...whole.rows[i]!.paper, abstract: '' });
        });
        expect(preview.results.counts).toEqual(whole.counts);
      }),
    );
  });

  it('is read back as written, and refused when it is not what the build writes', () => {
    const good = shipped(canonical(manyPapers(80)));
    expect(asFirstScreen(good)).toEqual(good);
    const broken: unknown[] = [
      null,
      [],
      { ...good, papers: -1 },
      { ...good, papers: 3 },
      { ...good, claims: '1' },
      { ...good, counts: { ...good.counts, org: [['nvidia', '2']] } },
      { ...good, counts: { ...good.counts, anyMin: undefined } },
      { ...good, orgNames: [['nvidia']] },
      { ...good, dataset: { ...good.dataset, papers: [{ id: 'x' }] } },
    ];
    for (const value of broken) expect(asFirstScreen(value)).toBeNull();
  });
});

describe('the addresses a first screen is for', () => {
  it('is the default list only', () => {
    for (const hash of ['', '#', '#/', '#/papers']) expect(isDefaultView(hash)).toBe(true);
    for (const hash of [
      '#/claims',
      '#/papers?q=attention',
      '#/papers?sort=title',
      '#/papers?org=nvidia',
      '#/papers?starred=1',
      '#/paper/flash-attention',
      '#/captures',
      '#/nowhere',
      '#/papers?bogus=1',
    ])
      expect(isDefaultView(hash)).toBe(false);
  });
});
