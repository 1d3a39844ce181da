import { writeSync } from 'node:fs';
import type { Dataset } from '../src/dataset/schema';

const PAPERS_PER_WRITE = 500;

/**
 * `JSON.stringify(dataset) + '\n'`, byte for byte, written a few hundred papers at
 * a time: at 50k papers the whole text is over 100 MB, which need not exist at once.
 */
export function writeDatasetJson(fd: number, dataset: Dataset): void {
  writeDatasetParts(fd, dataset, dataset.papers.length, (i) => JSON.stringify(dataset.papers[i]));
}

/**
 * The same text, with each paper's JSON made when it is written (`paperJson(i)`, in
 * order): the CLI joins the JSON of a paper's values with its claims' JSON, which the
 * claims threads made, and never holds the papers with their claims at once.
 */
export function writeDatasetParts(
  fd: number,
  shell: Omit<Dataset, 'papers'> & { papers: unknown },
  paperCount: number,
  paperJson: (i: number) => string,
): void {
  const keys = Object.keys(shell) as (keyof Dataset)[];
  writeSync(fd, '{');
  keys.forEach((key, k) => {
    writeSync(fd, `${k > 0 ? ',' : ''}${JSON.stringify(key)}:`);
    if (key !== 'papers') {
      writeSync(fd, JSON.stringify(shell[key]));
      return;
    }
    writeSync(fd, '[');
    for (let i = 0; i < paperCount; i += PAPERS_PER_WRITE) {
      const chunk: string[] = [];
      for (let j = i; j < Math.min(i + PAPERS_PER_WRITE, paperCount); j++) chunk.push(paperJson(j));
      writeSync(fd, `${i > 0 ? ',' : ''}${chunk.join(',')}`);
    }
    writeSync(fd, ']');
  });
  writeSync(fd, '}\n');
}
