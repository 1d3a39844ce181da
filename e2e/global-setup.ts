// Runs once before the browser tests: finds Chromium and builds everything the
// tests open (datasets, static sites, single-file pages) into one temp folder,
// removed afterwards (keep it with E2E_KEEP_TMP=1).
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildDataset, buildSite } from './harness/build.ts';
import { findChromium } from './harness/chromium.ts';
import type { E2EBuilds } from './harness/provided.ts';

const HOSTILE_CAPTURES = 'e2e/fixtures/hostile';

function noChromium(): void {
  const where = process.env.CHROME_PATH
    ? `CHROME_PATH=${process.env.CHROME_PATH}`
    : '/usr/bin/chromium';
  const banner = '!'.repeat(78);
  const ci = process.env.CI === 'true';
  const lines = [
    banner,
    `!! NO CHROMIUM at ${where}: the browser (e2e) tests ${ci ? 'CANNOT RUN' : 'are SKIPPED'}.`,
    '!! Install it (apt-get install chromium) or set CHROME_PATH to run them.',
    ...(ci ? ['!! CI=true: the browser tests must run, so this run FAILS.'] : []),
    banner,
  ];
  if (ci) throw new Error(lines.join('\n'));
  console.warn(`\n${lines.join('\n')}\n`);
}

export default async function setup(project: TestProject) {
  const chromiumPath = findChromium();
  project.provide('chromiumPath', chromiumPath);
  if (!chromiumPath) {
    noChromium();
    project.provide('builds', null);
    return;
  }

  const started = Date.now();
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'speedboard-e2e-'));
  const builds: E2EBuilds = {
    dataset: path.join(tmp, 'dataset.json'),
    site: path.join(tmp, 'site'),
    offline: path.join(tmp, 'offline'),
    hostileDataset: path.join(tmp, 'hostile.json'),
    hostileSite: path.join(tmp, 'hostile-site'),
    hostileOffline: path.join(tmp, 'hostile-offline'),
  };
  await Promise.all([
    buildDataset(builds.dataset),
    buildDataset(builds.hostileDataset, [HOSTILE_CAPTURES]),
  ]);
  // Two at a time: CI machines have two cores.
  await Promise.all([
    buildSite(builds.dataset, builds.site, 'site'),
    buildSite(builds.dataset, builds.offline, 'offline'),
  ]);
  await Promise.all([
    buildSite(builds.hostileDataset, builds.hostileSite, 'site'),
    buildSite(builds.hostileDataset, builds.hostileOffline, 'offline'),
  ]);
  console.log(
    `e2e: built datasets, sites and single-file pages in ${tmp} (${Date.now() - started} ms)`,
  );
  project.provide('builds', builds);

  return async () => {
    if (process.env.E2E_KEEP_TMP === '1') console.log(`e2e: kept ${tmp}`);
    else await rm(tmp, { recursive: true, force: true });
  };
}
