// What e2e/global-setup.ts hands to every browser test file (via inject()).
import type {} from 'vitest';
export interface E2EBuilds {
  /** Dataset JSON built from seeds/ by the data CLI. */
  dataset: string;
  /** Static site folder (vite build). */
  site: string;
  /** Folder holding the single-file build's index.html (vite build --mode offline). */
  offline: string;
  /** The same three built from e2e/fixtures/hostile/. */
  hostileDataset: string;
  hostileSite: string;
  hostileOffline: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** Path of the Chromium binary, or null: the browser tests are skipped (never under CI=true). */
    chromiumPath: string | null;
    /** null when Chromium is missing (nothing is built then). */
    builds: E2EBuilds | null;
  }
}
