// Vite plugin: ships the dataset written by `npm run data` with the page
// (src/dataset/embed.ts): the built site gets it as a file beside the page,
// named by a preload link; the single-file build (so it runs from file:// with
// no network) and the dev server get it as a JSON data block in the page.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { checkDataset } from '../src/dataset/check-dataset.ts';
import { datasetDataBlock, datasetLink } from '../src/dataset/embed.ts';

export const DEFAULT_DATASET_PATH = 'src/generated/dataset.json';

function datasetPath(root: string): string {
  return path.resolve(root, process.env.SPEEDBOARD_DATASET ?? DEFAULT_DATASET_PATH);
}

/** The dataset file as compact JSON, or an error naming the file and its first wrong field. */
export function readDatasetJson(file: string): string {
  if (!existsSync(file)) {
    throw new Error(
      `${file}: no dataset. Run \`npm run data\` first (npm start and npm run build do).`,
    );
  }
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new Error(
      `${file}: not valid JSON (${(e as Error).message}). Rebuild it with \`npm run data\`.`,
    );
  }
  // The app checks the bundled copy too, but a build that ships a bad dataset should not pass.
  const check = checkDataset(value);
  if (!check.ok) {
    throw new Error(`${file}: ${check.problem}. Rebuild it with \`npm run data\`.`);
  }
  // The schema's copy, re-stringified: insignificant whitespace and unknown keys dropped,
  // keys in the schema's order, so the app's fast check at load accepts it as it is.
  return JSON.stringify(check.dataset);
}

/** `inline`: the data block in the page (the single file); else a file beside it. */
export function datasetPlugin({ inline }: { inline: boolean }): Plugin {
  let file = '';
  let building = false;
  let json = '';
  let fileName = '';
  return {
    name: 'speedboard-dataset',
    configResolved(config) {
      file = datasetPath(config.root);
      building = config.command === 'build';
    },
    configureServer(server) {
      // A new `npm run data` while the dev server runs reloads the page with it.
      server.watcher.add(file);
      server.watcher.on('change', (changed) => {
        if (path.resolve(changed) === file) server.ws.send({ type: 'full-reload' });
      });
    },
    buildStart() {
      if (inline || !building) return;
      // Named by its content, so a host may cache it for good.
      json = readDatasetJson(file);
      const hash = createHash('sha256').update(json).digest('hex').slice(0, 12);
      fileName = `assets/dataset-${hash}.json`;
    },
    transformIndexHtml(html) {
      if (inline || !building) {
        json = readDatasetJson(file);
        const block = datasetDataBlock(json);
        const end = html.lastIndexOf('</body>');
        if (end < 0)
          throw new Error('index.html has no </body>; the dataset block goes before it.');
        return `${html.slice(0, end)}  ${block}\n  ${html.slice(end)}`;
      }
      const end = html.indexOf('</head>');
      if (end < 0) throw new Error('index.html has no </head>; the dataset link goes before it.');
      return `${html.slice(0, end)}  ${datasetLink(`./${fileName}`)}\n  ${html.slice(end)}`;
    },
    generateBundle() {
      if (fileName) this.emitFile({ type: 'asset', fileName, source: `${json}\n` });
    },
  };
}
