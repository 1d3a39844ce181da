// Writes a generated corpus to a folder, ready for `npm run data -- FOLDER`.
// CLI: `npx tsx bench/write-corpus.ts --papers 10000 [--seed S] --out DIR`.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { generateCorpus, type Corpus } from './generate-corpus';

export const BENCH_SEED = 'speedboard-bench';

export function writeCorpus(dir: string, corpus: Corpus): void {
  mkdirSync(dir, { recursive: true });
  for (const f of corpus.files) writeFileSync(path.join(dir, f.name), f.text);
}

function main(argv: string[]): number {
  const get = (flag: string) => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const papers = Number(get('--papers'));
  const out = get('--out');
  if (!Number.isInteger(papers) || papers < 1 || !out) {
    process.stderr.write('usage: tsx bench/write-corpus.ts --papers N [--seed S] --out DIR\n');
    return 2;
  }
  const corpus = generateCorpus({ papers, seed: get('--seed') ?? BENCH_SEED });
  writeCorpus(out, corpus);
  process.stderr.write(`${corpus.pages} pages, ${corpus.papers} papers -> ${out}\n`);
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href)
  process.exitCode = main(process.argv.slice(2));
