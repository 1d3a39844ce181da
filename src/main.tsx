import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import SearchWorker from 'virtual:search-worker';
import { type Loaded, load, Root } from './app/Root';
import { abstractsArrival } from './app/abstracts-arrival';
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

// The search worker starts at once: on the site it fetches and decodes the shipped
// search index while this thread loads the dataset. It is sent the dataset's text as
// soon as it is read (it parses its own copy while this thread parses this one); on
// the site it also fetches the abstracts and hands their text over. The app takes
// the line to it once.
let line: WorkerLine | null =
  typeof Worker === 'undefined'
    ? null
    : openWorkerLine(() => new SearchWorker(), files?.index ?? null);
const abstractsLine = line;
const keepText = abstractsLine ? (text: DatasetText) => abstractsLine.sendDataset(text) : undefined;
const abstractsFromWorker = () => abstractsLine?.abstracts() ?? null;
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
    ({ dataset, abstracts }) => render({ dataset, abstracts: abstractsArrival(abstracts) }),
    (error: unknown) => render({ error }),
  );
