// The layer rules in biome.json, checked against the linter itself: each row is a
// small module placed at `where` in a scratch copy of the tree (only biome.json is
// copied), linted in one Biome run, and the row says which rule must refuse it.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..');
const BIOME = path.join(ROOT, 'node_modules/.bin/biome');

const CROSS_FEATURE = 'Features never import each other';
const APP_SHELL = 'Views never import the app shell';
const PURE_REACT = 'This layer is pure: no React here';
const BELOW_UI = 'This layer sits below the UI layers';
const NODE = 'lint/correctness/noNodejsModules';
const DOM = 'lint/style/noRestrictedGlobals';
const COMPONENTS_UP = 'Shared components sit below the views';

// biome-ignore format: one row per case
const rows: [where: string, source: string, refusedBy: string | null][] = [
  ['src/features/papers/X.tsx', "import { ClaimsView } from '../claims/ClaimsView';", CROSS_FEATURE],
  ['src/features/papers/X.tsx', "import { ChartView } from '../../features/chart/ChartView';", CROSS_FEATURE],
  ['src/features/papers/parts/X.tsx', "import { ClaimsView } from '../../claims/ClaimsView';", CROSS_FEATURE],
  ['src/features/papers/X.test.tsx', "import { ClaimsView } from '../claims/ClaimsView';", CROSS_FEATURE],
  ['src/features/papers/X.tsx', "import { App } from '../../app/App';", APP_SHELL],
  ['src/features/papers/X.tsx', "import { DataTable } from '../../components/DataTable';", null],
  ['src/features/papers/parts/X.tsx', "import { DataTable } from '../../../components/DataTable';", null],
  ['src/features/papers/X.tsx', "import { cells } from './paper-cells';", null],
  ['src/features/papers/X.test.tsx', "import { smallDataset } from '../../app/__fixtures__/small-dataset';", null],
  ['src/ingest/X.ts', "import { useMemo } from 'react';", PURE_REACT],
  ['src/search/X.ts', "import { useTable } from '@tanstack/react-table';", PURE_REACT],
  ['src/derive/X.ts', "import { createColumnHelper } from '@tanstack/table-core';", null],
  ['src/url/X.ts', "import { DataTable } from '../components/DataTable';", BELOW_UI],
  ['src/dataset/X.ts', "import { readFileSync } from 'node:fs';", NODE],
  ['src/ingest/X.ts', "import { readFileSync } from 'fs';", NODE],
  ['src/derive/X.ts', 'export const here = window.location.href;', DOM],
  ['src/ingest/X.test.ts', "import { readFileSync } from 'node:fs';", null],
  ['scripts/X.ts', "import { readFileSync } from 'node:fs';", null],
  ['bench/X.ts', "import { readFileSync } from 'node:fs';", null],
  ['src/app/X.ts', "import { readFileSync } from 'node:fs';", NODE],
  ['src/components/X.tsx', "import { PapersView } from '../features/papers/PapersView';", COMPONENTS_UP],
];

/** Each row's module at its own file name (row number before the extension). */
function placed(where: string, n: number): string {
  return where.replace(/(\.test)?\.tsx?$/, (ext) => `${n}${ext}`);
}

describe('layer boundaries in the linter', () => {
  let scratch = '';
  const messages = new Map<string, string>();

  beforeAll(() => {
    scratch = mkdtempSync(path.join(tmpdir(), 'speedboard-lint-'));
    cpSync(path.join(ROOT, 'biome.json'), path.join(scratch, 'biome.json'));
    rows.forEach(([where, source], n) => {
      const file = path.join(scratch, placed(where, n));
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, `${source}\nexport const used = 1;\n`);
    });
    const run = spawnSync(
      BIOME,
      ['lint', '--vcs-enabled=false', '--reporter=json', '--max-diagnostics=none', '.'],
      { cwd: scratch, encoding: 'utf8' },
    );
    const report = JSON.parse(run.stdout) as {
      diagnostics: { category: string; message: string; location: { path: string } }[];
    };
    for (const d of report.diagnostics) {
      const file = d.location.path.replace(/^\.\//, '');
      messages.set(file, `${messages.get(file) ?? ''}${d.category}: ${d.message}\n`);
    }
  });

  afterAll(() => {
    rmSync(scratch, { recursive: true, force: true });
  });

  it.each(rows.map((row, n) => [...row, n] as const))('%s: %s', (where, _source, refusedBy, n) => {
    const found = messages.get(placed(where, n)) ?? '';
    if (refusedBy === null)
      expect(found).not.toMatch(/noRestrictedImports|noNodejsModules|noRestrictedGlobals/);
    else expect(found).toContain(refusedBy);
  });
});
