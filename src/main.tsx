import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { bundledDataset } from './dataset/bundled';
import './styles/app.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App dataset={bundledDataset} />
  </StrictMode>,
);
