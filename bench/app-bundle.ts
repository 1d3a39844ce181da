// The app's own weight: `vite build` against an empty dataset (so no paper data
// is inlined) into a temp folder, then gzip of every emitted JavaScript file.
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { SCHEMA_VERSION, type Dataset } from '../src/dataset/schema';
import { bytesByPackage } from './bundle-packages';
import { assertOk, buildApp } from './run-command';

export interface AppBundleSize {
  /** Estimated gzip bytes per package, largest first ('app' = our own code). */
  packages?: { name: string; gzipBytes: number }[];
  jsFiles: number;
  jsBytes: number;
  jsGzipBytes: number;
  cssGzipBytes: number;
  buildMs: number;
}

async function filesUnder(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...(await filesUnder(full)));
    else out.push(full);
  }
  return out;
}

function emptyDataset(): Dataset {
  return { schemaVersion: SCHEMA_VERSION, sources: [], papers: [], diagnostics: [] };
}

export async function measureAppBundle(): Promise<AppBundleSize> {
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'speedboard-bench-app-'));
  try {
    const dataset = path.join(tmp, 'empty-dataset.json');
    await writeFile(dataset, JSON.stringify(emptyDataset()));
    const outDir = path.join(tmp, 'dist');
    const r = await buildApp(dataset, outDir, 'site', ['--sourcemap']);
    assertOk('vite build', r);
    const size: AppBundleSize = {
      jsFiles: 0,
      jsBytes: 0,
      jsGzipBytes: 0,
      cssGzipBytes: 0,
      buildMs: r.ms,
    };
    const packages = new Map<string, number>();
    for (const file of await filesUnder(outDir)) {
      const bytes = await readFile(file);
      if (/\.m?js$/.test(file)) {
        size.jsFiles++;
        size.jsBytes += bytes.length;
        const gzip = gzipSync(bytes, { level: 9 }).length;
        size.jsGzipBytes += gzip;
        const map = JSON.parse(await readFile(`${file}.map`, 'utf8'));
        const byPackage = bytesByPackage(bytes.toString('utf8'), map);
        const mapped = [...byPackage.values()].reduce((a, b) => a + b, 0);
        for (const [name, n] of byPackage)
          packages.set(name, (packages.get(name) ?? 0) + (gzip * n) / mapped);
      } else if (file.endsWith('.css')) {
        size.cssGzipBytes += gzipSync(bytes, { level: 9 }).length;
      }
    }
    size.packages = [...packages]
      .map(([name, gzipBytes]) => ({ name, gzipBytes }))
      .sort((a, b) => b.gzipBytes - a.gzipBytes);
    return size;
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}
