// A site built from a page capture and a Hub API list (the golden api-and-capture
// folder: made-up papers in the API's shape), checked in a real browser: the paper
// links out over https with rel="noopener noreferrer", an author's name leads to
// their papers, and the Upvotes column sorts. Builds its own small site.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { at, columnValues, readTable, sortButton } from './harness/app.ts';
import { buildDataset, buildSite } from './harness/build.ts';
import { launchChromium } from './harness/chromium.ts';
import { load, openSession, type Session } from './harness/session.ts';
import { serveStatic, type StaticSite } from './harness/static-server.ts';

const chromiumPath = inject('chromiumPath');
const INPUTS = 'test/golden/captures/api-and-capture';

describe.skipIf(!chromiumPath)('a site built with a Hub API list', { timeout: 180_000 }, () => {
  let tmp = '';
  let browser: Browser;
  let site: StaticSite;
  let s: Session;

  beforeAll(async () => {
    tmp = await mkdtemp(path.join(os.tmpdir(), 'speedboard-e2e-api-'));
    const dataset = path.join(tmp, 'dataset.json');
    await buildDataset(dataset, [INPUTS]);
    await buildSite(dataset, path.join(tmp, 'site'), 'site');
    browser = await launchChromium(chromiumPath!);
    site = await serveStatic(path.join(tmp, 'site'));
    s = await openSession(browser, site.url);
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await site?.close();
    if (tmp) await rm(tmp, { recursive: true, force: true });
  });

  it('links a paper out, safely, and its authors to their papers', async () => {
    const page = s.page;
    await load(page, at(site.url, '#/paper/ripple-decoding-5571f1'));
    const links = page.getByRole('navigation', { name: 'Links' }).getByRole('link');
    // The site shows a paper once its abstract is in, after the lists' data.
    await links.first().waitFor();
    const found = await links.evaluateAll((as) =>
      (as as HTMLAnchorElement[]).map((a) => [a.textContent, a.href, a.rel, a.target]),
    );
    expect(found).toEqual([
      ['arXiv abstract', 'https://arxiv.org/abs/2511.00417', 'noopener noreferrer', '_blank'],
      ['PDF', 'https://arxiv.org/pdf/2511.00417', 'noopener noreferrer', '_blank'],
      [
        'Hugging Face page',
        'https://huggingface.co/papers/2511.00417',
        'noopener noreferrer',
        '_blank',
      ],
      ['Code', 'https://github.com/example-lab/ripple-decoding', 'noopener noreferrer', '_blank'],
    ]);
    await page.getByRole('link', { name: 'Ines Vauclair' }).click();
    await page.waitForURL(/#\/papers\?author=Ines\+Vauclair$/);
    expect(columnValues(await readTable(page), /^Title/)).toEqual([
      'Ripple Decoding: Draft Trees That Prune Themselves',
    ]);
    expect(s.takeProblems()).toEqual([]);
  });

  it('sorts papers by upvotes from the column header', async () => {
    const page = s.page;
    await load(page, at(site.url, '#/papers'));
    await sortButton(page, /Upvotes/).click();
    await page.waitForURL(/sort=-upvotes/);
    const table = await readTable(page);
    expect(columnValues(table, /Upvotes/)).toEqual(['58', '12']);
    expect(s.takeProblems()).toEqual([]);
  });
});
