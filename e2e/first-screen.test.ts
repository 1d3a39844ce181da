// The site's page holds the first screen of its default list: the rows show before
// the dataset file is read, and the whole dataset then takes over without changing
// them. The test holds the dataset file back to see the page in between.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './harness/chromium.ts';
import { load, openSession, type Session } from './harness/session.ts';
import { serveStatic, type StaticSite } from './harness/static-server.ts';

const chromiumPath = inject('chromiumPath');
const builds = inject('builds');

/** Holds every request for a file matching `url` until the returned `release` is called. */
async function hold(page: Page, url: RegExp): Promise<() => void> {
  let release = () => {};
  const held = new Promise<void>((done) => (release = done));
  await page.route(url, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}
const holdDataset = (page: Page) => hold(page, /\/assets\/dataset-[^/]*\.json$/);
/** The app's script: the page shows only what its own markup holds. */
const holdAppScript = (page: Page) => hold(page, /\/assets\/index-[^/]*\.js$/);

/** What the reader sees: the count, the facets, the rows, the footer. */
const seen = (page: Page) =>
  page.evaluate(() => ({
    status: document.querySelector('.results-toolbar [role="status"]')?.textContent,
    filters: document.querySelector('aside.filters')?.textContent,
    rows: [...document.querySelectorAll('tbody tr[data-index]:not([hidden])')].map(
      (tr) => tr.textContent,
    ),
    footer: document.querySelector('footer')?.textContent,
    height: document.documentElement.scrollHeight,
  }));

describe.skipIf(!chromiumPath || !builds)("the site's first screen", () => {
  let site: StaticSite;
  let s: Session;
  let close = async () => {};

  beforeAll(async () => {
    const browser = await launchChromium(chromiumPath!);
    site = await serveStatic(builds!.site);
    close = async () => {
      await browser.close();
      await site.close();
    };
    s = await openSession(browser, site.url);
  });
  afterAll(() => close());

  it('lists the first rows, busy, before the dataset is read, and the same ones after', async () => {
    const release = await holdDataset(s.page);
    await load(s.page, `${site.url}#/papers`);
    await s.page.locator('tbody tr[data-index]').first().waitFor();
    const main = s.page.getByRole('main');
    expect(await main.getAttribute('aria-busy')).toBe('true');
    const before = await seen(s.page);
    expect(before.rows.length).toBeGreaterThan(0);
    release();
    await expect.poll(() => main.getAttribute('aria-busy'), { timeout: 10_000 }).toBeNull();
    expect(await seen(s.page)).toEqual(before);
    expect(s.takeProblems()).toEqual([]);
    await s.page.unrouteAll();
  });

  it("paints the rows from the page itself, and keeps what is typed before the app's script runs", async () => {
    const releaseScript = await holdAppScript(s.page);
    await s.page.goto('about:blank');
    await s.page.goto(`${site.url}#/papers`, { waitUntil: 'commit' });
    // No script has run: the rows, the count and the busy list are the page's markup.
    await s.page.locator('tbody tr[data-index]').first().waitFor();
    const main = s.page.getByRole('main');
    expect(await main.getAttribute('aria-busy')).toBe('true');
    const before = await seen(s.page);
    expect(before.rows.length).toBeGreaterThan(0);
    const box = s.page.getByRole('searchbox');
    await box.click();
    await box.pressSequentially('attention');
    releaseScript();
    await expect
      .poll(() => s.page.evaluate(() => location.hash), { timeout: 10_000 })
      .toBe('#/papers?q=attention');
    await expect.poll(() => main.getAttribute('aria-busy'), { timeout: 10_000 }).toBeNull();
    expect(await box.inputValue()).toBe('attention');
    expect(await box.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(s.takeProblems()).toEqual([]);
    await s.page.unrouteAll();
  });

  it("is gone at any other address before the app's script runs, so the default list never flashes", async () => {
    for (const route of ['#/claims', '#/papers?q=attention']) {
      const releaseScript = await holdAppScript(s.page);
      await s.page.goto('about:blank');
      await s.page.goto(`${site.url}${route}`, { waitUntil: 'commit' });
      // The page is parsed past its markup (the first screen's data block comes after it).
      await s.page
        .locator('script[type="application/json"]')
        .first()
        .waitFor({ state: 'attached' });
      expect(await s.page.locator('#root > *').count(), route).toBe(0);
      releaseScript();
      await s.page.locator('tbody tr[data-index]').first().waitFor();
      expect(s.takeProblems()).toEqual([]);
      await s.page.unrouteAll();
    }
  });

  it('is not shown at any other address, which waits for the whole dataset', async () => {
    for (const route of ['#/claims', '#/papers?sort=title', '#/papers?q=attention']) {
      const release = await holdDataset(s.page);
      await load(s.page, `${site.url}${route}`);
      await s.page.waitForTimeout(300);
      expect(await s.page.locator('tbody tr').count()).toBe(0);
      release();
      await s.page.locator('tbody tr[data-index]').first().waitFor();
      expect(s.takeProblems()).toEqual([]);
      await s.page.unrouteAll();
    }
  });
});
