// Whatever the text, the extractor returns well-formed claims: spans that are
// their text, in order and disjoint, factors that are positive and finite.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import seed from '../../../seeds/000_8482466fddf537ca.txt?raw';
import type { Claim } from '../../dataset/schema';
import { CLAIM_KINDS } from '../../dataset/schema';
import { extractClaims } from './extract';

function checkWellFormed(text: string, claims: Claim[]): void {
  let lastEnd = 0;
  for (const c of claims) {
    expect(c.start).toBeGreaterThanOrEqual(lastEnd);
    expect(c.end).toBeGreaterThan(c.start);
    expect(text.slice(c.start, c.end)).toBe(c.text);
    expect(CLAIM_KINDS).toContain(c.kind);
    expect(Number.isFinite(c.value)).toBe(true);
    if (c.factor !== null) {
      expect(Number.isFinite(c.factor) && c.factor > 0).toBe(true);
      if (c.range) expect(c.range[1]).toBe(c.factor);
    }
    if (c.range) expect(c.range[0]).toBeLessThanOrEqual(c.range[1]);
    lastEnd = c.end;
  }
}

const fragments = [
  ' 1.7x faster',
  ' by 50%',
  ' reduces latency',
  ' from 71s to 29s',
  ' (2.4x speedup)',
  ' 2-4 ×',
  ' 3times',
  ' up to',
  ' 49.3% MFU',
  ' 16K tokens/s',
  ' on 4x H100 GPUs',
  ' 8x22B',
  ' 720x1280',
  ' 10^{7} times',
  ' doubles throughput',
  ' by half',
  ' an order of magnitude',
  ' 1% of the cost of X',
  ' over vLLM',
  ', and',
  '.',
  ' The',
  ' (',
  ')',
  ' ~',
  ' 0%',
  ' 100% less',
  ' from 0 GB to 0 GB',
  ' 1,024',
  ' 2.35× ~ 3.47×',
  ' between 2× and 3×',
  '\u00d7',
  ' twice as fast as',
  // Inline LaTeX, read as plain signs and mapped back (numbers.ts plainMath).
  ' 2.03$\\times$',
  ' $1.5-2\\times$',
  '$\\sim$',
  ' 35\\%',
  ' $\\mathbf{2.4\\times}$',
  ' \\(1.7\\times\\)',
  ' ∼',
  '\\(',
  '\\)',
  '$',
  ' ${',
  '}$',
  '\\',
];

describe('claims invariants', () => {
  it('holds on random text made of claim fragments', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...fragments), fc.string({ maxLength: 6 })), {
          maxLength: 40,
        }),
        (parts) => {
          const text = parts.join('');
          checkWellFormed(text, extractClaims(text).claims);
        },
      ),
      { numRuns: 400, seed: 42 },
    );
  });

  // A whole capture page is many abstracts' worth of text: fewer runs, more time.
  it('holds on the seed with random slices cut out', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(fc.nat(seed.length), fc.nat(400), (at, len) => {
        const text = seed.slice(0, at) + seed.slice(at + len);
        checkWellFormed(text, extractClaims(text).claims);
      }),
      { numRuns: 60, seed: 7 },
    );
  });

  it('returns nothing for text without numbers or factor words', () => {
    expect(extractClaims('').claims).toEqual([]);
    expect(extractClaims('We study attention. It is fast and small.').claims).toEqual([]);
  });
});
