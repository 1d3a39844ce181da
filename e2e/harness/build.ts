// Builds what the browser tests open, exactly as `npm run build` does, but into
// temporary folders: the dataset through the data CLI, then the static site
// and the single-file offline page with SPEEDBOARD_DATASET pointing at it.
// The user's dist/, dist-offline/ and src/generated/ are never touched.
import { assertOk, buildApp, ROOT, runTsx } from '../../bench/run-command.ts';

export { ROOT };

/** `npm run data -- --out <out> [inputs]`: seeds/ by default. */
export async function buildDataset(out: string, inputs: string[] = []): Promise<void> {
  assertOk('e2e build: npm run data', await runTsx('scripts/data.ts', ['--out', out, ...inputs]));
}

/** `vite build` (or `vite build --mode offline`) of the app with the given dataset into outDir. */
export async function buildSite(
  dataset: string,
  outDir: string,
  mode: 'site' | 'offline',
): Promise<void> {
  assertOk(`e2e build: vite build (${mode})`, await buildApp(dataset, outDir, mode));
}
