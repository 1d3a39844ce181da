// One row per sentence: the context fields a claim must carry (metric, hardware).
// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { extractClaims } from './extract';

interface Row {
  case: string;
  sentence: string;
  claims: { text: string; metric?: string | null; hardware?: string | null }[];
}

const rows: Row[] = [
  {
    case: 'a metric after a clause comma starts at its noun',
    sentence:
      'We cut training time by an order of magnitude, and energy consumption by 3.5x compared with dense baselines.',
    claims: [
      { text: 'cut training time by an order of magnitude', metric: 'training time' },
      { text: 'energy consumption by 3.5x', metric: 'energy consumption' },
    ],
  },
  {
    case: '"respectively" pairs list members with accelerators in order',
    sentence: 'Our kernels deliver 1.9x and 2.3x speedups on A100 and H100, respectively.',
    claims: [
      { text: '1.9x', hardware: 'A100' },
      { text: '2.3x speedups', hardware: 'H100' },
    ],
  },
  {
    case: 'without "respectively" every member takes the nearest accelerator',
    sentence: 'Our kernels deliver 1.9x and 2.3x speedups on H100.',
    claims: [
      { text: '1.9x', hardware: 'H100' },
      { text: '2.3x speedups', hardware: 'H100' },
    ],
  },
  {
    case: '"respectively" with a count mismatch falls back to the nearest',
    sentence: 'It is 1.5x, 1.8x and 2.1x faster on A100 and H100, respectively.',
    claims: [
      { text: '1.5x', hardware: 'A100' },
      { text: '1.8x', hardware: 'A100' },
      { text: '2.1x faster', hardware: 'A100' },
    ],
  },
];

describe('claim context fields', () => {
  it.each(rows)('$case', ({ sentence, claims }) => {
    const got = extractClaims(sentence).claims;
    expect(got.map((c) => c.text)).toEqual(claims.map((c) => c.text));
    claims.forEach((want, i) => {
      const c = got[i]!;
      if (want.metric !== undefined) expect(c.metric).toBe(want.metric);
      if (want.hardware !== undefined) expect(c.hardware).toBe(want.hardware);
    });
  });
});
