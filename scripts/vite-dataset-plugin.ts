// Vite plugin: serves the dataset written by `npm run data` to the app as the
// virtual module `virtual:dataset`. The JSON is inlined into the bundle (so the
// single-file build works from file:// with no network) as a JSON.parse string,
// which engines parse faster than an equivalent object literal.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';

export const DEFAULT_DATASET_PATH = 'src/generated/dataset.json';
const VIRTUAL_ID = 'virtual:dataset';
const RESOLVED_ID = '\0' + VIRTUAL_ID;

export function datasetPath(root: string): string {
  return path.resolve(root, process.env.SPEEDBOARD_DATASET ?? DEFAULT_DATASET_PATH);
}

export function datasetPlugin(): Plugin {
  let file = '';
  return {
    name: 'speedboard-dataset',
    configResolved(config) {
      file = datasetPath(config.root);
    },
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : null;
    },
    load(id) {
      if (id !== RESOLVED_ID) return null;
      if (!existsSync(file)) {
        this.error(`${file}: no dataset. Run \`npm run data\` first (npm start and npm run build do).`);
      }
      this.addWatchFile(file);
      const json = readFileSync(file, 'utf8');
      // Re-stringify to validate and to drop insignificant whitespace.
      const compact = JSON.stringify(JSON.parse(json));
      return `export default JSON.parse(${JSON.stringify(compact)});`;
    },
  };
}
