// The claims extractor's cost: CPU µs per abstract on the bench's generated
// abstracts and on the real-style abstracts (seed and hand-written corpora), and
// the time for one 200 KB abstract that is nothing but figures ("2x 2x 2x …"),
// the shape that used to make extraction quadratic.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { type ClaimsInput, extractClaims } from '../src/ingest/claims/extract';
import { parsePage } from '../src/ingest/page';
import { generateCorpus } from './generate-corpus';
import { ROOT } from './run-command';

export interface ClaimsSpeed {
  synthetic: PerAbstract;
  real: PerAbstract;
  long: { bytes: number; figures: number; ms: number; cpuMs: number };
}

interface PerAbstract {
  abstracts: number;
  words: number;
  /** CPU time per abstract, median of the rounds. */
  cpuUs: number;
  wallUs: number;
}

function captures(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    return statSync(p).isDirectory() ? captures(p) : p.endsWith('.txt') ? [p] : [];
  });
}

/** Each abstract with its paper's title, as the dataset build reads them. */
function perAbstract(abstracts: readonly ClaimsInput[], rounds: number): PerAbstract {
  let sink = 0;
  for (let i = 0; i < 3; i++)
    for (const a of abstracts) sink += extractClaims(a.abstract, a).claims.length;
  const cpu: number[] = [];
  const wall: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    for (const a of abstracts) sink += extractClaims(a.abstract, a).claims.length;
    wall.push(((performance.now() - t0) * 1000) / abstracts.length);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / abstracts.length);
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1] as number;
  const words =
    abstracts.reduce((n, a) => n + a.abstract.split(/\s+/).length, 0) / abstracts.length;
  if (sink < 0) throw new Error('unreachable');
  return { abstracts: abstracts.length, words, cpuUs: median(cpu), wallUs: median(wall) };
}

/** The bench's generated abstracts, each with its title (bench:claims-instructions counts the same). */
export function benchAbstracts(): ClaimsInput[] {
  return generateCorpus({ papers: 1000, seed: 'claims-speed' })
    .files.filter((f) => f.name.endsWith('.txt'))
    .flatMap((f) =>
      parsePage(f.text, f.name).cards.map((c) => ({ abstract: c.abstract, title: c.title })),
    );
}

export function measureClaimsSpeed(log: (s: string) => void): ClaimsSpeed {
  log('claims extractor: per abstract, and one 200 KB abstract of figures…');
  const synthetic = benchAbstracts();
  const realFiles = [
    ...captures(path.join(ROOT, 'seeds')),
    ...captures(path.join(ROOT, 'src/ingest/__corpus__')),
  ];
  const real = realFiles.flatMap((f) =>
    parsePage(readFileSync(f, 'utf8'), f).cards.map((c) => ({
      abstract: c.abstract,
      title: c.title,
    })),
  );
  const bench = perAbstract(synthetic, 15);
  const handWritten = perAbstract(real, 15);
  const text = '2x '.repeat(Math.ceil(200_000 / 3)).slice(0, 200_000);
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  extractClaims(text);
  const ms = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return {
    synthetic: bench,
    real: handWritten,
    long: {
      bytes: text.length,
      figures: Math.ceil(text.length / 3),
      ms,
      cpuMs: (c.user + c.system) / 1000,
    },
  };
}
