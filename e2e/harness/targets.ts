// The two ways people open Speedboard, as one table so every check runs
// against both: the static site under a sub-path of a plain HTTP server, and
// the single-file build straight from disk over file://.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { serveStatic } from './static-server.ts';

export interface Opened {
  /** The page URL without a hash route. */
  base: string;
  close(): Promise<void>;
}

export interface Target {
  name: string;
  open(): Promise<Opened>;
}

export function targets(siteDir: string, offlineDir: string): Target[] {
  return [
    {
      name: 'static host under /a/b/',
      open: async () => {
        const site = await serveStatic(siteDir, '/a/b/');
        return { base: site.url, close: site.close };
      },
    },
    {
      name: 'single file over file://',
      open: async () => ({
        base: pathToFileURL(path.join(offlineDir, 'index.html')).href,
        close: async () => {},
      }),
    },
  ];
}
