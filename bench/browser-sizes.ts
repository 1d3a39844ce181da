// The browser measurements of `npm run bench` (browser-feel.ts) at each size: a
// generated corpus, the real data CLI, the real site build, then Chromium.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { findChromium } from '../e2e/harness/chromium.ts';
import { type BrowserFeel, measureBrowserFeel } from './browser-feel';
import { generateCorpus } from './generate-corpus';
import { assertOk, buildApp, runDataCli } from './run-command';
import { BENCH_SEED, writeCorpus } from './write-corpus';

export async function measureBrowserAt(
  sizes: readonly number[],
  log: (s: string) => void,
): Promise<BrowserFeel[]> {
  const chromium = findChromium();
  if (!chromium) {
    log('browser: no Chromium; skipped');
    return [];
  }
  const out: BrowserFeel[] = [];
  for (const papers of sizes) {
    const tmp = await mkdtemp(path.join(os.tmpdir(), 'speedboard-feel-'));
    try {
      log(`browser, ${papers} papers: corpus, data, site build…`);
      writeCorpus(path.join(tmp, 'seeds'), generateCorpus({ papers, seed: BENCH_SEED }));
      assertOk('data', await runDataCli(['--out', 'dataset.json', 'seeds'], tmp));
      assertOk(
        'site build',
        await buildApp(path.join(tmp, 'dataset.json'), path.join(tmp, 'site')),
      );
      log(`browser, ${papers} papers: loading, typing and scrolling in Chromium…`);
      out.push(await measureBrowserFeel(path.join(tmp, 'site'), papers, chromium));
    } finally {
      await rm(tmp, { recursive: true, force: true });
    }
  }
  return out;
}
