// A query typed over the site's first screen: the search worker answers it from the
// shipped index before the page has read the whole dataset, the page parses the first
// hits alone from the dataset file, and shows the searched list's first screen, not
// busy; the whole dataset then shows the very same rows and counts. Sorting, filters
// and other lists wait for the whole dataset, busy. Spans that do not fit the file give
// no answer (the page waits, as without them).
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitAbstracts } from '../dataset/abstracts';
import { checkDataset } from '../dataset/check-dataset';
import { datasetKey } from '../dataset/dataset-key';
import { encodePaperSpans } from '../dataset/paper-spans';
import type { Dataset } from '../dataset/schema';
import { markedJson } from '../dataset/segments';
import { buildIndex } from '../derive/dataset-index';
import { docFacets, encodeDocFacets } from '../derive/doc-facets';
import { FIRST_SCREEN_ROWS, firstScreen, previewOf } from '../derive/first-screen';
import { createSearchEngine } from '../search/engine';
import { encodeIndex } from '../search/index-codec';
import { InvertedIndexBuilder } from '../search/inverted-index';
import { defaultList } from '../url/view-state';
import { hash } from './__fixtures__/render-app';
import { manyPapers } from './__fixtures__/small-dataset';
import { firstScreenSearch, searchedScreen } from './first-screen-search';
import { listResults } from './results';
import { Root } from './Root';
import type { FirstScreenHits, ToWorker, WorkerPost } from './search-protocol';
import { workerHandler } from './worker-handler';
import { openWorkerLine } from './worker-line';

const INDEX_URL = 'https://site/a/search-index.bin';

/** Papers of a few organizations and hardware, so the counts say something. */
function dataset(n: number): Dataset {
  const d = manyPapers(n);
  d.papers.forEach((p, i) => {
    if (i % 3 === 0) p.org = { name: 'NVIDIA', handle: 'nvidia' };
    else if (i % 3 === 1) p.org = { name: 'Meta', handle: 'meta' };
    if (i % 4 === 0) p.hardware = ['H100'];
    if (i % 5 === 0) p.title = `Speculative caching for decoding ${i}`;
  });
  const check = checkDataset(d);
  if (!check.ok) throw new Error(check.problem);
  return check.dataset;
}

/** What the site build ships for `whole`: the dataset file's bytes and the search index. */
function site(whole: Dataset) {
  const { json, starts, ends } = markedJson(splitAbstracts(whole).head);
  const file = new TextEncoder().encode(`${json}\n`);
  const index = encodeIndex(
    new InvertedIndexBuilder(whole.papers).result(),
    datasetKey(whole.papers),
    {
      facets: encodeDocFacets(docFacets(buildIndex(whole))),
      spans: encodePaperSpans({
        fileLength: file.length,
        start: Float64Array.from(starts),
        end: Float64Array.from(ends),
      }),
    },
  );
  return { file, index };
}

/** The worker's own handler, on this thread, a task per message. */
class Worker {
  onmessage: ((e: MessageEvent<WorkerPost>) => void) | null = null;
  onerror: (() => void) | null = null;
  constructor(private readonly index: Uint8Array) {}
  private readonly handle = workerHandler({
    post: (data) => setTimeout(() => this.onmessage?.({ data } as MessageEvent<WorkerPost>)),
    later: (task) => setTimeout(task),
    after: (ms, task) => setTimeout(task, ms),
    now: () => performance.now(),
    fetchText: () => Promise.reject(new Error('HTTP 404')),
    fetchBytes: async (url) => {
      if (url !== INDEX_URL) throw new Error('HTTP 404');
      return this.index;
    },
  });
  postMessage(m: ToWorker) {
    setTimeout(() => this.handle(m));
  }
  terminate() {}
}

/** The worker's answer to `q` over the first screen, as the page receives it. */
async function askWorker(index: Uint8Array, q: string, rows: number): Promise<FirstScreenHits> {
  const line = openWorkerLine(() => new Worker(index) as unknown as globalThis.Worker, INDEX_URL);
  const answer = new Promise<FirstScreenHits | null>((done) =>
    line.onFirstScreen((_, a) => done(a)),
  );
  line.firstScreen(q, rows);
  const a = await answer;
  if (!a) throw new Error('no answer');
  return a;
}

const WHOLE = dataset(300);
const SITE = site(WHOLE);

describe('searchedScreen', () => {
  // The page's papers, as the site's file holds them (their abstracts come later).
  const wholeIndex = buildIndex(splitAbstracts(WHOLE).head);
  const engine = createSearchEngine(WHOLE.papers);
  const shell = { ...WHOLE, papers: [] };
  /** What a row shows, without where it sits in an index. */
  const shown = (r: { ordinal: number } | undefined) => r && { ...r, ordinal: 0 };

  it('gives the first rows and the counts the whole dataset gives the same list', async () => {
    for (const [q, rows] of [
      ['caching', 64],
      ['speculative caching', 16],
      ['synthetic paper 0001', 4],
      ['zzzz', 16],
    ] as const) {
      const answer = await askWorker(SITE.index, q, rows);
      const got = searchedScreen(SITE.file, answer, shell)!;
      const list = { ...defaultList(), q };
      const want = listResults(wholeIndex, list, engine.search(q), new Set()).faceted;
      expect(got.faceted.counts).toEqual(want.counts);
      expect(got.faceted.rows.length).toBe(want.rows.length);
      const filled = Math.min(rows, want.rows.length);
      for (let i = 0; i < want.rows.length; i++)
        expect(shown(got.faceted.rows[i])).toEqual(i < filled ? shown(want.rows[i]) : undefined);
      expect(got.terms).toEqual(engine.search(q).terms);
    }
  });

  it('gives nothing for another file, or spans that are not one paper each', async () => {
    const answer = await askWorker(SITE.index, 'caching', 8);
    expect(searchedScreen(SITE.file, answer, shell)).not.toBeNull();
    expect(searchedScreen(SITE.file.subarray(1), answer, shell)).toBeNull();
    fc.assert(
      fc.property(
        fc.nat(answer.spans.length - 1),
        fc.integer({ min: -40, max: 40 }).filter((d) => d !== 0),
        (i, shift) => {
          const spans = Float64Array.from(answer.spans);
          spans[i] = spans[i]! + shift;
          // Shifted but still a whole paper's text only if it lands on the same bytes.
          const got = searchedScreen(SITE.file, { ...answer, spans }, shell);
          expect(got).toBeNull();
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('firstScreenSearch', () => {
  const shell = { ...WHOLE, papers: [] };
  const open = (index: Uint8Array) =>
    firstScreenSearch(
      openWorkerLine(() => new Worker(index) as unknown as globalThis.Worker, INDEX_URL),
      Promise.resolve(SITE.file),
      shell,
    );

  it('holds the whole read back while a typed query waits for its answer, not after', async () => {
    const search = open(SITE.index);
    expect(search.pending()).toBeNull();
    expect(search.answer('caching')).toEqual({ result: null, final: false });
    const held = search.pending();
    expect(held).not.toBeNull();
    await held;
    expect(search.screen('caching')?.faceted.rows.length).toBe(300);
    expect(search.answer('caching').final).toBe(true);
    expect(search.pending()).toBeNull();
  });

  it('lets the read go on when the worker has no answer', async () => {
    const noSpans = encodeIndex(
      new InvertedIndexBuilder(WHOLE.papers).result(),
      datasetKey(WHOLE.papers),
      { facets: encodeDocFacets(docFacets(buildIndex(WHOLE))) },
    );
    const search = open(noSpans);
    search.answer('caching');
    await search.pending();
    expect(search.pending()).toBeNull();
    expect(search.screen('caching')).toBeNull();
    expect(search.answer('caching')).toEqual({ result: null, final: false });
  });
});

describe('the first screen, searched', () => {
  /** The default list's first screen, with the worker answering queries typed over it. */
  function open() {
    window.history.replaceState(null, '', '/#/papers');
    const preview = previewOf(JSON.parse(JSON.stringify(firstScreen(WHOLE))));
    const line = openWorkerLine(
      () => new Worker(SITE.index) as unknown as globalThis.Worker,
      INDEX_URL,
    );
    const search = firstScreenSearch(line, Promise.resolve(SITE.file), preview.index.dataset);
    const user = userEvent.setup();
    const utils = render(<Root loaded={{ preview, firstScreen: search }} />);
    return { user, swap: () => utils.rerender(<Root loaded={{ dataset: WHOLE }} />) };
  }
  const main = () => screen.getByRole('main');
  const seen = () => ({
    status: document.querySelector('.app-main [role="status"]')?.textContent,
    filters: screen.getByRole('complementary', { name: 'Filters' }).textContent,
    rows: [...document.querySelectorAll('tbody tr[data-index]:not([hidden])')].map(
      (tr) => tr.textContent,
    ),
    spacer: document.querySelector<HTMLElement>('tbody tr.spacer:last-child td')?.style.height,
  });

  it('shows the searched rows and counts before the whole dataset, and the same after', async () => {
    const { user, swap } = open();
    await user.type(screen.getByRole('searchbox'), 'caching');
    await expect.poll(hash).toBe('#/papers?q=caching');
    await expect.poll(() => main().hasAttribute('aria-busy')).toBe(false);
    // Saying, to a screen reader, that the rest of the list waits.
    expect(main()).toHaveTextContent('Still reading every paper');
    const before = seen();
    expect(before.status).toMatch(/^300 papers/);
    expect(before.rows.length).toBeGreaterThan(10);
    expect(before.rows.length).toBeLessThanOrEqual(FIRST_SCREEN_ROWS);
    // The best match first: a title with both words' stems leads.
    expect(before.rows[0]).toMatch(/Speculative caching/);
    swap();
    await expect.poll(() => main().hasAttribute('aria-busy')).toBe(false);
    expect(seen()).toEqual(before);
    expect(main()).not.toHaveTextContent('Still reading every paper');
  });

  it('keeps a filter ticked over it busy until the whole dataset answers it', async () => {
    const { user, swap } = open();
    await user.type(screen.getByRole('searchbox'), 'speculative');
    await expect.poll(() => main().hasAttribute('aria-busy')).toBe(false);
    expect(screen.getByText(/^60 papers/)).toBeInTheDocument();
    const org = within(screen.getByRole('group', { name: 'Organization' }));
    await user.click(org.getByRole('checkbox', { name: /NVIDIA/ }));
    expect(hash()).toBe('#/papers?q=speculative&org=nvidia');
    expect(main()).toHaveAttribute('aria-busy', 'true');
    swap();
    expect(await screen.findByText(/^20 papers/)).toBeInTheDocument();
    await expect.poll(() => main().hasAttribute('aria-busy')).toBe(false);
  });
});
