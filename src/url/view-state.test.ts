import { describe, expect, it } from 'vitest';
import { defaultList, type ListView, sameListBesidesQuery, type ViewState } from './view-state';

const list = (over: Partial<ListView>): ViewState => ({
  page: 'list',
  list: { ...defaultList(), ...over },
});

describe('sameListBesidesQuery', () => {
  it.each<[string, Partial<ListView>, Partial<ListView>]>([
    ['a word typed', { q: 'atten' }, { q: 'attent' }],
    ['the first word', { q: '' }, { q: 'a' }],
    ['the query cleared', { q: 'attention' }, { q: '' }],
    [
      'with filters and a sort, equal by value',
      { q: 'a', org: ['nvidia'], year: [2024], sort: { id: 'title', desc: true }, min: 2 },
      { q: 'ab', org: ['nvidia'], year: [2024], sort: { id: 'title', desc: true }, min: 2 },
    ],
    ['on the claims view', { route: 'claims', q: 'a' }, { route: 'claims', q: 'kv' }],
    ['nothing changed', { q: 'a', hw: ['H100'] }, { q: 'a', hw: ['H100'] }],
  ])('%s: yes', (_name, a, b) => {
    expect(sameListBesidesQuery(list(a), list(b))).toBe(true);
  });

  it.each<[string, Partial<ListView>, Partial<ListView>]>([
    ['another view too', { q: 'a' }, { q: 'ab', route: 'claims' }],
    ['a sort too', { q: 'a' }, { q: 'ab', sort: { id: 'title', desc: false } }],
    [
      'the sort turned',
      { q: 'a', sort: { id: 'title', desc: false } },
      { q: 'ab', sort: { id: 'title', desc: true } },
    ],
    ['an organization too', { q: 'a' }, { q: 'ab', org: ['nvidia'] }],
    ['a year too', { q: 'a', year: [2024] }, { q: 'ab', year: [2025] }],
    ['a minimum factor too', { q: 'a' }, { q: 'ab', min: 3 }],
    ['starred only too', { q: 'a' }, { q: 'ab', starred: true }],
    ['a day too', { q: 'a' }, { q: 'ab', captured: '2025-10-06' }],
    ['a shortlist too', { q: 'a' }, { q: 'ab', ids: ['swiftkv'] }],
    ['an author too', { q: 'a' }, { q: 'ab', author: 'Someone' }],
    ['the chart grouping too', { q: 'a' }, { q: 'ab', by: 'time' }],
    ['the leaderboard grouping too', { q: 'a' }, { q: 'ab', group: 'hardware' }],
  ])('%s: no', (_name, a, b) => {
    expect(sameListBesidesQuery(list(a), list(b))).toBe(false);
  });

  it('no for a paper page on either side', () => {
    const paper: ViewState = { page: 'paper', id: 'x', claim: null, list: defaultList() };
    expect(sameListBesidesQuery(paper, list({ q: 'a' }))).toBe(false);
    expect(
      sameListBesidesQuery(list({ q: 'a' }), { ...paper, list: { ...defaultList(), q: 'b' } }),
    ).toBe(false);
  });
});
