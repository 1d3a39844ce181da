// @vitest-environment node
// The fetch command against a loopback stand-in for the Hub (never the network):
// paging, retries, failures that must leave nothing half-written, then `npm run data`
// on what it wrote.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Dataset } from '../src/dataset/schema';
import { madeUpDay } from './__fixtures__/made-up-papers';
import {
  type Handler,
  type Loopback,
  page,
  sendJson,
  startLoopback,
} from './__fixtures__/loopback-server';
import { TSX_LOADER } from '../bench/run-command';
import { main as data } from './data';
import { type FetchIo, main } from './fetch';

const root = fileURLToPath(new URL('..', import.meta.url));
const NOW = Date.parse('2025-11-10T12:00:00Z');
let dir = '';
let server: Loopback | null = null;

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'speedboard-fetch-'));
});
afterEach(async () => {
  await server?.close();
  server = null;
  rmSync(dir, { recursive: true, force: true });
});

async function serve(handler: Handler): Promise<Loopback> {
  server = await startLoopback(handler);
  return server;
}

/** Runs the command in the temp folder; waits are recorded, not slept. */
async function run(argv: string[], opts: { isTTY?: boolean; endpoint?: string } = {}) {
  let err = '';
  const waits: number[] = [];
  const io: FetchIo = {
    cwd: dir,
    env: { HF_ENDPOINT: opts.endpoint ?? server?.endpoint },
    stderr: { write: (s: string) => (err += s), isTTY: opts.isTTY ?? false },
    now: () => NOW,
    sleep: async (ms) => {
      waits.push(ms);
    },
  };
  const code = await main(argv, io);
  return { code, stderr: err, lines: err.split('\n').filter((l) => l !== ''), waits };
}

const read = (rel: string) => JSON.parse(readFileSync(path.join(dir, rel), 'utf8')) as unknown[];
const files = () =>
  existsSync(path.join(dir, 'seeds')) ? readdirSync(path.join(dir, 'seeds')) : [];

describe('npm run fetch', { timeout: 30_000 }, () => {
  it('pages through a long day with the API parameters and saves every item once', async () => {
    const day = madeUpDay('2025-11-05', 230);
    const s = await serve((url, res) => sendJson(res, page(url, day)));
    const r = await run(['--date', '2025-11-05']);
    expect(r.code).toBe(0);
    expect(s.requests.map((u) => `${u.pathname}?${u.searchParams}`)).toEqual([
      '/api/daily_papers?date=2025-11-05&p=0&limit=100',
      '/api/daily_papers?date=2025-11-05&p=1&limit=100',
      '/api/daily_papers?date=2025-11-05&p=2&limit=100',
    ]);
    expect(read('seeds/2025-11-05.hf.json')).toEqual(day);
    expect(r.lines).toEqual([
      'seeds/2025-11-05.hf.json: 230 papers',
      '1 days, 1 fetched (230 papers), 0 already there',
    ]);
  });

  it('asks the next page only while pages are full, and drops an item a later page repeats', async () => {
    const day = madeUpDay('2025-11-05', 100);
    const s = await serve((url, res) =>
      sendJson(
        res,
        url.searchParams.get('p') === '0' ? day : [day[99], ...madeUpDay('2025-12-01', 2)],
      ),
    );
    expect((await run(['--date', '2025-11-05'])).code).toBe(0);
    expect(s.requests).toHaveLength(2);
    expect(read('seeds/2025-11-05.hf.json')).toHaveLength(102);
  });

  it('a day with no papers is saved as an empty list', async () => {
    await serve((_, res) => sendJson(res, []));
    const r = await run(['--date', '2025-11-08']);
    expect(r.code).toBe(0);
    expect(read('seeds/2025-11-08.hf.json')).toEqual([]);
    expect(r.lines[0]).toBe('seeds/2025-11-08.hf.json: 0 papers');
  });

  it('waits as long as Retry-After says after a 429, then succeeds', async () => {
    let calls = 0;
    await serve((_, res) => {
      if (++calls === 1) {
        res.writeHead(429, { 'retry-after': '7' });
        res.end('slow down');
      } else sendJson(res, madeUpDay('2025-11-05', 3));
    });
    const r = await run(['--date', '2025-11-05']);
    expect(r.code).toBe(0);
    expect(r.waits).toEqual([7000]);
    expect(read('seeds/2025-11-05.hf.json')).toHaveLength(3);
  });

  it('backs off exponentially on 5xx and succeeds when the server recovers', async () => {
    const statuses = [500, 502, 503];
    await serve((_, res) => {
      const status = statuses.shift();
      if (status) {
        res.writeHead(status);
        res.end();
      } else sendJson(res, madeUpDay('2025-11-05', 1));
    });
    const r = await run(['--date', '2025-11-05']);
    expect(r.code).toBe(0);
    expect(r.waits).toEqual([1000, 2000, 4000]);
  });

  it('gives up after five 500s: exit 1, a clear error, no file and no temp file', async () => {
    const s = await serve((_, res) => {
      res.writeHead(500);
      res.end();
    });
    const r = await run(['--date', '2025-11-05']);
    expect(r.code).toBe(1);
    expect(s.requests).toHaveLength(5);
    expect(r.lines[0]).toBe(
      `seeds/2025-11-05.hf.json: error: ${s.endpoint}/api/daily_papers?date=2025-11-05&p=0&limit=100: HTTP 500 (after 5 attempts); nothing written`,
    );
    expect(files()).toEqual([]);
  });

  it('stops at a Retry-After it will not wait for', async () => {
    await serve((_, res) => {
      res.writeHead(429, { 'retry-after': '3600' });
      res.end();
    });
    const r = await run(['--date', '2025-11-05']);
    expect(r.code).toBe(1);
    expect(r.lines[0]).toMatch(
      /HTTP 429 \(too many requests\); the server asks to wait 3600 s, so try again later; nothing written$/,
    );
    expect(r.waits).toEqual([]);
  });

  it('truncated JSON is an error, and nothing is written', async () => {
    await serve((_, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(madeUpDay('2025-11-05', 2)).slice(0, 150));
    });
    const r = await run(['--date', '2025-11-05']);
    expect(r.code).toBe(1);
    expect(r.lines[0]).toMatch(/: the answer is not valid JSON \(.+\); it began "\[\{\\"paper\\"/);
    expect(files()).toEqual([]);
  });

  it('an answer that is not a list is an error naming what came instead', async () => {
    await serve((_, res) => sendJson(res, { error: 'Invalid date' }));
    const r = await run(['--date', '2025-11-05']);
    expect(r.code).toBe(1);
    expect(r.lines[0]).toMatch(
      /: not a daily papers list: expected a JSON array of daily papers, got an object; nothing written$/,
    );
  });

  it('a 404 is not retried', async () => {
    const s = await serve((_, res) => {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('Not Found');
    });
    const r = await run(['--date', '2025-11-05']);
    expect(r.code).toBe(1);
    expect(s.requests).toHaveLength(1);
    expect(r.lines[0]).toMatch(/: HTTP 404: "Not Found"; nothing written$/);
  });

  it('a response slower than --timeout is abandoned, retried, then reported', async () => {
    const s = await serve((_, res) => {
      const timer = setTimeout(() => sendJson(res, []), 2000);
      res.on('close', () => clearTimeout(timer));
    });
    const r = await run(['--date', '2025-11-05', '--timeout', '0.2']);
    expect(r.code).toBe(1);
    expect(s.requests).toHaveLength(5);
    expect(r.lines[0]).toMatch(
      /: no complete answer within 0\.2 s \(after 5 attempts\); nothing written$/,
    );
    expect(files()).toEqual([]);
  });

  it('a server that cannot be reached is a network failure, after retries', async () => {
    const s = await serve(() => {});
    const endpoint = s.endpoint;
    await s.close();
    server = null;
    const r = await run(['--date', '2025-11-05'], { endpoint });
    expect(r.code).toBe(1);
    expect(r.lines[0]).toMatch(
      /: network failure \(ECONNREFUSED\) \(after 5 attempts\); nothing written$/,
    );
  });

  it('fetches a range day by day, skips days already saved, and --force fetches them again', async () => {
    const s = await serve((url, res) => sendJson(res, madeUpDay(url.searchParams.get('date')!, 2)));
    writeFileSync(path.join(dir, 'seeds-placeholder'), '');
    expect((await run(['--date', '2025-11-06'])).code).toBe(0);
    const r = await run(['--from', '2025-11-05', '--to', '2025-11-07']);
    expect(r.code).toBe(0);
    expect(s.requests.map((u) => u.searchParams.get('date'))).toEqual([
      '2025-11-06',
      '2025-11-05',
      '2025-11-07',
    ]);
    expect(r.lines).toEqual([
      'seeds/2025-11-05.hf.json: 2 papers',
      'seeds/2025-11-07.hf.json: 2 papers',
      '3 days, 2 fetched (4 papers), 1 already there',
      'days that already have a file were skipped; --force fetches them again',
    ]);
    expect((await run(['--date', '2025-11-06', '--force'])).code).toBe(0);
    expect(s.requests).toHaveLength(4);
  });

  it('stops at the first day that fails, keeping the days before it', async () => {
    await serve((url, res) => {
      if (url.searchParams.get('date') === '2025-11-06') {
        res.writeHead(400);
        res.end('bad');
      } else sendJson(res, madeUpDay(url.searchParams.get('date')!, 1));
    });
    const r = await run(['--from', '2025-11-05', '--to', '2025-11-07']);
    expect(r.code).toBe(1);
    expect(files()).toEqual(['2025-11-05.hf.json']);
    expect(r.lines.at(-1)).toBe(
      '3 days, 1 fetched (1 papers), 0 already there, 1 failed, 1 not tried',
    );
  });

  it('defaults to yesterday (UTC), into seeds/, and writes elsewhere with --out', async () => {
    const s = await serve((_, res) => sendJson(res, []));
    expect((await run([])).code).toBe(0);
    const today = await run(['--date', '2025-11-10', '--out', 'lists/hf']);
    expect(today.code).toBe(0);
    expect(today.lines[0]).toBe(
      "lists/hf/2025-11-10.hf.json: 0 papers (today's list is still growing: --force it tomorrow)",
    );
    expect(s.requests.map((u) => u.searchParams.get('date'))).toEqual(['2025-11-09', '2025-11-10']);
    expect(existsSync(path.join(dir, 'seeds/2025-11-09.hf.json'))).toBe(true);
    expect(existsSync(path.join(dir, 'lists/hf/2025-11-10.hf.json'))).toBe(true);
  });

  it('shows a progress line only on a terminal', async () => {
    await serve((_, res) => sendJson(res, []));
    expect((await run(['--date', '2025-11-05'])).stderr).not.toContain('\r');
    const tty = await run(['--date', '2025-11-06'], { isTTY: true });
    expect(tty.stderr).toContain('\r\x1b[Kfetching 2025-11-06 (1/1), page 1');
    expect(tty.stderr).toContain('\r\x1b[Kseeds/2025-11-06.hf.json: 0 papers\n');
  });

  it.each([
    [['--date', '2025-11-5'], 'fetch: --date "2025-11-5" is not a date written YYYY-MM-DD'],
    [['--date', '2025-02-30'], 'fetch: --date "2025-02-30" is not a date written YYYY-MM-DD'],
    [['--date', '2025-11-11'], 'fetch: 2025-11-11 is in the future (today is 2025-11-10, UTC)'],
    [
      ['--date', '2025-11-01', '--from', '2025-11-01', '--to', '2025-11-02'],
      'fetch: give either --date or --from/--to, not both',
    ],
    [['--from', '2025-11-01'], 'fetch: --from and --to go together'],
    [
      ['--from', '2025-11-03', '--to', '2025-11-01'],
      'fetch: --from 2025-11-03 is after --to 2025-11-01',
    ],
    [
      ['--from', '2023-01-01', '--to', '2025-01-01'],
      'fetch: 732 days is more than 366; fetch a long range in parts',
    ],
    [['--timeout', '0'], 'fetch: --timeout needs a number of seconds between 0 and 600'],
    [['--dates', '2025-11-01'], 'fetch: unknown argument "--dates"'],
  ])('%j: exit 2 with %s', async (argv, message) => {
    const s = await serve((_, res) => sendJson(res, []));
    const r = await run(argv);
    expect(r.code).toBe(2);
    expect(r.lines[0]).toBe(message);
    expect(r.lines[1]).toMatch(/^usage: npm run fetch/);
    expect(s.requests).toEqual([]);
  });

  it('prints what a server sent and the folder it was given as visible escapes', async () => {
    // A C1 control sequence introducer, a right-to-left override and an OSC title
    // sequence: JSON quoting alone leaves the first two as they are.
    const hostile = 'gone\u009b2J\u202eevil\u001b]0;pwned\u0007';
    await serve((_url, res) => {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end(hostile);
    });
    const out = 'saved\u001b[31m';
    const r = await run(['--date', '2025-11-05', '--out', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
    expect(r.lines[0]).toContain('saved\\u001b[31m/2025-11-05.hf.json: error: ');
    expect(r.lines[0]).toContain('gone\\u009b2J\\u202eevil');
  });

  it('refuses an HF_ENDPOINT that is not an http(s) URL', async () => {
    const r = await run(['--date', '2025-11-05'], { endpoint: 'ftp://mirror.example' });
    expect(r.code).toBe(2);
    expect(r.lines[0]).toBe('fetch: HF_ENDPOINT "ftp://mirror.example" is not an http(s) URL');
  });

  it('end to end: fetch two days, then npm run data builds a dataset with ids, links and upvotes', async () => {
    const hand = JSON.parse(
      readFileSync(path.join(root, 'test/golden/captures/api-list/2025-11-05.hf.json'), 'utf8'),
    ) as unknown[];
    await serve((url, res) =>
      sendJson(
        res,
        url.searchParams.get('date') === '2025-11-05'
          ? page(url, hand)
          : page(url, madeUpDay('2025-11-06', 120)),
      ),
    );
    expect((await run(['--from', '2025-11-05', '--to', '2025-11-06'])).code).toBe(0);
    let err = '';
    const code = data(['--out', 'dataset.json'], {
      cwd: dir,
      stderr: { write: (s: string) => (err += s), isTTY: false },
      now: () => 0,
    });
    expect(err).toMatch(/^2 pages, 123 papers, \d+ claims, 0 warnings\n$/);
    expect(code).toBe(0);
    const ds = JSON.parse(readFileSync(path.join(dir, 'dataset.json'), 'utf8')) as Dataset;
    expect(ds.sources.map((s) => [s.file, s.kind, s.capturedOn, s.papers])).toEqual([
      ['seeds/2025-11-05.hf.json', 'api', '2025-11-05', 3],
      ['seeds/2025-11-06.hf.json', 'api', '2025-11-06', 120],
    ]);
    const ripple = ds.papers.find((p) => p.arxivId === '2511.00417')!;
    expect(ripple).toMatchObject({
      title: 'Ripple Decoding: Draft Trees That Prune Themselves',
      authors: ['Mirela Ostrander', 'Tomasz Q. Halloway', 'Ines Vauclair'],
      upvotes: 41,
      links: {
        arxiv: 'https://arxiv.org/abs/2511.00417',
        pdf: 'https://arxiv.org/pdf/2511.00417',
        huggingFace: 'https://huggingface.co/papers/2511.00417',
        project: 'https://ripple-decoding.example.org/',
        code: 'https://github.com/example-lab/ripple-decoding',
      },
    });
  });

  it('as a real process: npm run fetch writes the file and exits 0', async () => {
    await serve((_, res) => sendJson(res, madeUpDay('2025-11-05', 2)));
    const result = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
      execFile(
        process.execPath,
        ['--import', TSX_LOADER, path.join(root, 'scripts/fetch.ts'), '--date', '2025-11-05'],
        { cwd: dir, env: { ...process.env, HF_ENDPOINT: server!.endpoint } },
        (error, _stdout, stderr) => resolve({ code: error ? (error.code as number) : 0, stderr }),
      );
    });
    expect(result.stderr).toBe(
      'seeds/2025-11-05.hf.json: 2 papers\n1 days, 1 fetched (2 papers), 0 already there\n',
    );
    expect(result.code).toBe(0);
    expect(read('seeds/2025-11-05.hf.json')).toHaveLength(2);
  });
});
