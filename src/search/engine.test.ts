import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSearchEngine, startSearchEngine } from './engine';
import { TEST_PAPERS, testPaper } from './test-papers';
import { scanIndexWords } from './index-words';

const engine = createSearchEngine(TEST_PAPERS);
const ids = (q: string) => engine.search(q).hits.map((h) => h.id);

describe('indexed search engine', () => {
  it('tolerates typos and names the corpus word to highlight', () => {
    const r = engine.search('attenton');
    expect(r.hits.map((h) => h.id).sort()).toEqual(['moe-folding', 'sigmoid-attention']);
    expect(r.terms).toEqual(['attention']);
    expect(ids('transfomer')).toContain('sigmoid-attention');
    expect(ids('paralelism ')).toEqual(expect.arrayContaining(['moe-folding', 'torchtitan']));
  });

  it('ranks a title hit above an abstract-only hit', () => {
    const papers = [
      testPaper({
        id: 'abstract-only',
        title: 'A study of caching',
        abstract: 'We also discuss quantization briefly in the appendix.',
      }),
      testPaper({
        id: 'in-title',
        title: 'Quantization for language models',
        abstract: 'We study low-bit weights.',
      }),
    ];
    const e = createSearchEngine(papers);
    expect(e.search('quantization').hits.map((h) => h.id)).toEqual(['in-title', 'abstract-only']);
  });

  it('returns hits best first with higher-is-better scores', () => {
    const hits = engine.search('attention').hits;
    expect(hits[0]?.id).toBe('sigmoid-attention');
    const scores = hits.map((h) => h.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  it('requires every term (AND) when every term matches something', () => {
    expect(ids('attention')).toHaveLength(2);
    expect(ids('sigmoid attention ')).toEqual(['sigmoid-attention']);
    expect(ids('h100 parallelism ')).toEqual(expect.arrayContaining(['moe-folding', 'torchtitan']));
    expect(ids('h100 sigmoid ')).toEqual([]);
  });

  it('falls back to papers matching the most terms when a term matches nothing', () => {
    const r = engine.search('sigmoid attention qqqzzzx');
    expect(r.hits[0]?.id).toBe('sigmoid-attention');
    expect(r.hits.map((h) => h.id)).toContain('moe-folding');
    const scores = r.hits.map((h) => h.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  it('completes the word still being typed, but not a finished one', () => {
    expect(ids('sigm')).toEqual(['sigmoid-attention']);
    expect(engine.search('sigm').terms).toContain('sigmoid');
    expect(ids('sigm ')).toEqual([]);
    // One letter is not yet a prefix worth completing: only the word itself.
    expect(ids('s')).toEqual([]);
    expect(ids('si')).toEqual(['sigmoid-attention']);
  });

  it('searches organizations, hardware and claim text', () => {
    expect(ids('nvidia')[0]).toBe('sana-video');
    expect(ids('snowflake')).toEqual(['swiftkv']);
    expect(ids('rtx 5090')).toEqual(['sana-video']);
    expect(ids('speedup')).toEqual(['sana-video']);
  });

  it('searches author names (known from API lists), ranking them like an organization', () => {
    const papers = [
      testPaper({ id: 'by-ortiz', title: 'Kernel notes', authors: ['Ana Ortiz', 'Bo Lindqvist'] }),
      testPaper({
        id: 'mentions-ortiz',
        title: 'Cache notes',
        abstract: 'Following Ortiz, we cache.',
      }),
      testPaper({ id: 'other', title: 'Routing notes', authors: ['Chidi Okafor'] }),
    ];
    const e = createSearchEngine(papers);
    expect(e.search('ortiz').hits.map((h) => h.id)).toEqual(['by-ortiz', 'mentions-ortiz']);
    expect(e.search('lindqvist').hits.map((h) => h.id)).toEqual(['by-ortiz']);
    expect(e.search('lindqvist').terms).toEqual(['lindqvist']);
    expect(e.search('okafr').hits.map((h) => h.id)).toEqual(['other']);
  });

  it('does not let a rare variant of a word outrank the word itself', () => {
    const papers = [
      testPaper({ id: 'variant', title: 'Notes', abstract: 'We retoken inputs.' }),
      testPaper({ id: 'exact', title: 'Notes', abstract: 'We prune each token early.' }),
      ...Array.from({ length: 20 }, (_, i) =>
        testPaper({ id: `filler-${i}`, title: 'Filler', abstract: `token ${i}` }),
      ),
    ];
    const hits = createSearchEngine(papers)
      .search('token ')
      .hits.map((h) => h.id);
    expect(hits.indexOf('exact')).toBeLessThan(hits.indexOf('variant'));
  });

  it('returns nothing for an empty, blank or punctuation-only query', () => {
    for (const q of ['', '   ', '!!! ... ---'])
      expect(engine.search(q)).toEqual({ hits: [], terms: [] });
  });

  it('returns the same result for the same query', () => {
    expect(engine.search('attention h100')).toEqual(engine.search('attention h100'));
  });

  it('never throws on hostile input and treats regex metacharacters as separators', () => {
    const hostile = [
      '.*+?^${}()|[]\\',
      '(((',
      '<script>alert(1)</script>',
      'a'.repeat(10_000),
      'attention '.repeat(500),
      '\u0000\uffff\ud800',
      '🙂 attention',
      '\'"`',
    ];
    for (const q of hostile) expect(() => engine.search(q)).not.toThrow();
    expect(ids('attention.*')).toEqual(ids('attention '));
  });

  it('handles an empty corpus', () => {
    expect(createSearchEngine([]).search('attention')).toEqual({ hits: [], terms: [] });
  });

  it('builds in slices to the same engine as building at once', () => {
    const vocabulary = [
      'sparse',
      'attention',
      'kernel',
      'cache',
      'decoding',
      'quantization',
      'expert',
      'routing',
      'video',
    ];
    const papers = Array.from({ length: 500 }, (_, i) =>
      testPaper({
        id: `p${i}`,
        title: `${vocabulary[i % 9]} ${vocabulary[(i * 7) % 9]} study ${i}`,
        abstract: Array.from(
          { length: 40 },
          (_, k) => vocabulary[(i * 31 + k * 17) % 9] + (k % 5 === 0 ? String(i % 13) : ''),
        ).join(' '),
      }),
    );
    const build = startSearchEngine(papers);
    let steps = 1;
    while (!build.step(0)) steps++;
    // A zero budget still makes progress, one slice per step.
    expect(steps).toBeGreaterThan(3);
    const sliced = build.finish();
    const whole = createSearchEngine(papers);
    for (const q of ['attention', 'atten', 'kernal cache', 'video 7', 'quantizaton routing ']) {
      expect(whole.search(q).hits.length).toBeGreaterThan(0);
      expect(sliced.search(q)).toEqual(whole.search(q));
    }
  });

  it('answers any input with unique, ranked hits and highlight terms taken from the corpus', () => {
    // The index's words: compounds both whole and split.
    const corpusWords = new Set<string>();
    for (const p of TEST_PAPERS)
      scanIndexWords(
        [
          p.title,
          p.abstract,
          p.org?.name ?? '',
          p.org?.handle ?? '',
          ...p.authors,
          ...p.hardware,
        ].join(' '),
        (lower, start, end) => corpusWords.add(lower.slice(start, end)),
      );
    const words = [...corpusWords];
    const query = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 60 }),
      fc
        .array(fc.oneof(fc.constantFrom(...words), fc.string({ maxLength: 8 })), { maxLength: 6 })
        .map((ws) => ws.join(' ')),
    );
    fc.assert(
      fc.property(query, (q) => {
        const r = engine.search(q);
        const hitIds = r.hits.map((h) => h.id);
        expect(new Set(hitIds).size).toBe(hitIds.length);
        const scores = r.hits.map((h) => h.score);
        expect([...scores].sort((a, b) => b - a)).toEqual(scores);
        for (const t of r.terms) expect(corpusWords.has(t)).toBe(true);
        if (r.hits.length > 0) expect(r.terms.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });
});
