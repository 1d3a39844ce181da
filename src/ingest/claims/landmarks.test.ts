// The shared landmark scan against what it stands in for: a case-blind pattern
// (anyCase) or an exact search, for every spelling, at every place. Runs in a module
// graph of its own (vitest.config.ts): it registers landmarks of its own.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { has, landmark, landmarksIn, positions } from './landmarks.ts';

const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** Every place `word` starts in `text` (overlaps too), as a pattern would find it. */
function starts(text: string, word: string, anyCase: boolean): number[] {
  const re = new RegExp(`(?=${literal(word)})`, anyCase ? 'gi' : 'g');
  const out: number[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(m.index);
    re.lastIndex = m.index + 1;
  }
  return out;
}

// Words that are prefixes of one another, share letters and carry notation, so the
// longest-key-first scan and its prefix bookkeeping are exercised.
const blind = landmark(['bench', 'benchmark', 'Ark'], { anyCase: true, positions: true });
const exact = landmark(['Times', 'x/s', 'ark'], { positions: true });
const flag = landmark(['fold']);

describe('landmarksIn', () => {
  it('finds each spelling where it starts, case-blind or as written', () => {
    const text = 'A BENCHMARK of benchmarking: 2x/s Times faster, times Ark; park';
    const l = landmarksIn(text);
    expect(positions(l, blind)).toEqual(
      [...starts(text, 'bench', true), ...starts(text, 'Ark', true)].sort((a, b) => a - b),
    );
    expect(positions(l, exact)).toEqual(
      [
        ...starts(text, 'Times', false),
        ...starts(text, 'x/s', false),
        ...starts(text, 'ark', false),
      ].sort((a, b) => a - b),
    );
    expect(has(l, flag)).toBe(false);
    expect(has(landmarksIn('tenfold'), flag)).toBe(true);
  });

  it('keeps one place once when two spellings start there', () => {
    // 'bench' and 'benchmark' both start at 0: one position, not two ('ark' in 'mark' is 6).
    expect(positions(landmarksIn('benchmark'), blind)).toEqual([0, 6]);
  });

  it('shares one scan between the stages reading the same text', () => {
    const a = landmarksIn('one text');
    expect(landmarksIn('one text')).toBe(a);
    expect(landmarksIn('another text')).not.toBe(a);
  });

  it('agrees with the patterns it stands in for on ASCII text', () => {
    const text = fc.string({
      unit: fc.constantFrom(...'benchmarkBENCHMARKTimsx/ fold'.split('')),
      maxLength: 40,
    });
    fc.assert(
      fc.property(text, (t) => {
        const l = landmarksIn(t);
        const wantBlind = [
          ...new Set([
            ...starts(t, 'bench', true),
            ...starts(t, 'benchmark', true),
            ...starts(t, 'Ark', true),
          ]),
        ];
        const wantExact = [
          ...new Set([
            ...starts(t, 'Times', false),
            ...starts(t, 'x/s', false),
            ...starts(t, 'ark', false),
          ]),
        ];
        expect(positions(l, blind)).toEqual(wantBlind.sort((a, b) => a - b));
        expect(positions(l, exact)).toEqual(wantExact.sort((a, b) => a - b));
        expect(has(l, flag)).toBe(t.includes('fold'));
      }),
      { numRuns: 500 },
    );
  });

  it('is never stricter than a case-blind pattern beyond ASCII', () => {
    // The Kelvin sign lowers to 'k'; a case-blind pattern without the u flag does not
    // match it, the scan may. Whatever the pattern finds, the scan finds.
    const text = fc.string({
      unit: fc.constantFrom(...'arkARK\u212Aσς '.split('')),
      maxLength: 30,
    });
    fc.assert(
      fc.property(text, (t) => {
        const found = positions(landmarksIn(t), blind);
        for (const i of starts(t, 'Ark', true)) expect(found).toContain(i);
      }),
      { numRuns: 300 },
    );
  });
});
