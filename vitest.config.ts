import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// Three projects: `unit` (pure modules and CLIs, in Node), `dom` (components and
// views rendered in jsdom) and `e2e` (real Chromium against real builds; see
// e2e/README.md). `npm run test:unit` runs the first two, `npm run test:e2e` the last.
// Unit and component tests share one module graph per worker instead of importing
// everything again for every file (the loop took 76 s on 2 cores; see CONTRIBUTING.md).
// A file that replaces a module with vi.mock needs a graph of its own: it is listed
// here and runs isolated.
const OWN_MODULES_NODE = [
  'src/ingest/dataset.test.ts',
  'src/app/shipped-similar-fallback.test.ts',
  // Registers landmarks of its own (src/ingest/claims/landmarks.ts keeps them module-wide).
  'src/ingest/claims/landmarks.test.ts',
];
const OWN_MODULES_DOM = ['src/app/failure-pages.test.tsx'];

export default defineConfig({
  plugins: [react()],
  test: {
    // The e2e reporter writes test-results/e2e-summary.json, which .ci/run checks.
    reporters: ['default', './e2e/summary-reporter.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'bench/**/*.test.ts'],
          exclude: OWN_MODULES_NODE,
          environment: 'node',
          isolate: false,
        },
      },
      {
        extends: true,
        test: { name: 'unit-isolated', include: OWN_MODULES_NODE, environment: 'node' },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          include: ['src/**/*.test.tsx'],
          exclude: OWN_MODULES_DOM,
          environment: 'jsdom',
          setupFiles: ['./src/test/setup.ts'],
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'dom-isolated',
          include: OWN_MODULES_DOM,
          environment: 'jsdom',
          setupFiles: ['./src/test/setup.ts'],
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['e2e/**/*.test.ts'],
          environment: 'node',
          // Builds the datasets, the static site and the single-file page once.
          globalSetup: ['./e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
