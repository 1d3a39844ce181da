// Load only, for comparing builds: navigation to the first painted rows, bytes on
// the wire and the main thread's JS heap, for one or more built sites opened in
// turn (A, B, A, B, …) so that every build sees the same machine load. Optionally
// writes a Chromium CPU profile of one load per site (open it in DevTools); with
// --cpu, also loads each site N more times under a trace, in turn, for the main
// thread's CPU time until the first rows (first-rows-cpu.ts).
// `npm run bench:first-rows -- --site DIR [--site DIR2 …] [--repeat N] [--profile PREFIX] [--cpu]`
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import type { Browser } from 'playwright-core';
import { findChromium, launchChromium } from '../e2e/harness/chromium.ts';
import { serveStatic } from '../e2e/harness/static-server.ts';
import { heapUsed, notBusy, openSite } from './browser-feel';
import { flagValue, siteArgs } from './args';
import { type LoadCpu, loadCpu } from './first-rows-cpu';

interface LoadSample {
  site: string;
  firstRowsMs: number;
  mainThreadMs: number;
  transferred: number;
  heapAfterLoad: number;
  /** When the downloads turn on: the abstracts are in (at once where the data came whole). */
  abstractsMs: number;
  /** Bytes on the wire and heap once they are. */
  transferredAll: number;
  heapAll: number;
  /** A whole query entered once the abstracts are in is answered by the engine (not busy). */
  searchMs: number;
  load: number;
}

async function sample(browser: Browser, site: string, url: string): Promise<LoadSample> {
  const load = os.loadavg()[0]!;
  const opened = await openSite(browser, url);
  // Counted now: what came before the first rows (files keeps growing).
  const transferred = opened.files.reduce((s, f) => s + f.bytes, 0);
  // Once the whole dataset is in: the site's first rows come before it is read.
  await notBusy(opened.page);
  const heapAfterLoad = await heapUsed(opened.page);
  await opened.page
    .getByRole('button', { name: 'Download JSON' })
    .first()
    .waitFor({ state: 'visible', timeout: 120_000 });
  await opened.page.waitForFunction(
    () =>
      [...document.querySelectorAll('button')].some(
        (b) => b.textContent === 'Download JSON' && !b.disabled,
      ),
    null,
    { timeout: 120_000, polling: 20 },
  );
  const abstractsMs = (await opened.page.evaluate('performance.now()')) as number;
  const heapAll = await heapUsed(opened.page);
  const transferredAll = opened.files.reduce((s, f) => s + f.bytes, 0);
  await opened.page.locator('input[type="search"]').fill('attention');
  await opened.page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'), null, {
    timeout: 120_000,
    polling: 20,
  });
  const searchMs = (await opened.page.evaluate('performance.now()')) as number;
  await opened.page.close();
  if (opened.errors.length) throw new Error(`${site}: page errors: ${opened.errors.join('; ')}`);
  const { firstRowsMs, mainThreadMs } = opened;
  return {
    site,
    firstRowsMs,
    mainThreadMs,
    transferred,
    heapAfterLoad,
    abstractsMs,
    transferredAll,
    heapAll,
    searchMs,
    load,
  };
}

/** One load under the CPU profiler (1 ms sampling), written as a .cpuprofile file. */
async function profile(browser: Browser, url: string, out: string): Promise<void> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 1000 });
  await cdp.send('Profiler.start');
  await page.goto(url);
  await page.locator('tbody tr[data-index]').first().waitFor({ timeout: 120_000 });
  await page.waitForTimeout(300);
  const { profile: data } = (await cdp.send('Profiler.stop')) as { profile: unknown };
  writeFileSync(out, JSON.stringify(data));
  await page.close();
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;

async function main(argv: string[]): Promise<number> {
  const sites = siteArgs(argv);
  const repeat = Number(flagValue(argv, '--repeat') ?? 3);
  const profilePrefix = flagValue(argv, '--profile');
  const chromium = findChromium();
  if (sites.length === 0 || !Number.isInteger(repeat) || repeat < 1 || !chromium) {
    process.stderr.write(
      'usage: first-rows.ts --site DIR [--site DIR …] [--repeat N] [--profile PREFIX] [--cpu] (needs Chromium)\n',
    );
    return 2;
  }
  const served = await Promise.all(sites.map((s) => serveStatic(s)));
  const browser = await launchChromium(chromium);
  const samples: LoadSample[] = [];
  const cpu: LoadCpu[][] = sites.map(() => []);
  try {
    for (let r = 0; r < repeat; r++)
      for (let i = 0; i < sites.length; i++) {
        const s = await sample(browser, sites[i]!, served[i]!.url);
        samples.push(s);
        process.stderr.write(
          `${s.site}: first rows ${s.firstRowsMs.toFixed(0)} ms (main thread busy ${s.mainThreadMs.toFixed(0)} ms), ${(s.transferred / 1e6).toFixed(2)} MB, heap ${(s.heapAfterLoad / 1e6).toFixed(1)} MB; abstracts in at ${s.abstractsMs.toFixed(0)} ms, ${(s.transferredAll / 1e6).toFixed(2)} MB, heap ${(s.heapAll / 1e6).toFixed(1)} MB; search answers at ${s.searchMs.toFixed(0)} ms (load ${s.load.toFixed(2)})\n`,
        );
      }
    if (argv.includes('--cpu'))
      for (let r = 0; r < repeat; r++)
        for (let i = 0; i < sites.length; i++) {
          const c = await loadCpu(browser, served[i]!.url);
          cpu[i]!.push(c);
          process.stderr.write(
            `${sites[i]}: traced, first rows ${c.firstRowsMs.toFixed(0)} ms, main thread CPU ${c.mainThreadCpuMs.toFixed(0)} ms, worker CPU ${c.workerCpuMs.toFixed(0)} ms, other processes ${c.otherCpuMs.toFixed(0)} ms (load ${os.loadavg()[0]!.toFixed(2)})\n`,
          );
        }
    if (profilePrefix !== undefined)
      for (let i = 0; i < sites.length; i++)
        await profile(browser, served[i]!.url, `${profilePrefix}-${i}.cpuprofile`);
  } finally {
    await browser.close();
    await Promise.all(served.map((s) => s.close()));
  }
  for (const site of sites) {
    const mine = samples.filter((s) => s.site === site);
    const rows = mine.map((s) => s.firstRowsMs.toFixed(0)).join(', ');
    const busy = median(mine.map((s) => s.mainThreadMs)).toFixed(0);
    process.stdout.write(
      `${site}: first rows median ${median(mine.map((s) => s.firstRowsMs)).toFixed(0)} ms (${rows}), main thread busy ${busy} ms; ` +
        `${(mine[0]!.transferred / 1e6).toFixed(2)} MB on the wire; heap ${(median(mine.map((s) => s.heapAfterLoad)) / 1e6).toFixed(1)} MB; ` +
        `abstracts in at ${median(mine.map((s) => s.abstractsMs)).toFixed(0)} ms (${(mine[0]!.transferredAll / 1e6).toFixed(2)} MB, heap ${(median(mine.map((s) => s.heapAll)) / 1e6).toFixed(1)} MB); ` +
        `search answers at ${median(mine.map((s) => s.searchMs)).toFixed(0)} ms; ` +
        `load ${Math.min(...mine.map((s) => s.load)).toFixed(1)}–${Math.max(...mine.map((s) => s.load)).toFixed(1)}\n`,
    );
  }
  sites.forEach((site, i) => {
    const c = cpu[i]!;
    if (c.length)
      process.stdout.write(
        `${site}: main thread CPU to first rows median ${median(c.map((x) => x.mainThreadCpuMs)).toFixed(0)} ms (${c.map((x) => x.mainThreadCpuMs.toFixed(0)).join(', ')}), worker CPU ${median(c.map((x) => x.workerCpuMs)).toFixed(0)} ms, the browser's other processes ${median(c.map((x) => x.otherCpuMs)).toFixed(0)} ms\n`,
      );
  });
  return 0;
}

main(process.argv.slice(2)).then((code) => (process.exitCode = code));
