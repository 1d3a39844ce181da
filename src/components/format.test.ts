import { describe, expect, it } from 'vitest';
import { formatCount } from './format';

const intl = new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 });

/** A deterministic spread of numbers: every magnitude, fractions, both signs. */
function numbers(): number[] {
  const out = [0, -0, 1, -1, 7, 999, 1000, 1001, 999999.9999995, 1e20, 9.99e20, 1e21, 5e-7, 4e-7];
  out.push(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -5e-7, -4e-7);
  let seed = 12345;
  const next = () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  for (let i = 0; i < 5000; i++) {
    const magnitude = 10 ** Math.floor(next() * 28 - 8);
    const n = next() * magnitude;
    out.push(n, -n, Math.round(n), Number(n.toPrecision(3)), Math.round(n * 100) / 100);
  }
  return out;
}

describe('formatCount', () => {
  it('writes every number as en-US Intl.NumberFormat with at most 6 decimals does', () => {
    for (const n of numbers()) expect([n, formatCount(n)]).toEqual([n, intl.format(n)]);
  });

  it('groups thousands and drops trailing zeros', () => {
    expect(formatCount(12345)).toBe('12,345');
    expect(formatCount(1234567.5)).toBe('1,234,567.5');
    expect(formatCount(0.1234567)).toBe('0.123457');
    expect(formatCount(-2500)).toBe('-2,500');
  });
});
