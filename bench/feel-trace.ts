// Where a keystroke's or a scroll frame's time goes, for comparing builds: each site
// is opened in turn (A, B, A, B, …) in one browser, its search engine made ready, and
// then, under a Chromium trace, the queries of browser-feel.ts are typed after a pause
// and the table is flung and scrolled end to end. Per keystroke (keydown to the frame
// painted once the page is no longer busy) and per scroll frame it reports wall time
// and the renderer main thread's busy time (trace `tdur`, which waiting for a core
// inflates less), split into script, garbage collection, style, layout, paint and the
// rest. Keystrokes typed 120 ms apart overlap when the page is slow, so the main
// thread's time is also given per query (first keydown to last painted result) divided
// by its keys. `--profile PREFIX` also writes a CPU profile and the main thread's trace
// of each site's last round and lists the slowest keystrokes' heaviest functions.
// `npm run bench:feel-trace -- --site DIR [--site DIR2 …] [--repeat N] [--profile PREFIX]`
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import type { Browser, CDPSession, Page } from 'playwright-core';
import {
  clearFeelKeys,
  droppedFrames,
  type FeelKeys,
  INSTRUMENT_PAGE,
  keyAnswers,
  KEY_DELAY_MS,
  notBusy,
  openSite,
  QUERIES,
  quantile,
  SCROLL_END_TO_END,
} from './browser-feel';
import {
  addWorkByKind,
  interleaveSites,
  isTask,
  threadTime,
  type TraceEvent,
  traceOrder,
} from './trace.ts';
import { flagValue, siteArgs } from './args';

interface CpuProfile {
  nodes: {
    id: number;
    callFrame: { functionName: string; url: string; lineNumber: number };
    children?: number[];
  }[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** Main-thread busy time in one interval, in ms of thread time, by kind of work. */
type Split = Record<'total' | 'script' | 'gc' | 'style' | 'layout' | 'paint' | 'other', number>;

const CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'blink.user_timing',
  'v8',
  'v8.gc',
];

function mainThread(events: TraceEvent[]): { pid: number; tid: number } {
  const counts = new Map<string, number>();
  const names = events.filter((e) => e.ph === 'M' && e.args?.name === 'CrRendererMain');
  for (const e of events) {
    const k = `${e.pid}:${e.tid}`;
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  const best = names.sort(
    (a, b) => (counts.get(`${b.pid}:${b.tid}`) ?? 0) - (counts.get(`${a.pid}:${a.tid}`) ?? 0),
  )[0];
  if (!best) throw new Error('no renderer main thread in the trace');
  return { pid: best.pid, tid: best.tid };
}

/** Thread time (ms) of the main thread's work in [from, to] (trace µs), by kind. */
function split(events: readonly TraceEvent[], from: number, to: number): Split {
  const out: Split = { total: 0, script: 0, gc: 0, style: 0, layout: 0, paint: 0, other: 0 };
  out.total = addWorkByKind(out, events, from, to);
  return out;
}

/** Busy thread time (ms) per named thread in [from, to], the main thread left out. */
function otherThreads(
  all: TraceEvent[],
  names: Map<string, string>,
  main: string,
  from: number,
  to: number,
): string {
  const busy = new Map<string, number>();
  for (const e of all) {
    if (e.ph !== 'X' || !isTask(e) || e.ts < from || e.ts > to) continue;
    const id = `${e.pid}:${e.tid}`;
    if (id === main) continue;
    const name = names.get(id) ?? id;
    busy.set(name, (busy.get(name) ?? 0) + (e.tdur ?? e.dur ?? 0) / 1000);
  }
  return [...busy]
    .filter(([, v]) => v >= 1)
    .sort((a, b) => b[1] - a[1])
    .map(([k, v]) => `${k} ${v.toFixed(1)}`)
    .join(', ');
}

/** Tasks of the search worker's thread this long or longer are listed one by one. */
const WORKER_TASK_MS = 10;

/**
 * The search worker's (a DedicatedWorker thread's) work up to `to` (trace µs): its
 * busy wall and thread time, and its tasks of WORKER_TASK_MS or more, each with its
 * start and end in ms after `from` (the first rows).
 */
function workerTasks(
  all: TraceEvent[],
  names: Map<string, string>,
  from: number,
  to: number,
): string[] {
  const out: string[] = [];
  for (const [id, name] of names) {
    if (name !== 'DedicatedWorker thread') continue;
    // A worker's long task (the index's decode, after its fetch) is traced as a
    // 'RunTask' of the timeline category alone, without the 'toplevel' twin isTask asks for.
    const tasks = all
      .filter(
        (e) => e.ph === 'X' && e.name === 'RunTask' && `${e.pid}:${e.tid}` === id && e.ts <= to,
      )
      .sort(traceOrder);
    if (tasks.length === 0) continue;
    const wall = tasks.reduce((a, e) => a + (e.dur ?? 0) / 1000, 0);
    const cpu = tasks.reduce((a, e) => a + threadTime(e), 0);
    out.push(
      `${name} ${id} until the first answer: ${tasks.length} tasks, wall ${f1(wall)} ms, cpu ${f1(cpu)} ms`,
    );
    for (const e of tasks) {
      if ((e.dur ?? 0) < WORKER_TASK_MS * 1000) continue;
      const at = (ts: number) => f1((ts - from) / 1000);
      out.push(
        `    ${at(e.ts)} to ${at(e.ts + (e.dur ?? 0))} ms: wall ${f1((e.dur ?? 0) / 1000)}, cpu ${f1(threadTime(e))}`,
      );
    }
  }
  return out;
}

/** The main thread's tasks of 2 ms or more in [from, to]: start (ms after `from`), wall, thread time, what. */
function timeline(mine: TraceEvent[], from: number, to: number): string[] {
  const tasks = mine.filter((e) => e.ph === 'X' && isTask(e) && e.ts >= from && e.ts <= to);
  return tasks.filter((e) => (e.dur ?? 0) >= 2000).map((e) => describeTask(mine, e, from));
}

/** One task: its start (ms after `from`), wall and thread time, and the kinds of work in it. */
function describeTask(mine: TraceEvent[], e: TraceEvent, from: number): string {
  const kids = mine.filter(
    (c) => c.ph === 'X' && c.ts >= e.ts && c.ts < e.ts + (e.dur ?? 0) && c !== e && !isTask(c),
  );
  const names = [...new Set(kids.slice(0, 40).map((c) => c.args?.data?.type ?? c.name))]
    .slice(0, 6)
    .join(' ');
  return `+${((e.ts - from) / 1000).toFixed(0)} ms: wall ${((e.dur ?? 0) / 1000).toFixed(1)}, cpu ${((e.tdur ?? 0) / 1000).toFixed(1)} — ${names}`;
}

/** Self time (ms) per function over the samples in the intervals [from, to] (profile µs). */
function hotFunctions(
  p: CpuProfile,
  windows: readonly { from: number; to: number }[],
  top = 12,
  inclusive = false,
): string[] {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const name = (n: CpuProfile['nodes'][number]) => {
    const f = n.callFrame;
    return `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}`;
  };
  const self = new Map<string, number>();
  let ts = p.startTime;
  for (let i = 0; i < p.samples.length; i++) {
    ts += p.timeDeltas[i] ?? 0;
    const dt = (p.timeDeltas[i + 1] ?? 0) / 1000;
    if (!windows.some((w) => ts >= w.from && ts <= w.to)) continue;
    const n = byId.get(p.samples[i]!);
    if (!n) continue;
    if (!inclusive) {
      self.set(name(n), (self.get(name(n)) ?? 0) + dt);
      continue;
    }
    // Every function on the sample's stack, once.
    const seen = new Set<string>();
    for (let id: number | undefined = n.id; id !== undefined; id = parent.get(id)) {
      const node = byId.get(id);
      if (node) seen.add(name(node));
    }
    for (const key of seen) self.set(key, (self.get(key) ?? 0) + dt);
  }
  return [...self]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([k, v]) => `${v.toFixed(1)} ${k}`);
}

interface Round {
  /** Per query: main-thread time from its first keydown to its last painted result, per key. */
  perKey: Split;
  keys: { query: string; key: number; wall: number; busy: Split; from: number; to: number }[];
  fling: { frames: number; dropped: number; busy: Split };
  scroll: { frames: number; dropped: number; busy: Split };
  trace: TraceEvent[];
  all: TraceEvent[];
  names: Map<string, string>;
  main: string;
  profile: CpuProfile | null;
  load: number;
  /** Typing at once: the main thread's tasks of 50 ms or more in the EARLY_MS after the first rows. */
  early: { from: number; to: number } | null;
  /**
   * Typing at once: when the harness's first key went down and when its answer was
   * painted, in ms after the first rows (the delay decides how many keys wait).
   */
  start: { firstKey: number; firstAnswer: number } | null;
}

/** How long after the first rows the immediate case lists the main thread's long tasks. */
const EARLY_MS = 3000;
/** A long task, as the browser's Long Tasks API counts them. */
const LONG_TASK_MS = 50;

async function ready(page: Page): Promise<void> {
  const box = page.locator('input[type="search"]');
  await box.fill('attention');
  await notBusy(page);
  await box.fill('');
  await notBusy(page);
}

async function startTrace(cdp: CDPSession, events: TraceEvent[], withProfile: boolean) {
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  const done = new Promise<void>((r) => cdp.once('Tracing.tracingComplete', () => r()));
  await cdp.send('Tracing.start', {
    traceConfig: {
      includedCategories: CATEGORIES,
      recordMode: 'recordAsMuchAsPossible',
    },
    transferMode: 'ReportEvents',
  });
  if (withProfile) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 250 });
    await cdp.send('Profiler.start');
  }
  return { done };
}

/**
 * A page with its first rows painted and a trace running. After a pause: opened, its
 * engine made ready, then traced. Immediate: traced from navigation, and the typing
 * starts the moment the rows appear.
 */
async function tracedPage(
  browser: Browser,
  url: string,
  withProfile: boolean,
  immediate: boolean,
  events: TraceEvent[],
): Promise<{ page: Page; cdp: CDPSession; done: Promise<void> }> {
  if (!immediate) {
    const { page, cdp } = await openSite(browser, url);
    await ready(page);
    await page.waitForTimeout(1000);
    return { page, cdp, ...(await startTrace(cdp, events, withProfile)) };
  }
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.addInitScript(INSTRUMENT_PAGE);
  const cdp = await page.context().newCDPSession(page);
  const { done } = await startTrace(cdp, events, withProfile);
  await page.goto(url);
  await page.waitForFunction(
    () => (window as unknown as { __feel: { firstRows: number | null } }).__feel.firstRows !== null,
    null,
    { timeout: 120_000, polling: 50 },
  );
  return { page, cdp, done };
}

async function round(
  browser: Browser,
  url: string,
  withProfile: boolean,
  immediate: boolean,
): Promise<Round> {
  const load = os.loadavg()[0]!;
  const events: TraceEvent[] = [];
  const { page, cdp, done } = await tracedPage(browser, url, withProfile, immediate, events);
  // performance.now() ↔ trace clock.
  const syncAt = (await page.evaluate("performance.mark('feel-sync').startTime")) as number;
  const firstRows = immediate
    ? await page.evaluate(
        () => (window as unknown as { __feel: { firstRows: number } }).__feel.firstRows,
      )
    : null;
  const keys: { query: string; key: number; wall: number; k: number; end: number }[] = [];
  const box = page.locator('input[type="search"]');
  for (const [n, query] of QUERIES.entries()) {
    if (!immediate || n > 0) {
      await box.fill('');
      await notBusy(page);
      await page.waitForTimeout(300);
    }
    await page.evaluate(clearFeelKeys);
    await box.pressSequentially(query, { delay: KEY_DELAY_MS });
    await notBusy(page);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50))));
    const answers = keyAnswers(
      await page.evaluate(() => (window as unknown as { __feel: FeelKeys }).__feel),
    );
    answers.forEach(({ k, end }, i) => {
      keys.push({ query, key: i, wall: end - k, k, end });
    });
  }
  await box.fill('');
  await notBusy(page);
  await page.waitForTimeout(300);
  // Scrolling is measured after a pause only: it does not depend on when the typing began.
  const flingTimes = immediate
    ? []
    : ((await page.evaluate(`${SCROLL_END_TO_END}(240, 600)`)) as number[]);
  await page.waitForTimeout(300);
  const scrollTimes = immediate
    ? []
    : ((await page.evaluate(`${SCROLL_END_TO_END}(1920, 1e9)`)) as number[]);
  let profile: CpuProfile | null = null;
  if (withProfile) profile = ((await cdp.send('Profiler.stop')) as { profile: CpuProfile }).profile;
  await cdp.send('Tracing.end');
  await done;
  await page.close();
  const thread = mainThread(events);
  const mine = events
    .filter((e) => e.ph === 'X' && e.pid === thread.pid && e.tid === thread.tid)
    .sort(traceOrder);
  const sync = events.find((e) => e.name === 'feel-sync' && e.cat.includes('user_timing'));
  if (!sync) throw new Error('no sync mark in the trace');
  // Trace µs at performance.now() = 0.
  const origin = sync.ts - syncAt * 1000;
  const at = (ms: number) => origin + ms * 1000;
  const framesSplit = (times: number[]): Split => {
    if (times.length === 0) return mean([]);
    const s = split(mine, at(times[0]!), at(times.at(-1)!));
    const n = Math.max(1, times.length - 1);
    for (const k of Object.keys(s) as (keyof Split)[]) s[k] /= n;
    return s;
  };
  const perQuery = QUERIES.map((query) => {
    const mineKeys = keys.filter((k) => k.query === query);
    const s = split(mine, at(mineKeys[0]!.k), at(Math.max(...mineKeys.map((k) => k.end))));
    for (const k of Object.keys(s) as (keyof Split)[]) s[k] /= mineKeys.length;
    return s;
  });
  return {
    perKey: mean(perQuery),
    keys: keys.map((k) => ({
      query: k.query,
      key: k.key,
      wall: k.wall,
      busy: split(mine, at(k.k), at(k.end)),
      from: at(k.k),
      to: at(k.end),
    })),
    fling: {
      frames: flingTimes.length,
      dropped: droppedFrames(flingTimes),
      busy: framesSplit(flingTimes),
    },
    scroll: {
      frames: scrollTimes.length,
      dropped: droppedFrames(scrollTimes),
      busy: framesSplit(scrollTimes),
    },
    trace: mine,
    all: events,
    names: new Map(
      events
        .filter((e) => e.ph === 'M' && e.name === 'thread_name')
        .map((e) => [`${e.pid}:${e.tid}`, e.args?.name ?? '?']),
    ),
    main: `${thread.pid}:${thread.tid}`,
    profile,
    load,
    early: firstRows === null ? null : { from: at(firstRows), to: at(firstRows + EARLY_MS) },
    start:
      firstRows === null
        ? null
        : { firstKey: keys[0]!.k - firstRows, firstAnswer: keys[0]!.end - firstRows },
  };
}

/**
 * A top-level piece of main-thread work: a task, or a microtask checkpoint the trace
 * shows outside any task (promise callbacks after a fetch: at 50k papers the whole
 * dataset's parse and render ran in one, and a filter on tasks alone missed it).
 */
const isTopLevel = (e: TraceEvent) =>
  isTask(e) ||
  (e.name === 'BlinkScheduler_PerformMicrotaskCheckpoint' && e.cat.includes('toplevel'));

/** The main thread's long tasks in [from, to], and a line on them all: how many, wall and thread time. */
function longTasks(mine: TraceEvent[], from: number, to: number) {
  const tasks: TraceEvent[] = [];
  for (const e of mine) {
    if (e.ph !== 'X' || !isTopLevel(e) || e.ts < from || e.ts > to) continue;
    if ((e.dur ?? 0) < LONG_TASK_MS * 1000) continue;
    // One inside another (the trace nests some) is counted once.
    const outer = tasks.at(-1);
    if (outer && e.ts < outer.ts + (outer.dur ?? 0)) continue;
    tasks.push(e);
  }
  const wall = tasks.reduce((a, e) => a + (e.dur ?? 0) / 1000, 0);
  const cpu = tasks.reduce((a, e) => a + (e.tdur ?? 0) / 1000, 0);
  const busy = split(mine, from, to).total;
  return {
    head: `${tasks.length} long tasks (≥ ${LONG_TASK_MS} ms), wall ${f1(wall)} ms, cpu ${f1(cpu)} ms; main thread busy ${f1(busy)} ms in all`,
    tasks,
  };
}

const q = (xs: number[], p: number) =>
  quantile(
    [...xs].sort((a, b) => a - b),
    p,
  );
const f1 = (n: number) => n.toFixed(1);
const fmtSplit = (s: Split) =>
  `total ${f1(s.total)} (script ${f1(s.script)}, gc ${f1(s.gc)}, style ${f1(s.style)}, layout ${f1(s.layout)}, paint ${f1(s.paint)}, other ${f1(s.other)})`;
const mean = (xs: Split[]): Split => {
  const out: Split = { total: 0, script: 0, gc: 0, style: 0, layout: 0, paint: 0, other: 0 };
  for (const x of xs)
    for (const k of Object.keys(out) as (keyof Split)[]) out[k] += x[k] / xs.length;
  return out;
};

async function main(argv: string[]): Promise<number> {
  const sites = siteArgs(argv);
  const get = (flag: string) => flagValue(argv, flag);
  const repeat = Number(get('--repeat') ?? 2);
  const immediate = argv.includes('--immediate');
  const profilePrefix = get('--profile');
  const usage =
    'usage: feel-trace.ts --site DIR [--site DIR …] [--repeat N] [--immediate] [--profile PREFIX]\n';
  if (sites.length === 0) {
    process.stderr.write(usage);
    return 2;
  }
  const profiled = (r: number) => r === repeat - 1 && profilePrefix !== undefined;
  const results = await interleaveSites(
    sites,
    repeat,
    (browser, url, r) => round(browser, url, profiled(r), immediate),
    (i, r, res) => {
      const last = profiled(r);
      const walls = res.keys.map((k) => k.wall);
      const busy = res.keys.map((k) => k.busy.total);
      process.stdout.write(
        `${sites[i]} round ${r + 1} (load ${res.load.toFixed(2)}→${os.loadavg()[0]!.toFixed(2)}): keys p50/p95/max ${f1(q(walls, 0.5))}/${f1(q(walls, 0.95))}/${f1(Math.max(...walls))} ms; busy keydown-to-paint p50/p95/max ${f1(q(busy, 0.5))}/${f1(q(busy, 0.95))}/${f1(Math.max(...busy))}; main thread per key ${fmtSplit(res.perKey)}\n` +
          `  fling dropped ${res.fling.dropped}/${res.fling.frames + res.fling.dropped} per frame ${fmtSplit(res.fling.busy)}\n` +
          `  scroll dropped ${res.scroll.dropped}/${res.scroll.frames + res.scroll.dropped} per frame ${fmtSplit(res.scroll.busy)}\n`,
      );
      if (res.start)
        process.stdout.write(
          `  first key typed ${f1(res.start.firstKey)} ms after the first rows, its answer painted at ${f1(res.start.firstAnswer)} ms\n`,
        );
      if (res.start && res.early) {
        // The search worker from navigation to the first key's answer: what that key waited for.
        const until = res.early.from + res.start.firstAnswer * 1000;
        for (const line of workerTasks(res.all, res.names, res.early.from, until))
          process.stdout.write(`  ${line}\n`);
      }
      if (res.early) {
        const { head, tasks } = longTasks(res.trace, res.early.from, res.early.to);
        process.stdout.write(`  the first ${EARLY_MS / 1000} s after the first rows: ${head}\n`);
        for (const task of tasks) {
          const end = task.ts + (task.dur ?? 0);
          process.stdout.write(`      ${describeTask(res.trace, task, res.early.from)}\n`);
          // The task's heaviest functions with what they call, then by their own time.
          if (res.profile) {
            const window = [{ from: task.ts, to: end }];
            const lines = [
              ...hotFunctions(res.profile, window, 7, true).slice(1),
              ...hotFunctions(res.profile, window, 5).map((l) => `${l} (self)`),
            ];
            for (const line of lines) process.stdout.write(`          ${line}\n`);
          }
        }
      }
      const slow = [...res.keys].sort((a, b) => b.wall - a.wall).slice(0, 4);
      for (const k of slow) {
        process.stdout.write(
          `  slow key "${k.query.slice(0, k.key + 1)}": ${f1(k.wall)} ms; ${fmtSplit(k.busy)}\n`,
        );
        for (const line of timeline(res.trace, k.from, k.to))
          process.stdout.write(`      ${line}\n`);
        process.stdout.write(
          `      other threads: ${otherThreads(res.all, res.names, res.main, k.from, k.to)}\n`,
        );
        if (res.profile)
          for (const line of hotFunctions(res.profile, [k], 10))
            process.stdout.write(`      ${line}\n`);
      }
      if (res.profile) {
        process.stdout.write(`  heaviest functions over all ${res.keys.length} keys (ms a key):\n`);
        for (const inclusive of [false, true]) {
          process.stdout.write(`    ${inclusive ? 'with' : 'without'} what they call:\n`);
          for (const line of hotFunctions(res.profile, res.keys, 30, inclusive)) {
            const [ms, ...what] = line.split(' ');
            const perKey = Number(ms) / res.keys.length;
            process.stdout.write(`      ${perKey.toFixed(2)} ${what.join(' ')}\n`);
          }
        }
      }
      if (last && res.profile) {
        writeFileSync(`${profilePrefix}-${i}.cpuprofile`, JSON.stringify(res.profile));
        writeFileSync(`${profilePrefix}-${i}.trace.json`, JSON.stringify(res.trace));
      }
    },
  );
  if (!results) {
    process.stderr.write(`no Chromium found\n${usage}`);
    return 2;
  }
  const share = (d: { frames: number; dropped: number }[]) =>
    `${f1((100 * d.reduce((a, x) => a + x.dropped, 0)) / d.reduce((a, x) => a + x.frames + x.dropped, 0))}%`;
  for (const [site, rounds] of results) {
    const walls = rounds.flatMap((r) => r.keys.map((k) => k.wall));
    const starts = rounds.flatMap((r) =>
      r.start ? [`${f1(r.start.firstKey)} → ${f1(r.start.firstAnswer)}`] : [],
    );
    process.stdout.write(
      `${site}, ${rounds.length} rounds, load ${rounds.map((r) => r.load.toFixed(1)).join(' ')}:\n` +
        (starts.length
          ? `  first key → its answer painted, ms after the first rows, per round: ${starts.join(', ')}\n`
          : '') +
        `  keys p50/p95/max ${f1(q(walls, 0.5))}/${f1(q(walls, 0.95))}/${f1(Math.max(...walls))} ms; main thread per key ${fmtSplit(mean(rounds.map((r) => r.perKey)))}\n` +
        `  fling dropped ${share(rounds.map((r) => r.fling))}, main thread per frame ${fmtSplit(mean(rounds.map((r) => r.fling.busy)))}\n` +
        `  end to end dropped ${share(rounds.map((r) => r.scroll))}, main thread per frame ${fmtSplit(mean(rounds.map((r) => r.scroll.busy)))}\n`,
    );
  }
  return 0;
}

main(process.argv.slice(2)).then((code) => (process.exitCode = code));
