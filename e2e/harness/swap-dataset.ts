// A copy of a built site that holds another dataset: for datasets the data CLI
// would never write (hostile shapes, extremes), without another vite build. The
// site names its dataset files with links, which are overwritten (the
// dataset split from its abstracts as the build splits it), and so is its first
// screen, or it is left out where the build would refuse the dataset; a page that
// holds its data block gets a new block.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { splitAbstracts } from '../../src/dataset/abstracts.ts';
import { checkDataset } from '../../src/dataset/check-dataset.ts';
import {
  ABSTRACTS_ELEMENT_ID,
  DATASET_ELEMENT_ID,
  datasetDataBlock,
  FIRST_SCREEN_ELEMENT_ID,
} from '../../src/dataset/embed.ts';
import type { Dataset } from '../../src/dataset/schema.ts';
import { firstScreen } from '../../src/derive/first-screen.ts';

export interface SwappedSite {
  dir: string;
  remove(): Promise<void>;
}

export async function siteWithDataset(siteDir: string, dataset: unknown): Promise<SwappedSite> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'speedboard-swapped-'));
  await cp(siteDir, dir, { recursive: true });
  const file = path.join(dir, 'index.html');
  const html = await readFile(file, 'utf8');
  const href = (id: string) =>
    new RegExp(`<link [^>]*href="\\./([^"]+)" id="${id}"`).exec(html)?.[1];
  const datasetFile = href(DATASET_ELEMENT_ID);
  const abstractsFile = href(ABSTRACTS_ELEMENT_ID);
  if (datasetFile && abstractsFile) {
    // A dataset too broken to split is written whole, with an empty abstracts list.
    const { head, abstracts } = splittable(dataset)
      ? splitAbstracts(dataset)
      : { head: dataset, abstracts: [] };
    await writeFile(path.join(dir, datasetFile), JSON.stringify(head));
    await writeFile(path.join(dir, abstractsFile), JSON.stringify(abstracts));
    const screen = new RegExp(
      `<script type="application/json" id="${FIRST_SCREEN_ELEMENT_ID}">[^]*?</script>`,
    );
    const check = checkDataset(structuredClone(dataset));
    await writeFile(
      file,
      html.replace(screen, () =>
        check.ok
          ? datasetDataBlock(JSON.stringify(firstScreen(check.dataset)), FIRST_SCREEN_ELEMENT_ID)
          : '',
      ),
    );
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

function splittable(value: unknown): value is Dataset {
  const papers = (value as { papers?: unknown } | null)?.papers;
  return Array.isArray(papers) && papers.every((p) => typeof p === 'object' && p !== null);
}
