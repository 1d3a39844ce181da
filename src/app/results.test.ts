// sameResultsFor lets a keystroke keep the results it already has while the engine
// works on the new query: whenever it says so, listResults must agree.
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../derive/dataset-index';
import { countDocs, docFacets } from '../derive/doc-facets';
import { createSearchEngine } from '../search/engine';
import { defaultList, type ListView } from '../url/view-state';
import { smallDataset } from './__fixtures__/small-dataset';
import { listResults, sameResultsFor } from './results';

const index = buildIndex(smallDataset);
const answer = createSearchEngine(smallDataset.papers).search('attention');
const list = (over: Partial<ListView>): ListView => ({ ...defaultList(), ...over });
const NONE: ReadonlySet<string> = new Set();

describe('sameResultsFor', () => {
  it.each<[string, Partial<ListView>, Partial<ListView>]>([
    ['another word typed', { q: 'atten' }, { q: 'attent' }],
    ['another word, with facets', { q: 'att', org: ['nvidia'] }, { q: 'atte', org: ['nvidia'] }],
    ['the claims view', { route: 'claims', q: 'a' }, { route: 'claims', q: 'at' }],
    [
      'a different column sort',
      { q: 'a', sort: null },
      { q: 'a', sort: { id: 'title', desc: true } },
    ],
  ])('%s: the same results', (_name, a, b) => {
    expect(sameResultsFor(list(a), list(b))).toBe(true);
    expect(listResults(index, list(b), answer, NONE)).toEqual(
      listResults(index, list(a), answer, NONE),
    );
  });

  it.each<[string, Partial<ListView>, Partial<ListView>]>([
    ['a query cleared', { q: 'attention' }, { q: '' }],
    ['a query of spaces', { q: 'attention' }, { q: '  ' }],
    ['another view', { q: 'a' }, { q: 'a', route: 'claims' }],
    ['an organization ticked', { q: 'a' }, { q: 'a', org: ['nvidia'] }],
    ['hardware', { q: 'a' }, { q: 'a', hw: ['H100'] }],
    ['a kind', { q: 'a' }, { q: 'a', kind: ['memory'] }],
    ['a year', { q: 'a' }, { q: 'a', year: [2024] }],
    ['a minimum factor', { q: 'a' }, { q: 'a', min: 3 }],
    ['starred only', { q: 'a' }, { q: 'a', starred: true }],
    ['a day', { q: 'a' }, { q: 'a', captured: '2025-10-06' }],
    ['a shortlist', { q: 'a' }, { q: 'a', ids: ['swiftkv'] }],
    ['an author', { q: 'a' }, { q: 'a', author: 'Someone' }],
  ])('%s: derived again', (_name, a, b) => {
    expect(sameResultsFor(list(a), list(b))).toBe(false);
  });
});

describe('listResults with the counts the search worker sent', () => {
  const counted = {
    ...answer,
    counts: countDocs(
      Int32Array.from(answer.hits.map((h) => h.doc)),
      docFacets(buildIndex(smallDataset)),
    ),
  };

  it('gives the same rows and counts as counting them here', () => {
    expect(answer.hits.length).toBeGreaterThan(1);
    for (const over of [{ q: 'attention' }, { q: 'attention', route: 'captures' as const }])
      expect(listResults(index, list(over), counted, NONE)).toEqual(
        listResults(index, list(over), answer, NONE),
      );
  });

  it('counts here for any list that does more than search', () => {
    const wrong = { ...answer, counts: { ...counted.counts, anyMin: -1 } };
    for (const over of [
      { q: 'attention', org: ['nvidia'] },
      { q: 'attention', min: 2 },
      { q: 'attention', starred: true },
      { q: 'attention', route: 'claims' as const },
      { q: '' },
    ])
      expect(listResults(index, list(over), wrong, NONE)).toEqual(
        listResults(index, list(over), answer, NONE),
      );
    // The counts it was given are taken for a searched list, whatever they say.
    expect(listResults(index, list({ q: 'attention' }), wrong, NONE).faceted.counts.anyMin).toBe(
      -1,
    );
  });
});
