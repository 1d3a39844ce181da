// Vite plugin: ships the dataset written by `npm run data` with the page
// (src/dataset/embed.ts): the built site gets it as two files beside the page,
// the dataset without its abstracts, the abstracts (src/dataset/abstracts.ts) and
// the search index built from the whole papers (src/search/index-codec.ts, with the
// papers' facet codes, src/derive/doc-facets.ts) and every
// paper's similar papers (src/derive/similar/similar-codec.ts), named by links; the
// single-file build (with the similar papers in a second data block) (so it runs from file:// with
// no network) and the dev server get it whole as a JSON data block in the page.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { splitAbstracts } from '../src/dataset/abstracts.ts';
import { checkDataset } from '../src/dataset/check-dataset.ts';
import type { Dataset } from '../src/dataset/schema.ts';
import {
  abstractsLink,
  asciiJson,
  datasetDataBlock,
  datasetLink,
  FIRST_SCREEN_ELEMENT_ID,
  searchIndexLink,
  similarDataBlock,
  similarLink,
} from '../src/dataset/embed.ts';
import { markedJson, marksAttribute } from '../src/dataset/segments.ts';
import { encodePaperSpans } from '../src/dataset/paper-spans.ts';
import { encodeSimilar } from '../src/derive/similar/similar-codec.ts';
import { datasetKey } from '../src/dataset/dataset-key.ts';
import { buildIndex } from '../src/derive/dataset-index.ts';
import { docFacets, encodeDocFacets } from '../src/derive/doc-facets.ts';
import { firstScreen } from '../src/derive/first-screen.ts';
import { DEFAULT_DATASET_PATH } from './dataset-path.ts';
import { encodeIndex } from '../src/search/index-codec.ts';
import { InvertedIndexBuilder } from '../src/search/inverted-index.ts';

function datasetPath(root: string): string {
  return path.resolve(root, process.env.SPEEDBOARD_DATASET ?? DEFAULT_DATASET_PATH);
}

/** The dataset file as compact JSON, or an error naming the file and its first wrong field. */
export function readDatasetJson(file: string): string {
  return JSON.stringify(readDataset(file));
}

function readDataset(file: string): Dataset {
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
  // The schema's copy: re-stringified, insignificant whitespace and unknown keys are
  // dropped and keys come in the schema's order, so the app's fast check accepts it.
  return check.dataset;
}

const EMPTY_ROOT = '<div id="root"></div>';

/**
 * The addresses at which the page's first-screen markup may stay until the app's
 * script runs: the default list's plainest spellings (`isDefaultView` in
 * src/derive/first-screen.ts accepts these and more; the test checks the first
 * never says yes where the second says no).
 */
export const FIRST_SCREEN_HASH = /^(#(\/(papers)?)?)?$/;
/**
 * Runs as the parser passes it, right after the markup: at any other address (a shared
 * link to the claims, a query, a paper) it empties the root before anything is painted,
 * so the default list never flashes in place of the view the address names. An inline
 * script: the policy names it by its hash (scripts/vite-csp-plugin.ts).
 */
export const FIRST_SCREEN_GUARD = `${FIRST_SCREEN_HASH}.test(location.hash)||document.getElementById("root").replaceChildren()`;

/**
 * The app's markup for the first screen (scripts/render-first-screen.ts, in a process of
 * its own: it sets up a page's globals in jsdom and renders the app's modules).
 */
function renderFirstScreen(firstScreenJson: string): string {
  const script = path.join(import.meta.dirname, 'render-first-screen.ts');
  const run = spawnSync(process.execPath, ['--import', 'tsx', script], {
    input: firstScreenJson,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      TSX_TSCONFIG_PATH: path.join(import.meta.dirname, '../tsconfig.app.json'),
    },
  });
  if (run.status !== 0 || !run.stdout)
    throw new Error(
      `the first screen's markup: ${run.stderr || run.error?.message || 'no output'}`,
    );
  return run.stdout;
}

/** `inline`: the data block in the page (the single file); else a file beside it. */
export function datasetPlugin({ inline }: { inline: boolean }): Plugin {
  let file = '';
  let building = false;
  let files: {
    dataset: string;
    abstracts: string;
    index: string;
    similar: string;
    json: string;
    marks: string;
    abstractsJson: string;
    indexBytes: Uint8Array;
    firstScreenJson: string;
    firstScreenMarkup: string;
    similarBytes: Uint8Array;
  } | null = null;
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
      // Each named by its content, so a host may cache it for good.
      const dataset = readDataset(file);
      // Indexed before the split, from the papers as the reader's browser joins them,
      // with their facet codes, from which the search worker counts a searched list.
      // One buildIndex for the facet codes and the first screen (about a second at 50k).
      const listIndex = buildIndex(dataset);
      const similarBytes = encodeSimilar(dataset.papers);
      const { head, abstracts } = splitAbstracts(dataset);
      // The same text as asciiJson(JSON.stringify(head)), and where every few papers
      // start in it: the page reads it a piece at a time. Where each paper lies in it
      // goes with the index: over the first screen the page parses a query's first hits
      // alone.
      const { json: headJson, marks, starts, ends } = markedJson(head);
      const indexBytes = encodeIndex(
        new InvertedIndexBuilder(dataset.papers).result(),
        datasetKey(dataset.papers),
        {
          facets: encodeDocFacets(docFacets(listIndex)),
          // The file is the text and a newline (generateBundle).
          spans: encodePaperSpans({
            fileLength: headJson.length + 1,
            start: Float64Array.from(starts),
            end: Float64Array.from(ends),
          }),
        },
      );
      const abstractsJson = asciiJson(JSON.stringify(abstracts));
      const hash = (data: string | Uint8Array) =>
        createHash('sha256').update(data).digest('hex').slice(0, 12);
      const firstScreenJson = JSON.stringify(firstScreen(dataset, undefined, listIndex));
      files = {
        dataset: `assets/dataset-${hash(headJson)}.json`,
        abstracts: `assets/abstracts-${hash(abstractsJson)}.json`,
        index: `assets/search-index-${hash(indexBytes)}.bin`,
        similar: `assets/similar-${hash(similarBytes)}.bin`,
        json: headJson,
        marks: marksAttribute(marks),
        abstractsJson,
        indexBytes,
        firstScreenJson,
        firstScreenMarkup: renderFirstScreen(firstScreenJson),
        similarBytes,
      };
    },
    transformIndexHtml(html) {
      if (inline || !building) {
        const dataset = readDataset(file);
        let block = datasetDataBlock(JSON.stringify(dataset));
        // The dev server leaves them to the browser: it reads the page again on every load.
        if (building)
          block += `\n  ${similarDataBlock(Buffer.from(encodeSimilar(dataset.papers)).toString('base64'))}`;
        const end = html.lastIndexOf('</body>');
        if (end < 0)
          throw new Error('index.html has no </body>; the dataset block goes before it.');
        return `${html.slice(0, end)}  ${block}\n  ${html.slice(end)}`;
      }
      const end = html.indexOf('</head>');
      if (end < 0) throw new Error('index.html has no </head>; the dataset link goes before it.');
      if (!files) throw new Error('the dataset files were not read at the start of the build');
      const links = [
        datasetLink(`./${files.dataset}`, files.marks),
        abstractsLink(`./${files.abstracts}`),
        searchIndexLink(`./${files.index}`),
        similarLink(`./${files.similar}`),
      ].join('\n    ');
      // The first screen in the page itself: its rows show before the dataset file is
      // read (src/derive/first-screen.ts). Before </body>, so the parser has it when the
      // module script runs.
      const withLinks = `${html.slice(0, end)}  ${links}\n  ${html.slice(end)}`;
      const bodyEnd = withLinks.lastIndexOf('</body>');
      if (bodyEnd < 0)
        throw new Error('index.html has no </body>; the first screen block goes before it.');
      const block = datasetDataBlock(files.firstScreenJson, FIRST_SCREEN_ELEMENT_ID);
      const page = `${withLinks.slice(0, bodyEnd)}  ${block}\n  ${withLinks.slice(bodyEnd)}`;
      // Its markup too, painted as the page is parsed (the app renders the same in its place).
      if (!page.includes(EMPTY_ROOT))
        throw new Error(`index.html has no ${EMPTY_ROOT}; the first screen's markup goes in it.`);
      return page.replace(
        EMPTY_ROOT,
        `<div id="root">${files.firstScreenMarkup}</div>\n    <script>${FIRST_SCREEN_GUARD}</script>`,
      );
    },
    generateBundle() {
      if (!files) return;
      this.emitFile({ type: 'asset', fileName: files.dataset, source: `${files.json}\n` });
      this.emitFile({
        type: 'asset',
        fileName: files.abstracts,
        source: `${files.abstractsJson}\n`,
      });
      this.emitFile({ type: 'asset', fileName: files.index, source: files.indexBytes });
      this.emitFile({ type: 'asset', fileName: files.similar, source: files.similarBytes });
    },
  };
}
