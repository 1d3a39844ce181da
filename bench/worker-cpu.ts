// What loading a site costs its search worker, and how soon a paper's similar papers
// show: each site is opened in turn (A, B, A, B, …) in one browser under a Chromium
// trace, left alone for `--idle` seconds after its first rows (the reader reading),
// then the first row's paper is opened and timed until its similar papers are listed
// (the first change to the page after which the list is there, timed in the page).
// Reported per round: the worker's thread time (trace `tdur`, which waiting for a core
// inflates less than wall time) from navigation to the paper's opening, when its last
// task in that span ended (after the first rows), and the page's main thread time
// likewise; then the wall time from opening the paper to its similar papers listed.
// `npm run bench:worker-cpu -- --site DIR [--site DIR2 …] [--repeat N] [--idle S]`
import os from 'node:os';
import type { Browser } from 'playwright-core';
import { tracedLoad } from './first-rows-cpu';
import { flagValue, siteArgs } from './args';
import { interleaveSites, isTask, type TraceEvent } from './trace.ts';

interface Round {
  load: number;
  firstRowsMs: number;
  workerMs: number;
  workerQuietAfterRowsMs: number;
  mainMs: number;
  similarShownMs: number;
}

// A string, not a function: tsx's transform would add helpers the page does not have.
const LISTED = `(() => {
  window.__listed = null;
  const observer = new MutationObserver(() => {
    if (document.querySelector('.similar') && !document.querySelector('.similar [role="status"]')) {
      window.__listed = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document.body, { subtree: true, childList: true, characterData: true });
})()`;

async function round(browser: Browser, url: string, idleMs: number): Promise<Round> {
  const load = os.loadavg()[0]!;
  const { page, firstRowsMs } = await tracedLoad(browser, url);
  await page.waitForTimeout(idleMs);
  // Timed in the page: the first change to the page that leaves the list there.
  await page.evaluate(LISTED);
  const openedAt = (await page.evaluate("performance.mark('worker-cpu-open').startTime")) as number;
  await page.locator('tbody tr[data-index] a').first().click();
  await page.waitForFunction('window.__listed !== null', null, { timeout: 300_000, polling: 20 });
  const similarShownMs = ((await page.evaluate('window.__listed')) as number) - openedAt;
  const events = (
    JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] }
  ).traceEvents;
  await page.close();
  const mark = events.find((e) => e.name === 'worker-cpu-open');
  if (!mark) throw new Error('no mark in the trace');
  // Trace µs at performance.now() = 0.
  const origin = mark.ts - openedAt * 1000;
  const rowsAt = origin + firstRowsMs * 1000;
  const names = new Map<string, string>();
  for (const e of events)
    if (e.ph === 'M' && e.name === 'thread_name')
      names.set(`${e.pid}:${e.tid}`, e.args?.name ?? '');
  // The page's renderer: the process of the mark.
  const busy = (prefix: string) => {
    const mine = events
      .filter(
        (e) =>
          e.ph === 'X' &&
          isTask(e) &&
          e.pid === mark.pid &&
          (names.get(`${e.pid}:${e.tid}`) ?? '').startsWith(prefix) &&
          e.ts < mark.ts,
      )
      .sort((a, b) => a.ts - b.ts);
    // A task nested in another task counts once.
    let total = 0;
    let end = 0;
    for (const e of mine) {
      if (e.ts < end) continue;
      total += (e.tdur ?? e.dur ?? 0) / 1000;
      end = e.ts + (e.dur ?? 0);
    }
    return { total, lastEnd: end };
  };
  const worker = busy('DedicatedWorker');
  return {
    load,
    firstRowsMs,
    workerMs: worker.total,
    workerQuietAfterRowsMs: (worker.lastEnd - rowsAt) / 1000,
    mainMs: busy('CrRendererMain').total,
    similarShownMs,
  };
}

async function main(argv: string[]): Promise<number> {
  const sites = siteArgs(argv);
  const get = (flag: string) => flagValue(argv, flag);
  const repeat = Number(get('--repeat') ?? 2);
  const idleMs = Number(get('--idle') ?? 15) * 1000;
  if (sites.length === 0) {
    process.stderr.write(
      'usage: worker-cpu.ts --site DIR [--site DIR2 …] [--repeat N] [--idle S]\n',
    );
    return 2;
  }
  const f0 = (n: number) => n.toFixed(0);
  const results = await interleaveSites(
    sites,
    repeat,
    (browser, url) => round(browser, url, idleMs),
    (i, r, x) =>
      process.stdout.write(
        `${sites[i]} round ${r + 1} (load ${x.load.toFixed(2)}→${os.loadavg()[0]!.toFixed(2)}): first rows ${f0(x.firstRowsMs)} ms; worker ${f0(x.workerMs)} ms of CPU, last task ended ${f0(x.workerQuietAfterRowsMs)} ms after the first rows; main thread ${f0(x.mainMs)} ms; similar papers listed ${f0(x.similarShownMs)} ms after opening a paper\n`,
      ),
  );
  if (!results) {
    process.stderr.write('no Chromium found\n');
    return 2;
  }
  return 0;
}

main(process.argv.slice(2)).then((code) => (process.exitCode = code));
