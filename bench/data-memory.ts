// Peak memory of `npm run data` against the size of its input: a generated corpus of
// the given size in a temp folder, the CLI run in a child process that reports its own
// peak resident set size. A measurement for README and docs/PERFORMANCE.md, not a test.
// CLI: `node --import tsx bench/data-memory.ts [--mb 200]`.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { generateCorpus } from './generate-corpus';
import { ROOT, TSX_LOADER } from './run-command';
import { BENCH_SEED, writeCorpus } from './write-corpus';

/** Papers per megabyte of generated captures (measured: 20,000 papers are 31.7 MB). */
const PAPERS_PER_MB = 632;

function folderBytes(dir: string): number {
  return readdirSync(dir).reduce((n, f) => n + statSync(path.join(dir, f)).size, 0);
}

export function measureDataMemory(mb: number): { inputMb: number; peakMb: number; ratio: number } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'speedboard-memory-'));
  try {
    writeCorpus(
      path.join(dir, 'in'),
      generateCorpus({ papers: Math.round(mb * PAPERS_PER_MB), seed: BENCH_SEED }),
    );
    const inputMb = folderBytes(path.join(dir, 'in')) / 1e6;
    // The child runs the CLI's main() and then prints its own peak RSS (kilobytes).
    const script = `import(${JSON.stringify(pathToFileURL(path.join(ROOT, 'scripts/data.ts')).href)}).then((m) => { const code = m.main(['--out', 'out.json', 'in']); process.stdout.write(String(process.resourceUsage().maxRSS)); process.exitCode = code; });`;
    const out = execFileSync(
      process.execPath,
      ['--import', TSX_LOADER, '--input-type=module', '-e', script],
      {
        cwd: dir,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
        maxBuffer: 1 << 20,
      },
    );
    const peakMb = Number(out.trim()) / 1e3;
    return { inputMb, peakMb, ratio: peakMb / inputMb };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const i = process.argv.indexOf('--mb');
  const mb = i >= 0 ? Number(process.argv[i + 1]) : 200;
  const r = measureDataMemory(mb);
  process.stdout.write(
    `npm run data: ${r.inputMb.toFixed(1)} MB of captures, peak RSS ${r.peakMb.toFixed(0)} MB (${r.ratio.toFixed(2)}x)\n`,
  );
}
