import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { load, Root } from './app/Root';
import { readBundledDataset } from './dataset/bundled';
import './styles/app.css';

const loaded = load(() => readBundledDataset(document));

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Root loaded={loaded} />
  </StrictMode>,
);
