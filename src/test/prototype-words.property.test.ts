// Words that name Object.prototype members must be plain words everywhere text from a
// capture or a link is looked up: in the claim lexicons, the hardware and date
// parsers, the search engine and every URL parameter. A lookup in a plain object
// literal finds `constructor` (the Object function) or `__proto__` ({}), which then
// becomes a claim kind that crashes the chart and the paper view.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CLAIM_KINDS, type Claim } from '../dataset/schema';
import { extractClaims } from '../ingest/claims/extract';
import { parseDateLine } from '../ingest/dates';
import { findHardware, hardwareNames } from '../ingest/claims/hardware';
import { createSearchEngine } from '../search/engine';
import { testPaper } from '../search/test-papers';
import { parseHash, serializeHash } from '../url/codec';

const PROTO_WORDS = [
  'constructor',
  '__proto__',
  'toString',
  'hasOwnProperty',
  'valueOf',
  'isPrototypeOf',
  'propertyIsEnumerable',
  'toLocaleString',
  '__defineGetter__',
  'prototype',
];
// Ordinary claim vocabulary, so hostile words land in every slot a lexicon reads.
const CLAIM_WORDS = ['faster', 'speedup', 'lower', 'latency', 'by', 'reduces', 'than', 'times'];
const NUMBERS = ['2x', '3×', '40%', '1.5', 'two', '10-fold', 'three times', 'from 71s to 29s'];

const hostileWord = fc.constantFrom(...PROTO_WORDS);
const casedHostileWord = fc
  .tuple(hostileWord, fc.boolean())
  .map(([w, up]) => (up ? w.toUpperCase() : w));
const sentence = fc
  .array(
    fc.oneof(
      { weight: 3, arbitrary: casedHostileWord },
      { weight: 2, arbitrary: fc.constantFrom(...CLAIM_WORDS) },
      { weight: 2, arbitrary: fc.constantFrom(...NUMBERS) },
      // The word glued to a number or unit: "2xconstructor", "3 constructor".
      {
        weight: 1,
        arbitrary: fc.tuple(fc.constantFrom(...NUMBERS), hostileWord).map(([n, w]) => `${n}${w}`),
      },
    ),
    { minLength: 2, maxLength: 10 },
  )
  .map((words) => `${words.join(' ')}.`);

function expectWellFormedClaim(c: Claim, abstract: string): void {
  expect(CLAIM_KINDS).toContain(c.kind);
  expect(typeof c.unit).toBe('string');
  expect(typeof c.value).toBe('number');
  expect(abstract.slice(c.start, c.end)).toBe(c.text);
  for (const field of [c.metric, c.baseline, c.hardware, c.condition]) {
    expect(field === null || typeof field === 'string').toBe(true);
  }
  expect(c.factor === null || (typeof c.factor === 'number' && c.factor > 0)).toBe(true);
}

describe('words naming Object.prototype members', () => {
  it.each([
    ['2x constructor', 'It runs 2x constructor than the baseline.'],
    ['3x __proto__', 'We obtain a 3x __proto__ over prior work.'],
  ])('are not claim kinds: %s', (_, abstract) => {
    const { claims } = extractClaims(abstract);
    for (const c of claims) expectWellFormedClaim(c, abstract);
  });

  it('never reach a claim field, whatever sentence holds them', () => {
    fc.assert(
      fc.property(fc.array(sentence, { minLength: 1, maxLength: 3 }), (sentences) => {
        const abstract = sentences.join(' ');
        const { claims, hardware } = extractClaims(abstract);
        for (const c of claims) expectWellFormedClaim(c, abstract);
        for (const h of hardware) expect(typeof h).toBe('string');
      }),
      { seed: 11, numRuns: 400 },
    );
  });

  it('are not hardware names', () => {
    for (const w of PROTO_WORDS) {
      const text = `on ${w} GPUs, NVIDIA ${w}, ${w} H100 and RTX ${w}`;
      expect(hardwareNames(findHardware(text))).toEqual(['H100']);
    }
  });

  it('are not month names on a date line', () => {
    for (const w of PROTO_WORDS) {
      expect(parseDateLine(`${w} 6`)).toBeNull();
      expect(parseDateLine(`${w.toLowerCase()} 6, 2024 3`)).toBeNull();
    }
  });

  it('are searchable words like any other', () => {
    const papers = PROTO_WORDS.map((w, i) =>
      testPaper({ id: `p${i}`, title: `On the ${w} of things`, abstract: `The ${w} matters.` }),
    );
    papers.push(testPaper({ id: 'plain', title: 'Nothing here', abstract: 'Plain words only.' }));
    const engine = createSearchEngine(papers);
    PROTO_WORDS.forEach((w, i) => {
      const r = engine.search(w);
      expect(r.hits.map((h) => h.id)).toContain(`p${i}`);
      expect(r.hits.map((h) => h.id)).not.toContain('plain');
      for (const t of r.terms) expect(typeof t).toBe('string');
    });
    // As a prefix being typed, and in a longer query.
    expect(engine.search('constr').hits.map((h) => h.id)).toContain('p0');
    expect(engine.search('__proto__ matters').hits.map((h) => h.id)).toEqual(['p1']);
  });
});

describe('URL parameters holding those words', () => {
  const ROUTES = ['#/papers', '#/claims', '#/chart', '#/paper/some-paper'];
  const PARAMS = ['q', 'sort', 'org', 'hw', 'kind', 'year', 'min', 'by', 'from', 'claim'];

  it('parse to a well-formed state that round-trips, with a notice for what was dropped', () => {
    for (const route of ROUTES) {
      for (const param of PARAMS) {
        for (const w of PROTO_WORDS) {
          for (const value of [w, `-${w}`, `${w},${w}`, `speedup,${w}`]) {
            const hash = `${route}?${param}=${encodeURIComponent(value)}`;
            const { state, notices } = parseHash(hash);
            const list = state.list;
            for (const k of list.kind) expect(CLAIM_KINDS).toContain(k);
            expect(list.sort === null || typeof list.sort.id === 'string').toBe(true);
            expect(['kind', 'paper', 'hardware']).toContain(list.by);
            expect(list.min === null || Number.isFinite(list.min)).toBe(true);
            for (const x of [...list.org, ...list.hw]) expect(typeof x).toBe('string');
            for (const y of list.year) expect(Number.isInteger(y)).toBe(true);
            // Only free text keeps the word; everything else is dropped and said so.
            if (!['q', 'org', 'hw'].includes(param)) expect(notices.length).toBeGreaterThan(0);
            const again = parseHash(serializeHash(state));
            expect(again.notices).toEqual([]);
            expect(again.state).toEqual(state);
          }
        }
      }
    }
  });

  it('as parameter names or paths are reported, not used', () => {
    for (const w of PROTO_WORDS) {
      const named = parseHash(`#/papers?${w}=1`);
      expect(named.notices).toEqual([`Ignored unknown parameter "${w}".`]);
      expect(parseHash(`#/${w}`).notices.length).toBe(1);
      const paper = parseHash(`#/paper/${w}`);
      expect(paper.state).toMatchObject({ page: 'paper', id: w });
    }
  });
});
