// The corpus scorer counts what the corpus test asserts, so its own counting
// is checked here on one small capture with plain phrasings.
import { describe, expect, it } from 'vitest';
import { scoreCorpus } from './corpus-score';

const capture = [
  'Daily Papers',
  '',
  'Mar 3',
  '',
  'A Small Serving System',
  '',
  'Our engine is 2.0x faster than vLLM. It shows 3x higher throughput on long prompts. It cuts latency by 40% on chat.',
  '',
  '  • 3 authors',
  '·',
  'Mar 2 4',
  '',
].join('\n');

const files = { 'small/2025-03-03-small.txt': capture };

describe('scoreCorpus', () => {
  it('counts a found claim, a wrong factor, an unlabelled claim and a claim the extractor cannot see', () => {
    const r = scoreCorpus(files, [
      {
        title: 'A Small Serving System',
        claims: [
          { text: '2.0x faster than vLLM', factor: 2, kind: 'speedup', baseline: 'the vLLM' },
          // Labelled with a wrong factor on purpose: found at its span, factor disagrees.
          { text: 'cuts latency by 40%', factor: 2, kind: 'latency', baseline: null },
          // Nothing in the text says this; no extracted claim overlaps it.
          { text: 'on chat', factor: 5, kind: 'speedup' },
        ],
      },
    ]);
    expect(r).toMatchObject({
      papers: 1,
      expected: 3,
      extracted: 3,
      tp: 1,
      // The wrong-factor claim and the unlabelled '3x higher throughput'.
      fp: 2,
      fn: 2,
      kindsRight: 1,
      baselinesRight: 1,
      baselineLabelled: 1,
    });
    expect(r.factorAccuracy).toBe(0.5);
    expect(r.misses).toEqual([
      'A Small Serving System: extra 3 «3x higher throughput»',
      'A Small Serving System: missed 2 «cuts latency by 40%» (found with factor 1.6667)',
      'A Small Serving System: missed 5 «on chat»',
    ]);
  });

  it('reports a kind and a baseline that disagree', () => {
    const r = scoreCorpus(files, [
      {
        title: 'A Small Serving System',
        claims: [
          { text: '2.0x faster than vLLM', factor: 2, kind: 'throughput', baseline: 'SGLang' },
          { text: '3x higher throughput', factor: 3, kind: 'throughput', baseline: null },
          { text: 'cuts latency by 40%', factor: 1.6667, kind: 'latency', baseline: null },
        ],
      },
    ]);
    expect([r.tp, r.fp, r.fn, r.kindsRight, r.baselinesRight]).toEqual([3, 0, 0, 2, 2]);
    expect(r.disagreements).toEqual([
      'A Small Serving System: baseline "vLLM", want "SGLang" «2.0x faster than vLLM»',
      'A Small Serving System: kind speedup, want throughput «2.0x faster than vLLM»',
    ]);
  });

  it('refuses expected text that is not in the abstract', () => {
    expect(() =>
      scoreCorpus(files, [
        {
          title: 'A Small Serving System',
          claims: [{ text: '9x faster', factor: 9, kind: 'speedup' }],
        },
      ]),
    ).toThrow(/expected text not in abstract/);
  });
});
