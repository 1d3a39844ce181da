// Builds what the browser tests open, exactly as `npm run build` does, but into
// temporary folders: the dataset through the data CLI, then the static site
// and the single-file offline page with SPEEDBOARD_DATASET pointing at it.
// The user's dist/, dist-offline/ and src/generated/ are never touched.
import { spawn } from 'node:child_process';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');

function run(command: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve();
      else reject(new Error(`e2e build: \`${[command, ...args].join(' ')}\` exited ${code}:\n${output}`));
    });
  });
}

/** `npm run data -- --out <out> [inputs]`: seeds/ by default. */
export function buildDataset(out: string, inputs: string[] = []): Promise<void> {
  return run(process.execPath, [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'scripts/data.ts', '--out', out, ...inputs]);
}

/** `vite build` (or `vite build --mode offline`) of the app with the given dataset into outDir. */
export function buildSite(dataset: string, outDir: string, mode: 'site' | 'offline'): Promise<void> {
  const vite = path.join(ROOT, 'node_modules/vite/bin/vite.js');
  const args = [vite, 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'];
  if (mode === 'offline') args.push('--mode', 'offline');
  return run(process.execPath, args, { SPEEDBOARD_DATASET: dataset });
}
