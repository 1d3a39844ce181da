import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// Two projects: `unit` (pure modules, components in jsdom, CLI in node) and
// `e2e` (real Chromium against real builds; see e2e/README.md).
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
          include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts', 'bench/**/*.test.ts'],
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
