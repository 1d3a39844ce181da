// Runs a command from the repo root and times it; the bench's only process spawning.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export const ROOT = path.resolve(import.meta.dirname, '..');

export interface CommandResult {
  code: number | null;
  ms: number;
  stdout: string;
  stderr: string;
}

export function runCommand(
  command: string,
  args: readonly string[],
  env: NodeJS.ProcessEnv = {},
  cwd: string = ROOT,
): Promise<CommandResult> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, {
      cwd,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, ms: performance.now() - started, stdout, stderr }));
  });
}

// Resolved here, so the command also works from another working directory
// (require.resolve: vitest's module runner has no import.meta.resolve).
export const TSX_LOADER = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

/** `node --import tsx script args` (script relative to the repo root): how `npm run data` runs, without npm's start-up. */
export function runTsx(
  script: string,
  args: readonly string[],
  cwd: string = ROOT,
): Promise<CommandResult> {
  return runCommand(
    process.execPath,
    ['--import', TSX_LOADER, path.join(ROOT, script), ...args],
    {},
    cwd,
  );
}

/**
 * `npm run data args` as npm runs it — the bundled CLI (scripts/data-launch.mjs), which
 * first rebuilds its bundle if a source changed — without npm's own start-up. Under
 * GNU time when the machine has it, for the CPU time of every thread (null otherwise).
 */
export async function runDataCli(
  args: readonly string[],
  cwd: string = ROOT,
): Promise<CommandResult & { cpuMs: number | null }> {
  const cli = [process.execPath, path.join(ROOT, 'scripts/data-launch.mjs'), ...args];
  if (!existsSync(GNU_TIME))
    return { ...(await runCommand(cli[0]!, cli.slice(1), {}, cwd)), cpuMs: null };
  const dir = mkdtempSync(path.join(os.tmpdir(), 'speedboard-time-'));
  try {
    const times = path.join(dir, 'times');
    const r = await runCommand(GNU_TIME, ['-f', '%U %S', '-o', times, ...cli], {}, cwd);
    const [user, sys] = readFileSync(times, 'utf8').trim().split(/\s+/).map(Number);
    return { ...r, cpuMs: ((user ?? NaN) + (sys ?? NaN)) * 1000 };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const GNU_TIME = '/usr/bin/time';

export function assertOk(what: string, r: CommandResult): void {
  if (r.code !== 0)
    throw new Error(
      `${what} exited ${r.code}:\n${r.stderr.slice(-4000)}\n${r.stdout.slice(-2000)}`,
    );
}

/** `vite build` (or `vite build --mode offline`) of the app with the given dataset JSON into outDir. */
export function buildApp(
  dataset: string,
  outDir: string,
  mode: 'site' | 'offline' = 'site',
  extra: readonly string[] = [],
): Promise<CommandResult> {
  const args = [
    path.join(ROOT, 'node_modules/vite/bin/vite.js'),
    'build',
    '--outDir',
    outDir,
    '--emptyOutDir',
    '--logLevel',
    'warn',
  ];
  if (mode === 'offline') args.push('--mode', 'offline');
  args.push(...extra);
  return runCommand(process.execPath, args, { SPEEDBOARD_DATASET: dataset });
}
