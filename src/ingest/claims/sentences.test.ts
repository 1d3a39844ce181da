// Sentence and clause boundaries decide which words a number may borrow.
import { describe, expect, it } from 'vitest';
import { clauseEnd, clauseStart, splitSentences } from './sentences';

const sentences = (t: string) => splitSentences(t).map((s) => t.slice(s.start, s.end));

describe('splitSentences', () => {
  it.each([
    ['two sentences', 'It is fast. It is small.', ['It is fast.', 'It is small.']],
    ['decimal point', 'It is 1.7x faster. Done.', ['It is 1.7x faster.', 'Done.']],
    [
      'e.g. and vs.',
      'Models (e.g. Wan 2.1) vs. ours. Next one.',
      ['Models (e.g. Wan 2.1) vs. ours.', 'Next one.'],
    ],
    [
      'et al. and Inc.',
      'As in Smith et al. It beats Apple Inc. We stop.',
      ['As in Smith et al. It beats Apple Inc. We stop.'],
    ],
    [
      'lower-case after a period',
      'See Fig. 3 for details. Then 2x faster.',
      ['See Fig. 3 for details.', 'Then 2x faster.'],
    ],
    [
      'question mark; a period closed by a bracket stays inside',
      'Is it fast? (Yes.) It is.',
      ['Is it fast?', '(Yes.) It is.'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });
});

describe('clauses', () => {
  const t = 'Compared to A (e.g., B, C) while being 16x faster, and 1,024 GPUs: done';
  it('skips commas inside a closed aside and inside numbers', () => {
    const at = t.indexOf('16x');
    expect(t.slice(clauseStart(t, 0, at), at)).toBe('Compared to A (e.g., B, C) while being ');
    expect(t.slice(at, clauseEnd(t, at, t.length))).toBe('16x faster');
    const gpus = t.indexOf('1,024');
    expect(t.slice(gpus, clauseEnd(t, gpus, t.length))).toBe('1,024 GPUs');
  });
});
