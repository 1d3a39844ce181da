// @vitest-environment node
// The API-list parser: one row per field problem, and a property test that no JSON
// value makes it throw and that every element of the list is accounted for.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { apiListDate, parseApiList } from './hf-daily';

const FILE = 'seeds/2025-11-05.hf.json';

/** A well-formed item with made-up values; `paper` and `item` override fields. */
function item(paper: Record<string, unknown> = {}, outer: Record<string, unknown> = {}) {
  return {
    paper: {
      id: '2511.00417',
      title: 'Lantern: Lighting Up Sparse Attention',
      summary: 'We light up sparse attention and serve it 2x faster.',
      authors: [{ name: 'Ana Ortiz' }, { name: 'Bo Lindqvist' }],
      publishedAt: '2025-11-03T17:42:10.000Z',
      upvotes: 9,
      ...paper,
    },
    numComments: 3,
    ...outer,
  };
}

const parse = (value: unknown, file = FILE) => parseApiList(JSON.stringify(value), file);
const messages = (value: unknown) => parse(value).diagnostics.map((d) => d.message);

describe('parseApiList', () => {
  it('reads a well-formed item without warnings', () => {
    const r = parse([item({ projectPage: 'https://lantern.example.org', githubRepo: null })]);
    expect(r.diagnostics).toEqual([]);
    expect(r.drafts).toHaveLength(1);
    expect(r.drafts[0]).toMatchObject({
      title: 'Lantern: Lighting Up Sparse Attention',
      arxivId: '2511.00417',
      authors: ['Ana Ortiz', 'Bo Lindqvist'],
      authorsCount: 2,
      publishedOn: '2025-11-03',
      comments: 3,
      upvotes: 9,
      origin: 'api',
      line: null,
      jsonPath: '$[0]',
      capturedOn: '2025-11-05',
      project: 'https://lantern.example.org/',
      code: null,
    });
  });

  it.each([
    [{ upvotes: '9' }, {}, '$[0].paper.upvotes: expected a whole number >= 0, got "9"; left empty'],
    [{ upvotes: -1 }, {}, '$[0].paper.upvotes: expected a whole number >= 0, got -1; left empty'],
    [{ upvotes: 1.5 }, {}, '$[0].paper.upvotes: expected a whole number >= 0, got 1.5; left empty'],
    [{ upvotes: undefined }, {}, '$[0].paper.upvotes: missing; left empty'],
    [
      {},
      { numComments: null },
      '$[0].numComments: expected a whole number >= 0, got null; left empty',
    ],
    [
      { id: 'abs/1234' },
      {},
      '$[0].paper.id: "abs/1234" is not an arXiv id; kept the paper without one',
    ],
    [
      { id: 2511.00417 },
      {},
      '$[0].paper.id: 2511.00417 is not an arXiv id; kept the paper without one',
    ],
    [{ id: undefined }, {}, '$[0].paper.id: missing; the paper has no arXiv id or links'],
    [
      { publishedAt: 'Nov 3' },
      {},
      '$[0].paper.publishedAt: expected an ISO date, got "Nov 3"; left empty',
    ],
    [
      { publishedAt: '2025-13-40T00:00:00Z' },
      {},
      '$[0].paper.publishedAt: expected an ISO date, got "2025-13-40T00:00:00Z"; left empty',
    ],
    [
      { authors: 'Ana Ortiz' },
      {},
      '$[0].paper.authors: expected an array, got "Ana Ortiz"; authors left unknown',
    ],
    [
      { authors: [{ name: 7 }, { name: 'Bo' }] },
      {},
      '$[0].paper.authors[0].name: expected a name, got 7; skipped the author',
    ],
    [
      { authors: [{}, { name: 'Bo' }] },
      {},
      '$[0].paper.authors[0].name: expected a name, got nothing; skipped the author',
    ],
    [
      { authors: [['Bo']] },
      {},
      '$[0].paper.authors[0]: expected an object, got an array; skipped it',
    ],
    [
      { authors: [{ name: 'Bo', orcid: 'x' }] },
      {},
      '$[0].paper.authors[0].orcid: unknown field; ignored it',
    ],
    [
      { projectPage: 'http://lantern.example.org' },
      {},
      '$[0].paper.projectPage: expected an https: URL, got "http://lantern.example.org"; left it out',
    ],
    [
      { githubRepo: 'javascript:alert(1)' },
      {},
      '$[0].paper.githubRepo: expected an https: URL, got "javascript:alert(1)"; left it out',
    ],
    [{ githubRepo: 12 }, {}, '$[0].paper.githubRepo: expected an https: URL, got 12; left it out'],
    [{ brandNew: 1 }, {}, '$[0].paper.brandNew: unknown field; ignored it'],
    [{}, { brandNew: 1 }, '$[0].brandNew: unknown field; ignored it'],
    [{ 'bad\u001b[2Jkey': 1 }, {}, '$[0].paper["bad\\u001b[2Jkey"]: unknown field; ignored it'],
    [{ ['k'.repeat(60)]: 1 }, {}, `$[0].paper["${'k'.repeat(39)}…"]: unknown field; ignored it`],
    [{ title: 5 }, { title: 'Outer Title' }, '$[0].paper.title: expected text, got 5'],
    [{ title: undefined }, { title: 'Outer Title' }, '$[0].paper.title: missing; used $[0].title'],
    [{ summary: undefined }, {}, '$[0].paper.summary: missing; the abstract is left empty'],
    [{}, { organization: [] }, '$[0].organization: expected an object, got an array; left it out'],
    [
      {},
      { organization: { fullname: 'No Handle' } },
      '$[0].organization.name: missing; left the organization out',
    ],
  ])('paper %j, item %j: %s', (paper, outer, message) => {
    const r = parse([item(paper, outer)]);
    expect(r.diagnostics.map((d) => d.message)).toContain(message);
    expect(r.diagnostics.every((d) => d.severity === 'warning' && d.line === null)).toBe(true);
    expect(r.drafts).toHaveLength(1);
  });

  it.each([
    [[42], '$[0]: expected an object, got 42; skipped it'],
    [[{ numComments: 1 }], '$[0].paper: missing; skipped this item (it names no paper)'],
    [[{ paper: 'x' }], '$[0].paper: got "x"; skipped this item (it names no paper)'],
    [
      [item({ title: '  ' })],
      '$[0].paper.title: missing; skipped this item (a paper needs a title)',
    ],
  ])('skips %j with a warning', (value, message) => {
    const r = parse(value);
    expect(r.drafts).toEqual([]);
    expect(r.items).toBe(1);
    expect(r.diagnostics.map((d) => d.message)).toContain(message);
  });

  it('groups the same problem at the same place into one warning that counts the rest', () => {
    const list = [1, 2, 3].map((n) => item({ id: `2511.0000${n}`, title: `Paper ${n}`, extra: n }));
    expect(messages(list)).toEqual([
      '$[0].paper.extra: unknown field; ignored it (and 2 more like it)',
    ]);
  });

  it('takes the organization from the item, else from the paper', () => {
    const org = { name: 'pastoral-ai', fullname: 'Pastoral AI Lab' };
    expect(parse([item({}, { organization: org })]).drafts[0]!.org).toEqual({
      handle: 'pastoral-ai',
      name: 'Pastoral AI Lab',
    });
    expect(parse([item({ organization: { name: 'solo' } })]).drafts[0]!.org).toEqual({
      handle: 'solo',
      name: 'solo',
    });
  });

  it('gives the UTC day of a timestamp with an offset', () => {
    const r = parse([item({ publishedAt: '2025-11-04T23:30:00-05:00' })]);
    expect(r.drafts[0]!.publishedOn).toBe('2025-11-05');
  });

  it('an empty list is a quiet day: no papers, no diagnostics', () => {
    expect(parse([])).toEqual({ drafts: [], items: 0, diagnostics: [] });
  });

  it.each([
    ['{"error": "Invalid date"}', FILE, /^expected a JSON array of daily papers .*got an object$/],
    ['[{"paper": {"id": "2511.0', FILE, /^not valid JSON \(/],
    ['', FILE, /^not valid JSON \(/],
    ['[]', 'seeds/daily.hf.json', /^cannot tell which day this list is for/],
    ['[]', 'seeds/2025-02-30.hf.json', /^cannot tell which day this list is for/],
  ])('%j in %s is a file error', (text, file, message) => {
    const r = parseApiList(text, file);
    expect(r.drafts).toEqual([]);
    expect(r.diagnostics).toHaveLength(1);
    expect(r.diagnostics[0]).toMatchObject({ file, line: null, severity: 'error' });
    expect(r.diagnostics[0]!.message).toMatch(message);
  });

  it('reads a leading byte-order mark', () => {
    expect(parseApiList(`\uFEFF${JSON.stringify([item()])}`, FILE).drafts).toHaveLength(1);
  });

  it('never throws, and every element becomes a paper or a warning that names it', () => {
    const anyItem = fc.oneof(
      fc.jsonValue(),
      fc.record({ paper: fc.dictionary(fc.string(), fc.jsonValue()) }),
      fc.constant(item()),
    );
    fc.assert(
      fc.property(fc.array(anyItem, { maxLength: 8 }), (list) => {
        const r = parse(list);
        const named = new Set(
          r.diagnostics.map((d) => /^\$\[(\d+)\]/.exec(d.message)?.[1]).filter((n) => n),
        );
        const drafted = new Set(r.drafts.map((d) => /\d+/.exec(d.jsonPath!)![0]));
        list.forEach((_, i) => {
          expect(drafted.has(String(i)) || named.has(String(i))).toBe(true);
        });
      }),
      { numRuns: 200, seed: 42 },
    );
  });
});

describe('apiListDate', () => {
  it.each([
    ['seeds/2025-11-05.hf.json', '2025-11-05'],
    ['2024-02-29.hf.json', '2024-02-29'],
    ['seeds/2023-02-29.hf.json', null],
    ['seeds/daily.hf.json', null],
    ['seeds/2025-11-05/list.hf.json', null],
  ])('%s -> %s', (file, date) => {
    expect(apiListDate(file)).toBe(date);
  });
});
