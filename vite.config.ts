import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { datasetPlugin } from './scripts/vite-dataset-plugin.ts';
import { cspPlugin } from './scripts/vite-csp-plugin.ts';

// `vite build` writes the static site to dist/ (relative asset URLs, so it works
// under any sub-path); `vite build --mode offline` writes one self-contained
// dist-offline/index.html that runs from file:// with no network. Both pages
// carry a Content-Security-Policy meta (scripts/vite-csp-plugin.ts).
export default defineConfig(({ mode }) => {
  const offline = mode === 'offline';
  return {
    base: './',
    resolve: {
      alias: [
        {
          find: /^virtual:search-worker$/,
          replacement: `/src/app/search-worker.ts?worker${offline ? '&inline' : ''}`,
        },
      ],
    },
    // cspPlugin last: it hashes the code singlefile has inlined.
    plugins: [
      react(),
      datasetPlugin({ inline: offline }),
      ...(offline ? [viteSingleFile()] : []),
      // The site loads its search worker from its own files; the single file makes it
      // from inline code through a Blob URL, which the policy then has to name.
      cspPlugin(offline ? 'blob:' : "'self'"),
    ],
    build: {
      outDir: offline ? 'dist-offline' : 'dist',
      emptyOutDir: true,
    },
  };
});
