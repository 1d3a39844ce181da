// Layout as a reader meets it, in real Chromium: the page scrolls as one (one
// scrollbar; the header row stays in view; long lists stay virtualized), long words
// wrap instead of widening the page, a phone keeps its filters behind a button, and
// Esc returns to the list with the row the reader left from focused and in view.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { generateCorpus } from '../bench/generate-corpus.ts';
import { writeCorpus } from '../bench/write-corpus.ts';
import { at, statusCount } from './harness/app.ts';
import { buildDataset, buildSite } from './harness/build.ts';
import { launchChromium } from './harness/chromium.ts';
import { load } from './harness/session.ts';
import { serveStatic, type StaticSite } from './harness/static-server.ts';

const chromiumPath = inject('chromiumPath');
/** Past the virtualization threshold (60 rows), small enough to build in seconds. */
const PAPERS = 600;
const POLL = { timeout: 10_000, interval: 100 };

// One unbroken 400-letter word inside a 5,000-character title.
const LONG_WORD = 'x'.repeat(400);
const LONG_TITLE = `${'Scaling '.repeat(300)}${LONG_WORD} ${'Laws '.repeat(100)}`.slice(0, 5000);
const LONG_CAPTURE = [
  'new',
  'Get trending papers in your email inbox!',
  'Subscribe',
  'Daily Papers',
  'byAK and the research community',
  'Jun 2',
  LONG_TITLE,
  '',
  `An abstract with a long token ${LONG_WORD} in it, and a 2x faster kernel.`,
  '  • 3 authors',
  '·',
  'Jun 1',
  '',
].join('\n');

describe.skipIf(!chromiumPath)('layout in Chromium', () => {
  let tmp = '';
  let site: StaticSite;
  let browser: Browser;

  beforeAll(async () => {
    tmp = mkdtempSync(path.join(os.tmpdir(), 'speedboard-layout-'));
    const captures = path.join(tmp, 'captures');
    writeCorpus(captures, generateCorpus({ papers: PAPERS, seed: 'layout' }));
    writeFileSync(path.join(captures, '2022-06-02-long.txt'), LONG_CAPTURE);
    await buildDataset(path.join(tmp, 'dataset.json'), [captures]);
    await buildSite(path.join(tmp, 'dataset.json'), path.join(tmp, 'site'), 'site');
    site = await serveStatic(path.join(tmp, 'site'));
    browser = await launchChromium(chromiumPath!);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await site?.close();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  async function open(hash: string, width = 1280, height = 800): Promise<Page> {
    const page = await browser.newPage({ viewport: { width, height } });
    await load(page, at(site.url, hash));
    const noun = hash.startsWith('#/claims') ? 'claims' : 'papers';
    await expect.poll(() => statusCount(page, noun), POLL).toBeGreaterThan(0);
    // Settled: until the search worker answers a query in the URL, a title scan stands in.
    await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
    return page;
  }

  it('scrolls as one page with the header row in view, rows virtualized to the last one', async () => {
    const page = await open('#/papers');
    expect(await statusCount(page)).toBe(PAPERS + 1);
    const layout = await page.evaluate(() => {
      const box = document.querySelector('.table-scroll')!;
      return {
        innerScroller: box.scrollHeight > box.clientHeight + 1,
        pageHeight: document.documentElement.scrollHeight,
        window: window.innerHeight,
        domRows: document.querySelectorAll('tbody tr[data-index]').length,
      };
    });
    expect(layout.innerScroller, 'the table scrolls inside its own box').toBe(false);
    expect(layout.pageHeight).toBeGreaterThan(layout.window * 10);
    expect(layout.domRows).toBeLessThan(100);

    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    const lastRow = page.locator(`tbody tr[aria-rowindex="${PAPERS + 2}"]`);
    await lastRow.waitFor();
    const end = await page.evaluate(() => ({
      head: document.querySelector('thead th')!.getBoundingClientRect().top,
      last: [...document.querySelectorAll('tbody tr[data-index]:not([hidden])')]
        .at(-1)!
        .getBoundingClientRect(),
      window: window.innerHeight,
      domRows: document.querySelectorAll('tbody tr[data-index]').length,
    }));
    expect(Math.abs(end.head), 'the header row sticks to the top').toBeLessThanOrEqual(1);
    expect(end.last.bottom).toBeLessThanOrEqual(end.window);
    expect(end.domRows).toBeLessThan(100);
    await page.close();
  });

  it('Esc goes back to the list with the row it came from focused and in view', async () => {
    const page = await open('#/papers');
    // A row far down the list, reached by scrolling the page.
    await page.evaluate(() => window.scrollTo(0, 48 * 300));
    const link = page.locator('tbody tr[aria-rowindex="302"] a.row-link');
    await link.waitFor();
    const title = await link.innerText();
    await link.click();
    await page.getByRole('heading', { level: 1, name: title, exact: true }).waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => new URL(page.url()).hash, POLL).toBe('#/papers');
    await expect
      .poll(
        () => page.evaluate(() => document.activeElement?.closest('tr')?.ariaRowIndex ?? null),
        POLL,
      )
      .toBe('302');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(title);
    const where = await page.evaluate(() => {
      const row = document.activeElement!.closest('tr')!.getBoundingClientRect();
      const head = document.querySelector('thead')!.getBoundingClientRect();
      return { top: row.top, bottom: row.bottom, headBottom: head.bottom, window: innerHeight };
    });
    expect(where.top).toBeGreaterThanOrEqual(where.headBottom - 1);
    expect(where.bottom).toBeLessThanOrEqual(where.window);
    await page.close();
  });

  it.each([
    { width: 1280, height: 800 },
    { width: 390, height: 844 },
  ])('a 5,000-character title and a 400-letter word wrap at $width px', async (size) => {
    const page = await open(`#/papers?q=${'Laws'}`, size.width, size.height);
    const wide = () =>
      page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(await wide()).toBeLessThanOrEqual(0);
    await page.locator('a.row-link').first().click();
    // The list's own "Papers" heading is there until the paper view replaces it.
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).innerText(), POLL)
      .toHaveLength(LONG_TITLE.trim().length);
    expect(await wide()).toBeLessThanOrEqual(0);
    await page.close();
  });

  it.each([1280, 1000])('kind labels stay inside their column at %i px', async (width) => {
    const page = await open('#/claims?sort=kind', width, 800);
    const overflows = await page.evaluate(
      () =>
        [...document.querySelectorAll('td .kind')].filter((pill) => {
          const cell = pill.closest('td')!.getBoundingClientRect();
          const box = pill.getBoundingClientRect();
          return box.right > cell.right || pill.scrollWidth > pill.clientWidth;
        }).length,
    );
    expect(await page.locator('td .kind').count()).toBeGreaterThan(10);
    expect(overflows).toBe(0);
    await page.close();
  });

  it('a phone keeps the filters behind a "Filters" button, results first', async () => {
    const page = await open('#/papers', 390, 844);
    const toggle = page.getByRole('button', { name: 'Filters' });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    const organization = page.getByRole('group', { name: 'Organization' });
    expect(await organization.isVisible()).toBe(false);
    const statusTop = await page
      .getByRole('status')
      .first()
      .evaluate((el) => el.getBoundingClientRect().top);
    expect(statusTop).toBeLessThan(400);
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    await organization.waitFor();
    await page.close();
  });
});
