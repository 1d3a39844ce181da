import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { datasetPlugin } from './scripts/vite-dataset-plugin.ts';

// `vite build` writes the static site to dist/ (relative asset URLs, so it works
// under any sub-path); `vite build --mode offline` writes one self-contained
// dist-offline/index.html that runs from file:// with no network.
export default defineConfig(({ mode }) => {
  const offline = mode === 'offline';
  return {
    base: './',
    plugins: [react(), datasetPlugin(), ...(offline ? [viteSingleFile()] : [])],
    build: {
      outDir: offline ? 'dist-offline' : 'dist',
      emptyOutDir: true,
    },
  };
});
