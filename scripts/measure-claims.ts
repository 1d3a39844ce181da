// Measures the claims extractor: accuracy on each hand-labelled corpus, then
// extractClaims speed on real abstracts (the seed and the claims corpus):
// `npx tsx scripts/measure-claims.ts` (`--accuracy` stops after the first
// part). A measurement, not a test.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractClaims } from '../src/ingest/claims/extract';
import { buildDataset } from '../src/ingest/dataset';
import { accuracyReport } from './corpus-accuracy';

console.log(accuracyReport());
if (process.argv.includes('--accuracy')) process.exit(0);

const corpus = 'src/ingest/__corpus__';
const files = [
  'seeds/000_8482466fddf537ca.txt',
  ...readdirSync(corpus)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => join(corpus, f)),
  ...readdirSync(join(corpus, 'holdout'))
    .filter((f) => f.endsWith('.txt'))
    .map((f) => join(corpus, 'holdout', f)),
];
const { dataset } = buildDataset(files.map((file) => ({ file, text: readFileSync(file, 'utf8') })));
// Each with its title, as the dataset build reads it (a study's title: study.ts).
const abstracts = dataset.papers.map((p) => ({ abstract: p.abstract, title: p.title }));
const words = abstracts.reduce((n, a) => n + a.abstract.split(/\s+/).length, 0) / abstracts.length;

let sink = 0;
for (let i = 0; i < Number(process.env.WARM ?? 200); i++)
  for (const a of abstracts) sink += extractClaims(a.abstract, a).claims.length; // warm-up
const rounds = Number(process.env.ROUNDS ?? 2000);
// CPU time as well as wall time: on a shared machine the process waits for a
// core, and only CPU time says what the extractor itself costs.
const cpu0 = process.cpuUsage();
const t0 = process.hrtime.bigint();
for (let i = 0; i < rounds; i++)
  for (const a of abstracts) sink += extractClaims(a.abstract, a).claims.length;
const wall = Number(process.hrtime.bigint() - t0) / 1000;
const cpu = process.cpuUsage(cpu0);
const n = rounds * abstracts.length;
const perCpu = (cpu.user + cpu.system) / n;
console.log(
  `${abstracts.length} abstracts (${words.toFixed(0)} words on average) x ${rounds} rounds`,
);
console.log(
  `extractClaims: ${perCpu.toFixed(1)} µs CPU per abstract (${Math.round(1e6 / perCpu)}/s on one core); wall ${(wall / n).toFixed(1)} µs [${sink}]`,
);

// Longer abstracts: the seed's, about 230 words each.
const seed = dataset.papers
  .filter((p) => p.sources.some((s) => s.file.startsWith('seeds/')))
  .map((p) => ({ abstract: p.abstract, title: p.title }));
const seedWords = seed.reduce((k, a) => k + a.abstract.split(/\s+/).length, 0) / seed.length;
const c0 = process.cpuUsage();
for (let i = 0; i < rounds; i++)
  for (const a of seed) sink += extractClaims(a.abstract, a).claims.length;
const c = process.cpuUsage(c0);
console.log(
  `seed abstracts only (${seedWords.toFixed(0)} words on average): ${((c.user + c.system) / (rounds * seed.length)).toFixed(1)} µs CPU per abstract`,
);
