import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import SearchWorker from 'virtual:search-worker';
import { load, Root } from './app/Root';
import { workerSearch } from './app/search-service';
import { readBundledDataset } from './dataset/bundled';
import type { Dataset } from './dataset/schema';
import './styles/app.css';

// The data block's text, handed to the search worker once and then let go.
let text: string | null = null;
const loaded = load(() =>
  readBundledDataset(document, (json) => {
    text = json;
  }),
);
const takeText = () => {
  const t = text;
  text = null;
  return t;
};
const search =
  typeof Worker === 'undefined'
    ? undefined
    : (dataset: Dataset) => workerSearch(dataset.papers, takeText, () => new SearchWorker());

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Root loaded={loaded} search={search} />
  </StrictMode>,
);
