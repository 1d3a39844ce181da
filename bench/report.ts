// Formats a bench run as Markdown (pasteable into docs/PERFORMANCE.md) and checks
// it against the performance targets in docs/PERFORMANCE.md. Targets are reported,
// never asserted.
import type { AppBundleSize, JsWeight } from './app-bundle';
import type { ClaimsSpeed } from './claims-speed';
import type { BrowserFeel } from './browser-feel';
import type { Machine } from './machine';
import type { LatencyStats } from './latency';
import type { SizeResult } from './measure-size';
import { mean } from './search-quality';

export interface BrowserKeystrokes {
  papers: number;
  measuredAt: string;
  browser: string;
  keyDelayMs: number;
  pageLoadToTableMs: number;
  firstKeystrokeMs: number | null;
  warm: {
    keystrokes: number;
    settledBeforeNextKey: number;
    medianMs: number | null;
    p95Ms: number | null;
    maxMs: number | null;
  };
  lastKeystrokeOfEachQueryMs: number[];
}

export interface SeedReference {
  files: number;
  capturesRaw: number;
  capturesGzip: number;
  datasetRaw: number;
  datasetGzip: number;
}

export interface BenchRun {
  startedAt: string;
  seconds: number;
  machine: Machine;
  sizes: SizeResult[];
  app: AppBundleSize | null;
  browser: BrowserKeystrokes | null;
  browserNote: string;
  /** What a reader feels in Chromium, per size (browser-feel.ts). */
  feel: BrowserFeel[];
  seed: SeedReference | null;
  claims: ClaimsSpeed | null;
}

const ms = (v: number | null | undefined) =>
  v == null || Number.isNaN(v)
    ? '–'
    : v < 10
      ? v.toFixed(2)
      : v < 100
        ? v.toFixed(1)
        : v.toFixed(0);
const int = (v: number) => Math.round(v).toLocaleString('en-US');
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(2)} MB`;
const k = (n: number) => (n >= 1000 ? `${n / 1000}k` : String(n));

interface TargetCheck {
  target: string;
  measured: string;
  met: boolean;
  note: string;
}

function checkTargets(run: BenchRun): TargetCheck[] {
  const at = (n: number) => run.sizes.find((s) => s.papers === n);
  const out: TargetCheck[] = [];
  const feelAt = (n: number) => run.feel.find((f) => f.papers === n);
  const check = (target: string, value: number | undefined, limit: number, unit: string) => {
    if (value === undefined) return;
    out.push({
      target,
      measured: `${unit === '%' ? (value * 100).toFixed(1) : ms(value)} ${unit}`,
      met: value <= limit,
      note: value <= limit ? '' : `over by ${((value / limit - 1) * 100).toFixed(0)}%`,
    });
  };
  for (const mode of ['pause', 'immediate'] as const) {
    check(
      `keystroke to paint p95 ≤ 50 ms at 10k (${mode})`,
      feelAt(10_000)?.[mode].p95Ms,
      50,
      'ms',
    );
    check(
      `keystroke to paint max ≤ 100 ms at 10k (${mode})`,
      feelAt(10_000)?.[mode].maxMs,
      100,
      'ms',
    );
    check(
      `keystroke to paint p95 ≤ 100 ms at 50k (${mode})`,
      feelAt(50_000)?.[mode].p95Ms,
      100,
      'ms',
    );
  }
  check('first rows ≤ 500 ms at 10k', feelAt(10_000)?.firstRowsMs, 500, 'ms');
  check('first rows ≤ 1.5 s at 50k', feelAt(50_000)?.firstRowsMs, 1500, 'ms');
  check('a fast fling drops ≤ 5% of frames at 50k', feelAt(50_000)?.fling.droppedShare, 0.05, '%');
  check(
    'scrolling end to end drops ≤ 5% of frames at 50k',
    feelAt(50_000)?.scroll.droppedShare,
    0.05,
    '%',
  );
  const latency = (n: number, limit: number) => {
    const s = at(n);
    if (!s) return;
    out.push({
      target: `query p95 ≤ ${limit} ms at ${k(n)}`,
      measured: `${ms(s.ours.p95)} ms (as typed, every prefix: ${ms(s.oursTyping.p95)} ms)`,
      met: s.ours.p95 <= limit,
      note:
        s.ours.p95 <= limit
          ? ''
          : `over by ${ms(s.ours.p95 - limit)} ms (${((s.ours.p95 / limit - 1) * 100).toFixed(0)}%)`,
    });
  };
  latency(10000, 16);
  latency(50000, 50);
  const s10 = at(10000);
  if (s10) {
    const ratio = s10.fuse.median / s10.oursOnFuseQueries.median;
    out.push({
      target: '≥ 100× faster than plain fuse.js at 10k (median)',
      measured: `${ratio.toFixed(0)}×`,
      met: ratio >= 100,
      note: ratio >= 100 ? '' : `short by ${(100 - ratio).toFixed(0)}×`,
    });
  }
  for (const s of run.sizes.filter((x) => x.papers >= 10000)) {
    const pps = s.cli.papersPerSecond;
    out.push({
      target: `\`npm run data\` end to end ≥ 10,000 papers/s (${k(s.papers)})`,
      measured: `${int(pps)} papers/s at load ${s.cli.load.toFixed(1)}${s.cli.papersPerCpuSecond ? ` (${int(s.cli.papersPerCpuSecond)} per CPU-second)` : ''}; ${int(s.ingest.papersPerSecond)} papers/s in process, serial`,
      met: pps >= 10000,
      note: pps >= 10000 ? '' : `short by ${((1 - pps / 10000) * 100).toFixed(0)}%`,
    });
  }
  if (run.app) out.push(appTarget(run.app));
  for (const s of run.sizes) {
    const ratio = s.bytes.datasetGzip / s.bytes.capturesGzip;
    out.push({
      target: `dataset gzip ≤ 1.15× captures gzip (${k(s.papers)})`,
      measured: `${ratio.toFixed(2)}×`,
      met: ratio <= 1.15,
      note: ratio <= 1.15 ? '' : `over by ${((ratio / 1.15 - 1) * 100).toFixed(0)}%`,
    });
  }
  if (run.claims) out.push(...claimsTargets(run.claims));
  return out;
}

const CLAIMS_US_BUDGET = 60;

/**
 * Set on what the page loads before its first paint; runs from before the app had
 * chunks counted every file (the same, then, but for the search worker's script).
 */
function appTarget(app: AppBundleSize): TargetCheck {
  const first = app.firstPaint;
  const gz = first?.jsGzipBytes ?? app.jsGzipBytes;
  return {
    target: first
      ? 'app JavaScript before the first paint ≤ 100 KB gzip (no data)'
      : 'app JavaScript ≤ 100 KB gzip (no data)',
    measured: first ? `${kb(gz)} (every file: ${kb(app.jsGzipBytes)})` : kb(gz),
    met: gz <= 100 * 1024,
    note:
      gz <= 100 * 1024
        ? ''
        : `over by ${kb(gz - 100 * 1024)} (${((gz / (100 * 1024) - 1) * 100).toFixed(0)}%)`,
  };
}

function claimsTargets(c: ClaimsSpeed): TargetCheck[] {
  const us = c.synthetic.cpuUs;
  return [
    {
      target: `claims extraction ≤ ${CLAIMS_US_BUDGET} µs CPU per abstract (bench abstracts)`,
      measured: `${us.toFixed(1)} µs (hand-written abstracts: ${c.real.cpuUs.toFixed(1)} µs)`,
      met: us <= CLAIMS_US_BUDGET,
      note: us <= CLAIMS_US_BUDGET ? '' : `over by ${(us - CLAIMS_US_BUDGET).toFixed(1)} µs`,
    },
    {
      target: 'a 200 KB abstract of figures extracts in < 1 s',
      measured: `${ms(c.long.ms)} ms`,
      met: c.long.ms < 1000,
      note: c.long.ms < 1000 ? '' : `over by ${ms(c.long.ms - 1000)} ms`,
    },
  ];
}

/** The claims extractor's lines of the report. */
export function formatClaims(c: ClaimsSpeed): string {
  const line = (label: string, p: ClaimsSpeed['synthetic']) =>
    `${label} (${int(p.abstracts)} abstracts, ${p.words.toFixed(0)} words on average): ${p.cpuUs.toFixed(1)} µs CPU per abstract (wall ${p.wallUs.toFixed(1)} µs)`;
  return [
    `Claims extractor: ${line('bench abstracts', c.synthetic)}; ${line('seed and hand-written corpora', c.real)}.`,
    `A ${int(c.long.bytes)}-byte abstract of ${int(c.long.figures)} figures ("2x 2x 2x …"): ${ms(c.long.ms)} ms (CPU ${ms(c.long.cpuMs)} ms).`,
  ].join('\n');
}

/** The app bundle's lines of a run: before the first paint, every file, by package. */
function appLines(app: AppBundleSize): string[] {
  const L: string[] = [];
  const byPackage = (w: JsWeight) =>
    (w.packages ?? []).map((p) => `${p.name} ${kb(p.gzipBytes)}`).join(', ');
  const files = (n: number) => `${n} file${n === 1 ? '' : 's'}`;
  if (app.firstPaint)
    L.push(
      `App JavaScript without data, before the first paint (the page's module script and its preloads): ${kb(app.firstPaint.jsGzipBytes)} gzip (${kb(app.firstPaint.jsBytes)} raw, ${files(app.firstPaint.jsFiles)}); by package: ${byPackage(app.firstPaint)}.`,
    );
  L.push(
    `App JavaScript without data, every file${app.firstPaint ? ` (with the search worker's ${kb(app.workerGzipBytes ?? 0)} and the chunks loaded later)` : ''}: ${kb(app.jsGzipBytes)} gzip (${kb(app.jsBytes)} raw, ${files(app.jsFiles)}); CSS ${kb(app.cssGzipBytes)} gzip.`,
  );
  if (app.packages?.length)
    L.push(`By package (gzip, estimated from source maps): ${byPackage(app)}.`);
  return L;
}

/** `npm run bench -- --app-only`: the app bundle's lines and its target. */
export function formatApp(app: AppBundleSize): string {
  const target = appTarget(app);
  return [
    ...appLines(app),
    `Target: ${target.target}: ${target.measured}, ${target.met ? 'met' : `**missed**, ${target.note}`}.`,
  ].join('\n');
}

export function formatRun(run: BenchRun): string {
  const m = run.machine;
  const L: string[] = [];
  L.push(
    `Run ${run.startedAt} (${run.seconds.toFixed(0)} s) on ${m.cpus} × ${m.cpuModel}, ${m.memoryGiB} GiB, Node ${m.node}, ${m.platform};`,
  );
  L.push(
    `1-minute load average ${m.loadAverage.start.toFixed(2)} at start, ${m.loadAverage.end?.toFixed(2) ?? '?'} at end.`,
  );
  L.push('');
  const head = ['', ...run.sizes.map((s) => `${k(s.papers)} papers`)];
  const row = (label: string, f: (s: SizeResult) => string) =>
    L.push(`| ${[label, ...run.sizes.map(f)].join(' | ')} |`);
  L.push(`| ${head.join(' | ')} |`);
  L.push(`|${head.map(() => '---').join('|')}|`);
  const cpu = (l: LatencyStats) => (l.cpu ? ` (CPU ${ms(l.cpu.median)} / ${ms(l.cpu.p95)})` : '');
  row(
    '**ours**: query median / p95 (ms)',
    (s) => `${ms(s.ours.median)} / ${ms(s.ours.p95)}${cpu(s.ours)}`,
  );
  row(
    'ours, as typed (every prefix): median / p95 (ms)',
    (s) => `${ms(s.oursTyping.median)} / ${ms(s.oursTyping.p95)}${cpu(s.oursTyping)}`,
  );
  row(
    '**plain fuse.js**: query median / p95 (ms)',
    (s) =>
      `${ms(s.fuse.median)} / ${ms(s.fuse.p95)}${cpu(s.fuse)} — ${s.fuse.queries} queries × ${s.fuse.samples / s.fuse.queries}`,
  );
  row('ours on the same queries: median (ms)', (s) => ms(s.oursOnFuseQueries.median));
  row(
    '**MiniSearch** (same queries as ours; fuzzy 0.2, prefix): median / p95 (ms); index build (ms)',
    (s) =>
      s.minisearch
        ? `${ms(s.minisearch.median)} / ${ms(s.minisearch.p95)}${cpu(s.minisearch)}; ${ms(s.minisearch.indexBuildMs)}`
        : '–',
  );
  row(
    '**speed-up** (fuse median / ours median)',
    (s) => `${(s.fuse.median / s.oursOnFuseQueries.median).toFixed(0)}×`,
  );
  row(
    'index build: ours (CPU) / fuse.js (ms)',
    (s) =>
      `${ms(s.indexBuild.medianMs)} (${ms(s.indexBuild.cpuMedianMs)}) / ${ms(s.fuseIndexBuildMs)}`,
  );
  row(
    'engine memory after build: ours / fuse.js',
    (s) => `${mb(s.memory.ours)} / ${mb(s.memory.fuse)}`,
  );
  const avg = (s: SizeResult, f: (q: SizeResult['quality'][number]) => number) =>
    mean(s.quality.map(f)).toFixed(2);
  row('**top-10 overlap** with fuse.js (mean)', (s) => avg(s, (q) => q.overlap));
  row('our top 10 found anywhere in fuse.js hits', (s) => avg(s, (q) => q.oursTop10InFuseHits));
  row(
    'precision@10 (all meant words in paper): ours / fuse.js',
    (s) => `${avg(s, (q) => q.oursPrecision)} / ${avg(s, (q) => q.fusePrecision)}`,
  );
  row(
    'title precision@10 (all meant words in title): ours / fuse.js',
    (s) => `${avg(s, (q) => q.oursTitlePrecision)} / ${avg(s, (q) => q.fuseTitlePrecision)}`,
  );
  row(
    '**data build** (buildDataset): papers/s (per CPU-s)',
    (s) =>
      `${int(s.ingest.papersPerSecond)} (${int(s.ingest.papersPerCpuSecond)}) — ${ms(s.ingest.medianMs)} ms`,
  );
  row(
    '`npm run data` end to end: papers/s (per CPU-s; load)',
    (s) =>
      `${int(s.cli.papersPerSecond)} (${s.cli.papersPerCpuSecond ? int(s.cli.papersPerCpuSecond) : '?'}; ${s.cli.load.toFixed(1)}) — ${ms(s.cli.ms)} ms`,
  );
  row('captures: raw / gzip', (s) => `${mb(s.bytes.capturesRaw)} / ${mb(s.bytes.capturesGzip)}`);
  row('dataset: raw / gzip', (s) => `${mb(s.bytes.datasetRaw)} / ${mb(s.bytes.datasetGzip)}`);
  row(
    '**dataset gzip / captures gzip**',
    (s) => `${(s.bytes.datasetGzip / s.bytes.capturesGzip).toFixed(2)}×`,
  );
  row('pages / claims extracted', (s) => `${int(s.pages)} / ${int(s.claims)}`);
  L.push('');
  if (run.seed) {
    const r = run.seed;
    const synthetic = run.sizes.at(-1);
    L.push(
      `Real captures (seeds/, ${r.files} file${r.files === 1 ? '' : 's'}): dataset gzip / captures gzip = ${(r.datasetGzip / r.capturesGzip).toFixed(2)}× ` +
        `(${int(r.datasetGzip)} / ${int(r.capturesGzip)} bytes). Real abstracts gzip ${(r.capturesRaw / r.capturesGzip).toFixed(1)}:1` +
        (synthetic
          ? `, the synthetic captures ${(synthetic.bytes.capturesRaw / synthetic.bytes.capturesGzip).toFixed(1)}:1, so the synthetic ratio above overstates the dataset's relative size.`
          : '.'),
    );
  }
  if (run.app) L.push(...appLines(run.app));
  const b = run.browser;
  if (b) {
    if (b.measuredAt < run.startedAt)
      L.push(
        '(The browser run of this bench failed or was skipped; the browser figures below come from an earlier run.)',
      );
    L.push(
      `Browser, ${k(b.papers)} papers (${b.browser}, keys ${b.keyDelayMs} ms apart, measured ${b.measuredAt}): page load to table ${ms(b.pageLoadToTableMs)} ms; ` +
        `first keystroke ${ms(b.firstKeystrokeMs)} ms (includes finishing the index build if the background build has not); later keystrokes to results median ${ms(b.warm.medianMs)} ms, p95 ${ms(b.warm.p95Ms)} ms, max ${ms(b.warm.maxMs)} ms ` +
        `(${b.warm.settledBeforeNextKey}/${b.warm.keystrokes} settled before the next key); last key of each query: ${b.lastKeystrokeOfEachQueryMs.map((v) => ms(v)).join(', ')} ms.`,
    );
  } else {
    L.push(`Browser keystroke-to-results: ${run.browserNote}`);
  }
  if (run.claims) L.push(formatClaims(run.claims));
  if (run.feel.length) {
    L.push('');
    L.push(
      `In Chromium, site build served with gzip (keys ${120} ms apart; "pause": typing 3 s after the rows appear; "immediate": typing the moment they appear; keystroke = keydown to the first frame painted after the page stops being busy):`,
    );
    L.push('');
    L.push('| | ' + run.feel.map((f) => `${k(f.papers)} papers`).join(' | ') + ' |');
    L.push('| --- | ' + run.feel.map(() => '---').join(' | ') + ' |');
    const row = (label: string, cell: (f: BrowserFeel) => string) =>
      L.push(`| ${label} | ${run.feel.map(cell).join(' | ')} |`);
    row(
      'load average (1 min) before / after',
      (f) => `${f.load[0].toFixed(1)} / ${f.load[1].toFixed(1)}`,
    );
    row('navigation to first painted rows (ms)', (f) => ms(f.firstRowsMs));
    row('transferred (gzip)', (f) => mb(f.transferred.total));
    row('JS heap after load', (f) => mb(f.heapAfterLoad));
    row(
      'keystroke p50 / p95 / max, pause (ms)',
      (f) => `${ms(f.pause.p50Ms)} / ${ms(f.pause.p95Ms)} / ${ms(f.pause.maxMs)}`,
    );
    row(
      'keystroke p50 / p95 / max, immediate (ms)',
      (f) => `${ms(f.immediate.p50Ms)} / ${ms(f.immediate.p95Ms)} / ${ms(f.immediate.maxMs)}`,
    );
    row('immediate: first key typed after first rows (ms)', (f) => ms(f.immediateStartMs));
    row('search index ready after first rows (ms)', (f) => ms(f.indexReadyMs));
    row(
      'fling (240 px a frame, 600 frames): frames dropped',
      (f) => `${(f.fling.droppedShare * 100).toFixed(1)}%`,
    );
    row(
      'scroll end to end (1,920 px a frame): frames dropped',
      (f) =>
        `${(f.scroll.droppedShare * 100).toFixed(1)}% (${f.scroll.dropped} of ${f.scroll.dropped + f.scroll.frames})`,
    );
    row(
      'same rAF loop, no scrolling: frames dropped',
      (f) => `${(f.idleDroppedShare * 100).toFixed(1)}%`,
    );
    L.push('');
    L.push(
      "Transferred: the page and what it fetches (the search worker's script, about 11 KB gzip, is not counted); JS heap: the page's main thread, not the worker's.",
    );
    L.push('');
  }
  const tty = run.sizes.find((s) => s.cliProgressUpdatesOnTty !== null);
  L.push(
    `Data build progress: quiet when stderr is piped (${run.sizes.every((s) => s.cli.quietWhenPiped) ? 'yes, at every size' : 'NO'}); ` +
      (tty
        ? `${tty.cliProgressUpdatesOnTty} progress redraws on a terminal at ${k(tty.papers)}.`
        : 'terminal progress not measured (no `script` command).') +
      ` CLI output byte-identical to in-process buildDataset: ${run.sizes.every((s) => s.cli.sameBytesAsInProcess) ? 'yes' : 'NO'}.`,
  );
  L.push('');
  L.push('Targets:');
  for (const t of checkTargets(run))
    L.push(
      `- ${t.met ? 'met' : '**missed**'}: ${t.target} — ${t.measured}${t.note ? `; ${t.note}` : ''}`,
    );
  L.push('');
  const detail = run.sizes.find((s) => s.papers === 10000) ?? run.sizes.at(-1);
  if (detail) {
    L.push(
      `Per query at ${k(detail.papers)}: top-10 overlap · precision@10 ours / fuse · title precision@10 ours / fuse · hits ours / fuse`,
    );
    L.push('');
    for (const q of detail.quality) {
      L.push(
        `- \`${q.query}\`: ${q.overlap.toFixed(1)} · ${q.oursPrecision.toFixed(1)} / ${q.fusePrecision.toFixed(1)} · ` +
          `${q.oursTitlePrecision.toFixed(1)} / ${q.fuseTitlePrecision.toFixed(1)} · ${int(q.oursHits)} / ${int(q.fuseHits)}`,
      );
    }
  }
  return L.join('\n');
}
