// A copy of a built site whose data block holds another dataset: for datasets the
// data CLI would never write (hostile shapes, extremes), without another vite build.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { DATASET_ELEMENT_ID, datasetDataBlock } from '../../src/dataset/embed.ts';

export interface SwappedSite {
  dir: string;
  remove(): Promise<void>;
}

export async function siteWithDataset(siteDir: string, dataset: unknown): Promise<SwappedSite> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'speedboard-swapped-'));
  await cp(siteDir, dir, { recursive: true });
  const file = path.join(dir, 'index.html');
  const html = await readFile(file, 'utf8');
  const block = new RegExp(
    `<script type="application/json" id="${DATASET_ELEMENT_ID}">[^]*?</script>`,
  );
  if (!block.test(html)) throw new Error(`${file}: no dataset block to swap`);
  await writeFile(
    file,
    html.replace(block, () => datasetDataBlock(JSON.stringify(dataset))),
  );
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}
