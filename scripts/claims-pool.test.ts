// @vitest-environment node
// The parallel data build must write exactly the serial build's bytes: claims
// extracted on worker threads (handed each page's abstracts as it is parsed),
// sent back as JSON text, joined in order with the papers' values, and the
// dataset streamed to disk a chunk of papers at a time.
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { corpusInputs } from '../bench/corpus-inputs';
import { generateCorpus } from '../bench/generate-corpus';
import { SCHEMA_VERSION } from '../src/dataset/schema';
import { buildDataset, type ParsedDataset, parseDataset } from '../src/ingest/dataset';
import { paperJson } from '../src/ingest/paper-json';
import type { ClaimsInput } from '../src/ingest/claims/extract';
import { type ClaimsJson, claimsJson } from './claims-batch';
import { startClaimsPool } from './claims-pool';
import { writeDatasetJson, writeDatasetParts } from './dataset-json';

const inputs = corpusInputs(generateCorpus({ papers: 1500, seed: 'parallel-build' }).files);
const serial = buildDataset(inputs);
const serialJson = `${JSON.stringify(serial.dataset)}\n`;
const dir = mkdtempSync(path.join(os.tmpdir(), 'speedboard-parallel-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** What the CLI writes: each paper's values, then its claims' JSON from `claimsOf`. */
function written(parsed: ParsedDataset, claimsOf: (paper: ClaimsInput) => ClaimsJson): string {
  const file = path.join(dir, 'dataset.json');
  const fd = openSync(file, 'w');
  const { sources, diagnostics, papers } = parsed;
  writeDatasetParts(
    fd,
    { schemaVersion: SCHEMA_VERSION, sources, papers: null, diagnostics },
    papers.length,
    (i) => paperJson(papers[i]!.values, claimsOf(papers[i]!.claimsFrom).json),
  );
  closeSync(fd);
  return readFileSync(file, 'utf8');
}

describe('the parallel data build', () => {
  it('writes the serial build byte for byte, claims extracted on threads', () => {
    const pool = startClaimsPool(3);
    try {
      const parsed = parseDataset(inputs, { prefetch: (a) => pool.prefetch(a) });
      expect(parsed.papers.length).toBe(1500);
      expect(written(parsed, (a) => pool.claimsOf(a))).toBe(serialJson);
    } finally {
      pool.close();
    }
  }, 120_000);

  it("joins the threads' batches and this thread's in order", () => {
    const pool = startClaimsPool(3);
    try {
      const parsed = parseDataset(inputs, { prefetch: (a) => pool.prefetch(a) });
      // Until the threads have loaded and finished a batch (slow on a busy machine).
      const deadline = Date.now() + 60_000;
      while (pool.threadBatches() === 0 && Date.now() < deadline)
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 50);
      expect(pool.threadBatches()).toBeGreaterThan(0);
      expect(written(parsed, (a) => pool.claimsOf(a))).toBe(serialJson);
    } finally {
      pool.close();
    }
  }, 120_000);

  it('leaves every batch to a thread once it has loaded, instead of extracting here', () => {
    const { files } = generateCorpus({ papers: 400, seed: 'left-to-the-thread' });
    const abstracts = parseDataset(corpusInputs(files)).papers.map((p) => p.claimsFrom);
    expect(abstracts.length).toBeGreaterThan(300);
    // However free the machine: with no core to spare, this thread waits.
    const pool = startClaimsPool(2, { spareCore: () => false });
    try {
      // A first batch of 64: once the thread has finished it, it has loaded.
      pool.prefetch(abstracts.slice(0, 64));
      const deadline = Date.now() + 60_000;
      while (pool.threadBatches() === 0 && Date.now() < deadline)
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 50);
      expect(pool.threadBatches()).toBe(1);
      // Asked for at once, none of the next batches is started here, though the
      // thread has not started them either when they are first asked for.
      pool.prefetch(abstracts.slice(64));
      for (const a of abstracts) expect(pool.claimsOf(a)).toEqual(claimsJson(a));
      expect(pool.threadBatches()).toBe(Math.ceil(abstracts.length / 64));
    } finally {
      pool.close();
    }
  }, 120_000);

  it('with a core to spare, extracts what its loaded thread has not started instead of waiting', () => {
    const { files } = generateCorpus({ papers: 300, seed: 'a-core-to-spare' });
    const abstracts = parseDataset(corpusInputs(files)).papers.map((p) => p.claimsFrom);
    expect(abstracts.length).toBeGreaterThan(200);
    // A thread that says it has loaded the extractor, then never starts a batch:
    // without a spare core this thread would wait for it until the pool gives up.
    const idle = `import { parentPort, workerData } from 'node:worker_threads';
      parentPort.on('message', () => {});
      Atomics.store(workerData.ready, 0, 1);`;
    let asked = 0;
    const pool = startClaimsPool(2, {
      worker: new URL(`data:text/javascript,${encodeURIComponent(idle)}`),
      spareCore: () => {
        asked++;
        return true;
      },
    });
    try {
      pool.prefetch(abstracts);
      for (const a of abstracts) expect(pool.claimsOf(a)).toEqual(claimsJson(a));
      expect(pool.threadBatches()).toBe(0);
      expect(asked).toBeGreaterThan(0);
    } finally {
      pool.close();
    }
  }, 120_000);

  it('extracts everything here when its thread never loads', () => {
    const abstracts = Array.from({ length: 150 }, (_, i) => ({
      abstract: `Our kernel decodes ${i + 2}x faster than the reference on one GPU.`,
      title: `Kernel ${i}`,
    }));
    const pool = startClaimsPool(2, {
      worker: new URL('./no-such-claims-worker.mjs', import.meta.url),
    });
    try {
      pool.prefetch(abstracts);
      for (const a of abstracts) expect(pool.claimsOf(a)).toEqual(claimsJson(a));
      expect(pool.threadBatches()).toBe(0);
    } finally {
      pool.close();
    }
  }, 120_000);

  it('gives the same bytes for abstracts never handed over, and without threads', () => {
    const pool = startClaimsPool(2);
    try {
      const parsed = parseDataset(inputs);
      expect(written(parsed, (a) => pool.claimsOf(a))).toBe(serialJson);
      expect(written(parsed, claimsJson)).toBe(serialJson);
    } finally {
      pool.close();
    }
  }, 120_000);

  it('tells apart abstracts of the same length and opening, and answers repeats once', () => {
    // Both open with the same 40+ characters and have the same length: only their
    // claims differ.
    const opening = 'We describe a kernel for attention that, on one GPU, ';
    const two = { abstract: `${opening}decodes 2x faster than before.`, title: 'K' };
    const three = { abstract: `${opening}decodes 3x faster than before.`, title: 'K' };
    expect(two.abstract.length).toBe(three.abstract.length);
    // One claims thread (the pool counts this thread as one of its jobs).
    const pool = startClaimsPool(2);
    try {
      pool.prefetch([two, three, { ...two }]);
      for (const a of [three, two, two]) expect(pool.claimsOf(a)).toEqual(claimsJson(a));
    } finally {
      pool.close();
    }
  }, 120_000);

  it('tells apart one abstract under two titles', () => {
    // The title is read too: under a study's title the figure is a measured system's.
    const abstract =
      'Runtimes differ widely on phones. On the newest phone, RuntimeA decodes 2.3x faster than RuntimeB.';
    const method = { abstract, title: 'RuntimeA: Fast Decoding on Phones' };
    const study = { abstract, title: 'Benchmarking On-Device LLM Runtimes' };
    expect(claimsJson(method).claims).toBe(1);
    expect(claimsJson(study).claims).toBe(0);
    const pool = startClaimsPool(2);
    try {
      pool.prefetch([method, study]);
      for (const p of [study, method, study]) expect(pool.claimsOf(p)).toEqual(claimsJson(p));
    } finally {
      pool.close();
    }
  }, 120_000);

  it('answers abstracts asked for out of the order they were handed over', () => {
    // As when a paper is in several inputs: its abstract may be the later input's.
    const abstracts = Array.from({ length: 12 }, (_, i) => ({
      abstract: `Our scheduler serves ${i + 2}x more requests than the baseline.`,
      title: 'Scheduler',
    }));
    const pool = startClaimsPool(2);
    try {
      pool.prefetch(abstracts);
      for (const i of [0, 9, 1, 2, 3, 11, 4, 5, 10, 6, 7, 8, 0, 11])
        expect(pool.claimsOf(abstracts[i]!)).toEqual(claimsJson(abstracts[i]!));
    } finally {
      pool.close();
    }
  }, 120_000);

  it('streams exactly JSON.stringify(dataset) followed by a newline', () => {
    const file = path.join(dir, 'whole.json');
    const fd = openSync(file, 'w');
    writeDatasetJson(fd, serial.dataset);
    closeSync(fd);
    expect(readFileSync(file, 'utf8')).toBe(serialJson);
  });
});
