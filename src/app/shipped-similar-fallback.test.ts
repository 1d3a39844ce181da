// When the search worker cannot start, the page builds its search index itself; with the
// build's similar papers shipped it never builds the similar-papers index on its own
// thread in the background (seconds of the reader's CPU at 10k papers), only for a
// paper view whose answer the shipped file cannot give.
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { encodeSimilar } from '../derive/similar/similar-codec';
import { buildSimilarIndex } from '../derive/similar/similar-index';
import { TEST_PAPERS } from '../search/test-papers';
import { inThreadEngines, workerSearch } from './search-service';
import { shippedSimilarPapers } from './shipped-similar';
import { openWorkerLine } from './worker-line';

// Counts the builds of the similar-papers index the app starts.
const builds = vi.hoisted(() => ({ count: 0 }));
vi.mock('../derive/similar/similar-index', async (importOriginal) => {
  const real = await importOriginal<typeof import('../derive/similar/similar-index')>();
  return {
    ...real,
    similarIndexSteps: (...args: Parameters<typeof real.similarIndexSteps>) => {
      builds.count++;
      return real.similarIndexSteps(...args);
    },
  };
});

// The engines the page falls back on are loaded with import(): in before the clock is faked.
beforeAll(() => inThreadEngines.load());

afterEach(() => {
  vi.useRealTimers();
  builds.count = 0;
});

/** A service whose worker failed to start, with the shipped file's bytes (or a failed read). */
function withoutWorker(bytes: Uint8Array | null) {
  const line = openWorkerLine(() => {
    throw new Error('no workers here');
  }, null);
  const read = () => (bytes ? Promise.resolve(bytes) : Promise.reject(new Error('HTTP 404')));
  const service = workerSearch(TEST_PAPERS, () => line, shippedSimilarPapers(TEST_PAPERS, read));
  service.start(true);
  return service;
}

const id = TEST_PAPERS[0]!.id;
const index = buildSimilarIndex(TEST_PAPERS);

describe('no search worker, similar papers shipped', () => {
  it('answers from the shipped file and builds no index in the background', async () => {
    vi.useFakeTimers();
    const service = withoutWorker(encodeSimilar(TEST_PAPERS));
    await vi.advanceTimersByTimeAsync(60_000);
    expect(builds.count).toBe(0);
    expect(service.similar(id)).toEqual(
      index.similar(id).map(({ id: other, shared }) => ({ id: other, shared })),
    );
    await vi.advanceTimersByTimeAsync(60_000);
    expect(builds.count).toBe(0);
  });

  it('builds the index for a paper view when the shipped file cannot be read', async () => {
    vi.useFakeTimers();
    const service = withoutWorker(null);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(builds.count).toBe(0);
    expect(service.similar(id)).toBeNull();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(builds.count).toBe(1);
    expect(service.similar(id)).toEqual(index.similar(id));
  });
});
