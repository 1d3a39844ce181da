// axe-core in Chromium on every view, light and dark: no serious or critical
// violations (contrast, names, roles, ARIA). The highlight marks of a search
// and of the paper view's claims are included, since their colours are the
// likeliest to fail contrast.
import { describe, expect, inject, it } from 'vitest';
import { at, readTable } from './harness/app.ts';
import { seriousViolations } from './harness/axe.ts';
import { paperWithMostClaims, readDataset } from './harness/dataset.ts';
import { load } from './harness/session.ts';
import { useSiteSession } from './harness/site-session.ts';

const chromiumPath = inject('chromiumPath');
const builds = inject('builds');

describe.skipIf(!chromiumPath || !builds)('accessibility (axe-core)', () => {
  const dataset = builds ? readDataset(builds.dataset) : null;
  // The paper with the most claims: the most marks and claim rows.
  const paper = paperWithMostClaims(dataset);
  const views = [
    { name: 'papers', hash: '#/papers', table: true },
    { name: 'papers with a search', hash: '#/papers?q=attention', table: true, marks: true },
    { name: 'claims', hash: '#/claims', table: true },
    {
      name: 'paper',
      hash: `#/paper/${encodeURIComponent(paper?.id ?? '')}`,
      table: false,
      marks: true,
    },
    { name: 'chart', hash: '#/chart', table: false },
    { name: 'leaderboard', hash: '#/leaderboard', table: true },
    { name: 'claims over time', hash: '#/chart?by=time', table: false },
    { name: 'captures', hash: '#/captures', table: true },
  ];

  // axe-core is injected as an inline script, which the page's own CSP would block.
  const ctx = useSiteSession(chromiumPath ?? '', builds?.site ?? '', { bypassCSP: true });

  it('has a paper with claims to look at', () => {
    expect(paper?.claims.length).toBeGreaterThan(0);
  });

  // Otherwise an empty list would prove nothing.
  it('axe reports a violation when there is one', async () => {
    await load(ctx.s.page, at(ctx.site.url, '#/papers'));
    await readTable(ctx.s.page);
    await ctx.s.page.evaluate(() =>
      document.querySelector('main')?.append(document.createElement('button')),
    );
    expect((await seriousViolations(ctx.s.page)).map((v) => v.id)).toContain('button-name');
  });

  describe.each(['light', 'dark'] as const)('%s scheme', (scheme) => {
    it.each(views)('$name view has no serious or critical violations', async (view) => {
      await ctx.s.page.emulateMedia({ colorScheme: scheme });
      await load(ctx.s.page, at(ctx.site.url, view.hash));
      if (view.table) await readTable(ctx.s.page);
      else if (view.name === 'chart' || view.name === 'claims over time')
        await ctx.s.page.locator('main svg a').first().waitFor();
      else await ctx.s.page.getByRole('heading', { name: paper!.title, exact: true }).waitFor();
      if (view.marks) expect(await ctx.s.page.locator('mark').count()).toBeGreaterThan(0);
      expect(await seriousViolations(ctx.s.page)).toEqual([]);
      expect(ctx.s.takeProblems()).toEqual([]);
    });
  });
});
