// One Chromium, the built site on the plain static server, and one page session,
// opened before a describe block's tests and closed after them.
import type { Browser, BrowserContextOptions } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './chromium.ts';
import { openSession, type Session } from './session.ts';
import { serveStatic, type StaticSite } from './static-server.ts';

export interface SiteSession {
  readonly site: StaticSite;
  readonly s: Session;
}

/** Call inside a describe block (skipped when Chromium or the builds are missing). */
export function useSiteSession(
  chromiumPath: string,
  siteDir: string,
  options: BrowserContextOptions = {},
): SiteSession {
  let browser: Browser | undefined;
  let site: StaticSite | undefined;
  let session: Session | undefined;
  beforeAll(async () => {
    browser = await launchChromium(chromiumPath);
    site = await serveStatic(siteDir);
    session = await openSession(browser, site.url, options);
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });
  return {
    get site() {
      if (!site) throw new Error('useSiteSession: the site is served only once beforeAll has run');
      return site;
    },
    get s() {
      if (!session)
        throw new Error('useSiteSession: the session opens only once beforeAll has run');
      return session;
    },
  };
}
