// The worker-backed search service, driven by a stand-in worker that runs the real
// engine: stand-in answers (title prefixes, not final) until the worker is ready,
// then exactly the engine's answers; one query in the worker at a time.
import { describe, expect, it } from 'vitest';
import { createSearchEngine } from '../search/engine';
import { TEST_PAPERS } from '../search/test-papers';
import type { FromWorker, ToWorker } from './search-protocol';
import { workerSearch } from './search-service';

class EngineWorker {
  onmessage: ((e: MessageEvent<FromWorker>) => void) | null = null;
  onerror: (() => void) | null = null;
  readonly inbox: ToWorker[] = [];
  private engine: ReturnType<typeof createSearchEngine> | null = null;
  postMessage(m: ToWorker) {
    this.inbox.push(m);
  }
  terminate() {}
  /** Handles the oldest message, as the worker thread would. */
  step() {
    const m = this.inbox.shift()!;
    const reply = (data: FromWorker) => this.onmessage?.({ data } as MessageEvent<FromWorker>);
    if (m.type === 'dataset') {
      this.engine = createSearchEngine(JSON.parse(m.json).papers);
      reply({ type: 'ready' });
    } else {
      const { hits, terms } = this.engine!.search(m.query);
      reply({
        type: 'result',
        query: m.query,
        docs: Int32Array.from(hits, (h) => h.doc),
        scores: Float64Array.from(hits, (h) => h.score),
        terms,
      });
    }
  }
}

function setUp() {
  const worker = new EngineWorker();
  const json = JSON.stringify({ papers: TEST_PAPERS });
  let text: string | null = json;
  const service = workerSearch(
    TEST_PAPERS,
    () => {
      const t = text;
      text = null;
      return t;
    },
    () => worker as unknown as Worker,
  );
  let changes = 0;
  service.subscribe(() => changes++);
  service.start();
  return { worker, service, changes: () => changes };
}

const engine = createSearchEngine(TEST_PAPERS);

describe('workerSearch', () => {
  it('answers from the titles, not final, while the index is being built', () => {
    const { service, worker } = setUp();
    expect(worker.inbox).toEqual([{ type: 'dataset', json: expect.any(String) }]);
    const a = service.answer('video gen');
    expect(a.final).toBe(false);
    expect(a.result.hits.map((h) => h.id)).toEqual(['sana-video']);
    // The same object until something changes, as React's external stores need.
    expect(service.answer('video gen')).toBe(a);
    expect(service.answer('  ')).toEqual({ result: { hits: [], terms: [] }, final: true });
  });

  it('then gives exactly the engine`s answer', () => {
    const { service, worker, changes } = setUp();
    worker.step(); // ready
    expect(changes()).toBe(1);
    expect(service.answer('attention').final).toBe(false);
    expect(worker.inbox).toEqual([{ type: 'search', query: 'attention' }]);
    worker.step();
    const a = service.answer('attention');
    expect(a.final).toBe(true);
    expect(a.result).toEqual(engine.search('attention'));
  });

  it('keeps one query in the worker; only the latest one typed meanwhile follows', () => {
    const { service, worker } = setUp();
    worker.step();
    for (const q of ['m', 'mo', 'moe', 'moe p']) service.answer(q);
    expect(worker.inbox).toEqual([{ type: 'search', query: 'm' }]);
    worker.step();
    expect(worker.inbox).toEqual([{ type: 'search', query: 'moe p' }]);
    // While 'moe p' is on its way, the last real answer stays on screen, marked not final.
    expect(service.answer('moe p')).toEqual({ result: engine.search('m'), final: false });
    worker.step();
    expect(service.answer('moe p')).toEqual({ result: engine.search('moe p'), final: true });
  });

  it('builds on the main thread when the worker fails', () => {
    const { service, worker } = setUp();
    worker.onerror?.();
    expect(service.answer('attention')).toEqual({
      result: engine.search('attention'),
      final: true,
    });
  });
});
