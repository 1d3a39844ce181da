import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { paperJson } from './paper-json';

// paperJson splices the abstract in by hand when it needs no escaping; whatever path it
// takes, the text must be what JSON.stringify writes for the same paper.
const TAIL = ',"hardware":["H100"],"claims":[]';
const expected = (values: object) => `${JSON.stringify(values).slice(0, -1)}${TAIL}}`;

const text = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom('', 'plain words', 'a "quoted" word', 'back\\slash', 'tab\there', 'é ü ß'),
);

describe('paperJson', () => {
  it('writes the JSON of the values and the tail, whatever the strings hold', () => {
    fc.assert(
      fc.property(text, text, text, (id, title, abstract) => {
        const values = { id, title, abstract, authors: [title], sources: [{ file: abstract }] };
        expect(paperJson(values, TAIL)).toBe(expected(values));
      }),
    );
  });

  it('finds the abstract key even when an earlier string spells it', () => {
    const values = { id: 'x', title: '"abstract":0 and more', abstract: 'It runs 2x faster.' };
    expect(paperJson(values, TAIL)).toBe(expected(values));
    expect(JSON.parse(paperJson(values, TAIL)).abstract).toBe('It runs 2x faster.');
  });
});
