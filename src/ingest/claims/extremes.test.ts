// @vitest-environment node
// Numbers too large to be measurements are not claims: a 400-digit number used to
// become Infinity (null in the JSON, which the dataset check then refused), and 1e23x
// a factor no axis can show. Plausible large ones stay.
import { describe, expect, it } from 'vitest';
import { checkDataset } from '../../dataset/check-dataset';
import { buildDataset } from '../dataset';
import { extractClaims } from './extract';

const HUGE = `1${'0'.repeat(399)}`;

// biome-ignore format: one row per case
const rows: [string, string, { value: number; factor: number | null }[]][] = [
  ['a 400-digit factor', `Our method is ${HUGE}x faster than the baseline.`, []],
  ['a 24-digit factor', 'It achieves a 100000000000000000000000x speedup.', []],
  ['a 20-digit factor, past exact', 'It is 12345678901234567890 times faster.', []],
  ['a 400-digit before/after pair', `Latency drops from ${HUGE} s to 2 s.`, []],
  ['a 400-digit throughput', `It serves ${HUGE} tokens/s on one GPU.`, []],
  ['a million times, kept', 'It is 1,000,000x faster than brute force.', [{ value: 1_000_000, factor: 1_000_000 }]],
  ['a 99.9999999% cut, kept at 1e9', 'It reduces latency by 99.9999999%.', [{ value: 99.9999999, factor: 1e9 }]],
  ['six orders of magnitude, kept', 'It is six orders of magnitude faster than simulation.', [{ value: 1e6, factor: 1e6 }]],
];

describe('numbers too large to be measurements', () => {
  it.each(rows)('%s', (_, abstract, expected) => {
    const claims = extractClaims(abstract).claims.map((c) => ({
      value: c.value,
      factor: c.factor,
    }));
    expect(claims).toEqual(expected);
  });

  it('leave a dataset that passes its own schema', () => {
    const page = `new\n\nDaily Papers\n\nNov 3\n\nHuge: A Paper\n\nOur method is ${HUGE}x faster, 1e23x cheaper and 100000000000000000000000x smaller.\n\n  • 2 authors\n·\nOct 6\n`;
    const { dataset } = buildDataset([{ file: '2025-11-03-a.txt', text: page }]);
    const roundTrip = JSON.parse(JSON.stringify(dataset));
    expect(checkDataset(roundTrip)).toMatchObject({ ok: true });
    expect(dataset.papers[0]!.claims).toEqual([]);
  });
});
