// What the bench's trace tools (feel-trace.ts, scroll-trace.ts, first-rows-cpu.ts)
// read from a Chromium trace, written once: the event shape, which events are a
// thread's tasks, how a main thread's time splits by kind of work, and the A/B loop
// that opens each site in turn in one browser.
import type { Browser } from 'playwright-core';
import { findChromium, launchChromium } from '../e2e/harness/chromium.ts';
import { serveStatic } from '../e2e/harness/static-server.ts';

export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { type?: string; url?: string; documentLoaderURL?: string } };
}

export type WorkKind = 'script' | 'gc' | 'style' | 'layout' | 'paint' | 'other';

/** The kind of work a main-thread event is; events not listed take their parent's. */
const WORK_KIND: Readonly<Record<string, WorkKind>> = {
  MinorGC: 'gc',
  MajorGC: 'gc',
  'V8.GC_SCAVENGER': 'gc',
  'V8.GC_MARK_COMPACTOR': 'gc',
  UpdateLayoutTree: 'style',
  RecalculateStyles: 'style',
  Layout: 'layout',
  PrePaint: 'paint',
  Paint: 'paint',
  Layerize: 'paint',
  PaintImage: 'paint',
  Commit: 'paint',
  FunctionCall: 'script',
  EventDispatch: 'script',
  TimerFire: 'script',
  FireAnimationFrame: 'script',
  RunMicrotasks: 'script',
  'v8.callFunction': 'script',
  EvaluateScript: 'script',
};

/** A task a thread ran (main-thread tasks and thread-pool tasks alike). */
export const isTask = (e: TraceEvent) =>
  (e.name === 'ThreadControllerImpl::RunTask' ||
    e.name === 'RunTask' ||
    e.name === 'ThreadPool_RunTask') &&
  e.cat.includes('toplevel');

/** An event's thread time in ms (its wall time where the trace has no thread time). */
export const threadTime = (e: TraceEvent) => (e.tdur ?? e.dur ?? 0) / 1000;

/** Trace order: by start, and the enclosing (longer) event before what it encloses. */
export const traceOrder = (a: TraceEvent, b: TraceEvent) =>
  a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0);

/** The index of the first of `sorted` (by ts) at or after `ts`. */
export function firstAt(sorted: readonly TraceEvent[], ts: number): number {
  let [lo, hi] = [0, sorted.length];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.ts < ts) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Adds one main thread's busy time in [from, to] (trace µs) to `out` by kind of work:
 * each event's own thread time (less its children's) goes to the kind of its nearest
 * enclosing event that has one, so a forced layout inside a script call is layout, a
 * collection inside it is gc, and nothing is counted twice. `events` are that thread's
 * complete ('X') events in trace order. Returns the time of the tasks themselves, each
 * counted once though the trace nests one task event in another; `selfByName`, when
 * given, gets each event name's own time.
 */
export function addWorkByKind(
  out: Record<WorkKind, number>,
  events: readonly TraceEvent[],
  from: number,
  to: number,
  selfByName?: Map<string, number>,
): number {
  let tasks = 0;
  const stack: { end: number; kind: WorkKind; child: number; own: number; name: string }[] = [];
  const close = (until: number) => {
    while (stack.length && stack.at(-1)!.end <= until) {
      const top = stack.pop()!;
      const self = Math.max(0, top.own - top.child);
      out[top.kind] += self;
      selfByName?.set(top.name, (selfByName.get(top.name) ?? 0) + self);
    }
  };
  for (let i = firstAt(events, from); i < events.length; i++) {
    const e = events[i]!;
    if (e.ts > to) break;
    close(e.ts);
    const parent = stack.at(-1);
    if (!parent && !isTask(e)) continue;
    if (!parent) tasks += threadTime(e);
    const kind = WORK_KIND[e.name] ?? parent?.kind ?? 'other';
    if (parent) parent.child += threadTime(e);
    stack.push({ end: e.ts + (e.dur ?? 0), kind, child: 0, own: threadTime(e), name: e.name });
  }
  close(Number.POSITIVE_INFINITY);
  return tasks;
}

/**
 * Serves each site folder and measures them in turn (A, B, A, B, …) in one browser,
 * `repeat` rounds; each result is handed to `onRound` (with the site's index) as it
 * comes. Null when Chromium
 * is not found.
 */
export async function interleaveSites<R>(
  sites: readonly string[],
  repeat: number,
  measure: (browser: Browser, url: string, round: number, site: number) => Promise<R>,
  onRound: (site: number, round: number, result: R) => void,
): Promise<Map<string, R[]> | null> {
  const chromium = findChromium();
  if (!chromium) return null;
  const served = await Promise.all(sites.map((s) => serveStatic(s)));
  const browser = await launchChromium(chromium);
  const results = new Map<string, R[]>(sites.map((s) => [s, []]));
  try {
    for (let r = 0; r < repeat; r++)
      for (let s = 0; s < sites.length; s++) {
        const result = await measure(browser, served[s]!.url, r, s);
        results.get(sites[s]!)!.push(result);
        onRound(s, r, result);
      }
  } finally {
    await browser.close();
    await Promise.all(served.map((s) => s.close()));
  }
  return results;
}
