// Vite plugin: puts the dataset written by `npm run data` into the page as a
// JSON data block (src/dataset/embed.ts), in the built site, in the single-file
// build (so it runs from file:// with no network) and on the dev server.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { datasetDataBlock } from '../src/dataset/embed.ts';

export const DEFAULT_DATASET_PATH = 'src/generated/dataset.json';

export function datasetPath(root: string): string {
  return path.resolve(root, process.env.SPEEDBOARD_DATASET ?? DEFAULT_DATASET_PATH);
}

function readDatasetJson(file: string): string {
  if (!existsSync(file)) {
    throw new Error(
      `${file}: no dataset. Run \`npm run data\` first (npm start and npm run build do).`,
    );
  }
  // Re-stringify to validate and to drop insignificant whitespace.
  return JSON.stringify(JSON.parse(readFileSync(file, 'utf8')));
}

export function datasetPlugin(): Plugin {
  let file = '';
  return {
    name: 'speedboard-dataset',
    configResolved(config) {
      file = datasetPath(config.root);
    },
    configureServer(server) {
      // A new `npm run data` while the dev server runs reloads the page with it.
      server.watcher.add(file);
      server.watcher.on('change', (changed) => {
        if (path.resolve(changed) === file) server.ws.send({ type: 'full-reload' });
      });
    },
    transformIndexHtml(html) {
      const block = datasetDataBlock(readDatasetJson(file));
      const end = html.lastIndexOf('</body>');
      if (end < 0) throw new Error('index.html has no </body>; the dataset block goes before it.');
      return `${html.slice(0, end)}  ${block}\n  ${html.slice(end)}`;
    },
  };
}
