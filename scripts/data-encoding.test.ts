// @vitest-environment node
// One bad byte does not garble a capture: it becomes U+FFFD with a warning at its line
// and column, and the rest of the file reads as the UTF-8 it is. Only a file with no
// UTF-8 letters at all is read as Windows-1252.
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Dataset } from '../src/dataset/schema';
import { splitLines } from '../src/ingest/text';
import { card, PAGE_HEADER, tempCli, type TempCli } from './__fixtures__/temp-cli';
import { decodeCapture } from './decode-capture';

const utf8 = (s: string) => Buffer.from(s, 'utf8');
/** The page as UTF-8 with `bad` bytes put in place of the first `marker`. */
function withBytes(page: string, marker: string, bad: number[]): Buffer {
  const at = utf8(page).indexOf(utf8(marker));
  if (at < 0) throw new Error(`no ${marker} in the page`);
  const bytes = utf8(page);
  return Buffer.concat([
    bytes.subarray(0, at),
    Buffer.from(bad),
    bytes.subarray(at + utf8(marker).length),
  ]);
}

const PAGE = `${PAGE_HEADER}${card(1)}\nSecond Paper: Café Kernels\n\nOur kernel is 2× faster and MARK uses less memory.\n\n  • 3 authors\n·\nMar 2, 2024\n`;

let cli: TempCli;
beforeEach(() => (cli = tempCli()));
afterEach(() => cli.remove());

describe('reading a capture with bytes that are not UTF-8', { timeout: 30_000 }, () => {
  it.each<[string, Buffer, string[], string]>([
    [
      'one Latin-1 byte in an abstract',
      withBytes(PAGE, 'MARK', [0xe9]),
      [
        'data/2025-11-03-a.txt:17:29: warning: byte 0xE9 is not valid UTF-8; replaced it with U+FFFD',
      ],
      'Our kernel is 2× faster and \uFFFD uses less memory.',
    ],
    [
      'a cut-off three-byte sequence',
      withBytes(PAGE, 'MARK', [0xe2, 0x80]),
      [
        'data/2025-11-03-a.txt:17:29: warning: byte 0xE2 is not valid UTF-8; replaced it with U+FFFD',
      ],
      'Our kernel is 2× faster and \uFFFD uses less memory.',
    ],
    [
      'a stray continuation byte with CRLF lines',
      withBytes(PAGE.replace(/\n/g, '\r\n'), 'MARK', [0x80]),
      [
        'data/2025-11-03-a.txt:17:29: warning: byte 0x80 is not valid UTF-8; replaced it with U+FFFD',
      ],
      'Our kernel is 2× faster and \uFFFD uses less memory.',
    ],
    [
      'an overlong encoding',
      withBytes(PAGE, 'MARK', [0xc0, 0xaf]),
      [
        'data/2025-11-03-a.txt:17:29: warning: byte 0xC0 is not valid UTF-8; replaced it with U+FFFD',
        'data/2025-11-03-a.txt:17:30: warning: byte 0xAF is not valid UTF-8; replaced it with U+FFFD',
      ],
      'Our kernel is 2× faster and \uFFFD\uFFFD uses less memory.',
    ],
  ])('%s: replaced and warned about, the rest read as UTF-8', (_, bytes, warnings, abstract) => {
    cli.put('data/2025-11-03-a.txt', bytes);
    const r = cli.run(['--out', 'o.json', 'data']);
    expect(r.code).toBe(0);
    expect(r.lines.slice(0, -1)).toEqual(warnings);
    const ds = JSON.parse(readFileSync(path.join(cli.dir, 'o.json'), 'utf8')) as Dataset;
    // The bullets and the middle dot still read, so both footers match and no abstract became a title.
    expect(ds.papers.map((p) => [p.title, p.authorsCount, p.publishedOn])).toEqual([
      ['Synthetic Paper 1: A Study', 2, '2024-03-02'],
      ['Second Paper: Café Kernels', 3, '2024-03-02'],
    ]);
    expect(ds.papers[1]!.abstract).toBe(abstract);
    expect(ds.diagnostics.map((d) => [d.line, d.column])).toEqual(
      warnings.map((w) => w.split(':').slice(1, 3).map(Number)),
    );
  });

  it('counts the bad bytes past the tenth in one warning', () => {
    cli.put('data/2025-11-03-a.txt', withBytes(PAGE, 'MARK', Array(13).fill(0xff)));
    const r = cli.run(['--out', 'o.json', 'data']);
    expect(r.code).toBe(0);
    expect(r.lines).toHaveLength(12);
    expect(r.lines[9]).toBe(
      'data/2025-11-03-a.txt:17:38: warning: byte 0xFF is not valid UTF-8; replaced it with U+FFFD',
    );
    expect(r.lines[10]).toBe(
      'data/2025-11-03-a.txt:17:39: warning: 3 more bytes that are not valid UTF-8 from here on; replaced them with U+FFFD',
    );
  });

  it('reads a file with no UTF-8 letters at all as Windows-1252, with one warning', () => {
    cli.put(
      'data/2025-11-03-a.txt',
      Buffer.from(
        PAGE.replace('Café', 'Caf\u00e9')
          .replace('2×', '2x')
          .replace(/•/g, '\u0095')
          .replace(/·/g, '\u00b7'),
        'latin1',
      ),
    );
    const r = cli.run(['--out', 'o.json', 'data']);
    expect(r.lines[0]).toBe(
      'data/2025-11-03-a.txt:1: warning: not valid UTF-8; read it as Windows-1252',
    );
    const ds = JSON.parse(readFileSync(path.join(cli.dir, 'o.json'), 'utf8')) as Dataset;
    expect(ds.papers.map((p) => [p.title, p.authorsCount])).toEqual([
      ['Synthetic Paper 1: A Study', 2],
      ['Second Paper: Café Kernels', 3],
    ]);
  });
});

describe('decodeCapture', () => {
  it('points every warning at a U+FFFD it put in the text', () => {
    const piece = fc.oneof(
      fc
        .string({ unit: 'grapheme', maxLength: 12 })
        .map((s) => ({ bytes: utf8(s.replace(/\uFFFD/g, '')), bad: false })),
      fc.constantFrom('\n', '\r\n', '\r').map((s) => ({ bytes: utf8(s), bad: false })),
      fc
        .constantFrom([0x80], [0xff], [0xc3], [0xe2, 0x82], [0xf0, 0x9f, 0x98], [0xed, 0xa0, 0x80])
        .map((b) => ({ bytes: Buffer.from(b), bad: true })),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        // One valid multi-byte letter up front, so the file is read as UTF-8.
        const bytes = Buffer.concat([utf8('é '), ...pieces.map((p) => p.bytes)]);
        const { text, diagnostics } = decodeCapture(bytes, 'f.txt');
        const lines = splitLines(text);
        const replaced = [...text].filter((c) => c === '\uFFFD').length;
        expect(diagnostics.length).toBe(Math.min(replaced, 10) + (replaced > 10 ? 1 : 0));
        for (const d of diagnostics.slice(0, 10)) {
          expect(lines[d.line! - 1]?.[d.column! - 1]).toBe('\uFFFD');
        }
      }),
      { seed: 4, numRuns: 300 },
    );
  });
});
