import { describe, expect, it } from 'vitest';
import type { Dataset, Paper, SourceRef } from '../dataset/schema';
import { defaultList, type ListView } from '../url/view-state';
import { captureRows, capturedPapers } from './captures';
import { buildIndex } from './dataset-index';
import { scopePapers } from './paper-scope';

function paper(id: string, publishedOn: string | null, sources: SourceRef[]): Paper {
  return {
    id,
    title: `Title ${id}`,
    abstract: 'text',
    authorsCount: null,
    org: null,
    publishedOn,
    dateInferred: false,
    comments: null,
    sources,
    hardware: [],
    claims: [],
  };
}

// Two captures on Nov 3 (a and b), one on Nov 4; "late" is on both Nov 3 pages and Nov 4.
const dataset: Dataset = {
  schemaVersion: 1,
  sources: [
    { file: 'seeds/c.txt', capturedOn: '2025-11-04', papers: 2 },
    { file: 'seeds/b.txt', capturedOn: '2025-11-03', papers: 2 },
    { file: 'seeds/a.txt', capturedOn: '2025-11-03', papers: 2 },
  ],
  papers: [
    paper('newest', '2025-11-02', [{ file: 'seeds/a.txt', line: 40 }]),
    paper('late', '2025-10-01', [
      { file: 'seeds/b.txt', line: 9 },
      { file: 'seeds/a.txt', line: 12 },
      { file: 'seeds/c.txt', line: 30 },
    ]),
    paper('undated', null, [{ file: 'seeds/b.txt', line: 3 }]),
    paper('other-day', '2025-11-04', [{ file: 'seeds/c.txt', line: 10 }]),
  ],
  diagnostics: [],
};
const index = buildIndex(dataset);

describe('captureRows', () => {
  it('lists every capture, newest day first, then by file', () => {
    expect(
      captureRows(dataset.sources).map((c) => `${c.capturedOn} ${c.file} ${c.papers}`),
    ).toEqual(['2025-11-04 seeds/c.txt 2', '2025-11-03 seeds/a.txt 2', '2025-11-03 seeds/b.txt 2']);
  });
});

describe('capturedPapers', () => {
  it.each<[string, string[]]>([
    // a.txt in line order, then b.txt; "late" keeps its first place (a.txt line 12).
    ['2025-11-03', ['late', 'newest', 'undated']],
    ['2025-11-04', ['other-day', 'late']],
    ['2025-11-05', []],
  ])('%s -> %j', (date, ids) => {
    expect(capturedPapers(index, date).map((p) => p.id)).toEqual(ids);
  });
});

describe('scopePapers', () => {
  const starred = new Set(['late', 'other-day']);
  it.each<[string, Partial<ListView>, string[]]>([
    ['nothing narrows: newest first', {}, ['other-day', 'newest', 'late', 'undated']],
    ["a day's pages in page order", { captured: '2025-11-04' }, ['other-day', 'late']],
    ['a shortlist', { ids: ['undated', 'late'] }, ['late', 'undated']],
    ['starred only', { starred: true }, ['other-day', 'late']],
    ['starred on one day', { starred: true, captured: '2025-11-03' }, ['late']],
    ['a shortlist and stars: both', { starred: true, ids: ['newest', 'late'] }, ['late']],
  ])('%s', (_name, over, ids) => {
    const list = { ...defaultList(), ...over };
    expect(scopePapers(index, index.papers, list, starred).map((p) => p.id)).toEqual(ids);
  });

  it('keeps the search order when a day is combined with a search', () => {
    const searched = [
      index.byId.get('undated')!,
      index.byId.get('other-day')!,
      index.byId.get('newest')!,
    ];
    const list = { ...defaultList(), q: 'title', captured: '2025-11-03' };
    expect(scopePapers(index, searched, list, new Set()).map((p) => p.id)).toEqual([
      'undated',
      'newest',
    ]);
  });
});
