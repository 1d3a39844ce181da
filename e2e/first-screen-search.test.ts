// A query typed the moment the site's first rows appear, at a dataset big enough that
// the page takes a while to read it whole: the search worker answers from the shipped
// index first, the page parses the first hits alone from the dataset file, and the
// searched list's first screen shows (not busy: its rows and counts are the answer,
// with a note for screen readers that the rest of the list waits); the whole dataset
// then replaces it with the very same rows and counts. The page holds its read of the
// whole dataset back while a query typed over the first screen waits for the worker, so
// a query typed before the app's script runs sees the moment in between every time.
import type { Browser } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { generateCorpus } from '../bench/generate-corpus.ts';
import { BENCH_SEED, writeCorpus } from '../bench/write-corpus.ts';
import { searchBox } from './harness/app.ts';
import { buildDataset, buildSite } from './harness/build.ts';
import { launchChromium } from './harness/chromium.ts';
import { serveStatic, type StaticSite } from './harness/static-server.ts';

const PAPERS = 3_000;
const chromiumPath = inject('chromiumPath');

// Runs in the page before its scripts: every change to the list, recorded with whether
// the first screen's note was there, the count, the facets and the rows on screen.
const RECORD = `(() => {
  const seen = (window.__seen = []);
  const snap = () => {
    const main = document.querySelector('main');
    if (!main) return;
    const s = {
      firstScreen: main.querySelector('[data-first-screen]') !== null,
      busy: main.getAttribute('aria-busy') === 'true',
      q: new URLSearchParams(location.hash.split('?')[1] || '').get('q'),
      status: document.querySelector('.results-toolbar [role="status"]')?.textContent ?? null,
      filters: document.querySelector('aside.filters')?.textContent ?? null,
      rows: [...document.querySelectorAll('tbody tr[data-index]:not([hidden])')].map((tr) => tr.textContent),
    };
    const last = seen[seen.length - 1];
    if (!last || JSON.stringify(last) !== JSON.stringify(s)) seen.push(s);
  };
  new MutationObserver(snap).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
})();`;

interface Seen {
  firstScreen: boolean;
  busy: boolean;
  q: string | null;
  status: string | null;
  filters: string | null;
  rows: string[];
}

describe.skipIf(!chromiumPath)(
  `a query typed over the first screen at ${PAPERS.toLocaleString('en')} papers`,
  () => {
    let tmp = '';
    let site: StaticSite;
    let browser: Browser;

    beforeAll(async () => {
      tmp = mkdtempSync(path.join(os.tmpdir(), 'speedboard-first-search-'));
      writeCorpus(path.join(tmp, 'captures'), generateCorpus({ papers: PAPERS, seed: BENCH_SEED }));
      await buildDataset(path.join(tmp, 'dataset.json'), [path.join(tmp, 'captures')]);
      await buildSite(path.join(tmp, 'dataset.json'), path.join(tmp, 'site'), 'site');
      site = await serveStatic(path.join(tmp, 'site'));
      browser = await launchChromium(chromiumPath!);
    }, 300_000);

    afterAll(async () => {
      await browser?.close();
      await site?.close();
      if (tmp) rmSync(tmp, { recursive: true, force: true });
    });

    it('shows the searched rows before the whole dataset is read, and the same rows after', async () => {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.addInitScript(RECORD);
      // Typed the moment the first rows are painted: the page's own markup, before the
      // app's script runs (held back here, so the keys surely come first); what is typed
      // there goes over to the app's box.
      let release = () => {};
      const held = new Promise<void>((done) => (release = done));
      await page.route(/\/assets\/index-[^/]*\.js$/, async (route) => {
        await held;
        await route.continue();
      });
      await page.goto(site.url, { waitUntil: 'commit' });
      await page.locator('tbody tr[data-index]').first().waitFor();
      await searchBox(page).pressSequentially('speculative', { delay: 20 });
      release();
      await page.waitForFunction(
        () =>
          location.hash.includes('q=speculative') &&
          !document.querySelector('[aria-busy="true"]') &&
          !document.querySelector('[data-first-screen]'),
        null,
        { timeout: 120_000 },
      );
      const seen = (await page.evaluate('window.__seen')) as Seen[];
      const searched = seen.filter((s) => s.q === 'speculative');
      // The first screen of the query, not busy, before the whole dataset...
      const first = searched.findIndex((s) => s.firstScreen && !s.busy && s.rows.length > 0);
      expect(first).toBeGreaterThanOrEqual(0);
      const before = searched[first]!;
      expect(before.rows.length).toBeGreaterThan(5);
      expect(before.rows.every((r) => /specul/i.test(r))).toBe(true);
      // ... and what the whole dataset shows: the same rows, count and facets, and
      // nothing else in between (never busy, never other rows).
      const after = searched.at(-1)!;
      expect(after.firstScreen).toBe(false);
      const shown = (s: Seen) => ({ status: s.status, filters: s.filters, rows: s.rows });
      expect(shown(after)).toEqual(shown(before));
      for (const s of searched.slice(first)) expect(shown(s)).toEqual(shown(before));
      expect(errors).toEqual([]);
      await page.close();
    }, 180_000);
  },
);
