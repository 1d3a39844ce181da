import { describe, expect, it } from 'vitest';
import { logScale } from './log-scale';

describe('logScale', () => {
  it('spans 1× to a tick at or above the largest factor', () => {
    const s = logScale([1.17, 2.4, 16, 100], 0, 100);
    expect(s.lo).toBe(1);
    expect(s.hi).toBe(100);
    expect(s.x(1)).toBe(0);
    expect(s.x(100)).toBe(100);
    expect(s.x(10)).toBeCloseTo(50);
    expect(s.ticks).toEqual([1, 2, 5, 10, 20, 50, 100]);
  });

  it('reaches below 1× when a factor is below it, and thins ticks on wide ranges', () => {
    const s = logScale([0.3, 5000], 0, 1);
    expect(s.lo).toBe(0.2);
    expect(s.hi).toBe(5000);
    expect(s.ticks).toEqual([0.2, 1, 10, 100, 1000, 5000]);
  });

  it('copes with no values', () => {
    const s = logScale([], 10, 20);
    expect(s.lo).toBe(1);
    expect(s.hi).toBe(2);
    expect(s.x(1.5)).toBeGreaterThan(10);
  });
});
