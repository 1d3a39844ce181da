// Screenshots of every view, light and dark, desktop and phone width, into
// test-results/screenshots/ (docs/screenshots/ holds two of them for the
// README). Each shot also checks what a picture alone would not: the color
// scheme took effect and a phone-width page does not scroll sideways.
import { mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { at, readTable } from './harness/app.ts';
import { ROOT } from './harness/build.ts';
import { paperWithMostClaims, readDataset } from './harness/dataset.ts';
import { load } from './harness/session.ts';
import { useSiteSession } from './harness/site-session.ts';

const chromiumPath = inject('chromiumPath');
const builds = inject('builds');
const OUT = path.join(ROOT, 'test-results/screenshots');

const SIZES = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
] as const;
const SCHEMES = ['light', 'dark'] as const;

describe.skipIf(!chromiumPath || !builds)('screenshots', () => {
  const dataset = builds ? readDataset(builds.dataset) : null;
  const paper = paperWithMostClaims(dataset);
  const views = [
    { name: 'papers', hash: '#/papers' },
    { name: 'claims', hash: '#/claims' },
    { name: 'paper', hash: `#/paper/${encodeURIComponent(paper?.id ?? '')}` },
    { name: 'chart', hash: '#/chart' },
    { name: 'leaderboard', hash: '#/leaderboard' },
    { name: 'chart-time', hash: '#/chart?by=time' },
    { name: 'captures', hash: '#/captures' },
  ];
  const shots = views.flatMap((view) =>
    SCHEMES.flatMap((scheme) => SIZES.map((size) => ({ view, scheme, size }))),
  );

  const ctx = useSiteSession(chromiumPath ?? '', builds?.site ?? '');
  beforeAll(() => {
    mkdirSync(OUT, { recursive: true });
  });

  it.each(shots)('$view.name, $scheme, $size.name', async ({ view, scheme, size }) => {
    await ctx.s.page.setViewportSize({ width: size.width, height: size.height });
    await ctx.s.page.emulateMedia({ colorScheme: scheme });
    await load(ctx.s.page, at(ctx.site.url, view.hash));
    if (view.name === 'paper')
      await ctx.s.page.getByRole('heading', { name: paper!.title, exact: true }).waitFor();
    else if (view.name === 'chart' || view.name === 'chart-time')
      await ctx.s.page.locator('main svg a').first().waitFor();
    else await readTable(ctx.s.page);

    const page = await ctx.s.page.evaluate(() => {
      const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
      const [r = 0, g = 0, b = 0] = rgb(getComputedStyle(document.body).color);
      return {
        textLuminance: (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255,
        scrollWidth: document.documentElement.scrollWidth,
        innerWidth: window.innerWidth,
      };
    });
    // Dark scheme: light text; light scheme: dark text.
    if (scheme === 'dark') expect(page.textLuminance).toBeGreaterThan(0.6);
    else expect(page.textLuminance).toBeLessThan(0.4);
    expect(page.scrollWidth, 'the page scrolls sideways').toBeLessThanOrEqual(page.innerWidth);

    const file = path.join(OUT, `${view.name}-${scheme}-${size.name}.png`);
    await ctx.s.page.screenshot({ path: file });
    expect(statSync(file).size).toBeGreaterThan(5_000);
    expect(ctx.s.takeProblems()).toEqual([]);
  });
});
