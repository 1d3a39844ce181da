// The leaderboard, claims over time, captures, stars and similar papers, in real
// Chromium on both ways Speedboard is opened (static host under a sub-path, and
// the single file over file://), read by role the way a person would.
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildSimilarIndex } from '../src/derive/similar/similar-index.ts';
import { at, columnValues, readTable, statusCount } from './harness/app.ts';
import { launchChromium } from './harness/chromium.ts';
import { paperWithMostClaims, readDataset } from './harness/dataset.ts';
import { load, openSession, type Session } from './harness/session.ts';
import { targets, type Opened } from './harness/targets.ts';

const chromiumPath = inject('chromiumPath');
const builds = inject('builds');
const POLL = { timeout: 10_000, interval: 100 };

function hashOf(page: Page): string {
  return decodeURIComponent(new URL(page.url()).hash);
}

// The site loads every view but the papers list as a chunk of its own (src/app/later-views.ts);
// the single file holds it.
const OTHER_VIEWS_CHUNK = /\/other-views-[^/]*\.js$/;

/** Holds the page's requests for that chunk until release() (none on file://). */
async function holdOtherViews(page: Page): Promise<{ release(): Promise<void>; asked(): boolean }> {
  let asked = false;
  let release!: () => void;
  const released = new Promise<void>((done) => (release = done));
  const continued: Promise<void>[] = [];
  await page.route(OTHER_VIEWS_CHUNK, (route) => {
    asked = true;
    const done = released.then(() => route.continue());
    continued.push(done);
    return done;
  });
  return {
    async release() {
      release();
      await Promise.all(continued);
      await page.unroute(OTHER_VIEWS_CHUNK);
    },
    asked: () => asked,
  };
}

describe.skipIf(!chromiumPath || !builds)('answers no other paper browser gives', () => {
  let browser: Browser;
  const dataset = builds ? readDataset(builds.dataset) : null;
  const data = () => dataset!;

  beforeAll(async () => {
    browser = await launchChromium(chromiumPath!);
  });
  afterAll(async () => {
    await browser?.close();
  });

  describe.each(builds ? targets(builds.site, builds.offline) : [])('$name', (target) => {
    let opened: Opened;
    let s: Session;

    beforeAll(async () => {
      opened = await target.open();
      s = await openSession(browser, opened.base);
    });
    afterEach(() => {
      expect(s.takeProblems()).toEqual([]);
    });
    afterAll(async () => {
      await s?.context.close();
      await opened?.close();
    });

    it('leaderboard: every claim on exactly one ranked board; a row opens its paper with the claim highlighted', async () => {
      await load(s.page, at(opened.base, '#/leaderboard'));
      const main = s.page.getByRole('main');
      await main.getByRole('region').first().waitFor();
      // Open every "Show all" so each ranking is complete.
      for (const more of await main.getByRole('button', { name: /^Show all/ }).all())
        await more.click();
      const claims = data().papers.reduce((n, p) => n + p.claims.length, 0);
      const rows = main.locator('section.board tbody tr');
      await expect.poll(() => rows.count(), POLL).toBe(claims);
      const boards = await main.getByRole('region').count();
      expect(await main.getByRole('status').innerText()).toBe(
        `${claims} claims on ${boards} leaderboard${boards === 1 ? '' : 's'}`,
      );
      // Ranks start at 1 in every table.
      for (const table of await main.getByRole('table').all()) {
        expect((await table.getByRole('cell').first().innerText()).trim()).toBe('1');
      }
      const first = main.locator('section.board tbody tr').first().getByRole('link');
      const title = await first.innerText();
      await first.click();
      await s.page.getByRole('heading', { level: 1, name: title, exact: true }).waitFor();
      expect(hashOf(s.page)).toMatch(/from=leaderboard&claim=\d+$/);
      expect(await s.page.locator('.claim-mark.is-selected').count()).toBeGreaterThan(0);
    });

    it('leaderboard: the grouping is a link, lands in the URL and survives reload', async () => {
      await load(s.page, at(opened.base, '#/leaderboard'));
      await s.page.getByRole('link', { name: 'By metric and hardware' }).click();
      await expect.poll(() => hashOf(s.page), POLL).toBe('#/leaderboard?group=hardware');
      await s.page.reload();
      await s.page.getByRole('main').getByRole('region').first().waitFor();
      const headings = await s.page.locator('section.board h2').allInnerTexts();
      expect(headings.every((h) => / · (on |hardware not stated)/.test(h))).toBe(true);
      expect(
        await s.page
          .getByRole('link', { name: 'By metric and hardware' })
          .getAttribute('aria-current'),
      ).toBe('page');
    });

    it('claims over time: one focusable mark per dated claim with a factor, a tooltip on focus, undated ones counted', async () => {
      await load(s.page, at(opened.base, '#/chart?by=time'));
      const chart = s.page.getByRole('group', { name: 'Claimed factors over time' });
      await chart.waitFor();
      const dated = data().papers.flatMap((p) =>
        p.publishedOn ? p.claims.filter((c) => c.factor !== null && c.factor > 0) : [],
      );
      const undated = data().papers.flatMap((p) =>
        p.publishedOn ? [] : p.claims.filter((c) => c.factor !== null && c.factor > 0),
      );
      const marks = chart.getByRole('link');
      expect(await marks.count()).toBe(dated.length);
      const caption = await s.page.locator('figcaption').innerText();
      if (undated.length > 0) expect(caption).toContain(`${undated.length} claim`);
      else expect(caption).not.toContain('no publication date');
      await marks.first().focus();
      const tip = s.page.getByRole('tooltip');
      await tip.waitFor();
      const name = await marks.first().getAttribute('aria-label');
      expect(name).toContain(await tip.locator('strong').innerText());
      expect(await marks.first().getAttribute('aria-describedby')).toBe(
        await tip.getAttribute('id'),
      );
      // One step line per kind in the legend.
      const kinds = await s.page.getByRole('list', { name: 'Kinds' }).getByRole('listitem').count();
      expect(await s.page.locator('path.record-line').count()).toBe(kinds);
    });

    it("captures: every capture by date; a day opens that page's papers in the page's own order", async () => {
      await load(s.page, at(opened.base, '#/captures'));
      const table = s.page.getByRole('table');
      await table.waitFor();
      expect(await table.locator('tbody tr').count()).toBe(data().sources.length);
      const day = [...data().sources].sort((a, b) => (a.capturedOn < b.capturedOn ? 1 : -1))[0]!;
      await table.getByRole('link').first().click();
      await expect.poll(() => hashOf(s.page), POLL).toBe(`#/papers?captured=${day.capturedOn}`);
      const expected = data()
        .papers.flatMap((p) => {
          const src = p.sources.filter((x) => x.capturedOn === day.capturedOn);
          return src.length
            ? [{ title: p.title, place: [src[0]!.file, src[0]!.position] as const }]
            : [];
        })
        .sort((a, b) =>
          a.place[0] !== b.place[0] ? (a.place[0] < b.place[0] ? -1 : 1) : a.place[1] - b.place[1],
        )
        .map((p) => p.title);
      await expect
        .poll(async () => columnValues(await readTable(s.page), /^title/i), POLL)
        .toEqual(expected);
    });

    it('stars: kept across reloads in this browser, a Starred filter, and a shortlist link that carries them', async () => {
      await load(s.page, at(opened.base, '#/papers'));
      const firstTitle = columnValues(await readTable(s.page), /^title/i)[0]!;
      const star = s.page.getByRole('button', { name: `Star ${firstTitle}`, exact: true });
      await star.click();
      await expect.poll(() => star.getAttribute('aria-pressed'), POLL).toBe('true');
      await s.page.reload();
      await readTable(s.page);
      expect(
        await s.page
          .getByRole('button', { name: `Star ${firstTitle}`, exact: true })
          .getAttribute('aria-pressed'),
      ).toBe('true');
      // click, not check(): the box follows the URL, a render later.
      await s.page.getByRole('checkbox', { name: /Starred papers only/ }).click();
      await expect.poll(() => hashOf(s.page), POLL).toBe('#/papers?starred=1');
      await expect
        .poll(async () => columnValues(await readTable(s.page), /^title/i), POLL)
        .toEqual([firstTitle]);
      const id = data().papers.find((p) => p.title === firstTitle)!.id;
      const link = s.page.getByRole('link', { name: 'Shortlist link (1 paper)' });
      expect(await link.getAttribute('href')).toBe(`#/papers?ids=${id}`);
      // The shortlist opens in another browser with no stars: a fresh context.
      const other = await openSession(browser, opened.base);
      try {
        await load(other.page, at(opened.base, `#/papers?ids=${id}`));
        await expect
          .poll(async () => columnValues(await readTable(other.page), /^title/i), POLL)
          .toEqual([firstTitle]);
        await other.page.getByRole('button', { name: 'Star them all' }).click();
        await other.page.getByText('All starred in this browser.').waitFor();
        expect(other.takeProblems()).toEqual([]);
      } finally {
        await other.context.close();
      }
      await s.page.evaluate(() => localStorage.clear());
    });

    it('similar papers: up to five others, each with the terms it shares, as the index answers', async () => {
      const paper = paperWithMostClaims(dataset)!;
      await load(s.page, at(opened.base, `#/paper/${encodeURIComponent(paper.id)}`));
      const section = s.page.getByRole('region', { name: 'Similar papers' });
      await section.waitFor();
      await expect.poll(() => section.getByText(/Finding similar papers/).count(), POLL).toBe(0);
      const items = section.getByRole('listitem');
      const n = await items.count();
      expect(n).toBeLessThanOrEqual(5);
      const titles = new Set(data().papers.map((p) => p.title));
      const shown: { title: string; shares: string }[] = [];
      for (const item of await items.all()) {
        const linkText = await item.getByRole('link').innerText();
        expect(titles.has(linkText)).toBe(true);
        expect(linkText).not.toBe(paper.title);
        expect(await item.innerText()).toMatch(/shares: \S/);
        const shares = await item.locator('.similar-why').innerText();
        shown.push({ title: linkText, shares: shares.replace(/^shares: /, '') });
      }
      if (n === 0) await section.getByText(/No other paper here shares enough/).waitFor();
      // The build's shipped answers are the index's own.
      const byId = new Map(data().papers.map((p) => [p.id, p]));
      const expected = buildSimilarIndex(data().papers)
        .similar(paper.id)
        .map((f) => ({ title: byId.get(f.id)!.title, shares: f.shared.join(', ') }));
      expect(shown).toEqual(expected);
    });

    it("a view whose code is on its way: the list stays, busy, at the view's address, then the view", async () => {
      const site = target.name.startsWith('static');
      const held = await holdOtherViews(s.page);
      await load(s.page, at(opened.base, '#/papers'));
      const main = s.page.getByRole('main');
      await expect.poll(() => main.getAttribute('aria-busy'), POLL).toBeNull();
      const papers = await readTable(s.page);
      await s.page
        .getByRole('navigation', { name: 'Views' })
        .getByRole('link', { name: 'Claims' })
        .click();
      await expect.poll(() => hashOf(s.page), POLL).toBe('#/claims');
      if (site) {
        await expect.poll(held.asked, POLL).toBe(true);
        expect(await main.getAttribute('aria-busy')).toBe('true');
        expect(await readTable(s.page)).toEqual(papers);
      }
      await held.release();
      await expect.poll(() => main.getAttribute('aria-busy'), POLL).toBeNull();
      const claims = data().papers.reduce((n, p) => n + p.claims.length, 0);
      expect(await statusCount(s.page, 'claims')).toBe(claims);
      expect(hashOf(s.page)).toBe('#/claims');
    });

    it('a paper opened by its link while the code of its view is on its way: busy, then the paper', async () => {
      const site = target.name.startsWith('static');
      const paper = data().papers[0]!;
      const hash = `#/paper/${encodeURIComponent(paper.id)}`;
      const held = await holdOtherViews(s.page);
      await load(s.page, at(opened.base, hash));
      const main = s.page.getByRole('main');
      if (site) {
        await expect.poll(held.asked, POLL).toBe(true);
        await main.getByText('Loading this view…').waitFor();
        expect(await main.getAttribute('aria-busy')).toBe('true');
      }
      await held.release();
      await s.page.getByRole('heading', { level: 1, name: paper.title, exact: true }).waitFor();
      await expect.poll(() => main.getAttribute('aria-busy'), POLL).toBeNull();
      expect(new URL(s.page.url()).hash).toBe(hash);
    });

    it('a bad grouping, day or shortlist id in a link is dropped with a notice', async () => {
      await load(
        s.page,
        at(opened.base, '#/leaderboard?group=colour&captured=1999-01-01&ids=no-such-paper'),
      );
      const alert = s.page.getByRole('alert');
      await alert.waitFor();
      const text = await alert.innerText();
      expect(text).toContain('group="colour"');
      expect(text).toContain('1999-01-01');
      expect(text).toContain('no-such-paper');
      expect(hashOf(s.page)).toBe('#/leaderboard');
    });
  });
});
