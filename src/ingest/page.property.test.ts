// @vitest-environment node
// Random damage to a real capture: the parser never throws, and no non-blank
// line disappears without a diagnostic naming it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import seed from '../../seeds/000_8482466fddf537ca.txt?raw';
import { unaccountedLines } from './__fixtures__/line-accounting';
import { buildDataset } from './dataset';
import { parsePage } from './page';

const seedLines = seed.split('\n');

type Mutation =
  | { op: 'drop'; at: number }
  | { op: 'duplicate'; at: number }
  | { op: 'garble'; at: number; pos: number; junk: string }
  | { op: 'insert'; at: number; line: string }
  | { op: 'swap'; at: number };

const junk = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.constantFrom(
    '·',
    '•',
    '  • 3 authors',
    'Oct 6',
    'Feb 29 4',
    'Oct 4, 2024 2',
    'new',
    'Subscribe',
    '\u00a0',
    '\uFEFF',
    '\u2028',
    ' \t ',
  ),
);

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('drop' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('duplicate' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('garble' as const), at: fc.nat(), pos: fc.nat(), junk }),
  fc.record({ op: fc.constant('insert' as const), at: fc.nat(), line: junk }),
  fc.record({ op: fc.constant('swap' as const), at: fc.nat() }),
);

function apply(lines: string[], m: Mutation): string[] {
  const out = [...lines];
  const at = m.at % Math.max(out.length, 1);
  switch (m.op) {
    case 'drop':
      out.splice(at, 1);
      break;
    case 'duplicate':
      out.splice(at, 0, out[at] ?? '');
      break;
    case 'garble': {
      const l = out[at] ?? '';
      const pos = m.pos % (l.length + 1);
      out[at] = l.slice(0, pos) + m.junk + l.slice(pos + Math.min(3, l.length - pos));
      break;
    }
    case 'insert':
      out.splice(at, 0, m.line);
      break;
    case 'swap':
      if (at + 1 < out.length) [out[at], out[at + 1]] = [out[at + 1]!, out[at]!];
      break;
  }
  return out;
}

const eol = fc.constantFrom('\n', '\r\n', '\r');

describe('parsePage under random damage (fast-check)', () => {
  it('never throws and never loses a line without a diagnostic', () => {
    let rejected = 0;
    let runs = 0;
    fc.assert(
      fc.property(
        fc.array(mutation, { minLength: 1, maxLength: 12 }),
        eol,
        fc.boolean(),
        (ms, nl, bom) => {
          const text = (bom ? '\uFEFF' : '') + ms.reduce(apply, seedLines).join(nl);
          runs++;
          const page = parsePage(text, 'm.txt');
          const errors = page.diagnostics.filter((d) => d.severity === 'error');
          if (errors.length > 0) {
            // A rejected page names the file in an error; nothing else is promised.
            rejected++;
            expect(errors[0]!.file).toBe('m.txt');
            return;
          }
          expect(unaccountedLines(text, page)).toEqual([]);
          // The rest of the build (claims extraction included) copes with whatever the
          // parser produced; every 4th run, as it costs far more than parsing.
          if (runs % 4 !== 0) return;
          const built = buildDataset([{ file: 'm.txt', text }]);
          for (const p of built.dataset.papers) expect(p.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
        },
      ),
      { seed: 20251103, numRuns: 400 },
    );
    // The property must mostly exercise accepted pages, not be satisfied by rejections.
    expect(rejected).toBeLessThan(runs / 10);
  }, 120_000); // generous: the machine running the suite may be busy

  it('keeps the untouched cards intact when one line is garbled', () => {
    fc.assert(
      fc.property(fc.nat(), junk, (at, j) => {
        fc.pre(!j.includes('\u0000')); // a NUL rejects the file as binary, tested elsewhere
        const lines = [...seedLines];
        const k = at % lines.length;
        lines[k] = j + lines[k];
        const page = parsePage(lines.join('\n'), 'g.txt');
        expect(unaccountedLines(lines.join('\n'), page)).toEqual([]);
        // At least six of the eight titles survive one garbled line.
        const titles = new Set(parsePage(seed, 's.txt').cards.map((c) => c.title));
        expect(page.cards.filter((c) => titles.has(c.title)).length).toBeGreaterThanOrEqual(6);
      }),
      { seed: 42, numRuns: 300 },
    );
  }, 120_000);
});
