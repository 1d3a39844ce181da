// @vitest-environment node
// Golden files: each capture folder under test/golden/captures/ (and the real
// seed) is built into a dataset and compared with test/golden/expected/NAME.json.
// A mismatch writes NAME-changed.json beside the expected file for diffing.
// Expected files are only rewritten on request: UPDATE_GOLDEN=1 (never under CI).
//
// The goldens are about parsing: `claims` and `hardware` come from the claims
// extractor (its own tests pin them) and are left out of the comparison.
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../src/dataset/schema';
import { buildDataset } from '../src/ingest/dataset';
import { collectInputs } from './collect-inputs';

const root = fileURLToPath(new URL('..', import.meta.url));
const goldenDir = path.join(root, 'test/golden');
const update = process.env.UPDATE_GOLDEN === '1';
if (update && process.env.CI)
  throw new Error('UPDATE_GOLDEN is refused under CI: expected files are never regenerated there');

const cases: { name: string; paths: string[] }[] = [
  { name: 'seed', paths: ['seeds/000_8482466fddf537ca.txt'] },
  ...readdirSync(path.join(goldenDir, 'captures'))
    .sort()
    .map((name) => ({ name, paths: [`test/golden/captures/${name}`] })),
];

function withoutClaims(dataset: Dataset): unknown {
  return {
    ...dataset,
    papers: dataset.papers.map(({ claims: _c, hardware: _h, ...rest }) => rest),
  };
}

describe('golden: capture -> dataset', { timeout: 30_000 }, () => {
  it('has a case for every capture folder and an expected file for every case', () => {
    expect(cases.length).toBeGreaterThanOrEqual(6);
    const expected = readdirSync(path.join(goldenDir, 'expected')).filter(
      (f) => !f.includes('-changed'),
    );
    expect(expected.sort()).toEqual(cases.map((c) => `${c.name}.json`).sort());
  });

  for (const c of cases) {
    it(c.name, () => {
      const { inputs, errors } = collectInputs(c.paths, root);
      expect(errors).toEqual([]);
      const actual = JSON.stringify(withoutClaims(buildDataset(inputs).dataset), null, 2) + '\n';
      const expectedFile = path.join(goldenDir, 'expected', `${c.name}.json`);
      const changedFile = path.join(goldenDir, 'expected', `${c.name}-changed.json`);
      if (update) {
        writeFileSync(expectedFile, actual);
        rmSync(changedFile, { force: true });
        return;
      }
      const expected = existsSync(expectedFile) ? readFileSync(expectedFile, 'utf8') : '';
      if (actual !== expected) {
        writeFileSync(changedFile, actual);
      } else {
        rmSync(changedFile, { force: true });
      }
      expect(
        actual,
        `differs from ${path.relative(root, expectedFile)}; see ${path.relative(root, changedFile)}`,
      ).toBe(expected);
    });
  }
});
