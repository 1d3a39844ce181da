// CLI: Hugging Face's daily papers lists -> seeds/YYYY-MM-DD.hf.json, one file per day,
// for `npm run data` to read. `npm run fetch -- [--date D | --from D1 --to D2] [--out DIR]`
// Polite: one request at a time, retries with backoff (see fetch-http.ts), and a
// day's file is written only once all its pages arrived, through a temp file.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { dailyListProblem } from '../src/ingest/hf-daily';
import { DEFAULT_OUT, DEFAULT_TIMEOUT_S, MAX_DAYS, parseFetchArgs } from './fetch-args';
import { FetchError, getJson, type HttpOptions } from './fetch-http';
import { terminalSafe } from './terminal-text';
import { writeAtomically } from './write-atomically';

export const DEFAULT_ENDPOINT = 'https://huggingface.co';
/** The API's largest page. */
export const PAGE_SIZE = 100;
/** A day never has this many papers; a server that keeps paging is stopped here. */
const MAX_PAGES = 20;
const ATTEMPTS = 5;

const USAGE = `usage: npm run fetch -- [--date YYYY-MM-DD | --from YYYY-MM-DD --to YYYY-MM-DD]
                        [--out DIR] [--force] [--timeout SECONDS]
  --date       one day's list (default: yesterday, UTC; today's list is still growing)
  --from --to  every day from one date to the other, both included (at most ${MAX_DAYS} days)
  --out        the folder for YYYY-MM-DD.hf.json files (default: ${DEFAULT_OUT}/)
  --force      fetch days that already have a file again
  --timeout    seconds one request may take (default: ${DEFAULT_TIMEOUT_S})
  HF_ENDPOINT  the Hub's address (default: ${DEFAULT_ENDPOINT}), for mirrors and tests`;

export interface FetchIo {
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  stderr: { write(chunk: string): unknown; isTTY?: boolean };
  /** Milliseconds since the epoch: decides "today" (UTC). */
  now: () => number;
  /** Injected so tests can record the waits instead of waiting. */
  sleep: (ms: number) => Promise<void>;
}

const defaultIo = (): FetchIo => ({
  cwd: process.cwd(),
  env: process.env,
  stderr: process.stderr,
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
});

function endpointOf(env: FetchIo['env']): string {
  const raw = env.HF_ENDPOINT?.trim() || DEFAULT_ENDPOINT;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`HF_ENDPOINT ${JSON.stringify(raw)} is not a URL`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new Error(`HF_ENDPOINT ${JSON.stringify(raw)} is not an http(s) URL`);
  return url.href.replace(/\/+$/, '');
}

/** The paper's arXiv id, to drop an item a later page repeats (the list can shift between requests). */
function paperIdOf(item: unknown): string | null {
  const paper = (item as { paper?: { id?: unknown } }).paper;
  return typeof paper?.id === 'string' ? paper.id : null;
}

/** Every page of one day's list, items as received, in order. */
async function fetchDay(
  endpoint: string,
  day: string,
  http: HttpOptions,
  onPage: (page: number) => void,
): Promise<unknown[]> {
  const items: unknown[] = [];
  const seen = new Set<string>();
  for (let p = 0; p < MAX_PAGES; p++) {
    onPage(p + 1);
    const url = `${endpoint}/api/daily_papers?date=${day}&p=${p}&limit=${PAGE_SIZE}`;
    const page = await getJson(url, http);
    const problem = dailyListProblem(page);
    if (problem) throw new FetchError(`${url}: not a daily papers list: ${problem}`);
    const list = page as unknown[];
    let fresh = 0;
    for (const item of list) {
      const id = paperIdOf(item);
      if (id !== null && seen.has(id)) continue;
      if (id !== null) seen.add(id);
      items.push(item);
      fresh++;
    }
    if (list.length < PAGE_SIZE) return items;
    if (fresh === 0)
      throw new FetchError(`${url}: this page repeats the earlier ones; the server does not page`);
  }
  throw new FetchError(`${day}: more than ${MAX_PAGES} pages of papers; stopped`);
}

/**
 * A line of the report. Paths, arguments and what a server answered can hold
 * characters that steer a terminal; they are printed as visible escapes.
 */
function say(io: FetchIo, text: string): void {
  io.stderr.write(`${terminalSafe(text)}\n`);
}

/** A progress line on a terminal, redrawn in place; nothing otherwise. */
function progressLine(io: FetchIo) {
  let shown = false;
  return {
    show(text: string) {
      if (!io.stderr.isTTY) return;
      io.stderr.write(`\r\x1b[K${terminalSafe(text)}`);
      shown = true;
    },
    clear() {
      if (shown) io.stderr.write('\r\x1b[K');
      shown = false;
    },
  };
}

export async function main(argv: readonly string[], io: FetchIo = defaultIo()): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    io.stderr.write(`${USAGE}\n`);
    return 0;
  }
  const today = new Date(io.now()).toISOString().slice(0, 10);
  let args: ReturnType<typeof parseFetchArgs>;
  let endpoint: string;
  try {
    args = parseFetchArgs(argv, today);
    endpoint = endpointOf(io.env);
  } catch (e) {
    say(io, `fetch: ${(e as Error).message}`);
    io.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const outDir = path.resolve(io.cwd, args.out);
  const shown = (day: string) => path.join(args.out, `${day}.hf.json`).split(path.sep).join('/');
  const progress = progressLine(io);
  const done = { fetched: 0, skipped: 0, papers: 0 };
  let failure: string | null = null;

  for (const [n, day] of args.days.entries()) {
    const file = path.join(outDir, `${day}.hf.json`);
    if (!args.force && existsSync(file)) {
      done.skipped++;
      continue;
    }
    const at = `${day} (${n + 1}/${args.days.length})`;
    const http: HttpOptions = {
      timeoutMs: args.timeoutMs,
      attempts: ATTEMPTS,
      sleep: io.sleep,
      onRetry: (why, ms) => progress.show(`fetching ${at}: ${why}; retrying in ${ms / 1000} s`),
    };
    try {
      const items = await fetchDay(endpoint, day, http, (page) =>
        progress.show(`fetching ${at}, page ${page}`),
      );
      writeAtomically(file, `${JSON.stringify(items)}\n`);
      progress.clear();
      const growing = day === today ? " (today's list is still growing: --force it tomorrow)" : '';
      say(io, `${shown(day)}: ${items.length} papers${growing}`);
      done.fetched++;
      done.papers += items.length;
    } catch (e) {
      progress.clear();
      failure = `${shown(day)}: error: ${(e as Error).message}; nothing written`;
      say(io, failure);
      break;
    }
  }

  const total = args.days.length;
  const notTried = total - done.fetched - done.skipped - (failure ? 1 : 0);
  const parts = [
    `${total} days`,
    `${done.fetched} fetched (${done.papers} papers)`,
    `${done.skipped} already there`,
  ];
  if (failure) parts.push(`1 failed${notTried ? `, ${notTried} not tried` : ''}`);
  say(io, parts.join(', '));
  if (done.skipped && !args.force)
    io.stderr.write('days that already have a file were skipped; --force fetches them again\n');
  return failure ? 1 : 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
