// What a reader feels in real Chromium, on a built site served with gzip:
// navigation to the first painted rows, bytes transferred, JS heap once loaded,
// keystroke to painted results (typing after a pause, and typing the moment the
// rows appear), and frames dropped while scrolling the table end to end.
// `node --import tsx bench/browser-feel.ts --site DIR --papers N [--json OUT]`;
// `npm run bench` runs it at 10k and 50k. Numbers are reported, never asserted.
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { findChromium, launchChromium } from '../e2e/harness/chromium.ts';
import { serveStatic } from '../e2e/harness/static-server.ts';

/** A phrase, a typo, three words (e2e/perf-10k.test.ts types the same). */
export const QUERIES = ['speculative decoding', 'attenton', 'kv cache h100'];
/** Roughly a fast typist. */
export const KEY_DELAY_MS = 120;
const PAUSE_MS = 3000;
/** Scrolled per animation frame end to end: about 40 rows, a whole new window every frame. */
const SCROLL_STEP_PX = 1920;
/** A fast fling: 5 rows a frame (14,400 px/s), for FLING_FRAMES frames. */
const FLING_STEP_PX = 240;
const FLING_FRAMES = 600;
const FRAME_MS = 1000 / 60;

export interface KeyStats {
  keystrokes: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
}

export interface BrowserFeel {
  papers: number;
  browser: string;
  measuredAt: string;
  /** 1-minute load average before and after. */
  load: [number, number];
  /** Navigation start to the first painted table row. */
  firstRowsMs: number;
  /** Encoded (on the wire) bytes of every response of the page load, by file. */
  transferred: { total: number; files: { url: string; bytes: number }[] };
  /** Used JS heap of the page (main thread) once it is first not busy, after a forced GC. */
  heapAfterLoad: number;
  /** First rows to the moment a whole query, entered at once, is answered by the engine. */
  indexReadyMs: number;
  pause: KeyStats;
  immediate: KeyStats;
  /**
   * First rows to the first key of the immediate case: how soon the harness began to
   * type. Keys typed before the engine answers wait for it, so the immediate figures
   * depend on this delay as much as on the page (more so at 50k, where the whole
   * dataset takes most of a second to read).
   */
  immediateStartMs: number;
  /** Scrolling the table end to end, SCROLL_STEP_PX a frame. */
  scroll: { frames: number; dropped: number; droppedShare: number; rows: number };
  /** A fling from the top, FLING_STEP_PX a frame for FLING_FRAMES frames. */
  fling: { frames: number; dropped: number; droppedShare: number; rows: number };
  /** The same frame counter with nothing scrolling: what this machine drops anyway. */
  idleDroppedShare: number;
}

// Runs in the page before any of its scripts: timestamps keydowns in the search box,
// every return of the page to not-busy (and the frame painted after it), and the
// first row. A string, not a function: tsx's transform would add helper calls
// that do not exist in the page.
// A key is timed from when it went down (the event's timeStamp: when the browser got
// it), not from when the page dispatched it: a key pressed during a long task waits
// for that task, and the reader feels the wait. The dispatch time is kept too: only a
// paint after it can hold the key's answer.
export const INSTRUMENT_PAGE = `(() => {
  const feel = (window.__feel = { keys: [], dispatched: [], painted: [], firstRows: null });
  document.addEventListener('keydown', (e) => {
    if (e.target && e.target.matches && e.target.matches('input[type="search"]')) {
      feel.keys.push(e.timeStamp);
      feel.dispatched.push(performance.now());
    }
  }, true);
  const afterPaint = (record) => requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => record(performance.now());
    channel.port2.postMessage(0);
  });
  new MutationObserver(() => {
    if (!document.querySelector('[aria-busy="true"]')) afterPaint((t) => feel.painted.push(t));
  }).observe(document, { attributes: true, attributeFilter: ['aria-busy'], subtree: true });
  const poll = () => {
    if (document.querySelector('tbody tr[data-index]'))
      afterPaint((t) => { if (feel.firstRows === null) feel.firstRows = t; });
    else requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
})();`;

// Counts frames for `count` animation frames with nothing else happening.
const IDLE_FRAMES = `(async (count) => {
  const frames = [];
  await new Promise((done) => {
    const tick = (t) => {
      frames.push(t);
      if (frames.length >= count) done();
      else requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  return frames;
})`;

// Scrolls the table's scroll box (or the page, if the table does not scroll on its
// own) end to end, a fixed step per frame; resolves with every frame's timestamp.
export const SCROLL_END_TO_END = `(async (step, maxFrames) => {
  const table = document.querySelector('.table-scroll');
  const box = table && table.scrollHeight > table.clientHeight + 1 ? table : document.scrollingElement;
  box.scrollTop = 0;
  const frames = [];
  await new Promise((done) => {
    const tick = (t) => {
      frames.push(t);
      const before = box.scrollTop;
      box.scrollTop = before + step;
      if (box.scrollTop === before || frames.length >= maxFrames) done();
      else requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  return frames;
})`;

/** What INSTRUMENT_PAGE records of a query's keys (page clock, ms). */
export interface FeelKeys {
  keys: number[];
  dispatched: number[];
  painted: number[];
}

/** Clears the record before a query is typed. Runs in the page. */
export const clearFeelKeys = () => {
  const f = (window as unknown as { __feel: FeelKeys }).__feel;
  f.keys.length = 0;
  f.dispatched.length = 0;
  f.painted.length = 0;
};

/**
 * Per key: when it went down (`k`) and the first not-busy frame painted after the page
 * dispatched it (`end`, NaN if none was).
 */
export function keyAnswers(f: FeelKeys): { k: number; end: number }[] {
  return f.keys.map((k, i) => {
    const dispatched = f.dispatched[i] ?? k;
    return { k, end: f.painted.find((t) => t >= dispatched) ?? NaN };
  });
}

export const quantile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))] ?? NaN;

function keyStats(times: number[]): KeyStats {
  const sorted = [...times].sort((a, b) => a - b);
  return {
    keystrokes: sorted.length,
    p50Ms: quantile(sorted, 0.5),
    p95Ms: quantile(sorted, 0.95),
    maxMs: sorted.at(-1) ?? NaN,
  };
}

export async function notBusy(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'), null, {
    timeout: 120_000,
  });
}

/**
 * Types the queries one key at a time; per keystroke, keydown to the next painted
 * not-busy frame, and when the first key went down (the page's clock).
 */
async function typeQueries(
  page: Page,
  clearFirst: boolean,
): Promise<{ times: number[]; firstKey: number }> {
  const box = page.locator('input[type="search"]');
  const times: number[] = [];
  let firstKey = NaN;
  for (const query of QUERIES) {
    if (clearFirst) {
      await box.fill('');
      await notBusy(page);
    }
    await page.evaluate(clearFeelKeys);
    await box.pressSequentially(query, { delay: KEY_DELAY_MS });
    await notBusy(page);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50))));
    const answers = keyAnswers(
      await page.evaluate(() => (window as unknown as { __feel: FeelKeys }).__feel),
    );
    if (Number.isNaN(firstKey)) firstKey = answers[0]?.k ?? NaN;
    for (const { k, end } of answers) {
      if (Number.isNaN(end)) throw new Error(`a keystroke of "${query}" never settled`);
      times.push(end - k);
    }
    clearFirst = true;
  }
  return { times, firstKey };
}

export async function heapUsed(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  await cdp.detach();
  return usedSize;
}

/**
 * Opens the site; resolves once the first rows are painted. `mainThreadMs`: the page's
 * main thread busy time (every task) until then, which load inflates less than wall time.
 */
export async function openSite(browser: Browser, url: string) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.addInitScript(INSTRUMENT_PAGE);
  const cdp = await page.context().newCDPSession(page);
  const urls = new Map<string, string>();
  const files: { url: string; bytes: number }[] = [];
  cdp.on('Network.requestWillBeSent', (e: { requestId: string; request: { url: string } }) =>
    urls.set(e.requestId, e.request.url),
  );
  cdp.on('Network.loadingFinished', (e: { requestId: string; encodedDataLength: number }) =>
    files.push({ url: urls.get(e.requestId) ?? '?', bytes: e.encodedDataLength }),
  );
  await cdp.send('Network.enable');
  await cdp.send('Performance.enable');
  await page.goto(url);
  await page.waitForFunction(
    () => (window as unknown as { __feel: { firstRows: number | null } }).__feel.firstRows !== null,
    null,
    { timeout: 120_000, polling: 50 },
  );
  const { metrics } = (await cdp.send('Performance.getMetrics')) as {
    metrics: { name: string; value: number }[];
  };
  const mainThreadMs = (metrics.find((m) => m.name === 'TaskDuration')?.value ?? NaN) * 1000;
  const firstRowsMs = await page.evaluate(
    () => (window as unknown as { __feel: { firstRows: number } }).__feel.firstRows,
  );
  return { page, errors, firstRowsMs, mainThreadMs, files, cdp };
}

export function droppedFrames(times: readonly number[]): number {
  let dropped = 0;
  for (let i = 1; i < times.length; i++)
    dropped += Math.max(0, Math.round((times[i]! - times[i - 1]!) / FRAME_MS) - 1);
  return dropped;
}

async function idleDropped(page: Page): Promise<number> {
  const times = (await page.evaluate(`${IDLE_FRAMES}(240)`)) as number[];
  const dropped = droppedFrames(times);
  return dropped / (times.length + dropped);
}

/** Frames dropped while scrolling end to end (see SCROLL_END_TO_END). */
async function scrollEndToEnd(
  page: Page,
  step: number,
  maxFrames: number,
): Promise<BrowserFeel['scroll']> {
  const times = (await page.evaluate(`${SCROLL_END_TO_END}(${step}, ${maxFrames})`)) as number[];
  const dropped = droppedFrames(times);
  const rows = await page.locator('tbody tr[data-index]').count();
  return { frames: times.length, dropped, droppedShare: dropped / (times.length + dropped), rows };
}

export async function measureBrowserFeel(
  siteDir: string,
  papers: number,
  chromiumPath: string,
): Promise<BrowserFeel> {
  const loadBefore = os.loadavg()[0]!;
  const site = await serveStatic(siteDir);
  const browser = await launchChromium(chromiumPath);
  try {
    // A whole query entered the moment the rows appear: when the engine is ready.
    const ready = await openSite(browser, site.url);
    await ready.page.locator('input[type="search"]').fill('attention');
    await notBusy(ready.page);
    const indexReadyMs =
      ((await ready.page.evaluate('performance.now()')) as number) - ready.firstRowsMs;
    await ready.page.close();
    // Typing the moment the rows appear.
    const first = await openSite(browser, site.url);
    const immediate = await typeQueries(first.page, false);
    await first.page.close();
    // Typing after a pause; this page also gives the load figures.
    const second = await openSite(browser, site.url);
    // Once the whole dataset is in: the site's first rows come before it is read.
    await notBusy(second.page);
    const heapAfterLoad = await heapUsed(second.page);
    await second.page.waitForTimeout(PAUSE_MS);
    const pause = await typeQueries(second.page, false);
    await second.page.locator('input[type="search"]').fill('');
    await notBusy(second.page);
    const idleDroppedShare = await idleDropped(second.page);
    const fling = await scrollEndToEnd(second.page, FLING_STEP_PX, FLING_FRAMES);
    const scroll = await scrollEndToEnd(second.page, SCROLL_STEP_PX, Number.MAX_SAFE_INTEGER);
    const errors = [...ready.errors, ...first.errors, ...second.errors];
    if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
    const files = second.files.map((f) => ({ url: f.url.replace(site.url, ''), bytes: f.bytes }));
    return {
      papers,
      browser: `Chromium ${browser.version()}`,
      measuredAt: new Date().toISOString(),
      load: [loadBefore, os.loadavg()[0]!],
      firstRowsMs: second.firstRowsMs,
      transferred: { total: files.reduce((s, f) => s + f.bytes, 0), files },
      heapAfterLoad,
      indexReadyMs,
      pause: keyStats(pause.times),
      immediate: keyStats(immediate.times),
      immediateStartMs: immediate.firstKey - first.firstRowsMs,
      scroll,
      fling,
      idleDroppedShare,
    };
  } finally {
    await browser.close();
    await site.close();
  }
}

async function main(argv: string[]): Promise<number> {
  const get = (flag: string) => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const site = get('--site');
  const papers = Number(get('--papers'));
  const chromium = findChromium();
  if (!site || !Number.isInteger(papers) || !chromium) {
    process.stderr.write(
      'usage: browser-feel.ts --site DIR --papers N [--json OUT] (needs Chromium)\n',
    );
    return 2;
  }
  const feel = await measureBrowserFeel(site, papers, chromium);
  const json = JSON.stringify(feel, null, 2) + '\n';
  const out = get('--json');
  if (out) writeFileSync(out, json);
  process.stdout.write(json);
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href)
  main(process.argv.slice(2)).then((code) => (process.exitCode = code));
