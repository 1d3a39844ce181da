// `npm run bench:claims-instructions -- [REF ...]`: the claims extractor's cost in machine
// instructions per bench abstract, for each git REF ("." is the working tree; default:
// main and the working tree). Counted by valgrind (cachegrind without its cache model)
// over the abstracts `npm run bench -- --claims-only` times, each with its title. Unlike
// CPU time, the count hardly moves with the machine's load: on this shared 2-core machine
// CPU time varies by ±10% from run to run, so a rule that costs 1% cannot be seen by timing
// it, and sixty such rules add up unseen. Instructions are not time (cache misses,
// branches), but a change that adds work adds instructions, at any load.
//
// Each REF's extractor is bundled with esbuild (its src/ from `git archive`) and run in
// one Node process per count with `--single-threaded`, so that no compiler or collector
// thread adds instructions of its own; the count of one round is taken off the count of
// three, which leaves two rounds of extraction without start-up and loading. About a
// minute of CPU per REF (valgrind runs code some 30 times slower).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { benchAbstracts } from './claims-speed';
import { ROOT } from './run-command';

const RUNNER = `
import { readFileSync } from 'node:fs';
const { extractClaims } = await import(process.argv[2]);
const inputs = JSON.parse(readFileSync(process.argv[3], 'utf8'));
let sink = 0;
for (let r = 0; r < Number(process.argv[4]); r++)
  for (const a of inputs) sink += extractClaims(a.abstract, a).claims.length;
if (sink < 0) throw new Error('unreachable');
`;

function instructions(runner: string, bundle: string, inputs: string, rounds: number): number {
  const r = spawnSync(
    'valgrind',
    [
      '--tool=cachegrind',
      '--cache-sim=no',
      '--cachegrind-out-file=/dev/null',
      // The JIT writes code into memory it then runs.
      '--smc-check=all-non-file',
      process.execPath,
      '--single-threaded',
      runner,
      bundle,
      inputs,
      String(rounds),
    ],
    { encoding: 'utf8' },
  );
  const refs = /I\s+refs:\s+([\d,]+)/.exec(r.stderr);
  if (r.status !== 0 || !refs)
    throw new Error(`valgrind failed (exit ${r.status}):\n${r.stderr.slice(-2000)}`);
  return Number((refs[1] as string).replaceAll(',', ''));
}

async function main(refs: string[]): Promise<void> {
  if (spawnSync('valgrind', ['--version']).status !== 0)
    throw new Error('needs valgrind (apt-get install valgrind)');
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'speedboard-instructions-'));
  try {
    const inputs = benchAbstracts();
    const inputsFile = path.join(tmp, 'abstracts.json');
    writeFileSync(inputsFile, JSON.stringify(inputs));
    const runner = path.join(tmp, 'runner.mjs');
    writeFileSync(runner, RUNNER);
    const rows: { ref: string; commit: string; perAbstract: number }[] = [];
    for (const [k, ref] of refs.entries()) {
      let src = ROOT;
      let commit = 'working tree';
      if (ref !== '.') {
        commit = execFileSync('git', ['rev-parse', '--short', ref], {
          cwd: ROOT,
          encoding: 'utf8',
        }).trim();
        src = path.join(tmp, `ref-${k}`);
        mkdirSync(src);
        const archive = execFileSync('git', ['archive', ref, 'src'], {
          cwd: ROOT,
          maxBuffer: 1 << 30,
        });
        const untar = spawnSync('tar', ['-x', '-C', src], { input: archive });
        if (untar.status !== 0) throw new Error(`tar failed: ${untar.stderr}`);
      }
      const bundle = path.join(tmp, `extract-${k}.mjs`);
      await build({
        entryPoints: [path.join(src, 'src/ingest/claims/extract.ts')],
        bundle: true,
        format: 'esm',
        platform: 'node',
        outfile: bundle,
        logLevel: 'error',
      });
      process.stderr.write(`${ref} (${commit}): counting…\n`);
      const one = instructions(runner, bundle, inputsFile, 1);
      const three = instructions(runner, bundle, inputsFile, 3);
      rows.push({ ref, commit, perAbstract: (three - one) / 2 / inputs.length });
    }
    const first = rows[0]?.perAbstract ?? 1;
    console.log(`Instructions per bench abstract (${inputs.length} abstracts, valgrind):\n`);
    console.log('| ref | commit | instructions per abstract | against the first |');
    console.log('| --- | --- | ---: | ---: |');
    for (const r of rows)
      console.log(
        `| ${r.ref} | ${r.commit} | ${Math.round(r.perAbstract).toLocaleString('en-US')} | ${(r.perAbstract / first).toFixed(3)} |`,
      );
    console.log(`\n1-minute load average at the end: ${os.loadavg()[0]?.toFixed(2)}`);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

const refs = process.argv.slice(2);
await main(refs.length > 0 ? refs : ['main', '.']);
