import { describe, expect, it } from 'vitest';
import { MAX_WORD_LENGTH, scanWords, tokenize } from './tokenize';
import { WordTable, hashWord } from './word-table';

describe('tokenize', () => {
  it.each([
    ['SANA-Video: 2.4x on RTX 5090', ['sana', 'video', '2', '4x', 'on', 'rtx', '5090']],
    ['  Flash\u00adAttention—fast  ', ['flash', 'attention', 'fast']],
    ['Größe ÜBER naïve', ['größe', 'über', 'naïve']],
    ['数据 集', ['数据', '集']],
    ['𝐀𝐁 x', ['𝐀𝐁', 'x']], // astral letters have no lower case; they still form a word
    ['.*+?^${}()|[]\\<script>', ['script']],
    ['', []],
  ])('%j -> %j', (text, words) => {
    expect(tokenize(text)).toEqual(words);
  });

  it('drops runs longer than a word can be', () => {
    expect(
      tokenize(`ok ${'x'.repeat(MAX_WORD_LENGTH + 1)} ${'y'.repeat(MAX_WORD_LENGTH)}`),
    ).toEqual(['ok', 'y'.repeat(MAX_WORD_LENGTH)]);
  });

  it('reports the same hash as hashWord for each word', () => {
    scanWords('Mixture of Experts über alles', (lower, start, end, hash) => {
      expect(hash).toBe(hashWord(lower, start, end));
    });
  });
});

describe('WordTable', () => {
  it('interns each distinct word once and finds it again, across growth', () => {
    const table = new WordTable();
    const words = Array.from({ length: 50_000 }, (_, i) => `w${i.toString(36)}`);
    const ids = words.map((w) => table.intern(w, 0, w.length, hashWord(w, 0, w.length)));
    expect(new Set(ids).size).toBe(words.length);
    expect(table.size).toBe(words.length);
    words.forEach((w, i) => {
      expect(table.get(w)).toBe(ids[i]);
    });
    expect(table.get('not-there')).toBe(-1);
    const text = 'xx w1 yy';
    expect(table.intern(text, 3, 5, hashWord(text, 3, 5))).toBe(ids[1]);
  });
});
