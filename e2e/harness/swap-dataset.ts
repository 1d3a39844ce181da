// A copy of a built site that holds another dataset: for datasets the data CLI
// would never write (hostile shapes, extremes), without another vite build. The
// site names its dataset file with a preload link, which is overwritten; a page
// that holds its data block gets a new block.
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
  const href = /<link rel="preload" as="fetch"[^>]*href="\.\/([^"]+)"/.exec(html)?.[1];
  if (href) {
    await writeFile(path.join(dir, href), JSON.stringify(dataset));
  } else {
    const block = new RegExp(
      `<script type="application/json" id="${DATASET_ELEMENT_ID}">[^]*?</script>`,
    );
    if (!block.test(html)) throw new Error(`${file}: no dataset block or file to swap`);
    await writeFile(
      file,
      html.replace(block, () => datasetDataBlock(JSON.stringify(dataset))),
    );
  }
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}
