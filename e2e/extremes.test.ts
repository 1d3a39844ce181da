// Extremes render: a 5,000-character word in a title or a baseline wraps instead of
// widening the page, the largest factor the data allows keeps the chart's axis
// readable, and a paper with 10,000 claims opens with a bounded claim list. The data
// CLI would not write these papers, so they go into a copy of the built site.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Claim, Dataset, Paper } from '../src/dataset/schema.ts';
import { testClaim } from '../src/search/test-papers.ts';
import { ROOT } from './harness/build.ts';
import { launchChromium } from './harness/chromium.ts';
import { readDataset } from './harness/dataset.ts';
import { load } from './harness/session.ts';
import { serveStatic, type StaticSite } from './harness/static-server.ts';
import { siteWithDataset, type SwappedSite } from './harness/swap-dataset.ts';

/** Times are written down for people to read, never asserted. */
function writeTiming(timing: Record<string, number>): void {
  const out = path.join(ROOT, 'test-results');
  mkdirSync(out, { recursive: true });
  writeFileSync(path.join(out, 'extremes-timing.json'), `${JSON.stringify(timing, null, 2)}\n`);
}

const chromiumPath = inject('chromiumPath');
const builds = inject('builds');

const LONG_WORD = `Hyper${'x'.repeat(4990)}Net`;
const MANY = 10_000;

function claimAt(abstract: string, start: number, text: string, over: Partial<Claim>): Claim {
  if (abstract.slice(start, start + text.length) !== text) throw new Error('claim text misplaced');
  return { ...testClaim(abstract, text), start, end: start + text.length, ...over };
}

function extremePapers(template: Paper): Paper[] {
  const longAbstract = `Our ${LONG_WORD} kernel is 3x faster than ${LONG_WORD}.`;
  const sentence = 'It is 2x faster. ';
  const manyAbstract = sentence.repeat(MANY).trim();
  const huge = 'It is 1000000000x faster than brute force.';
  return [
    {
      ...template,
      id: 'long-word',
      title: `${LONG_WORD}: a title with one very long word`,
      abstract: longAbstract,
      claims: [
        claimAt(longAbstract, longAbstract.indexOf('3x'), '3x faster', {
          value: 3,
          factor: 3,
          baseline: LONG_WORD,
        }),
      ],
    },
    {
      ...template,
      id: 'many-claims',
      title: 'A paper with ten thousand claims',
      abstract: manyAbstract,
      claims: Array.from({ length: MANY }, (_, i) =>
        claimAt(manyAbstract, i * sentence.length + 6, '2x faster', {}),
      ),
    },
    {
      ...template,
      id: 'huge-factor',
      title: 'A billion times faster',
      abstract: huge,
      claims: [claimAt(huge, 6, '1000000000x faster', { value: 1e9, factor: 1e9 })],
    },
  ];
}

/** How far the page is wider than the window, in CSS pixels (0 when it fits). */
function overflow(page: Page): Promise<number> {
  return page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
}

describe.skipIf(!chromiumPath || !builds)('extreme papers', () => {
  let swapped: SwappedSite;
  let site: StaticSite;
  let browser: Browser;

  beforeAll(async () => {
    const dataset = readDataset(builds!.dataset) as Dataset;
    dataset.papers.push(...extremePapers(dataset.papers[0]!));
    swapped = await siteWithDataset(builds!.site, dataset);
    site = await serveStatic(swapped.dir);
    browser = await launchChromium(chromiumPath!);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await site?.close();
    await swapped?.remove();
  });

  async function open(hash: string, width: number): Promise<Page> {
    const page = await browser.newPage({ viewport: { width, height: 800 } });
    await load(page, `${site.url}${hash}`);
    await page.locator('main').first().waitFor();
    return page;
  }

  for (const width of [390, 1280]) {
    it.each([
      ['the papers list', '#/papers?q=very+long+word', 'table'],
      ['the claims list', '#/claims?sort=-factor', 'table'],
      ['the paper', '#/paper/long-word', '.claim-list'],
      ['the chart', '#/chart', 'svg'],
    ])(`fits %s at ${width} px, however long a word`, async (_, hash, ready) => {
      const page = await open(hash, width);
      try {
        await page.locator(ready).first().waitFor();
        expect(await overflow(page)).toBeLessThanOrEqual(0);
      } finally {
        await page.close();
      }
    });
  }

  it('shows the largest factor on the chart with readable axis labels', async () => {
    const page = await open('#/chart', 1280);
    try {
      const labels = page.locator('svg text');
      await labels.first().waitFor();
      const texts = await labels.allTextContents();
      expect(texts.join(' ')).not.toMatch(/\b0 ?[x×]|NaN|Infinity|e\+/);
      expect(texts.some((t) => /1,000,000,000×|1e9|10⁹|1B×/.test(t) || /000,000×/.test(t))).toBe(
        true,
      );
    } finally {
      await page.close();
    }
  });

  it('opens a paper with 10,000 claims with a bounded list that grows on request', async () => {
    const page = await open('#/paper/many-claims', 1280);
    try {
      const items = page.locator('.claim-list > li');
      await items.first().waitFor();
      // Timing goes to test-results/extremes-timing.json, never into an assertion.
      const shownAt = await page.evaluate(() => Math.round(performance.now()));
      expect(await items.count()).toBe(100);
      expect(await page.locator('.abstract mark').count()).toBe(200);
      // The same for a one-claim paper of this dataset: the app's own start-up, for comparison.
      const control = await open('#/paper/huge-factor', 1280);
      await control.locator('.claim-list > li').first().waitFor();
      const controlAt = await control.evaluate(() => Math.round(performance.now()));
      writeTiming({ manyClaimsShownMs: shownAt, oneClaimShownMs: controlAt });
      await control.close();
      await page.getByRole('button', { name: /Show 100 more claims \(9900 not shown\)/ }).click();
      await expect.poll(() => items.count()).toBe(200);
    } finally {
      await page.close();
    }
    // A link to a claim far down the list shows a page of claims around it.
    const deep = await open('#/paper/many-claims?claim=4999', 1280);
    try {
      await deep.locator('.claim-list > li').first().waitFor();
      expect(await deep.locator('.claim-list > li').count()).toBe(100);
      expect(await deep.locator('.claim-list > li.is-selected').count()).toBe(1);
      expect(await deep.locator('.claim-list').getAttribute('start')).toBe('4950');
    } finally {
      await deep.close();
    }
  });
});
