// axe-core in Chromium on every view, light and dark: no serious or critical
// violations (contrast, names, roles, ARIA). The highlight marks of a search
// and of the paper view's claims are included, since their colours are the
// likeliest to fail contrast.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { at, readTable } from './harness/app.ts';
import { seriousViolations } from './harness/axe.ts';
import { launchChromium } from './harness/chromium.ts';
import { paperWithMostClaims, readDataset } from './harness/dataset.ts';
import { load, openSession, type Session } from './harness/session.ts';
import { serveStatic, type StaticSite } from './harness/static-server.ts';

const chromiumPath = inject('chromiumPath');
const builds = inject('builds');

describe.skipIf(!chromiumPath || !builds)('accessibility (axe-core)', () => {
  let browser: Browser;
  let site: StaticSite;
  let s: Session;
  const dataset = builds ? readDataset(builds.dataset) : null;
  // The paper with the most claims: the most marks and claim rows.
  const paper = paperWithMostClaims(dataset);
  const views = [
    { name: 'papers', hash: '#/papers', table: true },
    { name: 'papers with a search', hash: '#/papers?q=attention', table: true, marks: true },
    { name: 'claims', hash: '#/claims', table: true },
    { name: 'paper', hash: `#/paper/${encodeURIComponent(paper?.id ?? '')}`, table: false, marks: true },
    { name: 'chart', hash: '#/chart', table: false },
  ];

  beforeAll(async () => {
    browser = await launchChromium(chromiumPath!);
    site = await serveStatic(builds!.site);
    s = await openSession(browser, site.url, { bypassCSP: true });
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it('has a paper with claims to look at', () => {
    expect(paper?.claims.length).toBeGreaterThan(0);
  });

  // Otherwise an empty list would prove nothing.
  it('axe reports a violation when there is one', async () => {
    await load(s.page, at(site.url, '#/papers'));
    await readTable(s.page);
    await s.page.evaluate(() => document.querySelector('main')?.append(document.createElement('button')));
    expect((await seriousViolations(s.page)).map((v) => v.id)).toContain('button-name');
  });

  describe.each(['light', 'dark'] as const)('%s scheme', (scheme) => {
    it.each(views)('$name view has no serious or critical violations', async (view) => {
      await s.page.emulateMedia({ colorScheme: scheme });
      await load(s.page, at(site.url, view.hash));
      if (view.table) await readTable(s.page);
      else if (view.name === 'chart') await s.page.locator('main svg a').first().waitFor();
      else await s.page.getByRole('heading', { name: paper!.title, exact: true }).waitFor();
      if (view.marks) expect(await s.page.locator('mark').count()).toBeGreaterThan(0);
      expect(await seriousViolations(s.page)).toEqual([]);
      expect(s.takeProblems()).toEqual([]);
    });
  });
});
