// `npm run bench [-- --sizes 1000,10000,50000] [--no-browser] [--claims-only] [--app-only]`: Speedboard at
// 1k, 10k and 50k generated papers, side by side with plain fuse.js, in one run.
// Prints Markdown; writes bench/.out/bench-results.json. --claims-only measures just the
// claims extractor (per-abstract cost, a 200 KB abstract of figures); --app-only just the
// app's JavaScript (before the first paint and every file, by package).
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { gzipSync } from 'node:zlib';
import { buildDataset } from '../src/ingest/dataset';
import path from 'node:path';
import { measureAppBundle } from './app-bundle';
import { measureClaimsSpeed } from './claims-speed';
import { measureBrowserAt } from './browser-sizes';
import { describeMachine } from './machine';
import { measureSize, planFor } from './measure-size';
import {
  formatApp,
  formatClaims,
  formatRun,
  type BenchRun,
  type BrowserKeystrokes,
  type SeedReference,
} from './report';
import { ROOT, runCommand } from './run-command';

const OUT = path.join(ROOT, 'bench/.out');
const BROWSER_RESULTS = path.join(OUT, 'browser-keystroke-10k.json');

function arg(argv: string[], flag: string): string | undefined {
  const i = argv.indexOf(flag);
  return i >= 0 ? argv[i + 1] : undefined;
}

async function browserKeystrokes(
  run: boolean,
  log: (s: string) => void,
): Promise<{ result: BrowserKeystrokes | null; note: string }> {
  if (run) {
    log('browser: running e2e/perf-10k.test.ts (builds a 10k-paper app, types in Chromium)…');
    const vitest = path.join(ROOT, 'node_modules/vitest/vitest.mjs');
    const r = await runCommand(process.execPath, [
      vitest,
      'run',
      '--project',
      'e2e',
      'e2e/perf-10k.test.ts',
    ]);
    if (r.code !== 0) {
      const lines = `${r.stdout}\n${r.stderr}`
        .split('\n')
        .filter((l) => /error|fail|timeout/i.test(l));
      log(
        `browser: the e2e run failed (exit ${r.code}); reporting the last recorded result, if any\n${lines.slice(0, 20).join('\n')}`,
      );
    }
  }
  if (!existsSync(BROWSER_RESULTS)) {
    return {
      result: null,
      note: 'not available (no Chromium, or run `npx vitest run --project e2e e2e/perf-10k.test.ts`).',
    };
  }
  return {
    result: JSON.parse(readFileSync(BROWSER_RESULTS, 'utf8')) as BrowserKeystrokes,
    note: '',
  };
}

/** The same byte ratios on the real page captures in seeds/: synthetic prose compresses better than real abstracts. */
function seedReference(): SeedReference | null {
  const dir = path.join(ROOT, 'seeds');
  if (!existsSync(dir)) return null;
  const names = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  const inputs = names.map((f) => {
    const meta = path.join(dir, f.replace(/\.txt$/, '.meta.json'));
    return {
      file: `seeds/${f}`,
      text: readFileSync(path.join(dir, f), 'utf8'),
      meta: existsSync(meta) ? readFileSync(meta, 'utf8') : null,
    };
  });
  const captures = inputs.map((i) => i.text).join('');
  const json = JSON.stringify(buildDataset(inputs).dataset) + '\n';
  const gz = (t: string) => gzipSync(Buffer.from(t), { level: 9 }).length;
  return {
    files: inputs.length,
    capturesRaw: Buffer.byteLength(captures),
    capturesGzip: gz(captures),
    datasetRaw: Buffer.byteLength(json),
    datasetGzip: gz(json),
  };
}

async function main(argv: string[]): Promise<void> {
  const started = performance.now();
  const startedAt = new Date().toISOString();
  const log = (s: string) => process.stderr.write(`${s}\n`);
  const sizes = (arg(argv, '--sizes') ?? '1000,10000,50000').split(',').map(Number);
  if (sizes.some((n) => !Number.isInteger(n) || n < 1))
    throw new Error('--sizes takes positive integers, e.g. --sizes 1000,10000');
  const machine = describeMachine();
  if (argv.includes('--app-only')) {
    const app = await measureAppBundle();
    process.stdout.write(`${formatApp(app)}\n`);
    return;
  }
  if (argv.includes('--claims-only')) {
    const claims = measureClaimsSpeed(log);
    machine.loadAverage.end = os.loadavg()[0]!;
    process.stdout.write(
      `1-minute load average ${machine.loadAverage.start.toFixed(2)} at start, ${machine.loadAverage.end.toFixed(2)} at end.\n${formatClaims(claims)}\n`,
    );
    return;
  }
  // First, before the bench has built, served or browsed anything: at the end of the 03:56
  // run this gave 143 µs per abstract, against 54–65 µs measured alone the next afternoon
  // (holding a 20k dataset in the process did not reproduce the difference).
  const claims = measureClaimsSpeed(log);
  const results = [];
  for (const n of sizes) {
    log(`${n} papers:`);
    results.push(await measureSize(planFor(n, n === Math.max(...sizes)), log));
  }
  log('app bundle: vite build with an empty dataset…');
  const app = await measureAppBundle();
  const browser = await browserKeystrokes(!argv.includes('--no-browser'), log);
  const feel = argv.includes('--no-browser')
    ? []
    : await measureBrowserAt(
        sizes.filter((n) => n >= 10_000),
        log,
      );
  machine.loadAverage.end = os.loadavg()[0]!;
  const run: BenchRun = {
    startedAt,
    seconds: (performance.now() - started) / 1000,
    machine,
    sizes: results,
    app,
    browser: browser.result,
    browserNote: browser.note,
    feel,
    seed: seedReference(),
    claims,
  };
  mkdirSync(OUT, { recursive: true });
  writeFileSync(path.join(OUT, 'bench-results.json'), JSON.stringify(run, null, 2) + '\n');
  process.stdout.write(formatRun(run) + '\n');
}

main(process.argv.slice(2)).catch((e: unknown) => {
  process.stderr.write(`bench: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exitCode = 1;
});
