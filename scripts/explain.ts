// CLI: why the claims extractor read an abstract the way it did.
//   npm run explain -- "Our kernel cuts latency by 2x over FlashAttention."
//   npm run explain -- --title "Benchmarking Serving Engines" "EngineA decodes 2x faster …"
//   npm run explain -- --file capture.txt --paper 3 (the paper's own title is read)
// Prints every number it saw, the rule that accepted or rejected it (see
// src/ingest/claims/rules.ts) and the claim it became. All I/O is here.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { type NumberTrace, traceClaims } from '../src/ingest/claims/extract';
import { RULES } from '../src/ingest/claims/rules';
import { parsePage } from '../src/ingest/page';

const USAGE = `usage: npm run explain -- [--title "paper title"] "sentence or abstract"
       npm run explain -- --file CAPTURE.txt --paper N
  --title  the paper's title, read as the extractor reads it (a study's title: study.ts)
  --file   a page capture; --paper picks its N-th paper (1-based, in page order)`;

export interface ExplainIo {
  cwd: string;
  stdout: { write(chunk: string): unknown };
  stderr: { write(chunk: string): unknown };
}

const WHEN = new Map<string, string>(RULES.map((r) => [r.name, r.when]));

function show(v: string | number | null): string {
  return v === null ? '—' : typeof v === 'string' ? `"${v}"` : String(v);
}

/** The report for one abstract: a line per number, the claim under each accepted one. */
export function formatTrace(abstract: string, title = ''): string {
  const { numbers, claims, hardware, study } = traceClaims(abstract, { title });
  const out: string[] = [];
  if (study.cue || study.title) {
    const cue = study.cue
      ? `"${abstract.slice(study.cue.start, study.cue.end)}"`
      : `its title: "${title.slice(study.title!.start, study.title!.end)}"`;
    const rule = study.cue ? 'measurement-study' : 'study-title';
    out.push(`document: a measurement study or benchmark (${cue}): its figures are others'`);
    out.push(
      study.ownFrom === null
        ? `    and it proposes nothing of its own (rule ${rule} for every figure)`
        : `    until its own proposal at ${study.ownFrom}: "${abstract.slice(study.ownFrom, study.ownFrom + 60)}…"`,
    );
  }
  const shown = new Set<object>();
  for (const n of numbers) {
    out.push(`${n.verdict === 'claim' ? '✓' : '✗'} ${quote(n)} ${n.verdict} by ${n.rule}`);
    out.push(`    rule: ${WHEN.get(n.rule) ?? ''}`);
    if (n.claim && !shown.has(n.claim)) {
      shown.add(n.claim);
      const c = n.claim;
      out.push(`    claim: "${c.text}"`);
      out.push(
        `    factor ${show(c.factor)}, kind ${c.kind}, metric ${show(c.metric)}, baseline ${show(c.baseline)}, hardware ${show(c.hardware)}, condition ${show(c.condition)}`,
      );
    } else if (n.claim) out.push(`    part of the claim "${n.claim.text}" above`);
  }
  if (numbers.length === 0) out.push('no numbers');
  out.push(
    `${claims.length} claim${claims.length === 1 ? '' : 's'}; hardware named: ${hardware.join(', ') || '—'}`,
  );
  return `${out.join('\n')}\n`;
}

function quote(n: NumberTrace): string {
  return `[${n.start}-${n.end}] "${n.text}"`;
}

export function main(argv: readonly string[], io: ExplainIo): number {
  if (argv.length === 0 || argv.includes('--help') || argv.includes('-h')) {
    io.stderr.write(`${USAGE}\n`);
    return argv.length === 0 ? 2 : 0;
  }
  const fileAt = argv.indexOf('--file');
  if (fileAt < 0) {
    const titleAt = argv.indexOf('--title');
    if (titleAt >= 0 && argv[titleAt + 1] === undefined) {
      io.stderr.write(`explain: --title needs a title\n${USAGE}\n`);
      return 2;
    }
    const title = titleAt < 0 ? '' : (argv[titleAt + 1] as string);
    const rest = titleAt < 0 ? argv : argv.filter((_, i) => i !== titleAt && i !== titleAt + 1);
    io.stdout.write(formatTrace(rest.join(' '), title));
    return 0;
  }
  const file = argv[fileAt + 1];
  const paperAt = argv.indexOf('--paper');
  const n = paperAt < 0 ? Number.NaN : Number(argv[paperAt + 1]);
  if (!file || !Number.isInteger(n) || n < 1) {
    io.stderr.write(`explain: --file needs a path and --paper a number from 1\n${USAGE}\n`);
    return 2;
  }
  let text: string;
  try {
    text = readFileSync(path.resolve(io.cwd, file), 'utf8');
  } catch (e) {
    io.stderr.write(`${file}:1: cannot read: ${(e as Error).message}\n`);
    return 1;
  }
  const { cards } = parsePage(text, file);
  const card = cards[n - 1];
  if (!card) {
    io.stderr.write(`${file}:1: no paper ${n}: the capture holds ${cards.length}\n`);
    return 1;
  }
  io.stdout.write(
    `${file}:${card.line}: paper ${n}: ${card.title}\n${formatTrace(card.abstract, card.title)}`,
  );
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = main(process.argv.slice(2), {
    cwd: process.cwd(),
    stdout: process.stdout,
    stderr: process.stderr,
  });
}
