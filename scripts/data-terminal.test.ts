// @vitest-environment node
// What the data CLI prints is terminal-safe: file names, captured text and arguments
// reach stderr with C0/C1 controls and bidi overrides written as \uXXXX escapes, so a
// hostile capture cannot recolour, retitle or reorder the terminal. One row per source.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { card, PAGE_HEADER, tempCli, type TempCli } from './__fixtures__/temp-cli';

const UNSAFE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

let cli: TempCli;
beforeEach(() => (cli = tempCli()));
afterEach(() => cli.remove());

interface Row {
  name: string;
  files: [string, string][];
  argv: string[];
  /** A line stderr must hold, exactly. */
  shows: string;
}

const STRAY = 'Load more';
// biome-ignore format: one row per case
const rows: Row[] = [
  { name: 'an escape sequence in a file name', files: [['in/2025-11-03-\u001b[31mred.txt', PAGE_HEADER + card(1) + `\n${STRAY}\n`]], argv: ['in'],
    shows: 'in/2025-11-03-\\u001b[31mred.txt:15: warning: "Load more" is not part of any paper (no title/abstract pair); skipped it' },
  { name: 'a right-to-left override in a file name', files: [['in/2025-11-03-\u202etxt.exe.txt', PAGE_HEADER + card(1) + `\n${STRAY}\n`]], argv: ['in'],
    shows: 'in/2025-11-03-\\u202etxt.exe.txt:15: warning: "Load more" is not part of any paper (no title/abstract pair); skipped it' },
  { name: 'a newline in a file name', files: [['in/2025-11-03-two\nlines.txt', PAGE_HEADER + card(1) + `\n${STRAY}\n`]], argv: ['in'],
    shows: 'in/2025-11-03-two\\u000alines.txt:15: warning: "Load more" is not part of any paper (no title/abstract pair); skipped it' },
  { name: 'a C1 CSI and bidi isolate in captured text', files: [['in/2025-11-03-a.txt', PAGE_HEADER + card(1) + '\nLoad \u009b2J more \u2066x\u2069\n']], argv: ['in'],
    shows: 'in/2025-11-03-a.txt:15: warning: "Load \\u009b2J more \\u2066x\\u2069" is not part of any paper (no title/abstract pair); skipped it' },
  { name: 'an escape sequence in an unknown option', files: [], argv: ['--\u001b]0;owned\u0007'],
    shows: 'data: unknown option --\\u001b]0;owned\\u0007' },
  { name: 'an escape sequence in a refused --out', files: [['in/2025-11-03-a.txt', PAGE_HEADER + card(1)]], argv: ['--out', 'in/\u001b[2Jx.txt', 'in'],
    shows: 'data: refusing --out in/\\u001b[2Jx.txt: a .txt file inside an input folder would be read as a page capture next time; nothing written' },
];

describe('terminal-safe output', { timeout: 30_000 }, () => {
  it.each(rows)('$name', ({ files, argv, shows }) => {
    for (const [name, text] of files) cli.put(name, text);
    const r = cli.run(['--out', 'o.json', ...argv].slice(argv[0] === '--out' ? 2 : 0));
    expect(r.lines).toContain(shows);
    expect(r.stderr).not.toMatch(UNSAFE);
  });
});
