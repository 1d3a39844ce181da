import { writeSync } from 'node:fs';
import type { Dataset } from '../src/dataset/schema';

const PAPERS_PER_WRITE = 500;

/**
 * `JSON.stringify(dataset) + '\n'`, byte for byte, written a few hundred papers at
 * a time: at 50k papers the whole text is over 100 MB, which need not exist at once.
 */
export function writeDatasetJson(fd: number, dataset: Dataset): void {
  const keys = Object.keys(dataset) as (keyof Dataset)[];
  writeSync(fd, '{');
  keys.forEach((key, k) => {
    writeSync(fd, `${k > 0 ? ',' : ''}${JSON.stringify(key)}:`);
    if (key !== 'papers') {
      writeSync(fd, JSON.stringify(dataset[key]));
      return;
    }
    writeSync(fd, '[');
    for (let i = 0; i < dataset.papers.length; i += PAPERS_PER_WRITE) {
      const chunk = dataset.papers.slice(i, i + PAPERS_PER_WRITE).map((p) => JSON.stringify(p));
      writeSync(fd, `${i > 0 ? ',' : ''}${chunk.join(',')}`);
    }
    writeSync(fd, ']');
  });
  writeSync(fd, '}\n');
}
