// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeSpace, ownCopy, quoteLine, splitLines, titleKey } from './text';

const reference = (s: string) => s.replace(/\s+/g, ' ').trim();
const spaces = [
  '\t',
  '\n',
  '\u000b',
  '\f',
  '\r',
  ' ',
  '\u00a0',
  '\u1680',
  '\u2000',
  '\u2005',
  '\u200a',
  '\u2028',
  '\u2029',
  '\u202f',
  '\u205f',
  '\u3000',
  '\ufeff',
];

describe('normalizeSpace', () => {
  it.each([
    ['', ''],
    [' ', ''],
    ['a', 'a'],
    ['a b', 'a b'],
    [' a', 'a'],
    ['a ', 'a'],
    ['a  b', 'a b'],
    ['a\tb', 'a b'],
    ['a\u00a0b', 'a b'],
    ['a\u200bb', 'a\u200bb'], // zero-width space is not whitespace
    ['\ufeffa', 'a'],
    ['a \r\n b', 'a b'],
  ])('%j -> %j', (s, expected) => expect(normalizeSpace(s)).toBe(expected));

  it('agrees with \\s+ -> " " and trim on any string', () => {
    const withSpaces = fc
      .array(fc.oneof(fc.constantFrom(...spaces), fc.string({ unit: 'grapheme', maxLength: 3 })), {
        maxLength: 30,
      })
      .map((a) => a.join(''));
    fc.assert(
      fc.property(fc.oneof(withSpaces, fc.string({ unit: 'binary' })), (s) => {
        expect(normalizeSpace(s)).toBe(reference(s));
      }),
      { seed: 7, numRuns: 1000 },
    );
  }, 60_000);
});

describe('splitLines', () => {
  it.each([
    ['a\nb', ['a', 'b']],
    ['a\r\nb', ['a', 'b']],
    ['a\rb', ['a', 'b']],
    ['\ufeffa\n', ['a', '']],
    ['a\n\r\nb', ['a', '', 'b']],
    ['', ['']],
  ])('%j', (text, lines) => expect(splitLines(text)).toEqual(lines));
});

describe('titleKey: same paper regardless of case and whitespace', () => {
  it.each([
    ['SANA-Video: Efficient', 'sana-video:  efficient', true],
    ['SANA-Video: Efficient', 'SANAVideo: Efficient', false],
    ['A  B', 'a\tb', true],
    ['AB', 'a b', true],
    ['Café', 'Cafe\u0301', true], // composed and decomposed accents
    ['x', 'y', false],
  ])('%j ~ %j: %s', (a, b, same) => expect(titleKey(a) === titleKey(b)).toBe(same));
});

describe('quoteLine', () => {
  it('escapes control characters and shortens', () => {
    expect(quoteLine('\u001b[2J boom')).toBe('"\\u001b[2J boom"');
    expect(quoteLine('x'.repeat(100))).toBe(JSON.stringify('x'.repeat(59) + '…'));
  });
});

describe('ownCopy: the same text, whatever characters it holds', () => {
  it('keeps Latin-1 text, wider text, NULs, a byte order mark and lone surrogates', () => {
    const page =
      'Title line\n3.1× faster — on “A100” GPUs • 5 authors\nnaïve\u0000\ufeff\ud800 end\udc00';
    for (const line of [...page.split('\n'), page, '', 'a', '\u00ff\u0080'])
      expect(ownCopy(line)).toBe(line);
  });

  it('equals its input for any string', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => ownCopy(s) === s));
    const latin1 = fc.integer({ min: 0, max: 0xff }).map((c) => String.fromCharCode(c));
    fc.assert(fc.property(fc.string({ unit: latin1 }), (s) => ownCopy(s) === s));
  });

  it('copies Latin-1 texts of any length, long ones and short ones after them', () => {
    // Two UTF-8 bytes per character: well past any buffer sized for short lines.
    const long = 'é'.repeat(100_000);
    const mixed = 'ab\u00ffc'.repeat(50_000);
    for (const s of [long, 'short', mixed, 'é', long.slice(1)]) expect(ownCopy(s)).toBe(s);
  });
});
