// A page whose bundled dataset does not match the schema (a stale build, a hand-edited
// page) shows a page that says what is wrong and how to rebuild, not a blank one.
// The build refuses such a dataset, so the test swaps the dataset of a good build.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './harness/chromium.ts';
import { readDataset } from './harness/dataset.ts';
import { load, openSession } from './harness/session.ts';
import { serveStatic, type StaticSite } from './harness/static-server.ts';
import { siteWithDataset, type SwappedSite } from './harness/swap-dataset.ts';

const chromiumPath = inject('chromiumPath');
const builds = inject('builds');

describe.skipIf(!chromiumPath || !builds)('a bundled dataset the app cannot use', () => {
  let swapped: SwappedSite;
  let site: StaticSite;

  beforeAll(async () => {
    const dataset = readDataset(builds!.dataset) as unknown as {
      papers: { claims: { kind: unknown }[] }[];
    };
    const withClaims = dataset.papers.findIndex((p) => p.claims.length > 0);
    dataset.papers[withClaims]!.claims[0]!.kind = 7;
    swapped = await siteWithDataset(builds!.site, dataset);
    site = await serveStatic(swapped.dir);
  });

  afterAll(async () => {
    await site?.close();
    await swapped?.remove();
  });

  it('gets a readable error page that names the field and says how to rebuild', async () => {
    const browser = await launchChromium(chromiumPath!);
    try {
      const s = await openSession(browser, site.url);
      await load(s.page, `${site.url}#/papers`);
      const heading = s.page.getByRole('heading', { level: 1 });
      await expect.poll(() => heading.textContent()).toBe("This page's dataset cannot be shown");
      const alert = (await s.page.getByRole('alert').textContent()) ?? '';
      expect(alert).toMatch(/claims\[0\]\.kind \(paper "[^"]+"\): Invalid type: .*but received 7/);
      expect(alert).toMatch(/npm run data.*npm run build/);
      // Styled like the app, and the watcher sees no problem at all.
      expect(await s.page.locator('main.error-page').count()).toBe(1);
      expect(s.takeProblems()).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
