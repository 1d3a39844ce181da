// @vitest-environment node
// Folders and odd files: symlinks followed (each real file and folder once), broken
// links, loops, FIFOs and devices reported by name; nothing unreadable gives a stack
// trace or hangs the run. One row per layout, each in a fresh temp folder.
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TSX_LOADER } from '../bench/run-command';
import type { Dataset } from '../src/dataset/schema';
import { card, PAGE_HEADER, tempCli, type TempCli } from './__fixtures__/temp-cli';

let cli: TempCli;
beforeEach(() => {
  cli = tempCli();
  cli.put('seeds/2025-11-03-a.txt', PAGE_HEADER + card(1));
  cli.put('elsewhere/2025-11-03-b.txt', PAGE_HEADER + card(2));
});
afterEach(() => cli.remove());

const at = (rel: string) => path.join(cli.dir, rel);
const fifo = (rel: string) => execFileSync('mkfifo', [at(rel)]);

interface Row {
  name: string;
  lay: () => void;
  argv: string[];
  code: number;
  /** Every line but the summary. */
  lines: string[];
  /** Titles in the dataset, when one is written. */
  papers?: number[];
}

const rows: Row[] = [
  {
    name: 'a symlink to a capture outside the folder is read',
    lay: () => symlinkSync(at('elsewhere/2025-11-03-b.txt'), at('seeds/2025-11-03-b.txt')),
    argv: ['seeds'],
    code: 0,
    lines: [],
    papers: [1, 2],
  },
  {
    name: 'a symlink to a folder outside is walked',
    lay: () => symlinkSync(at('elsewhere'), at('seeds/more')),
    argv: ['seeds'],
    code: 0,
    lines: [],
    papers: [1, 2],
  },
  {
    name: 'a second path to the same capture is read once, with a warning',
    lay: () => symlinkSync(at('seeds/2025-11-03-a.txt'), at('seeds/2025-11-03-z.txt')),
    argv: ['seeds'],
    code: 0,
    lines: [
      'seeds/2025-11-03-z.txt:1: warning: the same file as seeds/2025-11-03-a.txt; read it once',
    ],
    papers: [1],
  },
  {
    name: 'a broken symlink is skipped with a warning',
    lay: () => symlinkSync(at('seeds/gone.txt.old'), at('seeds/gone.txt')),
    argv: ['seeds'],
    code: 0,
    lines: ['seeds/gone.txt:1: warning: a symlink to nothing; skipped it'],
    papers: [1],
  },
  {
    name: 'a symlink that points at itself is skipped with a warning',
    lay: () => symlinkSync('self.txt', at('seeds/self.txt')),
    argv: ['seeds'],
    code: 0,
    lines: ['seeds/self.txt:1: warning: cannot read (too many levels of symlinks); skipped it'],
    papers: [1],
  },
  {
    name: 'a folder symlink loop ends, with a warning',
    lay: () => {
      mkdirSync(at('seeds/sub'));
      symlinkSync('..', at('seeds/sub/up'));
    },
    argv: ['seeds'],
    code: 0,
    lines: ['seeds/sub/up:1: warning: a symlink to a folder already read (a loop); skipped it'],
    papers: [1],
  },
  {
    name: 'a FIFO named like a capture in a folder is skipped with a warning',
    lay: () => fifo('seeds/pipe.txt'),
    argv: ['seeds'],
    code: 0,
    lines: ['seeds/pipe.txt:1: warning: a FIFO, not a page capture; skipped it'],
    papers: [1],
  },
  {
    name: 'a FIFO named on the command line is refused at once',
    lay: () => fifo('pipe.txt'),
    argv: ['seeds', 'pipe.txt'],
    code: 1,
    lines: ['pipe.txt:1: error: a FIFO, not a page capture; refused it'],
  },
  {
    name: 'a device named on the command line is refused at once',
    lay: () => symlinkSync('/dev/zero', at('zero.txt')),
    argv: ['seeds', 'zero.txt'],
    code: 1,
    lines: ['zero.txt:1: error: a device, not a page capture; refused it'],
  },
];

describe('odd files and folders', { timeout: 30_000 }, () => {
  it.each(rows)('$name', (row) => {
    row.lay();
    const r = cli.run(['--out', 'o.json', ...row.argv]);
    expect(r.lines.slice(0, -1)).toEqual(row.lines);
    expect(r.code).toBe(row.code);
    if (row.papers) {
      const ds = JSON.parse(readFileSync(at('o.json'), 'utf8')) as Dataset;
      expect(ds.papers.map((p) => p.title)).toEqual(
        row.papers.map((n) => `Synthetic Paper ${n}: A Study`),
      );
    }
  });

  // Permissions bind root only without its override capabilities, so as root the CLI
  // runs under setpriv with them dropped.
  it('an unreadable folder or capture is an error naming it, without a stack trace', () => {
    cli.put('seeds/locked/2025-11-05-c.txt', PAGE_HEADER + card(3));
    cli.put('seeds/2025-11-06-d.txt', PAGE_HEADER + card(4));
    chmodSync(at('seeds/locked'), 0o000);
    chmodSync(at('seeds/2025-11-06-d.txt'), 0o000);
    const node = [process.execPath, '--import', TSX_LOADER, path.resolve('scripts/data.ts')];
    const argv = ['--out', 'o.json', 'seeds'];
    const asRoot = process.getuid?.() === 0;
    const command = asRoot
      ? [
          'setpriv',
          '--inh-caps=-dac_override,-dac_read_search',
          '--bounding-set=-dac_override,-dac_read_search',
          ...node,
          ...argv,
        ]
      : [...node, ...argv];
    const r = spawnSync(command[0]!, command.slice(1), { cwd: cli.dir, encoding: 'utf8' });
    chmodSync(at('seeds/locked'), 0o755);
    expect(r.stderr.split('\n').filter((l) => l !== '')).toEqual([
      'seeds/locked:1: error: cannot read (permission denied)',
      'seeds/2025-11-06-d.txt:1: error: cannot read (permission denied)',
      expect.stringMatching(
        /^\d+ pages, \d+ papers, \d+ claims, \d+ warnings, 2 errors: nothing written$/,
      ),
    ]);
    expect(r.status).toBe(1);
  }, 60_000);
});
