import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { bundledDataset as dataset } from './dataset/bundled';

// Placeholder until the app issue lands: lists the parsed titles.
function App() {
  return (
    <main>
      <h1>Speedboard</h1>
      <ul>
        {dataset.papers.map((p) => (
          <li key={p.id}>{p.title}</li>
        ))}
      </ul>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
