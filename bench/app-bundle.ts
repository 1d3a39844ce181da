// The app's own weight: `vite build` against an empty dataset (so no paper data
// is inlined) into a temp folder, then gzip of the emitted JavaScript, counted two
// ways: what the page loads before its first paint (the entry script the page names
// and the chunks it preloads with it: the target is set on these) and every file
// (with the search worker's script and the chunks loaded later with import()).
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { SCHEMA_VERSION, type Dataset } from '../src/dataset/schema';
import { bytesByPackage } from './bundle-packages';
import { assertOk, buildApp } from './run-command';

export interface JsWeight {
  jsFiles: number;
  jsBytes: number;
  jsGzipBytes: number;
  /** Estimated gzip bytes per package, largest first ('app' = our own code). */
  packages?: { name: string; gzipBytes: number }[];
}

export interface AppBundleSize extends JsWeight {
  /**
   * The JavaScript the page loads before its first paint: the module script its HTML
   * names and the chunks it preloads (`modulepreload`), that is the entry chunk and its
   * static imports. Absent in runs from before the app was split into chunks.
   */
  firstPaint?: JsWeight;
  /** The search worker's script, part of the total. */
  workerGzipBytes?: number;
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

/**
 * The scripts a built page loads before it runs: its module scripts and its module
 * preloads, as paths relative to the page (in the page's order, each once).
 */
export function firstPaintScripts(html: string): string[] {
  const out = new Set<string>();
  for (const tag of html.match(/<(script|link)\b[^>]*>/gi) ?? []) {
    const attr = (name: string) =>
      new RegExp(`\\s${name}\\s*=\\s*("([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
    const value = (name: string) => {
      const m = attr(name);
      return m ? (m[2] ?? m[3] ?? m[4] ?? '') : null;
    };
    const src = /^<script/i.test(tag)
      ? value('type') === 'module'
        ? value('src')
        : null
      : value('rel') === 'modulepreload'
        ? value('href')
        : null;
    if (src) out.add(src.replace(/^\.\//, ''));
  }
  return [...out];
}

interface Counted {
  file: string;
  bytes: number;
  gzip: number;
  byPackage: Map<string, number>;
}

function weigh(files: readonly Counted[]): JsWeight {
  const packages = new Map<string, number>();
  const w: JsWeight = { jsFiles: 0, jsBytes: 0, jsGzipBytes: 0 };
  for (const f of files) {
    w.jsFiles++;
    w.jsBytes += f.bytes;
    w.jsGzipBytes += f.gzip;
    const mapped = [...f.byPackage.values()].reduce((a, b) => a + b, 0);
    for (const [name, n] of f.byPackage)
      packages.set(name, (packages.get(name) ?? 0) + (f.gzip * n) / mapped);
  }
  w.packages = [...packages]
    .map(([name, gzipBytes]) => ({ name, gzipBytes }))
    .sort((a, b) => b.gzipBytes - a.gzipBytes);
  return w;
}

export async function measureAppBundle(): Promise<AppBundleSize> {
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'speedboard-bench-app-'));
  try {
    const dataset = path.join(tmp, 'empty-dataset.json');
    await writeFile(dataset, JSON.stringify(emptyDataset()));
    const outDir = path.join(tmp, 'dist');
    const r = await buildApp(dataset, outDir, 'site', ['--sourcemap']);
    assertOk('vite build', r);
    const first = new Set(
      firstPaintScripts(await readFile(path.join(outDir, 'index.html'), 'utf8')).map((f) =>
        path.join(outDir, f),
      ),
    );
    if (first.size === 0) throw new Error('the built page names no module script');
    const js: Counted[] = [];
    let cssGzipBytes = 0;
    for (const file of await filesUnder(outDir)) {
      const bytes = await readFile(file);
      if (/\.m?js$/.test(file)) {
        const map = JSON.parse(await readFile(`${file}.map`, 'utf8'));
        js.push({
          file,
          bytes: bytes.length,
          gzip: gzipSync(bytes, { level: 9 }).length,
          byPackage: bytesByPackage(bytes.toString('utf8'), map),
        });
      } else if (file.endsWith('.css')) {
        cssGzipBytes += gzipSync(bytes, { level: 9 }).length;
      }
    }
    const missing = [...first].filter((f) => !js.some((c) => c.file === f));
    if (missing.length > 0) throw new Error(`the page names scripts not built: ${missing}`);
    return {
      ...weigh(js),
      firstPaint: weigh(js.filter((c) => first.has(c.file))),
      workerGzipBytes: js
        .filter((c) => /search-worker[^/]*\.js$/.test(c.file))
        .reduce((a, c) => a + c.gzip, 0),
      cssGzipBytes,
      buildMs: r.ms,
    };
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}
