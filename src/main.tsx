import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import SearchWorker from 'virtual:search-worker';
import { type Loaded, load, Root } from './app/Root';
import { workerSearch } from './app/search-service';
import { bundledDatasetUrl, fetchDataset, readBundledDataset } from './dataset/bundled';
import type { Dataset } from './dataset/schema';
import './styles/app.css';

// The dataset's text, handed to the search worker once and then let go.
let text: string | null = null;
const keepText = (json: string) => {
  text = json;
};
const takeText = () => {
  const t = text;
  text = null;
  return t;
};
const search =
  typeof Worker === 'undefined'
    ? undefined
    : (dataset: Dataset) => workerSearch(dataset.papers, takeText, () => new SearchWorker());

const render = (loaded: Loaded) =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <Root loaded={loaded} search={search} />
    </StrictMode>,
  );

// The site fetches its dataset file (already preloading); the single file holds it.
const url = bundledDatasetUrl(document);
if (url === null) render(load(() => readBundledDataset(document, keepText)));
else
  fetchDataset(url, keepText).then(
    (dataset) => render({ dataset }),
    (error: unknown) => render({ error }),
  );
