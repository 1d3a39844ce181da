// The title scan finds exactly the papers whose tokenized title has a word starting
// with every term of the query, in dataset order, whether it scans every title or
// narrows the last query's hits as the reader types on.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Paper } from '../dataset/schema';
import { TEST_PAPERS } from './test-papers';
import { titleScan } from './title-scan';
import { tokenize } from './tokenize';

/** What the scan means, read off the tokenizer's words. */
function byTokens(papers: readonly Paper[], query: string): string[] {
  const terms = [...new Set(tokenize(query))];
  if (terms.length === 0) return [];
  return papers
    .filter((p) => {
      const words = tokenize(p.title);
      return terms.every((t) => words.some((w) => w.startsWith(t)));
    })
    .map((p) => p.id);
}

const withTitles = (titles: readonly string[]): Paper[] =>
  titles.map((title, i) => ({ ...TEST_PAPERS[0]!, id: `p${i}`, title }));

const ids = (papers: readonly Paper[], query: string) =>
  titleScan(papers, query).hits.map((h) => h.id);

describe('titleScan', () => {
  const papers = withTitles([
    'Speculative Decoding for Fast LLM Inference',
    'SPECTRE: spectral attention',
    'A respectful look at inspection',
    'FlashAttention-3 on H100',
    'Über-schnelle Ähnlichkeitssuche',
    `Words ${'x'.repeat(41)} too long, and ${'y'.repeat(40)} just short enough`,
    'KV-cache compression; kv cache eviction',
    'Emoji 🚀rocket and 𝐁old math letters',
    'naïve café résumé',
  ]);

  it.each([
    ['spec', ['p0', 'p1']],
    ['SPEC dec', ['p0']],
    ['attention', ['p1']],
    ['flashatt', ['p3']],
    ['h10', ['p3']],
    ['3', ['p3']],
    ['über ähn', ['p4']],
    ['ahn', []],
    ['xxxx', []],
    ['yyyy', ['p5']],
    ['kv cache', ['p6']],
    ['rocket', ['p7']],
    ['caf', ['p8']],
    ['spect inspect', []],
    ['  ', []],
    ['--', []],
  ])('"%s" finds %j', (query, expected) => {
    expect(ids(papers, query)).toEqual(expected);
    expect(ids(papers, query)).toEqual(byTokens(papers, query));
  });

  it('narrows as the reader types on, and scans anew when they go back or elsewhere', () => {
    const typed = ['s', 'sp', 'spe', 'spec', 'spec d', 'spec', 'spa', 'a', 'at', 'kv', 'kv c'];
    for (const q of typed) expect(ids(papers, q)).toEqual(byTokens(papers, q));
  });

  it('answers as the tokenizer reads titles, for any titles and queries typed on', () => {
    const text = fc.string({
      unit: fc.constantFrom(...'aAbBcé É-_ 1.2🚀𝐁xyzäÄ'.split(''), 'ab', 'spec', ' '),
      maxLength: 60,
    });
    fc.assert(
      fc.property(fc.array(text, { maxLength: 12 }), fc.array(text, { maxLength: 5 }), (t, qs) => {
        const ps = withTitles(t);
        // Each query, and each of its prefixes in turn, as if typed.
        for (const q of qs)
          for (let i = 1; i <= q.length; i++)
            expect(ids(ps, q.slice(0, i))).toEqual(byTokens(ps, q.slice(0, i)));
      }),
      { numRuns: 300 },
    );
  });
});
