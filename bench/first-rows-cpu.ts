// The main thread's CPU time from navigation to the first painted row, read from a
// Chromium trace: the thread time (`tdur`) of every task the page's main thread ran
// in that span. On a loaded machine a load's wall time, and even its task time (CDP
// TaskDuration), is mostly waiting for a core; thread time is what the page's work
// costs. Also the search worker's CPU in the same span, and that of the browser's
// other processes (browser, GPU, any other page): they compete for the same cores.
import type { Browser, Page } from 'playwright-core';
import { INSTRUMENT_PAGE } from './browser-feel';
import type { TraceEvent } from './trace.ts';

export interface LoadCpu {
  firstRowsMs: number;
  mainThreadCpuMs: number;
  workerCpuMs: number;
  otherCpuMs: number;
}

/**
 * Opens `url` in a new page under a Chromium trace, with browser-feel.ts's page
 * instrument (so the first row is the one openSite times), and waits for the first
 * painted rows. The trace is still running; the caller stops it.
 */
export async function tracedLoad(
  browser: Browser,
  url: string,
): Promise<{ page: Page; firstRowsMs: number }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.addInitScript(INSTRUMENT_PAGE);
  await browser.startTracing(page, {
    categories: ['toplevel', 'devtools.timeline', 'blink.user_timing', '__metadata'],
  });
  await page.goto(url);
  await page.waitForFunction(
    () => (window as unknown as { __feel: { firstRows: number | null } }).__feel.firstRows !== null,
    null,
    { timeout: 120_000, polling: 20 },
  );
  const firstRowsMs = (await page.evaluate('window.__feel.firstRows')) as number;
  return { page, firstRowsMs };
}

/** One traced load of `url` (a site whose script is assets/index-*.js). */
export async function loadCpu(browser: Browser, url: string): Promise<LoadCpu> {
  const { page, firstRowsMs } = await tracedLoad(browser, url);
  const events = (
    JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] }
  ).traceEvents;
  await page.close();
  // The page's renderer: the process that asked for the app's script.
  const pid = events.find(
    (e) =>
      e.name === 'ResourceSendRequest' &&
      /\/assets\/index-[^/]*\.js$/.test(e.args?.data?.url ?? ''),
  )?.pid;
  const start = Math.min(
    ...events
      .filter(
        (e) => e.pid === pid && e.name === 'navigationStart' && e.args?.data?.documentLoaderURL,
      )
      .map((e) => e.ts),
  );
  if (pid === undefined || !Number.isFinite(start))
    throw new Error(`${url}: no page load in the trace`);
  const end = start + firstRowsMs * 1000;
  const threads = new Map<number, string>();
  for (const e of events)
    if (e.pid === pid && e.name === 'thread_name') threads.set(e.tid, e.args?.name ?? '');
  let mainThreadCpuMs = 0;
  let workerCpuMs = 0;
  let otherCpuMs = 0;
  for (const e of events) {
    if (e.ph !== 'X' || e.ts < start || e.ts >= end) continue;
    if (e.pid !== pid) {
      if (e.name === 'ThreadControllerImpl::RunTask' || e.name === 'ThreadPool_RunTask')
        otherCpuMs += (e.tdur ?? 0) / 1000;
      continue;
    }
    if (e.name !== 'ThreadControllerImpl::RunTask') continue;
    const thread = threads.get(e.tid) ?? '';
    if (thread === 'CrRendererMain') mainThreadCpuMs += (e.tdur ?? 0) / 1000;
    else if (thread.startsWith('DedicatedWorker')) workerCpuMs += (e.tdur ?? 0) / 1000;
  }
  return { firstRowsMs, mainThreadCpuMs, workerCpuMs, otherCpuMs };
}
