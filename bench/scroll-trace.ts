// Why scroll frames drop, for comparing builds of the table: each site is opened in
// turn (A, B, A, B, …) in one browser and made ready, then the table is flung and
// scrolled end to end as browser-feel.ts does, first without a trace (the frames
// dropped then are the bench's figure), then flung again under a Chromium trace. The
// traced fling's frames (one animation frame to the next) are grouped by whether the
// table's rows changed in them, in the frame before, or in neither, and each group
// gets its share of dropped frames and its mean busy time per frame: the renderer's
// main thread split by kind of work, its compositor thread, the raster workers and the
// display compositor. So a drop can be put down to a render of the row window, to the
// frame after it (style, layout, paint, raster of the new rows), or to the machine.
// `npm run bench:scroll-trace -- --site DIR [--site DIR2 …] [--repeat N] [--no-trace] [--fling-only] [--save PREFIX]`
// (--save writes each traced fling's frame times, row changes and trace events as JSON)
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import type { Browser, Page } from 'playwright-core';
import { droppedFrames, notBusy, openSite, SCROLL_END_TO_END } from './browser-feel';
import { flagValue, siteArgs } from './args';
import {
  addWorkByKind,
  firstAt,
  interleaveSites,
  isTask,
  type TraceEvent,
  threadTime,
  traceOrder,
  type WorkKind,
} from './trace.ts';

/** As browser-feel.ts: 5 rows a frame for 600 frames, then 40 rows a frame end to end. */
const FLING_STEP_PX = 240;
const FLING_FRAMES = 600;
const SCROLL_STEP_PX = 1920;
const FRAME_MS = 1000 / 60;

/** Busy thread time (ms) in one frame: the main thread by kind, and the other threads. */
type Busy = Record<WorkKind | 'main' | 'compositor' | 'raster' | 'viz', number>;
const zero = (): Busy => ({
  main: 0,
  script: 0,
  gc: 0,
  style: 0,
  layout: 0,
  paint: 0,
  other: 0,
  compositor: 0,
  raster: 0,
  viz: 0,
});

/** Which other thread an id is, by its name in the trace (null: not counted). */
function threadRole(name: string): 'compositor' | 'raster' | 'viz' | null {
  if (name === 'Compositor') return 'compositor';
  if (name.startsWith('CompositorTileWorker')) return 'raster';
  if (name === 'VizCompositorThread') return 'viz';
  // Raster tasks run on the renderer's thread pool (the only pool work while flinging).
  if (name.startsWith('ThreadPoolForegroundWorker')) return 'raster';
  return null;
}

/** One thread's tasks, each once: the trace nests one task event in another. */
function outerTasks(events: TraceEvent[]): TraceEvent[] {
  const out: TraceEvent[] = [];
  let end = Number.NEGATIVE_INFINITY;
  for (const e of [...events].sort(traceOrder)) {
    if (!isTask(e) || e.ts < end) continue;
    out.push(e);
    end = e.ts + (e.dur ?? 0);
  }
  return out;
}

// Records when the table's rows change (React moves or replaces <tr>s in the body).
const WATCH_ROWS = `(() => {
  const body = document.querySelector('.data-table tbody');
  const seen = (window.__rowChanges = []);
  window.__rowObserver = new MutationObserver(() => seen.push(performance.now()));
  window.__rowObserver.observe(body, { childList: true });
})()`;

interface Group {
  frames: number;
  dropped: number;
  busy: Busy;
  /** The main thread's own time (ms, all frames) by trace event name. */
  selfByName: Map<string, number>;
}

interface Round {
  load: number;
  idle: { frames: number; dropped: number };
  fling: { frames: number; dropped: number };
  /** Null with --fling-only. */
  scroll: { frames: number; dropped: number } | null;
  traced: null | {
    frames: number;
    dropped: number;
    renders: number;
    groups: Record<'render' | 'after' | 'plain', Group>;
    threads: Map<string, number>;
  };
}

async function ready(page: Page): Promise<void> {
  const box = page.locator('input[type="search"]');
  await box.fill('attention');
  await notBusy(page);
  await box.fill('');
  await notBusy(page);
}

const run = async (page: Page, step: number, frames: number) =>
  (await page.evaluate(`${SCROLL_END_TO_END}(${step}, ${frames})`)) as number[];

const counted = (times: number[]) => ({ frames: times.length, dropped: droppedFrames(times) });

async function tracedFling(page: Page, save: string | undefined): Promise<Round['traced']> {
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  const done = new Promise<void>((r) => cdp.once('Tracing.tracingComplete', () => r()));
  await cdp.send('Tracing.start', {
    traceConfig: {
      includedCategories: [
        'toplevel',
        'devtools.timeline',
        'disabled-by-default-devtools.timeline',
        'blink.user_timing',
        'v8.gc',
      ],
      recordMode: 'recordAsMuchAsPossible',
    },
    transferMode: 'ReportEvents',
  });
  const syncAt = (await page.evaluate("performance.mark('scroll-sync').startTime")) as number;
  await page.evaluate(WATCH_ROWS);
  const times = await run(page, FLING_STEP_PX, FLING_FRAMES);
  const changes = (await page.evaluate(
    '(window.__rowObserver.disconnect(), window.__rowChanges)',
  )) as number[];
  await cdp.send('Tracing.end');
  await done;
  await cdp.detach();
  if (save) writeFileSync(save, JSON.stringify({ times, changes, events }));

  const sync = events.find((e) => e.name === 'scroll-sync' && e.cat.includes('user_timing'));
  if (!sync) throw new Error('no sync mark in the trace');
  const at = (ms: number) => sync.ts + (ms - syncAt) * 1000;
  const names = new Map(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name')
      .map((e) => [`${e.pid}:${e.tid}`, e.args?.name ?? '?']),
  );
  const mainIds = [...names].filter(([, n]) => n === 'CrRendererMain').map(([id]) => id);
  const perThread = new Map<string, TraceEvent[]>();
  for (const e of events) {
    if (e.ph !== 'X') continue;
    const id = `${e.pid}:${e.tid}`;
    let list = perThread.get(id);
    if (!list) perThread.set(id, (list = []));
    list.push(e);
  }
  // The page's main thread is the busiest renderer main thread.
  const main = mainIds.sort(
    (a, b) => (perThread.get(b)?.length ?? 0) - (perThread.get(a)?.length ?? 0),
  )[0];
  if (!main) throw new Error('no renderer main thread in the trace');
  const mine = perThread.get(main)!.sort(traceOrder);
  const roleOf = new Map<TraceEvent, 'compositor' | 'raster' | 'viz'>();
  for (const [id, list] of perThread) {
    const role = threadRole(names.get(id) ?? '');
    if (role) for (const e of outerTasks(list)) roleOf.set(e, role);
  }
  const others = [...roleOf.keys()].sort((a, b) => a.ts - b.ts);

  const group = (): Group => ({ frames: 0, dropped: 0, busy: zero(), selfByName: new Map() });
  const groups = { render: group(), after: group(), plain: group() };
  let changed = false;
  for (let i = 1; i < times.length; i++) {
    const [a, b] = [times[i - 1]!, times[i]!];
    const changedHere = changes.some((t) => t >= a && t < b);
    const g = groups[changedHere ? 'render' : changed ? 'after' : 'plain'];
    changed = changedHere;
    g.frames++;
    g.dropped += Math.max(0, Math.round((b - a) / FRAME_MS) - 1);
    g.busy.main += addWorkByKind(g.busy, mine, at(a), at(b), g.selfByName);
    for (let k = firstAt(others, at(a)); k < others.length && others[k]!.ts < at(b); k++)
      g.busy[roleOf.get(others[k]!)!] += threadTime(others[k]!);
  }
  for (const g of Object.values(groups))
    for (const k of Object.keys(g.busy) as (keyof Busy)[]) g.busy[k] /= Math.max(1, g.frames);
  // Every thread's busy time over the whole fling, per frame: what else wanted a core.
  const from = at(times[0]!);
  const to = at(times.at(-1)!);
  const threads = new Map<string, number>();
  for (const [id, list] of perThread) {
    const busy = outerTasks(list).filter((e) => e.ts >= from && e.ts < to);
    const ms = busy.reduce((s, e) => s + threadTime(e), 0) / Math.max(1, times.length - 1);
    const name = id === main ? 'page main' : (names.get(id) ?? id);
    if (ms >= 0.2) threads.set(name, (threads.get(name) ?? 0) + ms);
  }
  return { ...counted(times), renders: changes.length, groups, threads };
}

async function round(
  browser: Browser,
  url: string,
  trace: boolean,
  save: string | undefined,
  flingOnly: boolean,
): Promise<Round> {
  const load = os.loadavg()[0]!;
  const { page } = await openSite(browser, url);
  await ready(page);
  await page.waitForTimeout(1000);
  const idle = counted(
    (await page.evaluate(`(async () => {
      const frames = [];
      await new Promise((done) => {
        const tick = (t) => { frames.push(t); frames.length >= 240 ? done() : requestAnimationFrame(tick); };
        requestAnimationFrame(tick);
      });
      return frames;
    })()`)) as number[],
  );
  const fling = counted(await run(page, FLING_STEP_PX, FLING_FRAMES));
  await page.waitForTimeout(300);
  const scroll = flingOnly ? null : counted(await run(page, SCROLL_STEP_PX, 1e9));
  await page.waitForTimeout(300);
  const traced = trace ? await tracedFling(page, save) : null;
  await page.close();
  return { load, idle, fling, scroll, traced };
}

const f1 = (n: number) => n.toFixed(1);
const pct = (d: { frames: number; dropped: number }[]) => {
  const dropped = d.reduce((s, x) => s + x.dropped, 0);
  return `${f1(
    (100 * dropped) /
      Math.max(
        1,
        d.reduce((s, x) => s + x.frames + x.dropped, 0),
      ),
  )}%`;
};
const fmtBusy = (b: Busy) =>
  `main ${f1(b.main)} (script ${f1(b.script)}, gc ${f1(b.gc)}, style ${f1(b.style)}, layout ${f1(b.layout)}, paint ${f1(b.paint)}, other ${f1(b.other)}); compositor ${f1(b.compositor)}, raster ${f1(b.raster)}, viz ${f1(b.viz)}`;

function meanGroup(gs: Group[]): Group {
  const out: Group = { frames: 0, dropped: 0, busy: zero(), selfByName: new Map() };
  for (const g of gs) {
    for (const [k, v] of g.selfByName) out.selfByName.set(k, (out.selfByName.get(k) ?? 0) + v);
    out.frames += g.frames;
    out.dropped += g.dropped;
    for (const k of Object.keys(out.busy) as (keyof Busy)[]) out.busy[k] += g.busy[k] * g.frames;
  }
  for (const k of Object.keys(out.busy) as (keyof Busy)[]) out.busy[k] /= Math.max(1, out.frames);
  return out;
}

function report(site: string, rounds: Round[]): string {
  const lines = [
    `${site}, ${rounds.length} rounds, load ${rounds.map((r) => f1(r.load)).join(' ')}:`,
    `  untraced: idle ${pct(rounds.map((r) => r.idle))}, fling ${pct(rounds.map((r) => r.fling))} (${rounds.map((r) => pct([r.fling])).join(' ')}), end to end ${pct(rounds.flatMap((r) => r.scroll ?? []))} (${rounds.map((r) => (r.scroll ? pct([r.scroll]) : '-')).join(' ')})`,
  ];
  const traced = rounds.flatMap((r) => (r.traced ? [r.traced] : []));
  if (traced.length) {
    lines.push(
      `  traced fling: ${pct(traced)} dropped, ${f1(traced.reduce((s, t) => s + t.renders, 0) / traced.length)} row changes a fling`,
    );
    const threads = new Map<string, number>();
    for (const t of traced)
      for (const [k, v] of t.threads) threads.set(k, (threads.get(k) ?? 0) + v / traced.length);
    lines.push(
      `    threads, ms a frame: ${[...threads]
        .sort((a, b) => b[1] - a[1])
        .map(([k, v]) => `${k} ${f1(v)}`)
        .join(', ')}`,
    );
    for (const key of ['render', 'after', 'plain'] as const) {
      const g = meanGroup(traced.map((t) => t.groups[key]));
      lines.push(
        `    ${key.padEnd(6)} ${String(g.frames).padStart(4)} frames, ${pct([g])} dropped; per frame ${fmtBusy(g.busy)}`,
        `      main thread's own time a frame by event: ${[...g.selfByName]
          .sort((a, b) => b[1] - a[1])
          .slice(0, 10)
          .map(([k, v]) => `${k} ${f1(v / Math.max(1, g.frames))}`)
          .join(', ')}`,
      );
    }
  }
  return lines.join('\n');
}

async function main(argv: string[]): Promise<number> {
  const sites = siteArgs(argv);
  const repeat = Number(flagValue(argv, '--repeat') ?? 2);
  const trace = !argv.includes('--no-trace');
  const save = flagValue(argv, '--save');
  const usage = 'usage: scroll-trace.ts --site DIR [--site DIR …] [--repeat N] [--no-trace]\n';
  if (sites.length === 0) {
    process.stderr.write(usage);
    return 2;
  }
  const results = await interleaveSites(
    sites,
    repeat,
    (browser, url, r, s) =>
      round(
        browser,
        url,
        trace,
        save && `${save}-${s}-${r + 1}.json`,
        argv.includes('--fling-only'),
      ),
    (s, r, res) => process.stdout.write(`${report(`${sites[s]} round ${r + 1}`, [res])}\n`),
  );
  if (!results) {
    process.stderr.write(`no Chromium found\n${usage}`);
    return 2;
  }
  process.stdout.write(`${os.loadavg().map(f1).join(' ')} load after\n`);
  for (const [site, rounds] of results) process.stdout.write(`${report(site, rounds)}\n`);
  return 0;
}

main(process.argv.slice(2)).then((code) => (process.exitCode = code));
