// @vitest-environment node
// `npm run data` runs the CLI from a bundle (data-launch.mjs): it must write exactly
// what the in-process build gives, claims threads included (their worker is bundled
// too), and it must never run a bundle older than the sources.
import { execFileSync, spawnSync } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { MessageChannel, Worker } from 'node:worker_threads';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { corpusInputs } from '../bench/corpus-inputs';
import { generateCorpus } from '../bench/generate-corpus';
import { writeCorpus } from '../bench/write-corpus';
import { buildDataset } from '../src/ingest/dataset';
import {
  type BatchResult,
  type ClaimsBatch,
  type ClaimsWorkerData,
  claimsJson,
} from './claims-batch';
import { PARALLEL_FROM_PAGES } from './claims-pool';

const root = fileURLToPath(new URL('..', import.meta.url));
let dir = '';

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'speedboard-launch-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function launch(launcher: string, args: string[]): string {
  return execFileSync(process.execPath, [launcher, ...args], {
    cwd: dir,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

describe('npm run data (the bundled CLI)', { timeout: 120_000 }, () => {
  it('writes the in-process build byte for byte, with claims threads', async () => {
    const corpus = generateCorpus({ papers: 3700, seed: 'bundled-cli' });
    expect(corpus.pages).toBeGreaterThanOrEqual(PARALLEL_FROM_PAGES);
    writeCorpus(path.join(dir, 'seeds'), corpus);
    launch(path.join(root, 'scripts/data-launch.mjs'), ['--out', 'o.json', 'seeds']);
    const expected = `${JSON.stringify(buildDataset(corpusInputs(corpus.files, 'seeds')).dataset)}\n`;
    expect(readFileSync(path.join(dir, 'o.json'), 'utf8')).toBe(expected);

    // The threads' share is done by the bundled worker: it must load and extract.
    const { port1, port2 } = new MessageChannel();
    const ready = new Int32Array(new SharedArrayBuffer(4));
    const workerData: ClaimsWorkerData = { results: port2, ready };
    const worker = new Worker(
      path.join(root, 'node_modules/.cache/speedboard-data/claims-worker.mjs'),
      { workerData, transferList: [port2] },
    );
    try {
      const paper = {
        abstract: 'Our kernel runs 2.5x faster than the baseline on H100 GPUs.',
        title: 'A Kernel',
      };
      const batch: ClaimsBatch = {
        id: 7,
        papers: [paper],
        state: new Int32Array(new SharedArrayBuffer(4)),
      };
      worker.postMessage(batch);
      const [done] = (await once(port1, 'message')) as [BatchResult];
      expect(done).toEqual({ id: 7, results: [claimsJson(paper)] });
      expect(done.results[0]!.claims).toBe(1);
      // It said it had loaded, so the pool leaves its batches to it.
      expect(Atomics.load(ready, 0)).toBe(1);
    } finally {
      port1.close();
      await worker.terminate();
    }
  });

  it('rebuilds the bundle when a source it was built from changes', () => {
    // A copy of the sources with its own bundle folder; packages from the real install.
    const copy = path.join(dir, 'repo');
    cpSync(path.join(root, 'scripts'), path.join(copy, 'scripts'), { recursive: true });
    cpSync(path.join(root, 'src'), path.join(copy, 'src'), { recursive: true });
    mkdirSync(path.join(copy, 'node_modules'));
    for (const pkg of ['esbuild', 'valibot'])
      symlinkSync(path.join(root, 'node_modules', pkg), path.join(copy, 'node_modules', pkg));
    const launcher = path.join(copy, 'scripts/data-launch.mjs');
    // --help prints the usage on stderr.
    const usage = () =>
      spawnSync(process.execPath, [launcher, '--help'], { cwd: dir, encoding: 'utf8' }).stderr;
    expect(usage()).toContain('usage: npm run data -- [--out FILE]');
    const source = path.join(copy, 'scripts/data.ts');
    writeFileSync(
      source,
      readFileSync(source, 'utf8').replace('usage: npm run data', 'usage (edited): npm run data'),
    );
    expect(usage()).toContain('usage (edited): npm run data -- [--out FILE]');
  });
});
