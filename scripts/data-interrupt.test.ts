// @vitest-environment node
// Ctrl-C while the dataset is being written leaves no temp file behind. To stop the CLI
// inside that window every time, its temp file is made a FIFO before it gets there: its
// write then waits for this test to read, and the signal is sent mid-write.
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { TSX_LOADER } from '../bench/run-command';
import { card, PAGE_HEADER } from './__fixtures__/temp-cli';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

it('Ctrl-C during the write removes the temp file and exits 130', async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'speedboard-interrupt-'));
  mkdirSync(path.join(dir, 'seeds'));
  // Enough papers that the dataset (~200 KB) cannot fit in the FIFO's 64 KB buffer at once.
  const cards = Array.from({ length: 600 }, (_, i) => card(i + 1)).join('\n');
  writeFileSync(path.join(dir, 'seeds/2025-11-03-a.txt'), PAGE_HEADER + cards);
  const child = spawn(
    process.execPath,
    ['--import', TSX_LOADER, path.resolve('scripts/data.ts'), '--out', 'o.json', 'seeds'],
    { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<{ code: number | null; signal: string | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  const tmp = path.join(dir, `o.json.${child.pid}.tmp`);
  execFileSync('mkfifo', [tmp]);
  const reader = await open(tmp, 'r');
  const buffer = Buffer.alloc(1);
  // One byte read of far more: the CLI is inside its write, its temp file exists.
  expect((await reader.read(buffer, 0, 1)).bytesRead).toBe(1);
  expect(child.exitCode).toBeNull();
  child.kill('SIGINT');
  // Drain the rest, as a disk would take it.
  while ((await reader.read(Buffer.alloc(65536), 0, 65536)).bytesRead > 0);
  await reader.close();
  expect(await exited).toEqual({ code: 130, signal: null });
  expect(stderr).toContain('SIGINT while writing o.json; the write had finished');
  expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
}, 60_000);
