// The typo filter's bigram lists, built in two passes over typed arrays, hold exactly
// what a plain map from each padded bigram to the words holding it would.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bigramIndex } from './vocabulary-matcher';

/** Padded bigrams of a word, as the matcher keys them: two UTF-16 code units in one integer. */
function bigrams(word: string): number[] {
  const out: number[] = [];
  for (let i = 0; i <= word.length; i++) {
    const prev = i === 0 ? 0 : word.charCodeAt(i - 1);
    const c = i < word.length ? word.charCodeAt(i) : 0;
    out.push((prev << 16) | c);
  }
  return out;
}

/** The plain map: every word of two letters or more under each of its bigrams, once, in id order. */
function reference(words: readonly string[]): Map<number, number[]> {
  const map = new Map<number, number[]>();
  words.forEach((word, id) => {
    if (word.length < 2) return;
    for (const key of new Set(bigrams(word))) {
      if (!map.has(key)) map.set(key, []);
      map.get(key)!.push(id);
    }
  });
  return map;
}

function lists(words: readonly string[]): Map<number, number[]> {
  const index = bigramIndex(words);
  const out = new Map<number, number[]>();
  for (const word of words)
    for (const key of bigrams(word)) {
      const b = index.find(key);
      if (b >= 0) out.set(key, [...index.ids.subarray(index.starts[b], index.starts[b + 1])]);
    }
  return out;
}

const word = fc.oneof(
  fc.constantFrom('a', 'kv', 'cache', 'attention', 'atention', 'aaaa', 'über', '模型', 'h100'),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 45 }),
  fc.string({ unit: fc.constantFrom('a', 'b', '\ud800', '\udc00', '\uffff'), maxLength: 8 }),
);

describe('the typo filter`s bigram lists', () => {
  it('hold every word under each of its bigrams once, in id order, and nothing else', () => {
    fc.assert(
      fc.property(fc.array(word, { maxLength: 300 }), (words) => {
        const want = reference(words);
        const got = lists(words);
        // Words too short to be a typo's have no bigrams of their own.
        expect(new Map([...got].filter(([, ids]) => ids.length > 0))).toEqual(want);
        const index = bigramIndex(words);
        for (const key of [0, 1, (0x7a << 16) | 0x7a, -1, (0xffff << 16) | 0xffff])
          if (!want.has(key)) expect(index.find(key)).toBe(-1);
      }),
      { numRuns: 200 },
    );
  });

  it('grows past its first table with many distinct bigrams', () => {
    const words = Array.from({ length: 5000 }, (_, i) =>
      String.fromCharCode(0x4e00 + i, 0x4e00 + ((i * 7) % 5000)),
    );
    expect(lists(words)).toEqual(reference(words));
  });
});
