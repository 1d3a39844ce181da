// The site's dataset file read between marks: the build's text is what it always was,
// the pieces put together are the very dataset a parse of the whole file gives, and
// marks that do not fit the file give no dataset at all (the page then reads it whole),
// never a different one.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { manyPapers, smallDataset } from '../app/__fixtures__/small-dataset';
import { splitAbstracts } from './abstracts';
import { checkDataset } from './check-dataset';
import { asciiJson } from './embed';
import type { Dataset } from './schema';
import { markedJson, marksAttribute, parseMarks, readMarked } from './segments';

/** The site's dataset file for `dataset`, as the build writes it: the schema's copy, split. */
function head(dataset: Dataset): Dataset {
  const checked = checkDataset(structuredClone(dataset));
  if (!checked.ok) throw new Error(checked.problem);
  return splitAbstracts(checked.dataset).head;
}

/** Some papers with text outside ASCII, which the file writes as escapes. */
function accented(n: number): Dataset {
  const d = manyPapers(n);
  d.papers.forEach((p, i) => {
    if (i % 3 === 0) p.title = `Schrödinger’s caché ${i} – 加速`;
  });
  return d;
}

const bytesOf = (text: string) => new TextEncoder().encode(text);

/** Runs the steps to the end; how many there were, and the value. */
function drain<T>(steps: Generator<void, T>): { value: T; yields: number } {
  let yields = 0;
  for (;;) {
    const step = steps.next();
    if (step.done) return { value: step.value, yields };
    yields++;
  }
}

describe('markedJson', () => {
  it('writes the text the site always wrote, with a mark at every few papers', () => {
    for (const n of [0, 1, 2, 3, 4, 7, 40]) {
      const d = head(accented(n));
      const { json, marks } = markedJson(d, 3);
      expect(json).toBe(asciiJson(JSON.stringify(d)));
      // The list's start, every third paper after the first, and the list's end.
      expect(marks).toHaveLength(Math.max(1, Math.ceil(n / 3)) + 1);
      expect(json[marks[0]! - 1]).toBe('[');
      expect(json[marks.at(-1)!]).toBe(']');
      for (const m of marks.slice(1, -1)) expect(json.slice(m - 1, m + 7)).toBe(',{"id":"');
    }
  });
});

describe('readMarked', () => {
  it('puts together the same dataset as a parse of the whole file, a piece per step', () => {
    for (const [n, every] of [
      [0, 3],
      [1, 3],
      [6, 3],
      [40, 3],
      [1200, 500],
    ] as const) {
      const { json, marks } = markedJson(head(accented(n)), every);
      const { value, yields } = drain(readMarked(bytesOf(json), marks));
      const whole: unknown = JSON.parse(json);
      expect(value).toStrictEqual(whole);
      // Keys in the same order, so the same text again.
      expect(JSON.stringify(value)).toBe(JSON.stringify(whole));
      expect(yields).toBe(marks.length - 1);
    }
  });

  it('gives no dataset when the marks do not fit the file', () => {
    const { json, marks } = markedJson(head(accented(12)), 3);
    const bytes = bytesOf(json);
    const read = (m: number[]) => drain(readMarked(bytes, m)).value;
    // A mark one byte off on either side, past the end, or from another dataset's file.
    for (let i = 0; i < marks.length; i++)
      for (const shift of [-1, 1]) {
        const moved = [...marks];
        moved[i]! += shift;
        expect(read(moved)).toBeNull();
      }
    expect(read([...marks.slice(0, -1), bytes.length + 1])).toBeNull();
    expect(read(markedJson(head(smallDataset)).marks)).toBeNull();
  });

  it('never gives a dataset other than the whole file holds, wherever the marks are', () => {
    const { json, marks } = markedJson(head(accented(9)), 2);
    const bytes = bytesOf(json);
    const whole: unknown = JSON.parse(json);
    // Marks anywhere, the real ones among them at times.
    const mark = fc.oneof(fc.constantFrom(...marks), fc.integer({ min: 0, max: bytes.length }));
    fc.assert(
      fc.property(fc.array(mark, { minLength: 2, maxLength: 8 }), (picked) => {
        const sorted = [...picked].sort((a, b) => a - b);
        const value = drain(readMarked(bytes, sorted)).value;
        if (value !== null) expect(value).toStrictEqual(whole);
      }),
    );
  });

  it('gives no dataset when a piece holds a paper the fast check refuses', () => {
    const d = head(accented(9));
    (d.papers[7] as { title: unknown }).title = 7;
    const { json, marks } = markedJson(d, 3);
    expect(drain(readMarked(bytesOf(json), marks)).value).toBeNull();
  });
});

describe('marks in the page', () => {
  it('reads back what it wrote, and nothing that is not marks', () => {
    const { marks } = markedJson(head(accented(10)), 3);
    expect(parseMarks(marksAttribute(marks))).toEqual(marks);
    for (const bad of [null, '', '12', '3 2', '1 x', '1 -2', '1 2.5', '0  4'])
      expect(parseMarks(bad)).toBeNull();
  });
});
