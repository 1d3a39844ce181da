// @vitest-environment node
// The parallel data build must write exactly the serial build's bytes: claims
// extracted on worker threads (handed each page's abstracts as it is parsed, or
// only at the end), joined in order, and the dataset streamed to disk a chunk of
// papers at a time.
import { mkdtempSync, openSync, closeSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { corpusInputs } from '../bench/corpus-inputs';
import { generateCorpus } from '../bench/generate-corpus';
import { buildDataset } from '../src/ingest/dataset';
import { startClaimsPool } from './claims-pool';
import { writeDatasetJson } from './dataset-json';

const inputs = corpusInputs(generateCorpus({ papers: 1500, seed: 'parallel-build' }).files);
const serial = buildDataset(inputs);
const dir = mkdtempSync(path.join(os.tmpdir(), 'speedboard-parallel-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the parallel data build', () => {
  it('extracts the same claims, in the same order, as the serial build', () => {
    const pool = startClaimsPool(3);
    try {
      const parallel = buildDataset(inputs, {
        extractAll: (a) => pool.extract(a),
        prefetch: (a) => pool.prefetch(a),
      });
      expect(parallel.dataset.papers.length).toBe(1500);
      expect(JSON.stringify(parallel.dataset)).toBe(JSON.stringify(serial.dataset));
    } finally {
      pool.close();
    }
  }, 120_000);

  it("joins the threads' batches and this thread's in order", () => {
    const pool = startClaimsPool(3);
    try {
      // Everything handed over, then time for the threads to load and start on it.
      pool.prefetch(serial.dataset.papers.map((p) => p.abstract));
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 3000);
      const parallel = buildDataset(inputs, { extractAll: (a) => pool.extract(a) });
      expect(pool.threadBatches()).toBeGreaterThan(0);
      expect(JSON.stringify(parallel.dataset)).toBe(JSON.stringify(serial.dataset));
    } finally {
      pool.close();
    }
  }, 120_000);

  it('gives the same claims when nothing was handed over before the end', () => {
    const pool = startClaimsPool(2);
    try {
      const parallel = buildDataset(inputs, { extractAll: (a) => pool.extract(a) });
      expect(JSON.stringify(parallel.dataset)).toBe(JSON.stringify(serial.dataset));
    } finally {
      pool.close();
    }
  }, 120_000);

  it('streams exactly JSON.stringify(dataset) followed by a newline', () => {
    const file = path.join(dir, 'dataset.json');
    const fd = openSync(file, 'w');
    writeDatasetJson(fd, serial.dataset);
    closeSync(fd);
    expect(readFileSync(file, 'utf8')).toBe(`${JSON.stringify(serial.dataset)}\n`);
  });
});
