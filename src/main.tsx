import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { readBundledDataset } from './dataset/bundled';
import './styles/app.css';

const dataset = readBundledDataset();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App dataset={dataset} />
  </StrictMode>,
);
