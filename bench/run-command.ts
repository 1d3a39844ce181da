// Runs a command from the repo root and times it; the bench's only process spawning.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
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
