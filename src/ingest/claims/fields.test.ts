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
  {
    case: 'two performance metrics before two figures take one each',
    sentence: 'The runtime cuts TTFT and peak memory by 30% and 2.2x.',
    claims: [
      { text: 'cuts TTFT and peak memory by 30%', metric: 'TTFT' },
      { text: '2.2x', metric: 'peak memory' },
    ],
  },
  {
    case: 'two metrics of a database, paired by "respectively"',
    sentence: 'Our index lowers query latency and index size by 41% and 3.5x, respectively.',
    claims: [
      { text: 'lowers query latency and index size by 41%', metric: 'query latency' },
      { text: '3.5x', metric: 'index size' },
    ],
  },
  {
    case: 'two metrics of training, each with its own noun',
    sentence:
      'Overlapping the all-reduce increases training throughput and GPU utilization by 1.7x and 18%.',
    claims: [
      {
        text: 'increases training throughput and GPU utilization by 1.7x',
        metric: 'training throughput',
      },
      { text: '18%', metric: 'GPU utilization' },
    ],
  },
  {
    case: 'two stages before one shared noun keep the pair as the metric',
    sentence:
      'The speech decoder lowers encoding and decoding latency by 25% and 38%, respectively.',
    claims: [
      {
        text: 'lowers encoding and decoding latency by 25%',
        metric: 'encoding and decoding latency',
      },
      { text: '38%', metric: 'encoding and decoding latency' },
    ],
  },
  {
    case: 'a second pair after the figures leaves the metrics together',
    sentence: 'It cuts latency and memory by 30% and 45% on the phone and the laptop.',
    claims: [
      { text: 'cuts latency and memory by 30%', metric: 'latency and memory' },
      { text: '45%', metric: 'latency and memory' },
    ],
  },
  {
    case: 'a slash list of factors pairs with a slash list of accelerators',
    sentence: 'The sparse attention kernel is 1.6×/2.9× faster than FlashAttention on A100/H100.',
    claims: [
      { text: '1.6×', metric: null, hardware: 'A100' },
      { text: '2.9× faster', hardware: 'H100' },
    ],
  },
  {
    case: 'a slash list of size factors shares the cue and takes no metric from its neighbour',
    sentence: 'Pruned detectors are 3×/5× smaller than the dense model.',
    claims: [{ text: '3×', metric: null }, { text: '5× smaller' }],
  },
  {
    case: 'a slash list of speedups over a database operator',
    sentence: 'The join operator achieves 2.2x/4.1x speedups over the hash join.',
    claims: [{ text: '2.2x', metric: null }, { text: '4.1x speedups' }],
  },
  {
    case: 'a slash list of factors with accelerators joined by "and" takes the nearest',
    sentence: 'Our kernels are 1.8x/2.4x faster on A100 and H100.',
    claims: [
      { text: '1.8x', hardware: 'A100' },
      { text: '2.4x faster', hardware: 'A100' },
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
