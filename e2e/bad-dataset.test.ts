// A page whose bundled dataset does not match the schema (a stale build, a hand-edited
// page) shows a page that says what is wrong and how to rebuild, not a blank one.
// The build refuses such a dataset, so the test swaps the data block of a good build.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DATASET_ELEMENT_ID, datasetDataBlock } from '../src/dataset/embed.ts';
import { launchChromium } from './harness/chromium.ts';
import { readDataset } from './harness/dataset.ts';
import { load, openSession } from './harness/session.ts';
import { serveStatic, type StaticSite } from './harness/static-server.ts';

const chromiumPath = inject('chromiumPath');
const builds = inject('builds');

describe.skipIf(!chromiumPath || !builds)('a bundled dataset the app cannot use', () => {
  let dir = '';
  let site: StaticSite;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'speedboard-bad-dataset-'));
    await cp(builds!.site, dir, { recursive: true });
    const dataset = readDataset(builds!.dataset) as unknown as {
      papers: { claims: { kind: unknown }[] }[];
    };
    const withClaims = dataset.papers.findIndex((p) => p.claims.length > 0);
    dataset.papers[withClaims]!.claims[0]!.kind = 7;
    const html = await readFile(path.join(dir, 'index.html'), 'utf8');
    const block = new RegExp(
      `<script type="application/json" id="${DATASET_ELEMENT_ID}">[^]*?</script>`,
    );
    expect(html).toMatch(block);
    await writeFile(
      path.join(dir, 'index.html'),
      html.replace(block, () => datasetDataBlock(JSON.stringify(dataset))),
    );
    site = await serveStatic(dir);
  });

  afterAll(async () => {
    await site?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
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
      // Styled like the app, and the only problem the watcher sees is none at all.
      expect(await s.page.locator('main.error-page').count()).toBe(1);
      expect(s.takeProblems()).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
