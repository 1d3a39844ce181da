// A capture whose titles, abstracts and organization hold HTML and script
// payloads (e2e/fixtures/hostile/), built into both targets. Nothing may run
// (each payload would set window.__pwned or open a dialog), no element may be
// made from the text, and the text must show literally in the tables and the
// paper view. Once more with the page's CSP bypassed: the CSP would block most
// payloads by itself, and the app must be safe without it.
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { FIRST_SCREEN_GUARD } from '../scripts/vite-dataset-plugin.ts';
import { at, columnValues, readTable, searchBox } from './harness/app.ts';
import { launchChromium } from './harness/chromium.ts';
import { readDataset } from './harness/dataset.ts';
import { load, openSession, type Session } from './harness/session.ts';
import { targets, type Opened } from './harness/targets.ts';

const chromiumPath = inject('chromiumPath');
const builds = inject('builds');
const POLL = { timeout: 10_000, interval: 100 };
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** What the payloads would have left behind had any of them been parsed as HTML or run. */
function traces(page: Page): Promise<string[]> {
  return page.evaluate((guard) => {
    const found: string[] = [];
    const w = window as unknown as Record<string, unknown>;
    if (w.__pwned !== undefined) found.push(`window.__pwned = ${String(w.__pwned)}`);
    // The build's module script, and on the site the first screen's inline guard.
    const scripts = [...document.scripts].filter((el) => el.text !== guard).length;
    if (scripts !== 1) found.push(`${scripts} <script> elements (the build has 1)`);
    for (const el of document.querySelectorAll(
      'img[src="x"], svg[onload], iframe, object, embed, b',
    )) {
      found.push(`element from the text: ${el.outerHTML.slice(0, 120)}`);
    }
    for (const el of document.querySelectorAll('*')) {
      const handlers = [...el.attributes].filter((a) => a.name.startsWith('on'));
      if (handlers.length) found.push(`event handler attribute: ${el.outerHTML.slice(0, 120)}`);
    }
    for (const a of document.querySelectorAll<HTMLAnchorElement>('a[href]')) {
      if (!['http:', 'https:', 'file:'].includes(a.protocol))
        found.push(`link with ${a.protocol} URL: ${a.href.slice(0, 120)}`);
    }
    return found;
  }, FIRST_SCREEN_GUARD);
}

describe.skipIf(!chromiumPath || !builds)('hostile seed text', () => {
  let browser: Browser;
  const dataset = builds ? readDataset(builds.hostileDataset) : null;
  const [http, file] = builds ? targets(builds.hostileSite, builds.hostileOffline) : [];
  const cases = builds
    ? [
        { name: `${http!.name}, CSP on`, target: http!, bypassCSP: false, dir: builds.hostileSite },
        {
          name: `${file!.name}, CSP on`,
          target: file!,
          bypassCSP: false,
          dir: builds.hostileOffline,
        },
        {
          name: `${http!.name}, CSP bypassed`,
          target: http!,
          bypassCSP: true,
          dir: builds.hostileSite,
        },
      ]
    : [];

  beforeAll(async () => {
    browser = await launchChromium(chromiumPath!);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('the capture parsed into payload-laden papers and claims', () => {
    const papers = dataset!.papers;
    expect(papers).toHaveLength(3);
    expect(papers.some((p) => p.title.includes('<img src=x onerror='))).toBe(true);
    expect(papers.some((p) => p.title.includes('</script><script>'))).toBe(true);
    expect(papers.some((p) => p.title.startsWith('javascript:'))).toBe(true);
    expect(papers.some((p) => p.abstract.includes('<script>'))).toBe(true);
    expect(papers.some((p) => p.org?.name.includes('<img'))).toBe(true);
    expect(papers.flatMap((p) => p.claims).length).toBeGreaterThan(0);
  });

  describe.each(cases)('$name', ({ target, bypassCSP, dir }) => {
    let opened: Opened;
    let s: Session;
    const data = () => dataset!;

    beforeAll(async () => {
      opened = await target.open();
      s = await openSession(browser, opened.base, { bypassCSP });
    });
    afterEach(async () => {
      expect(await traces(s.page)).toEqual([]);
      expect(s.takeProblems()).toEqual([]);
      // Every request is the page or one of the build's files (an <img src=x> would not be).
      const base = new URL(opened.base);
      const stray = s.watch.requests.filter((u) => {
        const url = new URL(u);
        if (url.protocol === 'about:' || url.protocol === 'data:' || url.protocol === 'blob:')
          return false;
        if (url.protocol === 'file:') return url.pathname !== base.pathname;
        const rel = url.pathname.slice(base.pathname.length);
        return (
          !url.pathname.startsWith(base.pathname) ||
          !existsSync(path.join(dir, rel || 'index.html'))
        );
      });
      expect(stray).toEqual([]);
    });
    afterAll(async () => {
      await s?.context.close();
      await opened?.close();
    });

    it('shows every title literally in the papers table, organization too', async () => {
      await load(s.page, at(opened.base, '#/papers'));
      await expect
        .poll(async () => columnValues(await readTable(s.page), /^title/i).length, POLL)
        .toBe(data().papers.length);
      const table = await readTable(s.page);
      expect(new Set(columnValues(table, /^title/i))).toEqual(
        new Set(data().papers.map((p) => p.title)),
      );
      const orgs = columnValues(table, /^org/i);
      for (const p of data().papers.filter((q) => q.org)) expect(orgs).toContain(p.org!.name);
    });

    it('keeps payloads literal when search highlights them', async () => {
      await load(s.page, at(opened.base, '#/papers'));
      await searchBox(s.page).fill('onerror');
      await expect.poll(() => s.page.locator('mark').count(), POLL).toBeGreaterThan(0);
      const shown = columnValues(await readTable(s.page), /^title/i);
      expect(shown.length).toBeGreaterThan(0);
      for (const title of shown) expect(data().papers.map((p) => p.title)).toContain(title);
    });

    it('shows every claim with its paper in the claims view', async () => {
      await load(s.page, at(opened.base, '#/claims'));
      const claims = data().papers.flatMap((p) =>
        p.claims.map((c) => ({ title: p.title, text: c.text })),
      );
      await expect
        .poll(async () => (await readTable(s.page)).rows.length, POLL)
        .toBe(claims.length);
      const rows = (await readTable(s.page)).rows.map((r) => r.join('\n'));
      for (const c of claims)
        expect(
          rows.some((r) => r.includes(c.title) && r.includes(c.text)),
          JSON.stringify(c),
        ).toBe(true);
    });

    it('shows title, organization and abstract literally in each paper view', async () => {
      for (const paper of data().papers) {
        await load(s.page, at(opened.base, `#/paper/${encodeURIComponent(paper.id)}`));
        await s.page.getByRole('heading', { name: paper.title, exact: true }).waitFor();
        // The heading shows before the abstract is in (it loads after the first paint).
        await s.page.getByText('Loading the abstract…').waitFor({ state: 'detached' });
        const text = squash(await s.page.locator('main').innerText());
        // The abstract reads in order, claim marks carrying a numbered reference
        // after their evidence: each piece between those references is intact.
        const cuts = [
          0,
          ...paper.claims.map((c) => c.end).sort((a, b) => a - b),
          paper.abstract.length,
        ];
        const pieces = cuts
          .slice(1)
          .map((end, i) => squash(paper.abstract.slice(cuts[i], end)))
          .filter(Boolean);
        expect(pieces.join('').length).toBeGreaterThan(paper.abstract.length * 0.9);
        let from = 0;
        for (const piece of pieces) {
          const at = text.indexOf(piece, from);
          expect(at, `abstract piece ${JSON.stringify(piece)}`).toBeGreaterThanOrEqual(0);
          from = at + piece.length;
        }
        if (paper.org) expect(text).toContain(squash(paper.org.name));
        if (paper.claims.length) expect(await s.page.locator('mark').count()).toBeGreaterThan(0);
        expect(await traces(s.page)).toEqual([]);
      }
    });
  });

  // Otherwise "no traces" would prove nothing.
  it('would see a payload that was parsed as HTML', async () => {
    const opened = await http!.open();
    const s = await openSession(browser, opened.base, { bypassCSP: true });
    try {
      await load(s.page, at(opened.base, '#/papers'));
      await readTable(s.page);
      await s.page.evaluate(() =>
        document.body.insertAdjacentHTML(
          'beforeend',
          `<img src=x onerror="window.__pwned='test'">`,
        ),
      );
      const img = `<img src="x" onerror="window.__pwned='test'">`;
      await expect
        .poll(() => traces(s.page), POLL)
        .toEqual([
          'window.__pwned = test',
          `element from the text: ${img}`,
          `event handler attribute: ${img}`,
        ]);
      s.takeProblems(); // the 404 for "x" is this test's own doing
    } finally {
      await s.context.close();
      await opened.close();
    }
  });
});
