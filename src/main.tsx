import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import SearchWorker from 'virtual:search-worker';
import { type Loaded, load, Root } from './app/Root';
import { abstractsArrival } from './app/abstracts-arrival';
import { readerQuiet } from './app/reader-quiet';
import { workerSearch } from './app/search-service';
import { openWorkerLine, type WorkerLine } from './app/worker-line';
import {
  bundledDatasetFiles,
  type DatasetText,
  fetchDataset,
  readBundledDataset,
} from './dataset/bundled';
import type { Dataset } from './dataset/schema';
import './styles/app.css';

// The site's dataset files (the first already preloading), or null: the single file
// holds the data.
const files = bundledDatasetFiles(document);

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
const abstractsLine = line;
const keepText = abstractsLine ? (text: DatasetText) => abstractsLine.sendDataset(text) : undefined;
// Parsed and joined once the reader is not typing: at 10k papers they are 15 MB of text.
const abstractsFromWorker = () =>
  abstractsLine?.abstracts().then((text) => readerQuiet().then(() => text)) ?? null;
const takeLine = () => {
  const l = line;
  line = null;
  return l;
};
const search =
  typeof Worker === 'undefined'
    ? undefined
    : (dataset: Dataset) => workerSearch(dataset.papers, takeLine);

const render = (loaded: Loaded) =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <Root loaded={loaded} search={search} />
    </StrictMode>,
  );

if (files === null) render(load(() => readBundledDataset(document, keepText)));
else
  fetchDataset(files, keepText, abstractsFromWorker, location.hash.startsWith('#/paper/')).then(
    ({ dataset, abstracts }) =>
      // The arrival starts reading the abstracts after the first painted frame.
      render({
        dataset,
        abstracts: abstractsArrival(() => {
          abstractsLine?.release();
          return abstracts();
        }),
      }),
    (error: unknown) => render({ error }),
  );
