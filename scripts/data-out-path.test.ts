// @vitest-environment node
// `--out` never replaces an input: one row per way of naming one, each run in a fresh
// temp folder, each refused with exit 2 and every file left as it was.
import { symlinkSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { card, PAGE_HEADER, tempCli, type TempCli } from './__fixtures__/temp-cli';

let cli: TempCli;
beforeEach(() => {
  cli = tempCli();
  cli.put('seeds/2025-11-03-a.txt', PAGE_HEADER + card(1));
  cli.put('seeds/2025-11-03-a.meta.json', '{"capturedOn": "2025-11-03"}');
  cli.put('seeds/2025-11-04-b.txt', PAGE_HEADER + card(2));
  cli.put('seeds/sub/2025-11-05-c.txt', PAGE_HEADER + card(3));
  cli.put('x.txt', PAGE_HEADER + card(4));
});
afterEach(() => cli.remove());

describe('--out', { timeout: 30_000 }, () => {
  it.each<[string, string[], string]>([
    [
      'the capture it reads',
      ['--out', 'x.txt', 'x.txt'],
      'it is one of the page captures being read',
    ],
    [
      'a capture inside a folder it reads',
      ['--out', 'seeds/2025-11-04-b.txt', 'seeds'],
      'it is one of the page captures being read',
    ],
    [
      'a capture, spelled another way',
      ['--out=./seeds/../seeds/sub/2025-11-05-c.txt', 'seeds'],
      'it is one of the page captures being read',
    ],
    [
      'a capture, through a symlink',
      ['--out', 'link.txt', 'seeds'],
      'it is one of the page captures being read',
    ],
    [
      'an existing sidecar',
      ['-o', 'seeds/2025-11-03-a.meta.json', 'seeds'],
      'it is the sidecar of the capture 2025-11-03-a.txt',
    ],
    [
      'the sidecar a capture would read',
      ['--out', 'seeds/2025-11-04-b.meta.json', 'seeds'],
      'it is the sidecar of the capture 2025-11-04-b.txt',
    ],
    [
      'a new .txt inside an input folder',
      ['--out', 'seeds/dataset.txt', 'seeds'],
      'a .txt file inside an input folder would be read as a page capture next time',
    ],
    [
      'a new .txt in a subfolder of one',
      ['--out', 'seeds/sub/out.TXT', 'seeds'],
      'a .txt file inside an input folder would be read as a page capture next time',
    ],
    [
      'a new API list inside an input folder',
      ['--out', 'seeds/sub/out.hf.json', 'seeds'],
      'a .hf.json file inside an input folder would be read as an API list next time',
    ],
    [
      'a folder that does not exist',
      ['--out', 'nowhere/deeper/out.json', 'seeds'],
      'its folder nowhere/deeper does not exist; create it first',
    ],
    ['a file as the folder', ['--out', 'x.txt/out.json', 'seeds'], 'x.txt is not a folder'],
  ])('refuses %s', (_, argv, why) => {
    symlinkSync(path.join(cli.dir, 'seeds/sub/2025-11-05-c.txt'), path.join(cli.dir, 'link.txt'));
    const before = cli.snapshot();
    const r = cli.run(argv);
    expect(r.code).toBe(2);
    const out = argv.find((a) => a.startsWith('--out='))?.slice('--out='.length) ?? argv[1];
    expect(r.lines).toEqual([`data: refusing --out ${out}: ${why}; nothing written`]);
    expect(cli.snapshot()).toEqual(before);
  });

  it.each<[string, string[], string]>([
    [
      'a .json inside an input folder',
      ['--out', 'seeds/dataset.json', 'seeds'],
      'seeds/dataset.json',
    ],
    [
      'a .txt beside the inputs, not in their folder',
      ['--out', 'dataset.txt', 'seeds'],
      'dataset.txt',
    ],
    ['the default location, its folder created', ['seeds'], 'src/generated/dataset.json'],
  ])('writes to %s', (_, argv, written) => {
    const r = cli.run(argv);
    expect(r.code).toBe(0);
    expect(cli.snapshot().get(written)).toBeDefined();
  });
});
