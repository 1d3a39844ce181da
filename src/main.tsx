import { StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import SearchWorker from 'virtual:search-worker';
import { type Loaded, load, Root } from './app/Root';
import { abstractsArrival } from './app/abstracts-arrival';
import { inSteps, nextTask } from './app/in-steps';
import { otherViews } from './app/later-views';
import { readerQuiet, watchKeys } from './app/reader-quiet';
import { workerSearch } from './app/search-service';
import { bundledSimilar, shippedSimilarPapers } from './app/shipped-similar';
import { carryTyped, typedBefore } from './app/static-first-screen';
import { type FirstScreenSearch, firstScreenSearch } from './app/first-screen-search';
import { openWorkerLine, type WorkerLine } from './app/worker-line';
import {
  bundledDatasetFiles,
  type DatasetText,
  fetchDataset,
  fetchDatasetBytes,
  readBundledDataset,
  readFirstScreen,
} from './dataset/bundled';
import type { Dataset } from './dataset/schema';
import { indexSteps } from './derive/dataset-index';
import { asFirstScreen, isDefaultView, type Preview, previewOf } from './derive/first-screen';
import { parseHash } from './url/codec';
import './styles/app.css';

// The site's dataset files (the first already preloading), or null: the single file
// holds the data.
const files = bundledDatasetFiles(document);
// Keys typed from the first rows on hold back the abstracts' parse (readerQuiet).
watchKeys(document);

// The search worker starts at once. In the single file it is sent the dataset's text
// as soon as it is read and builds its index while this thread renders. On the site
// it is told where the shipped search index is and sent the dataset's text once the
// first rows are painted (a held line); it then fetches and decodes the index, and
// fetches the abstracts and hands their text over, off this thread but not competing
// with the first rows for a core. The app takes the line to it once.
let line: WorkerLine | null =
  typeof Worker === 'undefined'
    ? null
    : openWorkerLine(() => new SearchWorker(), files?.index ?? null, files !== null);
// The build's similar papers, if it shipped them: the worker then builds none.
const readSimilar = bundledSimilar(document);
if (readSimilar) line?.post({ type: 'similar-shipped' });
const abstractsLine = line;
const keepText = abstractsLine ? (text: DatasetText) => abstractsLine.sendDataset(text) : undefined;
// Decoded, parsed and joined once the reader is not typing: at 10k papers they are
// 15 MB of text.
const abstractsFromWorker = () =>
  abstractsLine
    ?.abstracts()
    .then((bytes) => readerQuiet().then(() => new TextDecoder().decode(bytes))) ?? null;
const takeLine = () => {
  const l = line;
  line = null;
  return l;
};
// Set with the first screen: a query typed over it is answered from the worker's
// shipped index before the whole dataset is read, and the whole dataset's engine starts
// from the same answers.
let firstScreen: FirstScreenSearch | undefined;
const search =
  typeof Worker === 'undefined'
    ? undefined
    : (dataset: Dataset) =>
        workerSearch(
          dataset.papers,
          takeLine,
          readSimilar && shippedSimilarPapers(dataset.papers, readSimilar),
          firstScreen?.hits,
        );

const afterNextTask = <T,>(value: T) => nextTask().then(() => value);
// The whole dataset's read and index over the first screen, held back while a query
// typed over it waits for the worker's answer (first-screen-search.ts).
const readInSteps = <T,>(steps: Generator<void, T>) =>
  inSteps(steps, undefined, () => firstScreen?.pending() ?? null);

const rootElement = document.getElementById('root')!;
const root = createRoot(rootElement);
const render = (loaded: Loaded) =>
  root.render(
    <StrictMode>
      <Root loaded={loaded} search={search} />
    </StrictMode>,
  );

// The site's page holds its first screen: the default list shows it at once, and the
// whole dataset replaces it in the same tree when read. Any other address waits for
// the whole dataset, which it needs.
const screen = files === null ? null : asFirstScreen(readFirstScreen(document));
// A paper or a list but the papers shows a view whose code is a chunk of its own
// (later-views.ts): asked for now, it comes in beside the dataset.
const opened = parseHash(location.hash).state;
if (opened.page === 'paper' || opened.list.route !== 'papers') otherViews.load().catch(() => {});
const preview = screen && isDefaultView(location.hash) ? previewOf(screen) : null;
// Fetched at once (the page preloads it): over the first screen, a query's first hits
// are parsed from it alone (first-screen-search.ts), before the whole file is read.
const datasetBytes = files && fetchDatasetBytes(files);
datasetBytes?.catch(() => {});
if (preview && line && datasetBytes)
  firstScreen = firstScreenSearch(line, datasetBytes, preview.index.dataset);
// The site's page holds the first screen's markup too, rendered at build time and
// painted as the page was parsed: the app renders the same in its place after that
// frame (its controls are inert until then, but for the search box, whose text goes
// over to the app's), and the dataset's parse (a long task) waits for the frame after
// that. Without the markup the preview is rendered at once, and the parse waits two
// frames, so the frame that draws the preview, and one after it, are not held behind
// it (what the bench's "first rows" waits for: a frame after the rows). Either way the
// preview is on screen before the dataset is parsed: the preloaded file is often in
// before this script runs, and React would otherwise render the whole dataset's state
// in place of a preview it had not drawn. The file is read meanwhile. At any other
// address the page's markup is not what the address shows.
const showPreview = (p: Preview) => {
  const typed = typedBefore(rootElement);
  flushSync(() => render({ preview: p, firstScreen }));
  carryTyped(rootElement, typed);
};
const frame = () => new Promise<void>((done) => requestAnimationFrame(() => setTimeout(done)));
const inPage = rootElement.childElementCount > 0;
let painted: Promise<void> | undefined;
if (!preview) rootElement.replaceChildren();
else if (inPage)
  painted = frame()
    .then(() => showPreview(preview))
    .then(frame);
else {
  showPreview(preview);
  painted = new Promise<void>((done) => requestAnimationFrame(() => done())).then(frame);
}
// The worker fetches and decodes the search index while this thread shows the first
// screen and reads the whole dataset: at once where the first screen answers a query
// typed over it from the worker (the answer waits for nothing else), else once the first
// rows are on screen. The papers' key follows as soon as the dataset is read, so the
// worker is ready when the whole dataset is shown; the dataset's message, and with it
// the abstracts' download, once it is shown.
if (firstScreen) abstractsLine?.releaseIndex();
else void painted?.then(() => abstractsLine?.releaseIndex());

if (files === null) void load(() => readBundledDataset(document, keepText)).then(render);
else
  fetchDataset(
    files,
    keepText,
    abstractsFromWorker,
    location.hash.startsWith('#/paper/'),
    painted,
    preview ? readInSteps : undefined,
    datasetBytes ?? undefined,
  )
    .then(async (fetched) => ({
      ...fetched,
      // Over the first screen, built in steps too, and the whole dataset rendered in a
      // task of its own; otherwise the app builds the index as it renders.
      index: preview
        ? await readInSteps(indexSteps(fetched.dataset)).then(afterNextTask)
        : undefined,
    }))
    .then(
      ({ dataset, abstracts, index }) =>
        // Rendered at once, not left to React's scheduler: on a loaded machine every task
        // the page yields between the first screen and the whole dataset's state waits
        // for a core (at load 12 a render so left showed the whole dataset about 150 ms
        // later). Over the first screen this is the task after the index's last step. The arrival starts reading the abstracts after
        // the first painted frame.
        flushSync(() =>
          render({
            dataset,
            index,
            abstracts: abstractsArrival(() => {
              abstractsLine?.release();
              return abstracts();
            }),
          }),
        ),
      (error: unknown) => render({ error }),
    );
