// Every feature by keyboard alone, in Chromium: "/" focuses search, j/k and the
// arrow keys move through rows, Enter opens the row's paper, Esc goes back,
// and Tab reaches every control on every view.
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { at, columnValues, dataTable, readTable, searchBox } from './harness/app.ts';
import { paperWithMostClaims, readDataset } from './harness/dataset.ts';
import { load } from './harness/session.ts';
import { useSiteSession } from './harness/site-session.ts';

const chromiumPath = inject('chromiumPath');
const builds = inject('builds');
const POLL = { timeout: 10_000, interval: 100 };

/** Index of the body row holding keyboard focus, or -1. */
function focusedRow(page: Page): Promise<number> {
  return dataTable(page).evaluate((table: HTMLTableElement) => {
    const rows = [...table.tBodies].flatMap((b) => [...b.rows]).filter((r) => r.cells.length > 1);
    return rows.findIndex((r) => r.contains(document.activeElement));
  });
}

/**
 * Presses Tab until focus comes back around, then lists the visible, enabled
 * controls it never reached. A radio group counts as reached through any of
 * its radios (Tab enters a group once; arrows move within it).
 */
async function tabThrough(page: Page): Promise<{ controls: number; missed: string[] }> {
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    document.querySelectorAll('[data-e2e-reached]').forEach((e) => {
      e.removeAttribute('data-e2e-reached');
    });
  });
  let first: string | null = null;
  for (let i = 0; i < 600; i++) {
    await page.keyboard.press('Tab');
    const id = await page.evaluate((n) => {
      const el = document.activeElement;
      if (!el || el === document.body) return null;
      if (!el.hasAttribute('data-e2e-reached')) el.setAttribute('data-e2e-reached', String(n));
      return el.getAttribute('data-e2e-reached');
    }, i);
    if (id === null) continue;
    if (first === null) first = id;
    else if (id === first) break;
  }
  return page.evaluate(() => {
    const selector = [
      'a[href]',
      'button:not([disabled])',
      'input:not([disabled]):not([type="hidden"])',
      'select:not([disabled])',
      'textarea:not([disabled])',
      'summary',
      '[tabindex]:not([tabindex="-1"])',
    ].join(',');
    const controls = [...document.querySelectorAll<HTMLElement>(selector)].filter(
      (el) =>
        el.checkVisibility({ visibilityProperty: true }) &&
        !el.closest('[inert], [aria-hidden="true"]'),
    );
    const reachedRadioGroups = new Set(
      controls
        .filter(
          (el) =>
            el instanceof HTMLInputElement &&
            el.type === 'radio' &&
            el.hasAttribute('data-e2e-reached'),
        )
        .map((el) => (el as HTMLInputElement).name),
    );
    const missed = controls
      .filter((el) => !el.hasAttribute('data-e2e-reached'))
      .filter(
        (el) =>
          !(
            el instanceof HTMLInputElement &&
            el.type === 'radio' &&
            reachedRadioGroups.has(el.name)
          ),
      )
      .map((el) => el.outerHTML.slice(0, 160));
    return { controls: controls.length, missed };
  });
}

describe.skipIf(!chromiumPath || !builds)('keyboard only', () => {
  const dataset = builds ? readDataset(builds.dataset) : null;
  const paper = paperWithMostClaims(dataset);

  const ctx = useSiteSession(chromiumPath ?? '', builds?.site ?? '');
  afterEach(() => {
    expect(ctx.s.takeProblems()).toEqual([]);
  });

  it('"/" focuses search, then a query narrows the rows', async () => {
    await load(ctx.s.page, ctx.site.url);
    await readTable(ctx.s.page);
    await ctx.s.page.keyboard.press('/');
    expect(await searchBox(ctx.s.page).evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await searchBox(ctx.s.page).inputValue()).toBe('');
    await ctx.s.page.keyboard.type('attenton');
    await expect
      .poll(async () => (await readTable(ctx.s.page)).rows.length, POLL)
      .toBeLessThan(dataset!.papers.length);
  });

  it('j/k and the arrow keys move through rows, Enter opens the paper, Esc comes back', async () => {
    await load(ctx.s.page, at(ctx.site.url, '#/papers'));
    const list = columnValues(await readTable(ctx.s.page), /^title/i);
    expect(list.length).toBeGreaterThan(2);
    const listUrl = ctx.s.page.url();
    await ctx.s.page.locator('body').press('j');
    await expect.poll(() => focusedRow(ctx.s.page), POLL).toBe(0);
    const moves: [string, number][] = [
      ['j', 1],
      ['j', 2],
      ['k', 1],
      ['ArrowDown', 2],
      ['ArrowUp', 1],
    ];
    for (const [key, row] of moves) {
      await ctx.s.page.keyboard.press(key);
      await expect.poll(() => focusedRow(ctx.s.page), POLL).toBe(row);
    }
    await ctx.s.page.keyboard.press('Enter');
    await ctx.s.page.getByRole('heading', { name: list[1]!, exact: true }).waitFor();
    expect(new URL(ctx.s.page.url()).hash).toMatch(/^#\/paper\//);
    await ctx.s.page.keyboard.press('Escape');
    await expect.poll(() => ctx.s.page.url(), POLL).toBe(listUrl);
    await expect
      .poll(async () => columnValues(await readTable(ctx.s.page), /^title/i), POLL)
      .toEqual(list);
  });

  it.each([
    { name: 'papers', hash: '#/papers?q=attention' },
    { name: 'claims', hash: '#/claims' },
    { name: 'paper', hash: `#/paper/${encodeURIComponent(paper?.id ?? '')}` },
    { name: 'chart', hash: '#/chart' },
    { name: 'leaderboard', hash: '#/leaderboard' },
    { name: 'claims over time', hash: '#/chart?by=time' },
    { name: 'captures', hash: '#/captures' },
  ])('Tab reaches every control on the $name view', async ({ hash }) => {
    await load(ctx.s.page, at(ctx.site.url, hash));
    await ctx.s.page.locator('main').waitFor();
    await ctx.s.page.getByRole('link').first().waitFor();
    const links = await ctx.s.page.locator('main a[href]').count();
    const { controls, missed } = await tabThrough(ctx.s.page);
    expect(missed).toEqual([]);
    // The search box, the links in the view and more: the walk saw the real page.
    expect(controls).toBeGreaterThan(links);
  });
});
