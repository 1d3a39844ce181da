// What people do with Speedboard, in real Chromium, on both ways it is opened:
// the static site under a sub-path of a plain HTTP server and the single-file
// build over file://. One table of targets, one set of checks.
import { createHash } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Claim, Dataset, Paper } from '../src/dataset/schema.ts';
import { at, columnValues, readTable, searchBox, sortButton, statusCount } from './harness/app.ts';
import { launchChromium } from './harness/chromium.ts';
import { readDataset } from './harness/dataset.ts';
import { load, openSession, type Session } from './harness/session.ts';
import { targets, type Opened } from './harness/targets.ts';

const chromiumPath = inject('chromiumPath');
const builds = inject('builds');
const POLL = { timeout: 10_000, interval: 100 };
const CLIPBOARD = ['clipboard-read', 'clipboard-write'];

async function titles(page: Page): Promise<string[]> {
  return columnValues(await readTable(page), /^title/i);
}

function paperByTitle(dataset: Dataset, title: string): Paper {
  const paper = dataset.papers.find((p) => p.title === title);
  if (!paper)
    throw new Error(`the page shows a title that is not in the dataset: ${JSON.stringify(title)}`);
  return paper;
}

/** The claim a claims-table row shows: its paper's title and its evidence text are both in the row. */
function claimOfRow(dataset: Dataset, row: string[]): Claim {
  const text = row.join('\n');
  const paper = dataset.papers
    .filter((p) => text.includes(p.title))
    .sort((a, b) => b.title.length - a.title.length)[0];
  const claim = paper?.claims
    .filter((c) => text.includes(c.text))
    .sort((a, b) => b.text.length - a.text.length)[0];
  if (!claim) throw new Error(`claims row matches no claim of the dataset: ${JSON.stringify(row)}`);
  return claim;
}

/** True when values are ordered (non-null ones) and the nulls are together at one end. */
function orderedWithNullsAtAnEnd(
  values: (string | number | null)[],
  direction: 'ascending' | 'descending',
): boolean {
  const firstNull = values.indexOf(null);
  const lastNull = values.lastIndexOf(null);
  if (firstNull >= 0) {
    const nullCount = values.filter((v) => v === null).length;
    if (lastNull - firstNull + 1 !== nullCount) return false;
    if (firstNull !== 0 && lastNull !== values.length - 1) return false;
  }
  const present = values.filter((v): v is string | number => v !== null);
  return present.every(
    (v, i) => i === 0 || (direction === 'ascending' ? present[i - 1]! <= v : present[i - 1]! >= v),
  );
}

describe.skipIf(!chromiumPath || !builds)('Speedboard in Chromium', () => {
  let browser: Browser;
  const dataset = builds ? readDataset(builds.dataset) : null;

  beforeAll(async () => {
    browser = await launchChromium(chromiumPath!);
  });
  afterAll(async () => {
    await browser?.close();
  });

  describe.each(builds ? targets(builds.site, builds.offline) : [])('$name', (target) => {
    let opened: Opened;
    let s: Session;
    const data = () => dataset!;

    beforeAll(async () => {
      opened = await target.open();
      s = await openSession(browser, opened.base, { permissions: CLIPBOARD });
    });
    afterEach(() => {
      expect(s.takeProblems()).toEqual([]);
    });
    afterAll(async () => {
      await s?.context.close();
      await opened?.close();
    });

    it('carries a strict Content-Security-Policy meta tag', async () => {
      await load(s.page, opened.base);
      const csp = await s.page
        .locator('meta[http-equiv="Content-Security-Policy"]')
        .getAttribute('content');
      expect(csp).toBeTruthy();
      const directives = new Map(
        csp!
          .split(';')
          .map((d) => d.trim().split(/\s+/))
          .map(([name, ...v]) => [name!, v]),
      );
      expect(directives.get('default-src')).toEqual(["'none'"]);
      const scripts = directives.get('script-src') ?? [];
      const styles = directives.get('style-src') ?? [];
      expect(scripts.length).toBeGreaterThan(0);
      if (opened.base.startsWith('file:')) {
        for (const source of [...scripts, ...styles])
          expect(source).toMatch(/^'sha256-[A-Za-z0-9+/=]+'$/);
      } else {
        // The site's own files, and by its hash each inline script the page holds (the
        // first screen's guard), nothing else.
        const inline = await s.page.$$eval('script:not([src])', (els) =>
          els
            .filter((el) => el.getAttribute('type') !== 'application/json')
            .map((el) => el.textContent ?? ''),
        );
        const hashes = inline.map(
          (code) => `'sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}'`,
        );
        expect([...scripts].sort()).toEqual(["'self'", ...hashes].sort());
        expect(styles).toEqual(["'self'"]);
      }
      expect(directives.get('base-uri')).toEqual(["'none'"]);
      expect(directives.get('form-action')).toEqual(["'none'"]);
    });

    it('lists every paper of the dataset in a table, with a status line', async () => {
      await load(s.page, opened.base);
      await expect.poll(() => titles(s.page), POLL).toHaveLength(data().papers.length);
      expect(new Set(await titles(s.page))).toEqual(new Set(data().papers.map((p) => p.title)));
      expect(await statusCount(s.page)).toBe(data().papers.length);
    });

    it('finds the attention papers from a typo ("attenton") and leaves out the rest', async () => {
      await load(s.page, opened.base);
      await searchBox(s.page).fill('attenton');
      const mentions = data()
        .papers.filter((p) => /attention/i.test(`${p.title} ${p.abstract}`))
        .map((p) => p.title);
      const inTitle = data()
        .papers.filter((p) => /attention/i.test(p.title))
        .map((p) => p.title);
      expect(inTitle.length).toBeGreaterThan(0);
      expect(mentions.length).toBeLessThan(data().papers.length);
      await expect.poll(() => titles(s.page), POLL).not.toHaveLength(data().papers.length);
      const shown = await titles(s.page);
      expect(shown.filter((t) => !mentions.includes(t))).toEqual([]);
      expect(inTitle.filter((t) => !shown.includes(t))).toEqual([]);
      expect(await statusCount(s.page)).toBe(shown.length);
      expect(decodeURIComponent(new URL(s.page.url()).hash)).toContain('q=attenton');
    });

    it('sorts a column from its header button, both ways, and keeps the sort in the URL', async () => {
      await load(s.page, opened.base);
      const publishedSort = async () => {
        const table = await readTable(s.page);
        return table.sort[table.headers.findIndex((h) => /published/i.test(h))] ?? null;
      };
      const directions: string[] = [];
      for (const click of [1, 2]) {
        const before = await publishedSort();
        await sortButton(s.page, /published/i).click();
        // The view follows the URL, which may update a moment after the click.
        await expect.poll(publishedSort, POLL).not.toBe(before);
        const table = await readTable(s.page);
        const direction = table.sort[table.headers.findIndex((h) => /published/i.test(h))];
        expect(direction, `aria-sort after click ${click}`).toMatch(/^(ascending|descending)$/);
        // Exactly one column is sorted.
        expect(table.sort.filter((v) => v === 'ascending' || v === 'descending')).toHaveLength(1);
        const dates = columnValues(table, /^title/i).map(
          (t) => paperByTitle(data(), t).publishedOn,
        );
        expect(
          orderedWithNullsAtAnEnd(dates, direction as 'ascending' | 'descending'),
          JSON.stringify(dates),
        ).toBe(true);
        expect(decodeURIComponent(new URL(s.page.url()).hash)).toMatch(/sort=/);
        directions.push(direction!);
      }
      expect(new Set(directions)).toEqual(new Set(['ascending', 'descending']));
    });

    it('opens a paper, survives reload, and walks back and forward', async () => {
      await load(s.page, opened.base);
      await searchBox(s.page).fill('attenton');
      await expect.poll(() => titles(s.page), POLL).not.toHaveLength(data().papers.length);
      const list = await titles(s.page);
      const listUrl = s.page.url();
      const title = list[0]!;
      const paper = paperByTitle(data(), title);

      await s.page.getByRole('link', { name: title, exact: true }).first().click();
      const heading = s.page.getByRole('heading', { name: title, exact: true });
      await heading.waitFor();
      expect(new URL(s.page.url()).hash.startsWith(`#/paper/${encodeURIComponent(paper.id)}`)).toBe(
        true,
      );
      const paperUrl = s.page.url();

      await s.page.reload();
      await heading.waitFor();
      expect(s.page.url()).toBe(paperUrl);

      await s.page.goBack();
      await expect.poll(() => titles(s.page), POLL).toEqual(list);
      expect(await searchBox(s.page).inputValue()).toBe('attenton');
      expect(s.page.url()).toBe(listUrl);

      await s.page.goForward();
      await heading.waitFor();
      expect(s.page.url()).toBe(paperUrl);
    });

    it('copies a link that shows the same rows in the same order in a fresh browser', async () => {
      await load(s.page, opened.base);
      await searchBox(s.page).fill('attenton');
      await expect.poll(() => titles(s.page), POLL).not.toHaveLength(data().papers.length);
      await sortButton(s.page, /published/i).click();
      await expect
        .poll(() => decodeURIComponent(new URL(s.page.url()).hash), POLL)
        .toMatch(/sort=/);
      await expect
        .poll(
          async () =>
            (await readTable(s.page)).sort.some((v) => v === 'ascending' || v === 'descending'),
          POLL,
        )
        .toBe(true);
      const expected = await readTable(s.page);

      await s.page.evaluate(() => navigator.clipboard.writeText('(nothing copied)'));
      await s.page.getByRole('button', { name: 'Copy link' }).click();
      await expect
        .poll(() => s.page.evaluate(() => navigator.clipboard.readText()), POLL)
        .not.toBe('(nothing copied)');
      const copied = await s.page.evaluate(() => navigator.clipboard.readText());
      expect(copied).toBe(s.page.url());

      const fresh = await openSession(browser, opened.base);
      try {
        await load(fresh.page, copied);
        await expect
          .poll(async () => (await readTable(fresh.page)).rows, POLL)
          .toEqual(expected.rows);
        expect((await readTable(fresh.page)).sort).toEqual(expected.sort);
        expect(await searchBox(fresh.page).inputValue()).toBe('attenton');
        expect(fresh.takeProblems()).toEqual([]);
      } finally {
        await fresh.context.close();
      }
    });

    it('shows every claim in the claims view, largest factor first', async () => {
      await load(s.page, opened.base);
      await s.page
        .getByRole('link', { name: /^claims/i })
        .first()
        .click();
      await expect
        .poll(async () => (await readTable(s.page)).headers.some((h) => /factor/i.test(h)), POLL)
        .toBe(true);
      const claimCount = data().papers.reduce((n, p) => n + p.claims.length, 0);
      expect(claimCount).toBeGreaterThan(1);
      await expect.poll(async () => (await readTable(s.page)).rows.length, POLL).toBe(claimCount);
      const table = await readTable(s.page);
      expect(table.sort[table.headers.findIndex((h) => /factor/i.test(h))]).toBe('descending');
      const factors = table.rows.map((row) => claimOfRow(data(), row).factor);
      // Largest first; claims without a factor (absolute figures) after all the others.
      const present = factors.filter((f): f is number => f !== null);
      expect(factors).toEqual([
        ...present.sort((a, b) => b - a),
        ...factors.filter((f) => f === null),
      ]);

      // The same view straight from its URL.
      await load(s.page, at(opened.base, '#/claims?sort=-factor'));
      await expect.poll(async () => (await readTable(s.page)).rows, POLL).toEqual(table.rows);
    });

    it('draws the chart, one linked mark per claim with a factor', async () => {
      await load(s.page, at(opened.base, '#/chart'));
      const withFactor = data()
        .papers.flatMap((p) => p.claims)
        .filter((c) => c.factor !== null).length;
      expect(withFactor).toBeGreaterThan(0);
      await expect.poll(() => s.page.locator('main svg a').count(), POLL).toBe(withFactor);
    });

    it('made every request inside its own origin (or file)', () => {
      expect(s.watch.requests.length).toBeGreaterThan(0);
      expect(s.watch.offOrigin).toEqual([]);
    });
  });

  // Proves the harness can fail: otherwise "no problems" would prove nothing.
  describe('the harness itself', () => {
    it('serves only real files under the sub-path: no fallback, no rewrites', async () => {
      const opened = await targets(builds!.site, builds!.offline)[0]!.open();
      try {
        const status = async (url: string) => (await fetch(url)).status;
        const origin = new URL(opened.base).origin;
        expect(await status(opened.base)).toBe(200);
        expect(await status(`${opened.base}index.html`)).toBe(200);
        expect(await status(`${opened.base}papers`)).toBe(404);
        expect(await status(`${opened.base}index`)).toBe(404);
        expect(await status(`${origin}/`)).toBe(404);
        expect(await status(`${origin}/index.html`)).toBe(404);
      } finally {
        await opened.close();
      }
    });

    const addImage = (page: Page) =>
      page.evaluate(() => {
        const img = new Image();
        img.src = 'http://192.0.2.1/pixel.png';
        document.body.append(img);
      });

    it('catches a request to another origin', async () => {
      const opened = await targets(builds!.site, builds!.offline)[0]!.open();
      // Without the page's CSP, which would stop the request before it is made.
      const s = await openSession(browser, opened.base, { bypassCSP: true });
      try {
        await load(s.page, opened.base);
        await addImage(s.page);
        await expect.poll(() => s.watch.offOrigin, POLL).toEqual(['http://192.0.2.1/pixel.png']);
      } finally {
        await s.context.close();
        await opened.close();
      }
    });

    it('catches a CSP violation (and still reports the blocked attempt)', async () => {
      const opened = await targets(builds!.site, builds!.offline)[0]!.open();
      const s = await openSession(browser, opened.base);
      try {
        await load(s.page, opened.base);
        await addImage(s.page);
        await expect.poll(() => s.watch.cspViolations.length, POLL).toBeGreaterThan(0);
        expect(s.watch.offOrigin).toEqual(['http://192.0.2.1/pixel.png']);
      } finally {
        await s.context.close();
        await opened.close();
      }
    });
  });
});
