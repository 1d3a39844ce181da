// CLI: page captures and API lists -> dataset JSON. `npm run data -- [--out FILE] [PATH ...]`
// All file I/O of ingestion lives here; parsing is src/ingest/ (pure).
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic } from '../src/dataset/schema';
import type { ClaimsInput } from '../src/ingest/claims/extract';
import { type BuildProgress, type ParsedDataset, parseDataset } from '../src/ingest/dataset';
import type { YMD } from '../src/ingest/dates';
import { type ClaimsJson, claimsJson } from './claims-batch';
import { defaultJobs, PARALLEL_FROM_PAGES, startClaimsPool } from './claims-pool';
import { collectInputs } from './collect-inputs';
import { writeDatasetParts } from './dataset-json';
import { SCHEMA_VERSION } from '../src/dataset/schema';
import { paperJson } from '../src/ingest/paper-json';
import { terminalSafe } from './terminal-text';
import { outPathProblem } from './out-path';
import { DEFAULT_DATASET_PATH } from './dataset-path';
import { writeAtomically } from './write-atomically';

export const DEFAULT_INPUT = 'seeds';

const USAGE = `usage: npm run data -- [--out FILE] [PATH ...]
  PATH   page captures (*.txt), Hub API lists (YYYY-MM-DD.hf.json, from npm run fetch)
         or folders of them (default: ${DEFAULT_INPUT}/);
         a capture NAME.txt may have a sidecar NAME.meta.json {"capturedOn": "YYYY-MM-DD"}
  --out  where to write the dataset (default: ${DEFAULT_DATASET_PATH}, whose folder is
         created if missing; another --out must be in an existing folder and must not be
         a capture, a sidecar, or a .txt file inside an input folder)
  --jobs N  threads for claims extraction (default: up to 4 for large inputs; 1 = none)`;

export interface CliIo {
  cwd: string;
  stderr: { write(chunk: string): unknown; isTTY?: boolean };
  /** Milliseconds; injectable so progress can be tested without waiting. */
  now: () => number;
  /** The day of the run (UTC): a capture dated later is warned about. Default: the clock's. */
  today?: YMD;
  /** Whether large inputs may use worker threads (the real CLI; not in-process tests). */
  threads?: boolean;
}

const defaultIo = (): CliIo => ({
  cwd: process.cwd(),
  stderr: process.stderr,
  now: () => performance.now(),
  threads: true,
});

interface Args {
  out: string;
  /** False when --out was not given and the default location is used. */
  outGiven: boolean;
  /** --jobs: threads for claims extraction; null = decide by input size. */
  jobs: number | null;
  paths: string[];
}

function parseArgs(argv: readonly string[]): Args | string {
  const paths: string[] = [];
  let out = DEFAULT_DATASET_PATH;
  let outGiven = false;
  let jobs: number | null = null;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') {
      paths.push(...argv.slice(i + 1));
      break;
    }
    if (a === '--out' || a === '-o') {
      const v = argv[++i];
      if (v === undefined || v === '') return `${a} needs a file name`;
      out = v;
      outGiven = true;
    } else if (a.startsWith('--out=')) {
      out = a.slice('--out='.length);
      outGiven = true;
      if (out === '') return '--out needs a file name';
    } else if (a === '--jobs') {
      jobs = Number(argv[++i]);
      if (!Number.isInteger(jobs) || jobs < 1 || jobs > 64)
        return '--jobs needs a whole number from 1 to 64';
    } else if (a.startsWith('-') && a !== '-') {
      return `unknown option ${a}`;
    } else {
      paths.push(a);
    }
  }
  return { out, outGiven, jobs, paths: paths.length > 0 ? paths : [DEFAULT_INPUT] };
}

/** `file:line: severity: message`; API-list diagnostics have no line (their message starts with a JSON path). */
export function formatDiagnostic(d: Diagnostic): string {
  const column = d.column !== undefined ? `:${d.column}` : '';
  return terminalSafe(
    `${d.file}${d.line !== null ? `:${d.line}${column}` : ''}: ${d.severity}: ${d.message}`,
  );
}

const PROGRESS_PAPERS = 2000;
const PROGRESS_AFTER_MS = 2000;
const PROGRESS_EVERY_MS = 100;

/** Progress on a terminal, only once the input is large or slow; nothing otherwise. */
function progressReporter(io: CliIo) {
  const started = io.now();
  let last = -Infinity;
  let shown = false;
  return {
    update(p: BuildProgress) {
      if (!io.stderr.isTTY) return;
      const t = io.now();
      if (!shown && p.papersSoFar <= PROGRESS_PAPERS && t - started <= PROGRESS_AFTER_MS) return;
      if (t - last < PROGRESS_EVERY_MS && p.pagesDone < p.pagesTotal) return;
      last = t;
      shown = true;
      io.stderr.write(
        `\r\x1b[Kparsing: ${p.pagesDone}/${p.pagesTotal} pages, ${p.papersSoFar} papers`,
      );
    },
    done() {
      if (shown) io.stderr.write('\r\x1b[K');
    },
  };
}

function todayUtc(): YMD {
  const d = new Date();
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export function main(argv: readonly string[], io: CliIo = defaultIo()): number {
  if (argv.includes('--help') || argv.includes('-h')) {
    io.stderr.write(`${USAGE}\n`);
    return 0;
  }
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    io.stderr.write(`data: ${terminalSafe(args)}\n${USAGE}\n`);
    return 2;
  }
  const { inputs, errors: pathErrors, warnings: pathWarnings } = collectInputs(args.paths, io.cwd);
  // Threads start now, loading the extractor while --out is checked, and extract each
  // page's claims as soon as it is parsed.
  const jobs =
    args.jobs ?? (io.threads && inputs.length >= PARALLEL_FROM_PAGES ? defaultJobs() : 1);
  const pool = jobs > 1 ? startClaimsPool(jobs) : null;
  try {
    const outAbs = path.resolve(io.cwd, args.out);
    const outProblem = outPathProblem(
      outAbs,
      {
        cwd: io.cwd,
        captures: inputs.map((i) => path.resolve(io.cwd, i.file)),
        folders: args.paths
          .map((p) => path.resolve(io.cwd, p))
          .filter((p) => existsSync(p) && statSync(p).isDirectory()),
      },
      !args.outGiven,
    );
    if (outProblem) {
      io.stderr.write(
        terminalSafe(`data: refusing --out ${args.out}: ${outProblem}; nothing written`) + '\n',
      );
      return 2;
    }
    const progress = progressReporter(io);
    const today = io.today ?? todayUtc();
    const parsed = parseDataset(inputs, {
      onProgress: (p) => progress.update(p),
      today,
      ...(pool ? { prefetch: (a) => pool.prefetch(a) } : {}),
    });
    return finish(
      io,
      args.out,
      outAbs,
      parsed,
      pathErrors,
      pathWarnings,
      pool ? (a) => pool.claimsOf(a) : claimsJson,
      () => progress.done(),
    );
  } finally {
    pool?.close();
  }
}

/**
 * Writes the dataset (claims are extracted as it is written), then reports: the CLI's
 * exit code. The progress line stays up until the writing is done.
 */
function finish(
  io: CliIo,
  out: string,
  outAbs: string,
  parsed: ParsedDataset,
  pathErrors: readonly Diagnostic[],
  pathWarnings: readonly Diagnostic[],
  claimsOf: (paper: ClaimsInput) => ClaimsJson,
  progressDone: () => void,
): number {
  const errors = pathErrors.length + parsed.errors.length;
  let claims = 0;
  let writeError: Error | null = null;
  if (errors === 0) {
    const { sources, diagnostics, papers } = parsed;
    const shell = { schemaVersion: SCHEMA_VERSION, sources, papers: null, diagnostics };
    try {
      writeAtomically(outAbs, (fd) =>
        writeDatasetParts(fd, shell, papers.length, (i) => {
          const paper = papers[i]!;
          const tail = claimsOf(paper.claimsFrom);
          claims += tail.claims;
          return paperJson(paper.values, tail.json);
        }),
      );
    } catch (e) {
      writeError = e as Error;
    }
  }
  if (errors > 0 || writeError) {
    // Nothing (complete) was written: the claims are counted for the summary.
    claims = 0;
    for (const p of parsed.papers) claims += claimsOf(p.claimsFrom).claims;
  }
  progressDone();
  for (const d of [...pathErrors, ...pathWarnings, ...parsed.diagnostics])
    io.stderr.write(formatDiagnostic(d) + '\n');
  const summary = `${parsed.pages} pages, ${parsed.papers.length} papers, ${claims} claims, ${pathWarnings.length + parsed.warnings.length} warnings`;
  if (errors > 0) {
    io.stderr.write(`${summary}, ${errors} errors: nothing written\n`);
    return 1;
  }
  if (writeError) {
    io.stderr.write(
      `${terminalSafe(`${out}:1: error: cannot write the dataset: ${writeError.message}`)}\n${summary}, 1 errors: nothing written\n`,
    );
    return 1;
  }
  io.stderr.write(`${summary}\n`);
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = main(process.argv.slice(2));
}
