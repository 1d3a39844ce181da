import { describe, expect, it } from 'vitest';
import type { Claim } from '../../dataset/schema';
import { abstractSegments } from './abstract-segments';
import { testClaim } from '../../search/test-papers';

const claim = (start: number, end: number): Claim => ({
  ...testClaim('x', 'x'),
  start,
  end,
  text: '',
});

describe('abstractSegments', () => {
  it('cuts at claims in text order and keeps every character', () => {
    const text = 'It is 2x faster and 3x cheaper.';
    const segs = abstractSegments(text, [claim(20, 30), claim(6, 15)]);
    expect(segs).toEqual([
      { text: 'It is ', claim: null },
      { text: '2x faster', claim: 1 },
      { text: ' and ', claim: null },
      { text: '3x cheaper', claim: 0 },
      { text: '.', claim: null },
    ]);
    expect(segs.map((s) => s.text).join('')).toBe(text);
  });

  it('leaves out-of-range and overlapping spans unmarked', () => {
    const text = 'abcdefghij';
    const segs = abstractSegments(text, [
      claim(2, 6),
      claim(4, 8),
      claim(8, 50),
      claim(-1, 2),
      claim(5, 5),
    ]);
    expect(segs.filter((s) => s.claim !== null).map((s) => s.claim)).toEqual([0]);
    expect(segs.map((s) => s.text).join('')).toBe(text);
  });
});
