// @vitest-environment node
// The data CLI, driven through main(argv, io) in a temp folder, plus one real
// process to pin the exit code.
import { execFileSync, spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Dataset } from '../src/dataset/schema';
import { main, type CliIo } from './data';
import { DEFAULT_DATASET_PATH } from './dataset-path';

const root = fileURLToPath(new URL('..', import.meta.url));
const SEED = 'seeds/000_8482466fddf537ca.txt';
let dir = '';

function run(argv: string[], opts: { isTTY?: boolean; now?: () => number } = {}) {
  let err = '';
  const io: CliIo = {
    cwd: dir,
    stderr: { write: (s: string) => (err += s), isTTY: opts.isTTY ?? false },
    now: opts.now ?? (() => 0),
  };
  const code = main(argv, io);
  return { code, stderr: err, lines: err.split('\n').filter((l) => l !== '') };
}

function put(rel: string, content: string | Buffer) {
  mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
  writeFileSync(path.join(dir, rel), content);
}

function card(n: number, year = 2024): string {
  return `Synthetic Paper ${n}: A Study\n\nAbstract of paper ${n} about attention kernels.\n\n  • ${(n % 9) + 1} authors\n·\nMar ${(n % 28) + 1}, ${year} ${n % 5}\n`;
}

const HEADER = 'new\n\nDaily Papers\n\nNov 3\n\n';

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'speedboard-data-'));
  mkdirSync(path.join(dir, 'seeds'));
  copyFileSync(path.join(root, SEED), path.join(dir, SEED));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run data', { timeout: 30_000 }, () => {
  it('reads seeds/ into the default dataset path, files named relative to the cwd', () => {
    const r = run([]);
    expect(r.code).toBe(0);
    const ds = JSON.parse(readFileSync(path.join(dir, DEFAULT_DATASET_PATH), 'utf8')) as Dataset;
    expect(ds.schemaVersion).toBe(2);
    expect(ds.sources).toEqual([
      { file: SEED, kind: 'capture', capturedOn: '2025-11-03', papers: 8 },
    ]);
    expect(ds.papers).toHaveLength(8);
    expect(ds.papers.every((p) => p.sources.every((s) => s.file === SEED))).toBe(true);
  });

  it('prints warnings as file:line: warning: and ends with the summary line', () => {
    const r = run(['--out', 'out.json', 'seeds']);
    expect(r.code).toBe(0);
    const ds = JSON.parse(readFileSync(path.join(dir, 'out.json'), 'utf8')) as Dataset;
    const claims = ds.papers.reduce((n, p) => n + p.claims.length, 0);
    expect(r.lines[0]).toMatch(
      new RegExp(`^${SEED}:11: warning: capture date 2025-11-03 inferred: `),
    );
    expect(r.lines.at(-1)).toBe(`1 pages, 8 papers, ${claims} claims, 1 warnings`);
    expect(r.lines).toHaveLength(2);
  });

  it('gives byte-identical output for the same input, however the paths are named or ordered', () => {
    put('more/2025-10-01-a.txt', HEADER + card(1) + '\n' + card(2));
    put('more/b.txt', HEADER + card(2) + '\n' + card(3, 2023));
    expect(run(['--out', 'one.json', 'seeds', 'more']).code).toBe(0);
    expect(run(['--out=two.json', 'more/b.txt', './more/2025-10-01-a.txt', SEED]).code).toBe(0);
    expect(run(['-o', 'three.json', 'more', 'seeds', 'more/b.txt']).code).toBe(0);
    const one = readFileSync(path.join(dir, 'one.json'));
    expect(one.equals(readFileSync(path.join(dir, 'two.json')))).toBe(true);
    expect(one.equals(readFileSync(path.join(dir, 'three.json')))).toBe(true);
    const ds = JSON.parse(one.toString('utf8')) as Dataset;
    expect(ds.sources.map((s) => s.file)).toEqual(['more/2025-10-01-a.txt', 'more/b.txt', SEED]);
    // Paper 2 is on both pages: one paper, two sources.
    const p2 = ds.papers.find((p) => p.title.startsWith('Synthetic Paper 2:'))!;
    expect(p2.sources.map((s) => s.file)).toEqual(['more/2025-10-01-a.txt', 'more/b.txt']);
  });

  it('reads API lists (*.hf.json) beside captures; their warnings name a JSON path, not a line', () => {
    const list = [
      {
        paper: {
          id: '2511.00417',
          title: 'Lantern Kernels',
          summary: 'A made-up kernel paper.',
          authors: [{ name: 'Ana Ortiz' }],
          publishedAt: '2025-11-03T10:00:00Z',
          upvotes: 'many',
        },
        numComments: 0,
      },
    ];
    put('seeds/2025-11-05.hf.json', JSON.stringify(list));
    const r = run([]);
    expect(r.code).toBe(0);
    expect(r.lines).toContain(
      'seeds/2025-11-05.hf.json: warning: $[0].paper.upvotes: expected a whole number >= 0, got "many"; left empty',
    );
    expect(r.lines.at(-1)).toBe('2 pages, 9 papers, 19 claims, 2 warnings');
    const ds = JSON.parse(readFileSync(path.join(dir, DEFAULT_DATASET_PATH), 'utf8')) as Dataset;
    expect(ds.sources.map((s) => [s.file, s.kind])).toEqual([
      ['seeds/000_8482466fddf537ca.txt', 'capture'],
      ['seeds/2025-11-05.hf.json', 'api'],
    ]);
    expect(ds.papers.find((p) => p.arxivId === '2511.00417')?.authors).toEqual(['Ana Ortiz']);
  });

  it('reads a sidecar NAME.meta.json beside NAME.txt', () => {
    put('more/page.txt', HEADER + 'Yearless: A Paper\n\nText.\n\n  • 2 authors\n·\nDec 30\n');
    put('more/page.meta.json', '{"capturedOn": "2026-01-02"}');
    expect(run(['--out', 'o.json', 'more']).code).toBe(0);
    const ds = JSON.parse(readFileSync(path.join(dir, 'o.json'), 'utf8')) as Dataset;
    expect(ds.sources[0]!.capturedOn).toBe('2026-01-02');
    expect(ds.papers[0]!.publishedOn).toBe('2025-12-30');
    expect(ds.papers[0]!.dateInferred).toBe(false);
  });

  describe('on errors: exit 1, nothing written, the previous dataset intact', () => {
    const hostile: [string, string | Buffer, RegExp][] = [
      ['empty.txt', '', /^bad\/empty\.txt:1: error: not a page capture: bad\/empty\.txt is empty$/],
      ['blank.txt', '\r\n  \n\n', /^bad\/blank\.txt:1: error: not a page capture: .*is empty$/],
      [
        'image.txt',
        Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
        /^bad\/image\.txt:3: error: not a page capture: .*binary data/,
      ],
      [
        'prose.txt',
        'Dear diary\n\nToday nothing happened.\n',
        /^bad\/prose\.txt:1: error: not a page capture: .*neither the Daily Papers header nor any paper footer/,
      ],
      [
        'chrome-only.txt',
        'new\n\nDaily Papers\n\nNov 3\n',
        /^bad\/chrome-only\.txt:1: error: not a page capture: no papers found in bad\/chrome-only\.txt$/,
      ],
      [
        'undated.txt',
        HEADER + 'A Paper\n\nAbstract.\n\n  • 2 authors\n·\nOct 6\n',
        /^bad\/undated\.txt:5: error: cannot tell the capture year/,
      ],
    ];
    for (const [name, content, message] of hostile) {
      it(`${name}`, () => {
        put('out.json', 'PREVIOUS');
        put(`bad/${name}`, content);
        const r = run(['--out', 'out.json', 'seeds', `bad/${name}`]);
        expect(r.code).toBe(1);
        expect(r.lines.some((l) => message.test(l))).toBe(true);
        expect(r.lines.at(-1)).toMatch(
          /^2 pages, \d+ papers, \d+ claims, \d+ warnings, 1 errors: nothing written$/,
        );
        expect(readFileSync(path.join(dir, 'out.json'), 'utf8')).toBe('PREVIOUS');
        expect(readdirSync(dir).sort()).toEqual(['bad', 'out.json', 'seeds']);
      });
    }

    it('a broken sidecar', () => {
      put('out.json', 'PREVIOUS');
      put('more/2025-01-01-x.txt', HEADER + card(1));
      put('more/2025-01-01-x.meta.json', '{"capturedOn": "2025-13-01"}');
      const r = run(['--out', 'out.json', 'more']);
      expect(r.code).toBe(1);
      expect(r.lines).toContain(
        'more/2025-01-01-x.meta.json:1: error: "capturedOn" must be a real date written YYYY-MM-DD, got "2025-13-01"',
      );
      expect(readFileSync(path.join(dir, 'out.json'), 'utf8')).toBe('PREVIOUS');
    });

    it('a missing path or an empty folder', () => {
      mkdirSync(path.join(dir, 'nothing'));
      const r = run(['nope.txt', 'nothing']);
      expect(r.code).toBe(1);
      expect(r.lines).toContain('nope.txt:1: error: no such file or folder');
      expect(r.lines).toContain(
        'nothing:1: error: no page captures (*.txt) or API lists (*.hf.json) in this folder',
      );
      expect(existsSync(path.join(dir, DEFAULT_DATASET_PATH))).toBe(false);
    });
  });

  it('reads UTF-16 captures (with a BOM) and Windows-1252 ones (with a warning)', () => {
    const text = HEADER + 'Café: A Paper\n\nNaïve abstract.\n\n  • 2 authors\n·\nMar 1, 2024\n';
    const le = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from(text.replace(/\n/g, '\r\n'), 'utf16le'),
    ]);
    const be = Buffer.from(le).swap16();
    // Windows-1252: é is 0xE9, the curly quote “ is 0x93, the bullet • is 0x95, · is 0xB7.
    const cp1252 = Buffer.from(
      text.replace('Café', 'Caf\u00e9 \u201cQ\u201d').replace('•', '\u0095'),
      'latin1',
    );
    cp1252[cp1252.indexOf(0x1c)] = 0x93;
    cp1252[cp1252.indexOf(0x1d)] = 0x94;
    put('enc/2025-11-03-le.txt', le);
    put('enc/2025-11-03-be.txt', be);
    put('enc/2025-11-03-win.txt', cp1252);
    const r = run(['--out', 'o.json', 'enc']);
    expect(r.code).toBe(0);
    expect(r.lines[0]).toBe(
      'enc/2025-11-03-win.txt:1: warning: not valid UTF-8; read it as Windows-1252',
    );
    expect(r.lines[1]).toMatch(/^3 pages, 2 papers, \d+ claims, 1 warnings$/);
    const ds = JSON.parse(readFileSync(path.join(dir, 'o.json'), 'utf8')) as Dataset;
    expect(ds.papers.map((p) => [p.title, p.abstract, p.authorsCount, p.sources.length])).toEqual([
      ['Café: A Paper', 'Naïve abstract.', 2, 2],
      ['Café “Q”: A Paper', 'Naïve abstract.', 2, 1],
    ]);
    expect(ds.diagnostics.map((d) => `${d.file}:${d.line}: ${d.message}`)).toEqual([
      'enc/2025-11-03-win.txt:1: not valid UTF-8; read it as Windows-1252',
    ]);
  });

  it('an unwritable output: exit 1, the error names it, no temp file left', () => {
    mkdirSync(path.join(dir, 'taken.json'));
    const r = run(['--out', 'taken.json']);
    expect(r.code).toBe(1);
    expect(r.lines.at(-2)).toMatch(/^taken\.json:1: error: cannot write the dataset: /);
    expect(r.lines.at(-1)).toMatch(/, 1 errors: nothing written$/);
    expect(readdirSync(dir).sort()).toEqual(['seeds', 'taken.json']);
  });

  it('an unreadable sidecar is an error naming it', () => {
    put('more/2025-11-03.txt', HEADER + card(1));
    mkdirSync(path.join(dir, 'more/2025-11-03.meta.json'));
    const r = run(['--out', 'o.json', 'more']);
    expect(r.code).toBe(1);
    expect(r.lines[0]).toBe('more/2025-11-03.meta.json:1: error: cannot read (it is a folder)');
    expect(existsSync(path.join(dir, 'o.json'))).toBe(false);
  });

  it('rejects unknown options with usage and exit 2', () => {
    const r = run(['--outt', 'x.json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown option --outt');
    expect(r.stderr).toContain('usage: npm run data');
  });

  describe('progress', () => {
    const big = () => {
      for (let page = 0; page < 5; page++) {
        put(
          `big/p${page}.txt`,
          HEADER + Array.from({ length: 600 }, (_, n) => card(page * 600 + n)).join('\n'),
        );
      }
    };
    it('shows on a terminal for a large input', () => {
      big();
      const r = run(['--out', 'o.json', 'big'], { isTTY: true });
      expect(r.code).toBe(0);
      expect(r.stderr).toContain('\r\x1b[Kparsing: 5/5 pages, 3000 papers');
      expect(r.stderr).toMatch(/parsing: 5\/5 pages, 3000 papers\r\x1b\[K[^\r]*$/);
      expect(r.lines.at(-1)).toMatch(/^5 pages, 3000 papers, \d+ claims, 5 warnings$/);
    });
    it('stays quiet when stderr is not a terminal', () => {
      big();
      const r = run(['--out', 'o.json', 'big'], { isTTY: false });
      expect(r.stderr).not.toContain('parsing:');
      expect(r.lines).toHaveLength(6); // a capture-year warning per page, then the summary
      expect(r.stderr).not.toMatch(/[\r\x1b]/);
    });
    it('stays quiet on a terminal for a small, fast input, and shows once it turns slow', () => {
      expect(run(['--out', 'o.json'], { isTTY: true }).stderr).not.toContain('parsing:');
      let t = 0;
      const slow = run(['--out', 'o.json'], { isTTY: true, now: () => (t += 2500) });
      expect(slow.stderr).toContain('parsing: 1/1 pages, 8 papers');
    });
  });

  it('as a real process: exit code 1 on an error, 0 on success', () => {
    const tsx = path.join(root, 'node_modules/.bin/tsx');
    const script = path.join(root, 'scripts/data.ts');
    put('bad/empty.txt', '');
    const bad = spawnSync(tsx, [script, '--out', 'o.json', 'bad'], { cwd: dir, encoding: 'utf8' });
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('bad/empty.txt:1: error: not a page capture');
    expect(existsSync(path.join(dir, 'o.json'))).toBe(false);
    execFileSync(tsx, [script, '--out', 'o.json'], { cwd: dir, stdio: 'pipe' });
    expect(existsSync(path.join(dir, 'o.json'))).toBe(true);
  }, 60_000); // two tsx start-ups on a busy 2-core machine
});
