import { describe, expect, it } from 'vitest';
import { NO_LINKS } from '../dataset/links';
import type { Dataset, Paper, SourceRef } from '../dataset/schema';
import { defaultList, type ListView } from '../url/view-state';
import { captureRows, capturedPapers } from './captures';
import { buildIndex } from './dataset-index';
import { scopePapers } from './paper-scope';

/** A source on the page `file` (captured on the date its name starts with) at `position`. */
const on = (file: string, position: number): SourceRef => ({
  file,
  line: file.endsWith('.json') ? null : position * 10,
  position,
  capturedOn: file.slice(6, 16),
});

function paper(id: string, publishedOn: string | null, sources: SourceRef[]): Paper {
  return {
    id,
    title: `Title ${id}`,
    arxivId: null,
    abstract: 'text',
    authors: [],
    upvotes: null,
    links: NO_LINKS,
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

// Two captures on Nov 3 (a and b), a Hub API list for Nov 4 (no lines, only places);
// "late" is on both Nov 3 pages and on Nov 4.
const A = 'seeds/2025-11-03-a.txt';
const B = 'seeds/2025-11-03-b.txt';
const C = 'seeds/2025-11-04.hf.json';
const dataset: Dataset = {
  schemaVersion: 2,
  sources: [
    { file: A, kind: 'capture', capturedOn: '2025-11-03', papers: 2 },
    { file: B, kind: 'capture', capturedOn: '2025-11-03', papers: 2 },
    { file: C, kind: 'api', capturedOn: '2025-11-04', papers: 2 },
  ],
  papers: [
    paper('newest', '2025-11-02', [on(A, 4)]),
    paper('late', '2025-10-01', [on(A, 1), on(B, 2), on(C, 3)]),
    paper('undated', null, [on(B, 1)]),
    paper('other-day', '2025-11-04', [on(C, 1)]),
  ],
  diagnostics: [],
};
const index = buildIndex(dataset);

describe('captureRows', () => {
  it('lists every capture, newest day first, then by file', () => {
    expect(
      captureRows(dataset.sources).map((c) => `${c.capturedOn} ${c.kind} ${c.file} ${c.papers}`),
    ).toEqual([
      '2025-11-04 api seeds/2025-11-04.hf.json 2',
      '2025-11-03 capture seeds/2025-11-03-a.txt 2',
      '2025-11-03 capture seeds/2025-11-03-b.txt 2',
    ]);
  });
});

describe('capturedPapers', () => {
  it.each<[string, string[]]>([
    // Page a in its order, then page b; "late" keeps its first place (first on page a).
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
