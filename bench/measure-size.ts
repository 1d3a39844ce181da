// Everything the bench measures at one corpus size: ingest throughput (in process
// and through the real CLI), sizes, index build, query latency of both engines,
// and how their top 10s compare.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildDataset } from '../src/ingest/dataset';
import { createSearchEngine } from '../src/search/engine';
import { createFuseBaselineEngine } from '../src/search/fuse-baseline';
import { createMiniSearchEngine } from './minisearch-engine';
import type { SearchEngine, SearchResult } from '../src/search/types';
import { corpusInputs } from './corpus-inputs';
import { generateCorpus } from './generate-corpus';
import {
  keystrokePrefixes,
  samplesStats,
  stats,
  time,
  timeBoth,
  timeQueries,
  type LatencyStats,
  type Samples,
} from './latency';
import { BENCH_QUERIES, FEW_QUERIES, type BenchQuery } from './query-set';
import { ROOT, assertOk, runCommand, runDataCli } from './run-command';
import { retainedBytes } from './memory';
import { compareTop10, type QueryQuality } from './search-quality';
import { BENCH_SEED, writeCorpus } from './write-corpus';

export interface SizeResult {
  papers: number;
  pages: number;
  claims: number;
  generateMs: number;
  ingest: {
    medianMs: number;
    cpuMedianMs: number;
    papersPerSecond: number;
    papersPerCpuSecond: number;
    runs: number;
  };
  cli: {
    ms: number;
    papersPerSecond: number;
    /** Papers per second of CPU time, all threads (null when it could not be measured). */
    papersPerCpuSecond: number | null;
    /** 1-minute load average just before the run. */
    load: number;
    quietWhenPiped: boolean;
    sameBytesAsInProcess: boolean;
  };
  /** Progress lines the CLI drew on a pseudo-terminal (null when not measured). */
  cliProgressUpdatesOnTty: number | null;
  bytes: { capturesRaw: number; capturesGzip: number; datasetRaw: number; datasetGzip: number };
  indexBuild: { medianMs: number; cpuMedianMs: number; runs: number };
  fuseIndexBuildMs: number;
  /** Bytes each engine keeps alive once built (after GC, approximate). */
  memory: { ours: number; fuse: number };
  ours: LatencyStats;
  oursTyping: LatencyStats;
  /** Our engine on exactly the queries fuse.js ran, for a like-for-like ratio. */
  oursOnFuseQueries: LatencyStats;
  fuse: LatencyStats & { queries: number };
  /** MiniSearch on the bench's queries: index build and latency, side by side. */
  minisearch: LatencyStats & { indexBuildMs: number };
  quality: QueryQuality[];
}

export interface SizePlan {
  papers: number;
  ingestRuns: number;
  indexRuns: number;
  queryRounds: number;
  fuseQueries: readonly BenchQuery[];
  fuseRounds: number;
  cliOnTty: boolean;
}

export function planFor(papers: number, largest: boolean): SizePlan {
  if (papers <= 2000)
    return {
      papers,
      ingestRuns: 5,
      indexRuns: 5,
      queryRounds: 30,
      fuseQueries: BENCH_QUERIES,
      fuseRounds: 3,
      cliOnTty: largest,
    };
  if (papers <= 20000)
    return {
      papers,
      ingestRuns: 3,
      indexRuns: 3,
      queryRounds: 15,
      fuseQueries: BENCH_QUERIES,
      fuseRounds: 1,
      cliOnTty: largest,
    };
  // Plain fuse.js takes seconds per query here: a few queries, once.
  return {
    papers,
    ingestRuns: 1,
    indexRuns: 2,
    queryRounds: 8,
    fuseQueries: FEW_QUERIES,
    fuseRounds: 1,
    cliOnTty: largest,
  };
}

function gzipBytes(text: string): number {
  return gzipSync(Buffer.from(text), { level: 9 }).length;
}

function median(values: number[]): number {
  return stats(values).median;
}

function answers(engine: SearchEngine, queries: readonly BenchQuery[]): Map<string, SearchResult> {
  return new Map(queries.map((q) => [q.query, engine.search(q.query)]));
}

/** Runs the data CLI on a pseudo-terminal (util-linux `script`) and counts its progress redraws; null if it cannot. */
async function progressOnTty(cwd: string): Promise<number | null> {
  const cmd = `${process.execPath} ${path.join(ROOT, 'scripts/data-launch.mjs')} --out dataset-tty.json seeds`;
  const r = await runCommand('script', ['-qfec', cmd, '/dev/null'], {}, cwd).catch(() => null);
  if (r?.code !== 0) return null;
  return (r.stdout.match(/\r\x1b\[K\S/g) ?? []).length;
}

export async function measureSize(
  plan: SizePlan,
  log: (line: string) => void,
): Promise<SizeResult> {
  const n = plan.papers;
  let corpus = generateCorpus({ papers: n, seed: BENCH_SEED });
  const generateMs = time(() => (corpus = generateCorpus({ papers: n, seed: BENCH_SEED })));
  // Named as the CLI names them when run in a folder holding seeds/, so both outputs must match byte for byte.
  const inputs = corpusInputs(corpus.files, 'seeds');
  const capturesText = corpus.files.map((f) => f.text).join('');
  log(`  generated ${corpus.pages} pages in ${generateMs.toFixed(0)} ms`);

  const ingestTimes: number[] = [];
  const ingestCpu: number[] = [];
  let built = buildDataset(inputs);
  for (let r = 0; r < plan.ingestRuns; r++) {
    const t = timeBoth(() => (built = buildDataset(inputs)));
    ingestTimes.push(t.wall);
    ingestCpu.push(t.cpu);
  }
  if (built.errors.length > 0)
    throw new Error(
      `the generated corpus does not ingest: ${JSON.stringify(built.errors.slice(0, 3))}`,
    );
  const dataset = built.dataset;
  const datasetJson = JSON.stringify(dataset) + '\n';
  const ingestMs = median(ingestTimes);
  log(`  ingest (buildDataset) ${ingestMs.toFixed(0)} ms`);

  const tmp = await mkdtemp(path.join(os.tmpdir(), 'speedboard-bench-'));
  let cli: SizeResult['cli'];
  let cliProgressUpdatesOnTty: number | null = null;
  try {
    writeCorpus(path.join(tmp, 'seeds'), corpus);
    // Timed once its bundle is current, as every run after the first is.
    assertOk('npm run data --help', await runDataCli(['--help']));
    const load = os.loadavg()[0]!;
    const r = await runDataCli(['--out', 'dataset.json', 'seeds'], tmp);
    assertOk('npm run data', r);
    const written = await readFile(path.join(tmp, 'dataset.json'), 'utf8');
    cli = {
      ms: r.ms,
      papersPerSecond: (dataset.papers.length / r.ms) * 1000,
      papersPerCpuSecond: r.cpuMs ? (dataset.papers.length / r.cpuMs) * 1000 : null,
      load,
      // Piped stderr is not a terminal: diagnostics and the summary only, no progress redraws.
      quietWhenPiped: !r.stderr.includes('\r'),
      sameBytesAsInProcess: written === datasetJson,
    };
    log(`  npm run data (CLI, end to end) ${r.ms.toFixed(0)} ms`);
    if (plan.cliOnTty) cliProgressUpdatesOnTty = await progressOnTty(tmp);
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }

  // The engines search the papers as the app has them: parsed from the dataset's
  // JSON. Strings that the data build assembled (copied out of a decoded capture)
  // can be slower to read than the flat strings JSON.parse makes: at 50k papers the
  // same engine answered 1.6–2.6× slower on them, a cost no reader ever pays.
  const appPapers = (JSON.parse(datasetJson) as typeof dataset).papers;
  const indexTimes: number[] = [];
  const indexCpu: number[] = [];
  createSearchEngine(appPapers); // warm-up
  for (let r = 0; r < plan.indexRuns; r++) {
    const t = timeBoth(() => void createSearchEngine(appPapers));
    indexTimes.push(t.wall);
    indexCpu.push(t.cpu);
  }
  log(`  index build ${median(indexTimes).toFixed(0)} ms`);
  const oursMemory = retainedBytes(() => createSearchEngine(appPapers));
  const ours = oursMemory.value;

  const queries = BENCH_QUERIES.map((q) => q.query);
  timeQueries((q) => ours.search(q), queries, 1); // warm-up: JIT, not caches (the engine keeps none)
  const oursSamples = timeQueries((q) => ours.search(q), queries, plan.queryRounds);
  const typingSamples = timeQueries((q) => ours.search(q), keystrokePrefixes(queries), 1);
  const fuseQueryTexts = plan.fuseQueries.map((q) => q.query);
  const oursOnFuseQueries = timeQueries((q) => ours.search(q), fuseQueryTexts, plan.queryRounds);
  log(`  ours: ${oursSamples.wall.length + typingSamples.wall.length} queries timed`);

  let mini: SearchEngine | null = null;
  const miniIndexBuildMs = time(() => (mini = createMiniSearchEngine(appPapers)));
  timeQueries((q) => mini!.search(q), queries, 1);
  const miniSamples = timeQueries((q) => mini!.search(q), queries, plan.queryRounds);
  mini = null;
  log(
    `  MiniSearch: index ${miniIndexBuildMs.toFixed(0)} ms, ${miniSamples.wall.length} queries timed`,
  );

  const fuseMemory = retainedBytes(() => createFuseBaselineEngine(appPapers));
  let fuse = fuseMemory.value;
  const fuseIndexBuildMs = time(() => (fuse = createFuseBaselineEngine(appPapers)));
  const fuseAnswers = new Map<string, SearchResult>();
  const fuseSamples: Samples = { wall: [], cpu: [] };
  for (let r = 0; r < plan.fuseRounds; r++) {
    for (const q of fuseQueryTexts) {
      const one = timeQueries((text) => fuseAnswers.set(text, fuse.search(text)), [q], 1);
      fuseSamples.wall.push(...one.wall);
      fuseSamples.cpu.push(...one.cpu);
      log(`  fuse.js "${q}" ${one.wall[0]!.toFixed(0)} ms`);
    }
  }

  return {
    papers: dataset.papers.length,
    pages: corpus.pages,
    claims: built.claims,
    generateMs,
    ingest: {
      medianMs: ingestMs,
      cpuMedianMs: median(ingestCpu),
      papersPerSecond: (dataset.papers.length / ingestMs) * 1000,
      papersPerCpuSecond: (dataset.papers.length / median(ingestCpu)) * 1000,
      runs: plan.ingestRuns,
    },
    cli,
    cliProgressUpdatesOnTty,
    bytes: {
      capturesRaw: Buffer.byteLength(capturesText),
      capturesGzip: gzipBytes(capturesText),
      datasetRaw: Buffer.byteLength(datasetJson),
      datasetGzip: gzipBytes(datasetJson),
    },
    indexBuild: {
      medianMs: median(indexTimes),
      cpuMedianMs: median(indexCpu),
      runs: plan.indexRuns,
    },
    fuseIndexBuildMs,
    memory: { ours: oursMemory.bytes, fuse: fuseMemory.bytes },
    ours: samplesStats(oursSamples),
    oursTyping: samplesStats(typingSamples),
    oursOnFuseQueries: samplesStats(oursOnFuseQueries),
    fuse: { ...samplesStats(fuseSamples), queries: fuseQueryTexts.length },
    minisearch: { ...samplesStats(miniSamples), indexBuildMs: miniIndexBuildMs },
    quality: compareTop10(
      dataset.papers,
      plan.fuseQueries,
      answers(ours, plan.fuseQueries),
      fuseAnswers,
    ),
  };
}
