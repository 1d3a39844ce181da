import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CLAIM_KINDS } from '../dataset/schema';
import { parseHash, serializeHash } from './codec';
import { CLAIM_SORT_KEYS, PAPER_SORT_KEYS } from './sort-keys';
import {
  CHART_BYS,
  defaultList,
  LEADERBOARD_GROUPS,
  LIST_ROUTES,
  type ListRoute,
  type ListView,
  type ViewState,
} from './view-state';

const list = (over: Partial<ListView>): ListView => ({
  ...defaultList(over.route ?? 'papers'),
  ...over,
});

describe('serializeHash', () => {
  it.each<[string, ViewState, string]>([
    ['default papers', { page: 'list', list: list({}) }, '#/papers'],
    [
      'the design example',
      {
        page: 'list',
        list: list({ q: 'attention', sort: { id: 'published', desc: true }, org: ['nvidia'] }),
      },
      '#/papers?q=attention&sort=-published&org=nvidia',
    ],
    [
      'claims default sort is omitted',
      {
        page: 'list',
        list: list({ route: 'claims', kind: ['speedup'], sort: { id: 'factor', desc: true } }),
      },
      '#/claims?kind=speedup',
    ],
    [
      'claims ascending factor is kept',
      { page: 'list', list: list({ route: 'claims', sort: { id: 'factor', desc: false } }) },
      '#/claims?sort=factor',
    ],
    [
      'paper',
      { page: 'paper', id: 'sana-video', claim: null, list: list({}) },
      '#/paper/sana-video',
    ],
    [
      'paper from a claims search',
      { page: 'paper', id: 'sana-video', claim: 2, list: list({ route: 'claims', q: 'fast' }) },
      '#/paper/sana-video?q=fast&from=claims&claim=2',
    ],
    [
      'lists sorted, spaces as +',
      {
        page: 'list',
        list: list({
          hw: ['RTX 5090', 'H100', 'H100'],
          year: [2025, 2024],
          kind: ['memory', 'speedup'],
        }),
      },
      '#/papers?hw=H100,RTX+5090&kind=speedup,memory&year=2024,2025',
    ],
    [
      'chart grouping',
      { page: 'list', list: list({ route: 'chart', by: 'hardware', min: 2 }) },
      '#/chart?min=2&by=hardware',
    ],
    [
      'chart default grouping omitted',
      { page: 'list', list: list({ route: 'chart', by: 'kind' }) },
      '#/chart',
    ],
    [
      'leaderboard grouped by hardware',
      { page: 'list', list: list({ route: 'leaderboard', group: 'hardware', kind: ['latency'] }) },
      '#/leaderboard?kind=latency&group=hardware',
    ],
    [
      'leaderboard default grouping omitted',
      { page: 'list', list: list({ route: 'leaderboard', group: 'metric' }) },
      '#/leaderboard',
    ],
    [
      'claims over time',
      { page: 'list', list: list({ route: 'chart', by: 'time' }) },
      '#/chart?by=time',
    ],
    [
      "a day's page",
      { page: 'list', list: list({ captured: '2025-11-03' }) },
      '#/papers?captured=2025-11-03',
    ],
    [
      'a shortlist, sorted and without repeats',
      { page: 'list', list: list({ ids: ['b-paper', 'a,paper', 'b-paper'] }) },
      '#/papers?ids=a%2Cpaper,b-paper',
    ],
    ['starred only', { page: 'list', list: list({ starred: true }) }, '#/papers?starred=1'],
    ['captures', { page: 'list', list: list({ route: 'captures' }) }, '#/captures'],
    [
      'paper from the leaderboard',
      { page: 'paper', id: 'x', claim: 0, list: list({ route: 'leaderboard', group: 'baseline' }) },
      '#/paper/x?group=baseline&from=leaderboard&claim=0',
    ],
    [
      'an author, its spaces as +',
      { page: 'list', list: list({ author: 'Ana Ortiz', q: 'kv', org: ['nvidia'] }) },
      '#/papers?q=kv&author=Ana+Ortiz&org=nvidia',
    ],
    [
      'an author with reserved characters, on a paper from the claims',
      {
        page: 'paper',
        id: 'p',
        claim: null,
        list: list({ route: 'claims', author: "O'Neil & Søn, Jr." }),
      },
      "#/paper/p?author=O'Neil+%26+S%C3%B8n%2C+Jr.&from=claims",
    ],
    [
      'q with reserved characters',
      { page: 'list', list: list({ q: 'a&b=c+d,e #f' }) },
      '#/papers?q=a%26b%3Dc%2Bd%2Ce+%23f',
    ],
  ])('%s', (_name, state, hash) => {
    expect(serializeHash(state)).toBe(hash);
    expect(parseHash(hash)).toEqual({ state: parseHash(serializeHash(state)).state, notices: [] });
  });
});

describe('parseHash: bad input becomes notices, never a crash', { timeout: 60_000 }, () => {
  it.each<[string, string, string, RegExp]>([
    ['unknown parameter', '#/papers?q=x&foo=1', '#/papers?q=x', /unknown parameter "foo"/],
    ['unknown page', '#/nowhere', '#/papers', /no page "\/nowhere"/],
    ['bad sort column', '#/papers?sort=-bogus', '#/papers', /sort="-bogus"/],
    ['claims sort on papers', '#/papers?sort=evidence', '#/papers', /sort="evidence"/],
    ['sort on the chart', '#/chart?sort=title', '#/chart', /chart has no sort/],
    [
      'sort on the leaderboard',
      '#/leaderboard?sort=-factor',
      '#/leaderboard',
      /leaderboard has no sort/,
    ],
    [
      'bad group',
      '#/leaderboard?group=colour',
      '#/leaderboard',
      /group="colour": expected one of metric, hardware, baseline/,
    ],
    [
      'group off the leaderboard',
      '#/claims?group=hardware',
      '#/claims',
      /only applies to the leaderboard/,
    ],
    ['bad starred', '#/papers?starred=yes', '#/papers', /starred="yes"/],
    ['captured not a date', '#/papers?captured=yesterday', '#/papers', /captured="yesterday"/],
    [
      'captured not a real day',
      '#/papers?captured=2025-02-30',
      '#/papers',
      /captured="2025-02-30"/,
    ],
    ['captured month 13', '#/papers?captured=2025-13-01', '#/papers', /captured="2025-13-01"/],
    ['ids with empty items', '#/papers?ids=,a,,a', '#/papers?ids=a', /^$/],
    ['ids with broken encoding', '#/papers?ids=a,%E0%A4%A', '#/papers?ids=a', /ids value/],
    ['bad kind', '#/claims?kind=speedup,warp', '#/claims?kind=speedup', /kind="warp"/],
    ['bad year', '#/papers?year=20x5,2024', '#/papers?year=2024', /year="20x5"/],
    ['bad min', '#/papers?min=-3', '#/papers', /min="-3"/],
    ['zero min', '#/papers?min=0', '#/papers', /min="0"/],
    ['bad by', '#/chart?by=color', '#/chart', /by="color"/],
    ['by off the chart', '#/papers?by=paper', '#/papers', /only applies to the chart/],
    ['bad claim', '#/paper/x?claim=two', '#/paper/x', /claim="two"/],
    ['claim without a paper', '#/papers?claim=1', '#/papers', /only applies to a paper/],
    ['bad from', '#/paper/x?from=nowhere', '#/paper/x', /from="nowhere"/],
    ['broken percent-encoding', '#/papers?q=%E0%A4%A', '#/papers', /percent-encoding/],
    ['broken paper id', '#/paper/%E0%A4%A', '#/papers', /paper id/],
    ['repeated parameter', '#/papers?q=a&q=b', '#/papers?q=a', /repeated "q"/],
    ['empty author', '#/papers?author=&q=x', '#/papers?q=x', /empty author=""/],
    ['blank author', '#/papers?author=+++', '#/papers', /empty author=""/],
    ['author too long', `#/papers?author=${'a'.repeat(201)}`, '#/papers', /longer than any name/],
    [
      'author with broken encoding',
      '#/papers?author=%E0%A4%A',
      '#/papers',
      /"author": its value is not valid percent-encoding/,
    ],
  ])('%s', (_name, input, canonical, notice) => {
    const parsed = parseHash(input);
    expect(serializeHash(parsed.state)).toBe(canonical);
    expect(parsed.notices.join(' ')).toMatch(notice);
  });

  it.each(['', '#', '#/', '#/papers/', '/papers'])(
    '%j is the default papers view without notices',
    (input) => {
      expect(parseHash(input)).toEqual({
        state: { page: 'list', list: defaultList() },
        notices: [],
      });
    },
  );

  it('trims an author name', () => {
    expect(serializeHash(parseHash('#/papers?author=+Ana+Ortiz+').state)).toBe(
      '#/papers?author=Ana+Ortiz',
    );
  });

  it('accepts parameters in any order and canonicalizes them', () => {
    const parsed = parseHash('#/papers?org=nvidia&sort=-published&q=attention');
    expect(parsed.notices).toEqual([]);
    expect(serializeHash(parsed.state)).toBe('#/papers?q=attention&sort=-published&org=nvidia');
  });

  it('never throws on arbitrary strings, and its output is canonical', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (s) => {
        const once = serializeHash(parseHash(s).state);
        const again = parseHash(once);
        expect(again.notices).toEqual([]);
        expect(serializeHash(again.state)).toBe(once);
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on hash-shaped garbage', () => {
    const part = fc.oneof(
      fc.constantFrom(
        'q',
        'author',
        'sort',
        'org',
        'hw',
        'kind',
        'year',
        'min',
        'by',
        'group',
        'starred',
        'captured',
        'ids',
        'from',
        'claim',
        'x',
        '',
        '%',
        '%zz',
        '+',
        ',',
        '=',
        '-',
      ),
      fc.string({ maxLength: 6 }),
    );
    const hash = fc
      .tuple(
        fc.constantFrom(
          '#/papers',
          '#/claims',
          '#/chart',
          '#/leaderboard',
          '#/captures',
          '#/paper/a',
          '#/paper/',
          '#/x/y',
          '#',
        ),
        fc.array(fc.tuple(part, part), { maxLength: 6 }),
      )
      .map(([path, kv]) => `${path}?${kv.map(([k, v]) => `${k}=${v}`).join('&')}`);
    fc.assert(
      fc.property(hash, (h) => {
        const parsed = parseHash(h);
        expect(parseHash(serializeHash(parsed.state)).notices).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });
});

// Canonical states: what the codec must reproduce exactly after state -> URL -> state.
const text = fc
  .string({ unit: 'grapheme', minLength: 1, maxLength: 12 })
  .filter((s) => s.trim() === s && s !== '');
const sortedUnique = <T>(arb: fc.Arbitrary<T>, cmp: (a: T, b: T) => number) =>
  fc.uniqueArray(arb, { maxLength: 4 }).map((xs) => [...xs].sort(cmp));
const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const listArb = (route: ListRoute) =>
  fc.record({
    route: fc.constant(route),
    q: fc.oneof(fc.constant(''), fc.string({ unit: 'grapheme', maxLength: 20 })),
    author: fc.option(text),
    sort:
      route !== 'papers' && route !== 'claims'
        ? fc.constant(null)
        : fc.option(
            fc
              .record({
                id: fc.constantFrom<string>(
                  ...(route === 'papers' ? PAPER_SORT_KEYS : CLAIM_SORT_KEYS),
                ),
                desc: fc.boolean(),
              })
              .filter((s) => !(route === 'claims' && s.id === 'factor' && s.desc)),
          ),
    org: sortedUnique(text, byString),
    hw: sortedUnique(text, byString),
    kind: fc.subarray([...CLAIM_KINDS]),
    year: sortedUnique(fc.integer({ min: 1000, max: 9999 }), (a, b) => a - b),
    min: fc.option(fc.integer({ min: 1, max: 100000 }).map((n) => n / 10)),
    starred: fc.boolean(),
    captured: fc.option(
      fc
        .date({ min: new Date('1990-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
        .map((d) => d.toISOString().slice(0, 10)),
    ),
    ids: sortedUnique(text, byString),
    by: route === 'chart' ? fc.constantFrom(...CHART_BYS) : fc.constant('kind' as const),
    group:
      route === 'leaderboard'
        ? fc.constantFrom(...LEADERBOARD_GROUPS)
        : fc.constant('metric' as const),
  });

const viewArb: fc.Arbitrary<ViewState> = fc.constantFrom<ListRoute>(...LIST_ROUTES).chain((route) =>
  fc.oneof(
    listArb(route).map((l): ViewState => ({ page: 'list', list: l })),
    fc
      .record({ id: text, claim: fc.option(fc.nat({ max: 500 })), list: listArb(route) })
      .map((p): ViewState => ({ page: 'paper', ...p })),
  ),
);

describe('round trips', { timeout: 60_000 }, () => {
  it('state -> URL -> state is the identity on canonical states', () => {
    fc.assert(
      fc.property(viewArb, (state) => {
        const hash = serializeHash(state);
        expect(parseHash(hash)).toEqual({ state, notices: [] });
      }),
      { numRuns: 1000 },
    );
  });

  it('URLs are short: a default view has no query string', () => {
    for (const route of LIST_ROUTES) {
      expect(serializeHash({ page: 'list', list: defaultList(route) })).toBe(`#/${route}`);
    }
  });
});
