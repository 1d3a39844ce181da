// `node --import tsx bench/similar.ts [sizes]`: the cost of "similar papers" at 1k,
// 10k and 50k generated papers, both ways it could be shipped:
// - lazily in the browser: build the index once (on the first paper view), then
//   answer each paper in a few milliseconds;
// - at build time: answer every paper in the data step and store the answers in
//   the dataset, which every page load then parses.
import os from 'node:os';
import { gzipSync } from 'node:zlib';
import { buildSimilarIndex } from '../src/derive/similar/similar-index';
import { buildDataset } from '../src/ingest/dataset';
import { corpusInputs } from './corpus-inputs';
import { generateCorpus } from './generate-corpus';
import { describeMachine } from './machine';
import { BENCH_SEED } from './write-corpus';

const sizes = (process.argv[2] ?? '1000,10000,50000').split(',').map(Number);
const ms = (t0: number) => performance.now() - t0;
/** Process CPU time in ms: on a shared machine wall time also counts waiting for a core. */
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const fmt = (x: number) => (x >= 100 ? x.toFixed(0) : x.toFixed(1));

console.log(JSON.stringify({ ...describeMachine(), loadAverage: os.loadavg()[0] }));
console.log(
  '| papers | index build, wall / CPU (ms) | one paper, median / p95 (ms) | all papers, wall / CPU (ms) | stored answers (MB / gzip MB) | dataset (MB) |',
);
console.log('| --- | --- | --- | --- | --- | --- |');
for (const n of sizes) {
  const corpus = generateCorpus({ papers: n, seed: BENCH_SEED });
  const { dataset } = buildDataset(corpusInputs(corpus.files));
  const papers = dataset.papers;
  const t0 = performance.now();
  const c0 = cpu();
  const index = buildSimilarIndex(papers);
  const build = ms(t0);
  const buildCpu = cpu() - c0;
  const times: number[] = [];
  const answers: Record<string, { id: string; shared: string[] }[]> = {};
  const t1 = performance.now();
  const c1 = cpu();
  for (const p of papers) {
    const q = performance.now();
    answers[p.id] = index.similar(p.id).map((s) => ({ id: s.id, shared: s.shared }));
    times.push(ms(q));
  }
  const all = ms(t1);
  const allCpu = cpu() - c1;
  times.sort((a, b) => a - b);
  const stored = JSON.stringify(answers);
  const datasetBytes = JSON.stringify(dataset).length;
  console.log(
    `| ${n.toLocaleString('en-US')} | ${fmt(build)} / ${fmt(buildCpu)} | ${fmt(times[Math.floor(times.length / 2)]!)} / ${fmt(times[Math.floor(times.length * 0.95)]!)} | ${fmt(all)} / ${fmt(allCpu)} | ${(stored.length / 1e6).toFixed(1)} / ${(gzipSync(stored).length / 1e6).toFixed(1)} | ${(datasetBytes / 1e6).toFixed(1)} |`,
  );
}
