// Accuracy of the claims extractor on each hand-labelled corpus in
// src/ingest/__corpus__ (a folder with expected.json; the top folder is
// "main"). Printed by scripts/measure-claims.ts; the corpus test asserts the
// same figures exactly. `--misses FOLDER` prints that corpus's misses as the
// JSON array known-misses.json holds, `--row FOLDER` its row of the corpus
// test, to review after a rule change, and `--context FOLDER` (or `all`) the
// found claims whose kind, baseline or hardware disagree with the label.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type CorpusScore, type ExpectedPaper, scoreCorpus } from '../src/ingest/corpus-score';

const root = 'src/ingest/__corpus__';

function corpusFolders(): string[] {
  const sub = readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(root, d.name, 'expected.json')))
    .map((d) => d.name)
    .sort();
  return ['main', ...sub];
}

function scoreFolder(folder: string): CorpusScore {
  const dir = folder === 'main' ? root : join(root, folder);
  const files = Object.fromEntries(
    readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => [`${folder}/${f}`, readFileSync(join(dir, f), 'utf8')]),
  );
  const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as ExpectedPaper[];
  return scoreCorpus(files, expected);
}

const f3 = (x: number) => (Number.isNaN(x) ? '  -  ' : x.toFixed(3));

export function accuracyReport(): string {
  const lines = [
    'corpus       papers claims  tp  fp  fn  precision recall factor kind  baseline        hardware',
  ];
  const counts = [
    'papers',
    'expected',
    'tp',
    'fp',
    'fn',
    'spanMatches',
    'kindsRight',
    'baselinesRight',
    'baselineLabelled',
    'hardwareRight',
    'hardwareLabelled',
  ] as const;
  const all = Object.fromEntries(counts.map((c) => [c, 0])) as Record<
    (typeof counts)[number],
    number
  >;
  for (const folder of corpusFolders()) {
    const r = scoreFolder(folder);
    for (const c of counts) all[c] += r[c];
    lines.push(
      [
        folder.padEnd(12),
        String(r.papers).padStart(6),
        String(r.expected).padStart(6),
        String(r.tp).padStart(3),
        String(r.fp).padStart(3),
        String(r.fn).padStart(3),
        f3(r.precision).padStart(9),
        f3(r.recall).padStart(6),
        f3(r.factorAccuracy).padStart(6),
        f3(r.kindAccuracy),
        `${f3(r.baselineAccuracy)} (${r.baselinesRight}/${r.baselineLabelled})`.padEnd(15),
        `${f3(r.hardwareAccuracy)} (${r.hardwareRight}/${r.hardwareLabelled})`,
      ].join(' '),
    );
  }
  // Every corpus together: the totals a rule change reports before and after.
  lines.push(
    [
      'all'.padEnd(12),
      String(all.papers).padStart(6),
      String(all.expected).padStart(6),
      String(all.tp).padStart(3),
      String(all.fp).padStart(3),
      String(all.fn).padStart(3),
      f3(all.tp / (all.tp + all.fp)).padStart(9),
      f3(all.tp / (all.tp + all.fn)).padStart(6),
      f3(all.tp / all.spanMatches).padStart(6),
      `${f3(all.kindsRight / all.tp)} (${all.kindsRight}/${all.tp})`,
      `${f3(all.baselinesRight / all.baselineLabelled)} (${all.baselinesRight}/${all.baselineLabelled})`,
      `${f3(all.hardwareRight / all.hardwareLabelled)} (${all.hardwareRight}/${all.hardwareLabelled})`,
    ].join(' '),
  );
  return lines.join('\n');
}

if (process.argv[1]?.endsWith('corpus-accuracy.ts')) {
  const i = process.argv.indexOf('--misses');
  const j = process.argv.indexOf('--row');
  const k = process.argv.indexOf('--context');
  if (k >= 0) {
    const which = process.argv[k + 1] ?? 'all';
    for (const folder of which === 'all' ? corpusFolders() : [which])
      for (const line of scoreFolder(folder).disagreements) console.log(`${folder}  ${line}`);
  } else if (i >= 0) {
    const r = scoreFolder(process.argv[i + 1] ?? 'main');
    console.log(`${JSON.stringify(r.misses, null, 2)}`);
  } else if (j >= 0) {
    const folder = process.argv[j + 1] ?? 'main';
    const r = scoreFolder(folder);
    console.log(
      `{ folder: '${folder}', papers: ${r.papers}, tp: ${r.tp}, fp: ${r.fp}, fn: ${r.fn}, kinds: ${r.kindsRight}, baselines: [${r.baselinesRight}, ${r.baselineLabelled}], hardware: [${r.hardwareRight}, ${r.hardwareLabelled}] },`,
    );
  } else console.log(accuracyReport());
}
