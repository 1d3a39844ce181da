import { describe, expect, it } from 'vitest';
import type { Claim } from '../dataset/schema';
import { readFactor } from './claim-reading';
import { testClaim } from '../search/test-papers';

function claim(over: Partial<Claim>): Claim {
  return { ...testClaim('x', 'x'), ...over };
}

describe('readFactor', () => {
  it.each<[string, Partial<Claim>, string, string, RegExp]>([
    [
      'a plain factor keeps the paper’s word',
      { text: '16x faster', value: 16, factor: 16, kind: 'latency' },
      '16× faster',
      '16× faster',
      /^Stated as 16×: “16x faster”\.$/,
    ],
    [
      'a percentage lower becomes what is left',
      {
        text: '60% lower time per output token',
        kind: 'latency',
        value: 60,
        unit: '%',
        factor: 2.5,
        metric: 'time per output token',
      },
      '2.5× lower',
      '2.5× lower time per output token',
      /^60% lower → 2\.5×: 40% of the baseline is left, and 100 ÷ 40 = 2\.5×\.$/,
    ],
    [
      'a share of the cost',
      { text: '1% of the cost of MovieGen', kind: 'cost', value: 1, unit: '%', factor: 100 },
      '100× cheaper',
      '100× cheaper',
      /^1% of the cost → 100×: 100 ÷ 1 = 100×\.$/,
    ],
    [
      'a percentage faster adds to one',
      { text: '17% inference kernel speed-up', value: 17, unit: '%', factor: 1.17 },
      '1.17× faster',
      '1.17× faster',
      /^17% faster → 1\.17×: 1 \+ 17% = 1\.17×\.$/,
    ],
    [
      'a reduction by half: the words say it is not a share',
      {
        text: 'reduces the compute requirement of prefill by 50%',
        kind: 'compute',
        value: 50,
        unit: '%',
        factor: 2,
        metric: 'compute requirement of prefill',
      },
      '2× lower',
      '2× lower compute requirement of prefill',
      /^50% lower → 2×: 50% of the baseline is left/,
    ],
    [
      'a range reads as a range and says how it sorts',
      {
        text: '2-4x lower',
        kind: 'latency',
        value: 4,
        factor: 4,
        range: [2, 4],
        metric: 'time per token',
      },
      '2–4× lower',
      '2–4× lower time per token',
      /sorts by its upper end/,
    ],
    [
      'a before/after pair',
      { text: 'from 71s to 29s', kind: 'latency', value: 71, unit: 's', factor: 71 / 29 },
      '2.45× lower',
      '2.45× lower',
      /^“from 71s to 29s” → 2\.45×/,
    ],
  ])('%s', (_name, over, headline, sentence, conversion) => {
    const reading = readFactor(claim(over));
    expect(reading?.headline).toBe(headline);
    expect(reading?.sentence).toBe(sentence);
    expect(reading?.conversion).toMatch(conversion);
  });

  it('takes the direction word that comes first in the evidence', () => {
    const c = claim({
      text: '606x better energy efficiency with less power',
      kind: 'energy',
      value: 606,
      factor: 606,
    });
    expect(readFactor(c)?.headline).toBe('606× better');
  });

  it('has nothing to read for an absolute figure', () => {
    expect(readFactor(claim({ factor: null, value: 49.3, unit: '%' }))).toBeNull();
  });
});
