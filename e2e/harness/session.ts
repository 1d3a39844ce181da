// One watched browser context per target: the page the tests drive, plus the
// list of problems (off-origin requests, CSP violations, errors, dialogs)
// each test must end without.
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { sameOriginAs, watchContext, type Watch } from './watch.ts';

export interface Session {
  context: BrowserContext;
  page: Page;
  watch: Watch;
  /** Problems seen since the last call; the list starts over. */
  takeProblems(): string[];
}

export async function openSession(
  browser: Browser,
  base: string,
  options: BrowserContextOptions = {},
): Promise<Session> {
  const context = await browser.newContext(options);
  // Short waits: a view that has not appeared in 10 s will not appear.
  context.setDefaultTimeout(10_000);
  const watch = await watchContext(context, sameOriginAs(base));
  const page = await context.newPage();
  return {
    context,
    page,
    watch,
    takeProblems() {
      const problems = watch.problems();
      watch.offOrigin.length = 0;
      watch.cspViolations.length = 0;
      watch.errors.length = 0;
      watch.dialogs.length = 0;
      return problems;
    },
  };
}

/** Loads url as a fresh document (not a same-document hash change). */
export async function load(page: Page, url: string): Promise<void> {
  await page.goto('about:blank');
  await page.goto(url);
}
