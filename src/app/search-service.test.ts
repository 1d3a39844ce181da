// The worker-backed search service, driven by the worker's real message handler on
// this thread: stand-in answers (title prefixes, not final) until the worker is
// ready, then no answer (not final) until the engine's, which is exactly the
// engine's; one query in the worker at a time; and the similar-papers index's
// answers once the worker has built it.
import { beforeAll, describe, expect, it } from 'vitest';
import { splitAbstracts } from '../dataset/abstracts';
import { buildIndex } from '../derive/dataset-index';
import { docFacets, encodeDocFacets } from '../derive/doc-facets';
import { defaultList } from '../url/view-state';
import { listResults } from './results';
import { encodeSimilar } from '../derive/similar/similar-codec';
import { buildSimilarIndex } from '../derive/similar/similar-index';
import { createSearchEngine } from '../search/engine';
import { datasetKey } from '../dataset/dataset-key';
import { encodeIndex } from '../search/index-codec';
import { type InvertedIndex, InvertedIndexBuilder } from '../search/inverted-index';
import { TEST_PAPERS } from '../search/test-papers';
import type { DatasetText } from '../dataset/bundled';
import type { FirstScreenHits, ToWorker, WorkerPost } from './search-protocol';
import { markedJson } from '../dataset/segments';
import { encodePaperSpans } from '../dataset/paper-spans';
import { inThreadSearch } from './in-thread-search';
import { later } from './later';
import { inThreadEngines, laterInThreadSearch, workerSearch } from './search-service';
import { type ShippedSimilarPapers, shippedSimilarPapers } from './shipped-similar';
import { workerHandler } from './worker-handler';
import { openWorkerLine, type WorkerLine } from './worker-line';

/**
 * The worker's own message handler (worker-handler.ts) on this thread: messages wait
 * in an inbox, and the work it puts off (the similar-papers build) in a queue, until a
 * test steps them, as the worker thread would run them.
 */
class EngineWorker {
  onmessage: ((e: MessageEvent<WorkerPost>) => void) | null = null;
  onerror: (() => void) | null = null;
  readonly inbox: ToWorker[] = [];
  readonly deferred: (() => void)[] = [];
  /** Work put off for a while (until the reader stops typing). */
  readonly timers: (() => void)[] = [];
  private skew = 0;
  /** What the worker's fetches get, by URL; anything else is an HTTP error. */
  readonly files = new Map<string, string>([[DATASET_URL, HEAD]]);
  readonly binaries = new Map<string, Uint8Array>();
  /** The URLs fetched, in order. */
  readonly fetched: string[] = [];
  private readonly handle = workerHandler({
    post: (data) => this.onmessage?.({ data } as MessageEvent<WorkerPost>),
    later: (task) => this.deferred.push(task),
    after: (_ms, task) => this.timers.push(task),
    now: () => performance.now() + this.skew,
    fetchText: async (url) => {
      this.fetched.push(url);
      const text = this.files.get(url);
      if (text === undefined) throw new Error('HTTP 404');
      return text;
    },
    fetchBytes: async (url) => {
      this.fetched.push(url);
      const text = this.files.get(url);
      const bytes = text === undefined ? this.binaries.get(url) : new TextEncoder().encode(text);
      if (bytes === undefined) throw new Error('HTTP 404');
      return bytes;
    },
  });
  postMessage(m: ToWorker) {
    this.inbox.push(m);
  }
  terminate() {}
  /** Handles the oldest message. */
  step() {
    this.handle(this.inbox.shift()!);
  }
  /** Runs the put-off work to its end. */
  finishDeferred() {
    while (this.deferred.length) this.deferred.shift()!();
  }
  /** A minute passes: whatever waited for a while runs. */
  passTime() {
    this.skew += 60_000;
    for (const task of this.timers.splice(0)) task();
  }
}

// As the site ships them: the papers without their abstracts, and the abstracts,
// which the handler puts back (the answers below are the whole papers' engine's).
const split = splitAbstracts({
  schemaVersion: 2,
  sources: [],
  papers: TEST_PAPERS,
  diagnostics: [],
});
const HEAD = JSON.stringify(split.head);
const ABSTRACTS = JSON.stringify(split.abstracts);
const ABSTRACTS_URL = 'https://site/a/abstracts.json';
const INDEX_URL = 'https://site/a/search-index.bin';
const DATASET_URL = 'https://site/a/dataset.json';
// What the site build ships: the index of the whole papers.
const KEY = datasetKey(TEST_PAPERS);
const INDEX = encodeIndex(new InvertedIndexBuilder(TEST_PAPERS).result(), KEY);
/**
 * The index with `word`'s second paper made its first again: a paper listed twice,
 * which only reading that word's postings finds (the worker reads a word's when first needed).
 */
function listedTwice(index: InvertedIndex, word: string): InvertedIndex {
  const w = index.vocabulary.get(word);
  expect(index.docFreq[w]).toBeGreaterThanOrEqual(2);
  const docs = Int32Array.from(index.docs);
  docs[index.offsets[w]! + 1] = docs[index.offsets[w]!]!;
  return { ...index, docs };
}
// The site's dataset: where the papers without their abstracts are, and their abstracts,
// both of which the worker fetches.
const siteText = (shippedIndexKey: number | null): DatasetText => ({
  json: null,
  datasetUrl: DATASET_URL,
  abstracts: null,
  abstractsUrl: ABSTRACTS_URL,
  shippedIndexKey,
});

function setUp({
  start = true,
  text = {
    json: HEAD,
    datasetUrl: null,
    abstracts: ABSTRACTS,
    abstractsUrl: null,
    shippedIndexKey: null,
  } as DatasetText,
  indexUrl = null as string | null,
  worker = new EngineWorker(),
  held = false,
  shipped = null as ShippedSimilarPapers | null,
} = {}) {
  let line: WorkerLine | null = openWorkerLine(() => worker as unknown as Worker, indexUrl, held);
  // As main.tsx does: the worker hears of them first.
  if (shipped) line.post({ type: 'similar-shipped' });
  line.sendDataset(text);
  const abstractsLine = line;
  const service = workerSearch(
    TEST_PAPERS,
    () => {
      const l = line;
      line = null;
      return l;
    },
    shipped,
  );
  let changes = 0;
  service.subscribe(() => changes++);
  if (start) service.start(true);
  return { worker, service, changes: () => changes, line: abstractsLine };
}

/** The abstracts' text, as the page decodes the bytes the worker hands over. */
const textOf = async (bytes: Promise<Uint8Array>) => new TextDecoder().decode(await bytes);

const engine = createSearchEngine(TEST_PAPERS);
const similarIndex = buildSimilarIndex(TEST_PAPERS);

// The engines a failed worker falls back on are loaded with import(); here they are in
// before any test (laterInThreadSearch's own tests load theirs).
beforeAll(() => inThreadEngines.load());

describe('workerSearch', () => {
  it('answers from the titles, not final, while the index is being built', () => {
    const { service, worker } = setUp();
    expect(worker.inbox).toEqual([
      {
        type: 'dataset',
        json: HEAD,
        datasetUrl: null,
        abstracts: ABSTRACTS,
        abstractsUrl: null,
        shippedIndexKey: null,
      },
    ]);
    const a = service.answer('video gen');
    expect(a.final).toBe(false);
    expect(a.result?.hits.map((h) => h.id)).toEqual(['sana-video']);
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

  it('keeps what the worker said before the app listened', () => {
    const { service, worker, changes } = setUp({ start: false });
    worker.step(); // ready, before the app has rendered
    expect(changes()).toBe(0);
    service.start(true);
    expect(changes()).toBe(1);
    service.answer('attention');
    expect(worker.inbox).toEqual([{ type: 'search', query: 'attention' }]);
    worker.step();
    expect(service.answer('attention')).toEqual({
      result: engine.search('attention'),
      final: true,
    });
  });

  it('falls back to the main thread when the worker failed before the app listened', () => {
    const { service, worker } = setUp({ start: false });
    worker.onerror?.();
    service.start(true);
    expect(service.answer('attention')).toEqual({
      result: engine.search('attention'),
      final: true,
    });
  });

  it('falls back to the main thread only once the abstracts are in, when the worker failed before', () => {
    const { service, worker } = setUp({ start: false });
    service.start(false);
    worker.onerror?.();
    const standIn = service.answer('video gen');
    expect(standIn.final).toBe(false);
    expect(standIn.result?.hits.map((h) => h.id)).toEqual(['sana-video']);
    expect(service.similar(TEST_PAPERS[0]!.id)).toBeNull();
    service.start(true);
    expect(service.answer('attention')).toEqual({
      result: engine.search('attention'),
      final: true,
    });
  });

  it('keeps one query in the worker; only the latest one typed meanwhile follows', () => {
    const { service, worker } = setUp();
    worker.step();
    for (const q of ['m', 'mo', 'moe', 'moe p']) service.answer(q);
    expect(worker.inbox).toEqual([{ type: 'search', query: 'm' }]);
    worker.step();
    expect(worker.inbox).toEqual([{ type: 'search', query: 'moe p' }]);
    // While 'moe p' is on its way there is nothing for it yet (the page keeps what it shows).
    expect(service.answer('moe p')).toEqual({ result: null, final: false });
    worker.step();
    expect(service.answer('moe p')).toEqual({ result: engine.search('moe p'), final: true });
  });

  it('does not answer a query typed over while another was in the worker', () => {
    const { service, worker } = setUp();
    worker.step();
    service.answer('mo');
    service.answer('moe');
    // Back to the query in the worker: 'moe' is no longer wanted.
    service.answer('mo');
    expect(worker.inbox).toEqual([{ type: 'search', query: 'mo' }]);
    worker.step();
    expect(worker.inbox).toEqual([]);
    expect(service.answer('mo')).toEqual({ result: engine.search('mo'), final: true });
    expect(service.answer('moe').final).toBe(false);
  });

  it('answers from the worker before the abstracts are in the page', () => {
    const { service, worker } = setUp({ start: false });
    service.start(false);
    worker.step(); // ready
    service.answer('attention');
    worker.step();
    expect(service.answer('attention')).toEqual({
      result: engine.search('attention'),
      final: true,
    });
  });

  it('builds on the main thread when the worker fails', () => {
    const { service, worker } = setUp();
    worker.onerror?.();
    expect(service.answer('attention')).toEqual({
      result: engine.search('attention'),
      final: true,
    });
  });

  it('answers which papers are alike once the worker has built that index, as the index does', () => {
    const { service, worker, changes } = setUp();
    const id = TEST_PAPERS[0]!.id;
    expect(service.similar(id)).toBeNull();
    worker.step(); // dataset: the search index is ready, the similar build is put off
    expect(worker.inbox).toEqual([{ type: 'similar', id }]);
    worker.step(); // the question waits for the build
    expect(service.similar(id)).toBeNull();
    const before = changes();
    worker.finishDeferred();
    expect(changes()).toBe(before + 1);
    const papers = service.similar(id);
    expect(papers).toEqual(similarIndex.similar(id));
    expect(papers!.length).toBeGreaterThan(0);
    expect(service.similar(id)).toBe(papers);
    // Asked once the index is built, the worker answers at once.
    const other = TEST_PAPERS[1]!.id;
    expect(service.similar(other)).toBeNull();
    worker.step();
    expect(service.similar(other)).toEqual(similarIndex.similar(other));
  });

  it('builds the similar papers only while the reader is not typing', () => {
    const { service, worker } = setUp();
    worker.step(); // dataset: ready, the similar build is put off
    service.answer('attention');
    worker.step(); // a query: the build waits
    worker.finishDeferred();
    expect(worker.timers).toHaveLength(1);
    worker.passTime();
    worker.finishDeferred();
    expect(worker.timers).toHaveLength(0);
    // Built: a question is answered at once.
    const id = TEST_PAPERS[0]!.id;
    expect(service.similar(id)).toBeNull();
    worker.step();
    expect(service.similar(id)).toEqual(similarIndex.similar(id));
  });

  it('builds the similar papers at once for a paper view, even while the reader types', () => {
    const { service, worker } = setUp();
    worker.step();
    service.answer('attention');
    worker.step();
    worker.finishDeferred();
    const id = TEST_PAPERS[0]!.id;
    expect(service.similar(id)).toBeNull();
    worker.step(); // the question
    worker.finishDeferred();
    expect(service.similar(id)).toEqual(similarIndex.similar(id));
  });

  it('a similar-papers answer leaves the search answer as it was', () => {
    const { service, worker } = setUp();
    worker.step();
    service.answer('attention');
    worker.step();
    const a = service.answer('attention');
    service.similar(TEST_PAPERS[0]!.id);
    worker.finishDeferred();
    worker.step();
    expect(service.answer('attention')).toBe(a);
  });
});

describe('laterInThreadSearch: the engines on this thread, loaded when first wanted', () => {
  it('answers from the titles, not final, until their code is in, then as the engine does', async () => {
    type Engines = { inThreadSearch: typeof inThreadSearch };
    let resolve!: (m: Engines) => void;
    const engines = later(() => new Promise<Engines>((r) => (resolve = r)));
    const service = laterInThreadSearch(TEST_PAPERS, {}, engines);
    let changes = 0;
    service.subscribe(() => changes++);
    service.start(true);
    const standIn = service.answer('video gen');
    expect(standIn.final).toBe(false);
    expect(standIn.result?.hits.map((h) => h.id)).toEqual(['sana-video']);
    expect(service.answer('video gen')).toBe(standIn);
    expect(service.answer('  ')).toEqual({ result: { hits: [], terms: [] }, final: true });
    const id = TEST_PAPERS[0]!.id;
    expect(service.similar(id)).toBeNull();
    // The engines get the start() that came before them.
    const starts: boolean[] = [];
    resolve({
      inThreadSearch: (papers, options) => {
        const inner = inThreadSearch(papers, options);
        return {
          ...inner,
          start(abstractsIn) {
            starts.push(abstractsIn);
            inner.start(abstractsIn);
          },
        };
      },
    });
    await engines.load();
    expect(changes).toBe(1);
    expect(starts).toEqual([true]);
    expect(service.answer('attention')).toEqual({
      result: engine.search('attention'),
      final: true,
    });
    expect(service.similar(id)).toBeNull();
    await new Promise<void>((done) => service.subscribe(done));
    expect(service.similar(id)).toEqual(similarIndex.similar(id));
    service.stop();
  });

  it('is the engines at once when their code is in', async () => {
    await inThreadEngines.load();
    const service = laterInThreadSearch(TEST_PAPERS);
    expect(service.answer('attention')).toEqual({
      result: engine.search('attention'),
      final: true,
    });
  });

  it('throws from answer() once their code failed to load, and says so', async () => {
    const engines = later<{ inThreadSearch: typeof inThreadSearch }>(() =>
      Promise.reject(new Error('chunk not found')),
    );
    const service = laterInThreadSearch(TEST_PAPERS, {}, engines);
    let changes = 0;
    service.subscribe(() => changes++);
    await engines.load().catch(() => {});
    expect(changes).toBe(1);
    expect(() => service.answer('attention')).toThrow('chunk not found');
  });
});

describe('inThreadSearch', () => {
  it('answers which papers are alike, building that index when first asked', async () => {
    const service = inThreadSearch(TEST_PAPERS);
    const id = TEST_PAPERS[0]!.id;
    const ready = new Promise<void>((done) => service.subscribe(done));
    expect(service.similar(id)).toBeNull();
    await ready;
    expect(service.similar(id)).toEqual(similarIndex.similar(id));
    expect(service.similar(id)).toBe(service.similar(id));
    service.stop();
  });

  it('on the site, fetches the abstracts in the worker, answers from the whole papers and hands them to the page', async () => {
    const worker = new EngineWorker();
    worker.files.set(ABSTRACTS_URL, ABSTRACTS);
    const text = siteText(null);
    const { service, line } = setUp({ text, worker });
    expect(worker.inbox).toEqual([{ type: 'dataset', ...text }]);
    worker.step();
    expect(await textOf(line.abstracts())).toBe(ABSTRACTS);
    // Ready once the abstracts are in; each query is then the whole papers' answer.
    for (const q of ['video gen', 'attention', 'faster decoding']) {
      expect(service.answer(q).final).toBe(false);
      worker.step();
      expect(service.answer(q)).toEqual({ result: engine.search(q), final: true });
    }
  });

  it('on the site, is ready with the shipped index before the abstracts are in', async () => {
    const worker = new EngineWorker();
    worker.binaries.set(INDEX_URL, INDEX);
    // The abstracts never come: search does not need them.
    const text = siteText(KEY);
    const { service, line } = setUp({ text, indexUrl: INDEX_URL, worker });
    // Where the index is comes first, before the dataset is read; then the papers' key.
    expect(worker.inbox).toEqual([
      { type: 'index', url: INDEX_URL },
      { type: 'papers', key: KEY },
      { type: 'dataset', ...text },
    ]);
    worker.step();
    worker.step();
    worker.step();
    await expect(line.abstracts()).rejects.toThrow(/no abstracts/);
    for (const q of ['video gen', 'attention', 'faster decoding', 'atention h10']) {
      expect(service.answer(q).final).toBe(false);
      worker.step();
      expect(service.answer(q)).toEqual({ result: engine.search(q), final: true });
    }
    // Nor does it need the whole papers: the dataset file is not read again.
    expect(worker.fetched).toEqual([INDEX_URL, ABSTRACTS_URL]);
  });

  it('on the site, answers with the facet counts of a searched list when the index came with the papers` facet codes', async () => {
    const dataset = {
      schemaVersion: 2 as const,
      sources: [],
      papers: TEST_PAPERS,
      diagnostics: [],
    };
    const index = buildIndex(dataset);
    const builder = () => new InvertedIndexBuilder(TEST_PAPERS).result();
    const withCodes = encodeIndex(builder(), KEY, { facets: encodeDocFacets(docFacets(index)) });
    // Codes that cannot be read: the index still answers, without counts.
    const unreadable = encodeIndex(builder(), KEY, { facets: Uint8Array.from([1, 2, 3]) });
    for (const [bytes, counted] of [
      [withCodes, true],
      [unreadable, false],
    ] as const) {
      const worker = new EngineWorker();
      worker.binaries.set(INDEX_URL, bytes);
      const { service } = setUp({ text: siteText(KEY), indexUrl: INDEX_URL, worker });
      worker.step();
      worker.step();
      worker.step();
      await new Promise((done) => setTimeout(done, 0));
      for (const q of ['video gen', 'attention', 'faster decoding', 'atention h10']) {
        expect(service.answer(q).final).toBe(false);
        worker.step();
        const { result, final } = service.answer(q);
        const { hits, terms } = engine.search(q);
        expect(final).toBe(true);
        expect(result?.hits).toEqual(hits);
        expect(result?.terms).toEqual(terms);
        const list = { ...defaultList(), q };
        const page = listResults(index, list, { hits, terms }, new Set()).faceted.counts;
        if (counted) {
          expect(hits.length).toBeGreaterThan(0);
          expect(result?.counts).toEqual(page);
          // And the page takes them for the same rows.
          expect(listResults(index, list, result!, new Set())).toEqual(
            listResults(index, list, { hits, terms }, new Set()),
          );
        } else expect(result?.counts).toBeUndefined();
      }
    }
  });

  it('on a held line, sends where the index is and the dataset only when released, then answers alike', async () => {
    const worker = new EngineWorker();
    worker.binaries.set(INDEX_URL, INDEX);
    worker.files.set(ABSTRACTS_URL, ABSTRACTS);
    // The key is worked out only when the dataset is sent.
    let keyReads = 0;
    const text: DatasetText = {
      ...siteText(null),
      get shippedIndexKey() {
        keyReads++;
        return KEY;
      },
    };
    const { service, line } = setUp({ text, indexUrl: INDEX_URL, worker, held: true });
    // Similar-papers questions are not held: the worker keeps them until it can answer.
    service.similar(TEST_PAPERS[0]!.id);
    expect(worker.inbox).toEqual([{ type: 'similar', id: TEST_PAPERS[0]!.id }]);
    worker.step();
    expect(service.answer('attention').final).toBe(false);
    expect(keyReads).toBe(0);
    line.release();
    line.release();
    expect(keyReads).toBe(1);
    expect(worker.inbox).toEqual([
      { type: 'index', url: INDEX_URL },
      { type: 'papers', key: KEY },
      { type: 'dataset', ...siteText(KEY) },
    ]);
    worker.step();
    worker.step();
    worker.step();
    expect(await textOf(line.abstracts())).toBe(ABSTRACTS);
    for (const q of ['video gen', 'attention', 'atention h10']) {
      expect(service.answer(q).final).toBe(false);
      worker.step();
      expect(service.answer(q)).toEqual({ result: engine.search(q), final: true });
    }
    // Once released, what is sent goes at once.
    line.post({ type: 'similar', id: TEST_PAPERS[1]!.id });
    expect(worker.inbox).toEqual([{ type: 'similar', id: TEST_PAPERS[1]!.id }]);
  });

  it('on a held line, lets where the index is go alone with the papers` key, answers, and sends the dataset when released', async () => {
    const worker = new EngineWorker();
    worker.binaries.set(INDEX_URL, INDEX);
    worker.files.set(ABSTRACTS_URL, ABSTRACTS);
    const { service, line } = setUp({
      text: siteText(KEY),
      indexUrl: INDEX_URL,
      worker,
      held: true,
    });
    let readies = 0;
    const toPage = worker.onmessage;
    worker.onmessage = (e) => {
      if (e.data.type === 'ready') readies++;
      toPage?.(e);
    };
    line.releaseIndex();
    line.releaseIndex();
    // The dataset's text came before: its key follows the index.
    expect(worker.inbox).toEqual([
      { type: 'index', url: INDEX_URL },
      { type: 'papers', key: KEY },
    ]);
    worker.step();
    worker.step();
    await new Promise((done) => setTimeout(done, 0));
    // Ready with the shipped index; the abstracts are not downloaded yet.
    for (const q of ['video gen', 'attention', 'atention h10']) {
      expect(service.answer(q).final).toBe(false);
      worker.step();
      expect(service.answer(q)).toEqual({ result: engine.search(q), final: true });
    }
    expect(worker.fetched).toEqual([INDEX_URL]);
    expect(readies).toBe(1);
    line.release();
    expect(worker.inbox).toEqual([{ type: 'dataset', ...siteText(KEY) }]);
    worker.step();
    expect(await textOf(line.abstracts())).toBe(ABSTRACTS);
    // The engine it answered with stays: one 'ready', the same answers.
    expect(service.answer('faster decoding').final).toBe(false);
    worker.step();
    expect(service.answer('faster decoding')).toEqual({
      result: engine.search('faster decoding'),
      final: true,
    });
    await new Promise((done) => setTimeout(done, 0));
    expect(readies).toBe(1);
    expect(worker.inbox).toEqual([]);
  });

  it('on a held line, sends the papers` key at once when the index went before the dataset was read', async () => {
    const worker = new EngineWorker();
    worker.binaries.set(INDEX_URL, INDEX);
    const line = openWorkerLine(() => worker as unknown as Worker, INDEX_URL, true);
    line.releaseIndex();
    expect(worker.inbox).toEqual([{ type: 'index', url: INDEX_URL }]);
    line.sendDataset(siteText(KEY));
    expect(worker.inbox).toEqual([
      { type: 'index', url: INDEX_URL },
      { type: 'papers', key: KEY },
    ]);
    // Not the build's file: no key, and the dataset waits for the release as before.
    const other = new EngineWorker();
    const otherLine = openWorkerLine(() => other as unknown as Worker, INDEX_URL, true);
    otherLine.releaseIndex();
    otherLine.sendDataset(siteText(null));
    expect(other.inbox).toEqual([{ type: 'index', url: INDEX_URL }]);
    otherLine.release();
    expect(other.inbox).toEqual([
      { type: 'index', url: INDEX_URL },
      { type: 'dataset', ...siteText(null) },
    ]);
  });

  it('on the site, reads the whole papers for the similar ones once the reader stops typing', async () => {
    const worker = new EngineWorker();
    worker.binaries.set(INDEX_URL, INDEX);
    worker.files.set(ABSTRACTS_URL, ABSTRACTS);
    const { service, line } = setUp({ text: siteText(KEY), indexUrl: INDEX_URL, worker });
    worker.step();
    worker.step();
    worker.step();
    expect(await textOf(line.abstracts())).toBe(ABSTRACTS);
    service.answer('attention');
    worker.step();
    worker.finishDeferred();
    expect(worker.timers).toHaveLength(1);
    expect(worker.fetched).toEqual([INDEX_URL, ABSTRACTS_URL]);
    worker.passTime();
    worker.finishDeferred(); // the papers read
    // From the site's dataset file, which the page did not copy to the worker.
    expect(worker.fetched).toEqual([INDEX_URL, ABSTRACTS_URL, DATASET_URL]);
    await new Promise((done) => setTimeout(done, 0));
    worker.finishDeferred(); // the similar papers built
    const id = TEST_PAPERS[2]!.id;
    service.similar(id);
    worker.step();
    expect(service.similar(id)).toEqual(similarIndex.similar(id));
  });

  // Same number of papers, other positions: its answers would differ.
  const reversed = [...TEST_PAPERS].reverse();
  const reordered = encodeIndex(new InvertedIndexBuilder(reversed).result(), datasetKey(reversed));
  const fewer = TEST_PAPERS.slice(1);
  it.each<[string, Uint8Array | null, number | null]>([
    ['missing', null, KEY],
    ['unreadable', INDEX.slice(0, INDEX.length - 3), KEY],
    [
      'for another number of papers',
      encodeIndex(new InvertedIndexBuilder(fewer).result(), datasetKey(fewer)),
      KEY,
    ],
    ['built from the same papers in another order (a file edited after the build)', reordered, KEY],
    [
      'one whose postings for a word cannot be read',
      encodeIndex(listedTwice(new InvertedIndexBuilder(TEST_PAPERS).result(), 'gpus'), KEY),
      KEY,
    ],
    ["not for the page's dataset (not the build's file)", INDEX, null],
  ])('indexes the whole papers itself when the shipped index is %s', async (_, bytes, papers) => {
    const worker = new EngineWorker();
    worker.files.set(ABSTRACTS_URL, ABSTRACTS);
    if (bytes) worker.binaries.set(INDEX_URL, bytes);
    const text = siteText(papers);
    const { service, line } = setUp({ text, indexUrl: INDEX_URL, worker });
    // The index, the papers' key when there is one, the dataset.
    expect(worker.inbox).toHaveLength(papers === null ? 2 : 3);
    while (worker.inbox.length > 0) worker.step();
    expect(await textOf(line.abstracts())).toBe(ABSTRACTS);
    await new Promise((done) => setTimeout(done, 0));
    for (const q of ['video gen', 'attention', 'faster decoding']) {
      expect(service.answer(q).final).toBe(false);
      worker.step();
      expect(service.answer(q)).toEqual({ result: engine.search(q), final: true });
    }
  });

  it('says so when the worker cannot fetch the abstracts, and builds no index', async () => {
    const worker = new EngineWorker();
    const text = siteText(null);
    const { service, line } = setUp({ text, worker });
    worker.step();
    await expect(line.abstracts()).rejects.toThrow(/no abstracts/);
    expect(service.answer('video gen').final).toBe(false);
    expect(worker.inbox).toEqual([]);
  });

  it('has no abstracts to hand over when they came with the dataset', async () => {
    const { line } = setUp();
    await expect(line.abstracts()).rejects.toThrow(/no abstracts/);
  });
});

describe('workerSearch with the similar papers the build shipped', () => {
  const id = TEST_PAPERS[0]!.id;
  const expected = (paper: string) =>
    similarIndex.similar(paper).map(({ id, shared }) => ({ id, shared }));
  /** The build's file, read when the test says. */
  const shippedFile = (bytes: Uint8Array | null) => {
    let reads = 0;
    let deliver: () => void = () => {};
    const read = () => {
      reads++;
      return new Promise<Uint8Array>((resolve, reject) => {
        deliver = () => (bytes ? resolve(bytes) : reject(new Error('HTTP 404')));
      });
    };
    return {
      shipped: shippedSimilarPapers(TEST_PAPERS, read),
      reads: () => reads,
      deliver: async () => {
        deliver();
        await new Promise((done) => setTimeout(done, 0));
      },
    };
  };

  it('answers from them, as the index would, and the worker builds none', async () => {
    const file = shippedFile(encodeSimilar(TEST_PAPERS));
    const { service, worker, changes } = setUp({ shipped: file.shipped });
    worker.step(); // told they are shipped
    worker.step(); // dataset: the search index is ready
    worker.finishDeferred();
    worker.passTime();
    worker.finishDeferred();
    // Downloaded once the abstracts are in (here at once), before any paper view.
    expect(file.reads()).toBe(1);
    expect(service.similar(id)).toBeNull();
    expect(file.reads()).toBe(1);
    const before = changes();
    await file.deliver();
    expect(changes()).toBe(before + 1);
    const papers = service.similar(id);
    expect(papers).toEqual(expected(id));
    expect(papers!.length).toBeGreaterThan(0);
    expect(service.similar(id)).toBe(papers);
    for (const p of TEST_PAPERS) expect(service.similar(p.id)).toEqual(expected(p.id));
    expect(worker.inbox).toEqual([]);
    // The worker built nothing: asked now, it has to build the index first.
    worker.postMessage({ type: 'similar', id });
    const posted: WorkerPost[] = [];
    worker.onmessage = (e) => posted.push(e.data);
    worker.step();
    expect(posted).toEqual([]);
    worker.finishDeferred();
    expect(posted).toEqual([{ type: 'similar', id, papers: similarIndex.similar(id) }]);
  });

  it('answers the first paper view at once when they were downloaded before it', async () => {
    const file = shippedFile(encodeSimilar(TEST_PAPERS));
    const { service, worker, changes } = setUp({ shipped: file.shipped });
    worker.step();
    worker.step();
    const before = changes();
    await file.deliver();
    // Nobody asked yet: nothing to say.
    expect(changes()).toBe(before);
    expect(service.similar(id)).toEqual(expected(id));
    expect(worker.inbox).toEqual([]);
  });

  it('waits for the abstracts, whose words they name', async () => {
    const file = shippedFile(encodeSimilar(TEST_PAPERS));
    const { service, worker, changes } = setUp({ shipped: file.shipped, start: false });
    worker.step();
    worker.step();
    service.start(false);
    expect(service.similar(id)).toBeNull();
    expect(file.reads()).toBe(0);
    const before = changes();
    service.start(true);
    expect(changes()).toBe(before + 1);
    expect(file.reads()).toBe(1);
    expect(service.similar(id)).toBeNull();
    await file.deliver();
    expect(service.similar(id)).toEqual(expected(id));
  });

  const reversed = [...TEST_PAPERS].reverse();
  it.each<[string, Uint8Array | null]>([
    ['missing', null],
    ['unreadable', encodeSimilar(TEST_PAPERS).slice(1)],
    ['for the same papers in another order', encodeSimilar(reversed)],
    ['for fewer papers', encodeSimilar(TEST_PAPERS.slice(1))],
  ])('asks the worker, which builds them, when the shipped ones are %s', async (_, bytes) => {
    const file = shippedFile(bytes);
    const { service, worker } = setUp({ shipped: file.shipped });
    worker.step();
    worker.step();
    worker.finishDeferred();
    expect(service.similar(id)).toBeNull();
    await file.deliver();
    expect(service.similar(id)).toBeNull();
    expect(worker.inbox).toEqual([{ type: 'similar', id }]);
    worker.step();
    worker.finishDeferred();
    expect(service.similar(id)).toEqual(similarIndex.similar(id));
  });

  it('on the site, never reads the whole papers for them unless asked', async () => {
    const worker = new EngineWorker();
    worker.binaries.set(INDEX_URL, INDEX);
    worker.files.set(ABSTRACTS_URL, ABSTRACTS);
    const file = shippedFile(encodeSimilar(TEST_PAPERS));
    const { service, line } = setUp({
      text: siteText(KEY),
      indexUrl: INDEX_URL,
      worker,
      shipped: file.shipped,
    });
    worker.step(); // told
    worker.step(); // the index
    worker.step(); // the papers' key
    worker.step(); // the dataset
    expect(await textOf(line.abstracts())).toBe(ABSTRACTS);
    const tick = () => new Promise((done) => setTimeout(done, 0));
    for (let i = 0; i < 3; i++) {
      worker.passTime();
      worker.finishDeferred();
      await tick();
    }
    service.similar(id);
    await file.deliver();
    expect(service.similar(id)).toEqual(expected(id));
    expect(worker.inbox).toEqual([]);
    // Nor kept the abstracts it handed over, nor read the dataset file.
    expect(worker.fetched).toEqual([INDEX_URL, ABSTRACTS_URL]);
    // Asked now, the worker reads the papers and builds the index first.
    const posted: WorkerPost[] = [];
    worker.onmessage = (e) => posted.push(e.data);
    worker.postMessage({ type: 'similar', id });
    worker.step();
    expect(posted).toEqual([]);
    worker.finishDeferred(); // the papers read
    await tick();
    worker.finishDeferred(); // the index built
    expect(posted).toEqual([{ type: 'similar', id, papers: similarIndex.similar(id) }]);
    // Both files read again (from the cache, in a browser).
    expect(worker.fetched).toEqual([INDEX_URL, ABSTRACTS_URL, ABSTRACTS_URL, DATASET_URL]);
  });
});

describe('the worker over the first screen', () => {
  const dataset = { schemaVersion: 2 as const, sources: [], papers: TEST_PAPERS, diagnostics: [] };
  const index = buildIndex(dataset);
  // The site's dataset file as the build writes it, and where each paper lies in it.
  const marked = markedJson(split.head);
  const fileBytes = new TextEncoder().encode(`${marked.json}\n`);
  const spans = encodePaperSpans({
    fileLength: fileBytes.length,
    start: Float64Array.from(marked.starts),
    end: Float64Array.from(marked.ends),
  });
  const facets = encodeDocFacets(docFacets(index));
  const builder = () => new InvertedIndexBuilder(TEST_PAPERS).result();
  const engine = createSearchEngine(TEST_PAPERS);

  /** A held line to a worker with this index, released as the site releases it after the first screen's paint. */
  function firstScreen(bytes: Uint8Array) {
    const worker = new EngineWorker();
    worker.binaries.set(INDEX_URL, bytes);
    const line = openWorkerLine(() => worker as unknown as Worker, INDEX_URL, true);
    const answers: [string, FirstScreenHits | null][] = [];
    line.onFirstScreen((q, a) => answers.push([q, a]));
    // Anything else the worker says goes to whoever listens, not here.
    const others: unknown[] = [];
    line.listen(
      (m) => others.push(m),
      () => others.push('failed'),
    );
    return { worker, line, answers, others };
  }
  const tick = () => new Promise((done) => setTimeout(done, 0));

  it('answers before the page has its papers: the engine`s hits, the counts the page would count, and where the first hits lie', async () => {
    const { worker, line, answers, others } = firstScreen(
      encodeIndex(builder(), KEY, { facets, spans }),
    );
    // Asked before the index went: it waits for it, and goes after it.
    line.firstScreen('video gen', 2);
    expect(worker.inbox).toEqual([]);
    line.releaseIndex();
    expect(worker.inbox.map((m) => m.type)).toEqual(['index', 'first-screen']);
    worker.step();
    worker.step();
    await tick();
    worker.finishDeferred();
    for (const q of ['attention', 'faster decoding', 'atention h10', 'zzzz']) {
      line.firstScreen(q, 1);
      worker.step();
      await tick();
      worker.finishDeferred();
    }
    expect(answers.map(([q]) => q)).toEqual([
      'video gen',
      'attention',
      'faster decoding',
      'atention h10',
      'zzzz',
    ]);
    const decoder = new TextDecoder();
    for (const [q, answer] of answers) {
      const { hits, terms } = engine.search(q);
      expect([...answer!.docs]).toEqual(hits.map((h) => h.doc));
      expect([...answer!.scores]).toEqual(hits.map((h) => h.score));
      expect(answer!.terms).toEqual(terms);
      const list = { ...defaultList(), q };
      expect(answer!.counts).toEqual(
        listResults(index, list, { hits, terms }, new Set()).faceted.counts,
      );
      expect(answer!.fileLength).toBe(fileBytes.length);
      // The first hits' bytes in the file are those very papers, as the file holds them.
      const rows = q === 'video gen' ? 2 : 1;
      expect(answer!.spans.length).toBe(2 * Math.min(rows, hits.length));
      for (let i = 0; 2 * i < answer!.spans.length; i++) {
        const text = decoder.decode(
          fileBytes.subarray(answer!.spans[2 * i], answer!.spans[2 * i + 1]),
        );
        expect(JSON.parse(text)).toEqual(split.head.papers[hits[i]!.doc]);
      }
    }
    // Some have more hits than the rows asked for: the counts are over every hit.
    expect(answers.some(([, a]) => 2 * a!.docs.length > a!.spans.length)).toBe(true);
    // Not ready: the page's papers' key has not come.
    expect(others).toEqual([]);
  });

  it('answers only the latest query typed while the index was decoding', async () => {
    const { worker, line, answers } = firstScreen(encodeIndex(builder(), KEY, { facets, spans }));
    line.releaseIndex();
    line.firstScreen('a', 16);
    worker.step();
    worker.step();
    await tick();
    // Keys typed during the decode wait in the worker's queue, and are handled one after
    // the other (each message's microtasks between them) once it is over.
    line.firstScreen('at', 16);
    line.firstScreen('attention', 16);
    for (let i = 0; i < 2; i++) {
      worker.step();
      await tick();
    }
    expect(answers).toEqual([]);
    worker.finishDeferred();
    expect(answers.map(([q]) => q)).toEqual(['attention']);
  });

  it('starts the whole dataset`s service from those answers, not from a title scan', async () => {
    const { worker, line, answers } = firstScreen(encodeIndex(builder(), KEY, { facets, spans }));
    line.releaseIndex();
    line.firstScreen('attention', 1);
    worker.step();
    worker.step();
    await tick();
    worker.finishDeferred();
    const hits = answers[0]![1]!;
    const service = workerSearch(
      TEST_PAPERS,
      () => line,
      null,
      (q) => (q === 'attention' ? hits : null),
    );
    service.start(false);
    const want = engine.search('attention');
    const counts = listResults(index, { ...defaultList(), q: 'attention' }, want, new Set()).faceted
      .counts;
    // Before the worker is ready: the same hits, not final (a query it has none for
    // gets the titles' stand-in, as before).
    expect(service.answer('attention')).toEqual({ result: { ...want, counts }, final: false });
    expect(service.answer('video').final).toBe(false);
    // Ready (the page's papers are the index's): asked again, and the same, final.
    line.sendDataset(siteText(KEY));
    worker.step();
    await tick();
    expect(service.answer('attention')).toEqual({ result: { ...want, counts }, final: false });
    worker.step();
    expect(service.answer('attention')).toEqual({ result: { ...want, counts }, final: true });
  });

  it.each([
    ['no paper spans', { facets }],
    ['no facet codes', { spans }],
    ['spans that cannot be read', { facets, spans: spans.slice(1) }],
    [
      'spans for other papers',
      {
        facets,
        spans: encodePaperSpans({
          fileLength: 9,
          start: new Float64Array(1),
          end: new Float64Array(1),
        }),
      },
    ],
  ])('says it has no answer when the index came with %s', async (_, extra) => {
    const { worker, line, answers } = firstScreen(encodeIndex(builder(), KEY, extra));
    line.releaseIndex();
    line.firstScreen('attention', 16);
    worker.step();
    worker.step();
    await tick();
    worker.finishDeferred();
    expect(answers).toEqual([['attention', null]]);
  });

  it('answers queries whose words it can read, and has no answer for one that reads a word whose postings are wrong', async () => {
    const { worker, line, answers } = firstScreen(
      encodeIndex(listedTwice(builder(), 'gpus'), KEY, { facets, spans }),
    );
    line.releaseIndex();
    worker.step();
    for (const q of ['attention', 'gpus', 'transformer']) {
      line.firstScreen(q, 16);
      worker.step();
      await tick();
      worker.finishDeferred();
    }
    expect(answers.map(([q, a]) => [q, a && [...a.docs]])).toEqual([
      ['attention', engine.search('attention').hits.map((h) => h.doc)],
      ['gpus', null],
      ['transformer', engine.search('transformer').hits.map((h) => h.doc)],
    ]);
  });

  it('says it has no answer when the index cannot be fetched', async () => {
    const { worker, line, answers } = firstScreen(INDEX);
    worker.binaries.delete(INDEX_URL);
    line.releaseIndex();
    line.firstScreen('attention', 16);
    worker.step();
    worker.step();
    await tick();
    worker.finishDeferred();
    expect(answers).toEqual([['attention', null]]);
  });
});
