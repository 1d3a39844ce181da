// The site's load: the dataset file is shown as soon as it arrives; the abstracts
// come when asked for (after the first rows) and are joined into the same papers;
// a dataset file that is not in the build's shape waits for its abstracts and is
// named by the schema; a missing or mismatched abstracts file is a DatasetError.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { smallDataset } from '../app/__fixtures__/small-dataset';
import { splitAbstracts } from './abstracts';
import { type DatasetText, DatasetError, fetchDataset } from './bundled';
import { datasetKey } from './dataset-key';
import { checkDataset } from './check-dataset';
import type { Dataset } from './schema';
import { markedJson } from './segments';

const FILES = {
  dataset: 'https://site/a/dataset.json',
  abstracts: 'https://site/a/abstracts.json',
  index: 'https://site/a/search-index.bin',
};

/** Serves the two files; records which were asked for. */
function serve(files: Record<string, string | null>): string[] {
  const asked: string[] = [];
  vi.stubGlobal('fetch', async (url: string) => {
    asked.push(url);
    const body = files[url];
    return body === null || body === undefined
      ? new Response('not found', { status: 404 })
      : new Response(body);
  });
  return asked;
}

afterEach(() => vi.unstubAllGlobals());

// What the build writes: the schema's copy, split.
const canonical = (checkDataset(structuredClone(smallDataset)) as { dataset: Dataset }).dataset;
const built = splitAbstracts(structuredClone(canonical));

describe('fetchDataset', () => {
  it('shows the dataset before the abstracts are fetched, then joins them into it', async () => {
    const asked = serve({
      [FILES.dataset]: JSON.stringify(built.head),
      [FILES.abstracts]: JSON.stringify(built.abstracts),
    });
    const kept: DatasetText[] = [];
    const { dataset, abstracts } = await fetchDataset(FILES, (t) => kept.push(t));
    expect(asked).toEqual([FILES.dataset]);
    expect(dataset.papers.map((p) => p.abstract)).toEqual(canonical.papers.map(() => ''));
    const first = dataset.papers[0];
    await abstracts();
    expect(asked).toEqual([FILES.dataset, FILES.abstracts]);
    expect(dataset.papers[0]).toBe(first);
    expect(JSON.stringify(dataset)).toBe(JSON.stringify(canonical));
    // The search worker was told at once where the dataset and the abstracts are (not
    // sent the dataset's text), and that the shipped index answers for its papers.
    expect(kept).toEqual([
      {
        json: null,
        datasetUrl: FILES.dataset,
        abstracts: null,
        abstractsUrl: FILES.abstracts,
        shippedIndexKey: datasetKey(canonical.papers),
      },
    ]);
    // Asking again fetches nothing more.
    await abstracts();
    expect(asked).toHaveLength(2);
  });

  it('takes the abstracts from the worker when it has them, else fetches them', async () => {
    const asked = serve({
      [FILES.dataset]: JSON.stringify(built.head),
      [FILES.abstracts]: JSON.stringify(built.abstracts),
    });
    const fromWorker = async () => JSON.stringify(built.abstracts);
    const viaWorker = await fetchDataset(FILES, undefined, fromWorker);
    await viaWorker.abstracts();
    expect(asked).toEqual([FILES.dataset]);
    expect(JSON.stringify(viaWorker.dataset)).toBe(JSON.stringify(canonical));

    const failing = async (): Promise<string> => {
      throw new Error('the search worker has no abstracts');
    };
    const fetched = await fetchDataset(FILES, undefined, failing);
    await fetched.abstracts();
    expect(asked).toEqual([FILES.dataset, FILES.dataset, FILES.abstracts]);
    expect(JSON.stringify(fetched.dataset)).toBe(JSON.stringify(canonical));
  });

  it('asks for the abstracts with the dataset for a paper link, and hands the worker their text', async () => {
    const asked = serve({
      [FILES.dataset]: JSON.stringify(built.head),
      [FILES.abstracts]: JSON.stringify(built.abstracts),
    });
    const kept: DatasetText[] = [];
    const fromWorker = vi.fn(async () => JSON.stringify(built.abstracts));
    const { dataset, abstracts } = await fetchDataset(FILES, (t) => kept.push(t), fromWorker, true);
    expect(asked).toEqual([FILES.abstracts, FILES.dataset]);
    await abstracts();
    expect(asked).toHaveLength(2);
    expect(fromWorker).not.toHaveBeenCalled();
    expect(JSON.stringify(dataset)).toBe(JSON.stringify(canonical));
    expect(kept).toEqual([
      {
        json: null,
        datasetUrl: FILES.dataset,
        abstracts: JSON.stringify(built.abstracts),
        abstractsUrl: null,
        shippedIndexKey: datasetKey(canonical.papers),
      },
    ]);
  });

  it('for a paper link whose abstracts cannot be read, shows the dataset and then says why', async () => {
    serve({ [FILES.dataset]: JSON.stringify(built.head), [FILES.abstracts]: null });
    const kept: DatasetText[] = [];
    const { dataset, abstracts } = await fetchDataset(FILES, (t) => kept.push(t), undefined, true);
    expect(dataset.papers.length).toBe(canonical.papers.length);
    await expect(abstracts()).rejects.toThrow(
      /The abstracts file .* could not be loaded \(HTTP 404\)/,
    );
    // The worker is still sent the dataset, with the abstracts' URL to try itself.
    expect(kept.map((t) => [t.abstracts, t.abstractsUrl])).toEqual([[null, FILES.abstracts]]);
  });

  it('names the first wrong field of a dataset file the build would not write', async () => {
    const head = structuredClone(built.head) as unknown as {
      papers: { claims: { kind: unknown }[] }[];
    };
    const withClaims = head.papers.findIndex((p) => p.claims.length > 0);
    head.papers[withClaims]!.claims[0]!.kind = 7;
    serve({
      [FILES.dataset]: JSON.stringify(head),
      [FILES.abstracts]: JSON.stringify(built.abstracts),
    });
    const failure = fetchDataset(FILES);
    await expect(failure).rejects.toBeInstanceOf(DatasetError);
    await expect(failure).rejects.toThrow(
      new RegExp(
        `papers\\[${withClaims}\\]\\.claims\\[0\\]\\.kind \\(paper "[^"]+"\\): Invalid type: .* but received 7`,
      ),
    );
  });

  it('accepts a hand-written whole dataset in place of the first file, checked by the schema', async () => {
    serve({
      [FILES.dataset]: JSON.stringify(smallDataset, null, 2),
      [FILES.abstracts]: JSON.stringify(built.abstracts),
    });
    const kept: DatasetText[] = [];
    const { dataset } = await fetchDataset(FILES, (t) => kept.push(t));
    expect(JSON.stringify(dataset)).toBe(JSON.stringify(canonical));
    // Not the build's file, so not its index either: the worker indexes these papers.
    expect(kept.map((t) => t.shippedIndexKey)).toEqual([null]);
  });

  it('reads files in UTF-8, with or without a byte order mark, as their text', async () => {
    const wide = structuredClone(canonical);
    wide.papers[0]!.title = 'Über-schnelle Aufmerksamkeit — 注意力 ⚡ 𝛼-Attention';
    // Appended, so the claims' offsets into the abstract still hold.
    wide.papers[1]!.abstract += ' Schneller: 2× weniger Latenz (𝑝 < 0,05) — «ça marche».';
    const { head, abstracts: list } = splitAbstracts(structuredClone(wide));
    const bytes = (text: string, bom: boolean) => {
      const utf8 = new TextEncoder().encode(text);
      return bom ? new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]) : utf8;
    };
    for (const bom of [false, true]) {
      vi.stubGlobal('fetch', async (url: string) =>
        url === FILES.dataset
          ? new Response(bytes(JSON.stringify(head), bom))
          : new Response(bytes(JSON.stringify(list), bom)),
      );
      const { dataset, abstracts } = await fetchDataset(FILES);
      await abstracts();
      expect(JSON.stringify(dataset)).toBe(JSON.stringify(wide));
    }
  });

  it.each<[string, string | null, RegExp]>([
    ['missing', null, /The abstracts file .* could not be loaded \(HTTP 404\)/],
    ['not JSON', '["a", ', /The abstracts file .* is not valid JSON/],
    ['one short', JSON.stringify(built.abstracts.slice(1)), /holds 5 abstracts for 6 papers/],
  ])('fails with a DatasetError when the abstracts file is %s', async (_, body, problem) => {
    serve({ [FILES.dataset]: JSON.stringify(built.head), [FILES.abstracts]: body });
    const { dataset, abstracts } = await fetchDataset(FILES);
    expect(dataset.papers.length).toBe(canonical.papers.length);
    await expect(abstracts()).rejects.toBeInstanceOf(DatasetError);
    await expect(abstracts()).rejects.toThrow(problem);
  });

  it('shows a dataset file whose papers share an id, then says so when the abstracts are joined', async () => {
    const twice = structuredClone(built.head);
    twice.papers[2]!.id = twice.papers[0]!.id;
    serve({
      [FILES.dataset]: JSON.stringify(twice),
      [FILES.abstracts]: JSON.stringify(built.abstracts),
    });
    const { dataset, abstracts } = await fetchDataset(FILES);
    expect(dataset.papers.length).toBe(canonical.papers.length);
    await expect(abstracts()).rejects.toBeInstanceOf(DatasetError);
    await expect(abstracts()).rejects.toThrow(
      `two papers share the id ${JSON.stringify(twice.papers[0]!.id)}`,
    );
  });

  it('fails with a DatasetError when the dataset file is missing', async () => {
    serve({ [FILES.abstracts]: JSON.stringify(built.abstracts) });
    await expect(fetchDataset(FILES)).rejects.toThrow(
      /The dataset file .* could not be loaded \(HTTP 404\)/,
    );
  });
});

describe('fetchDataset with marks', () => {
  /** Runs the steps at once; counts them. */
  function counting() {
    const run = { steps: 0 };
    const inSteps = async <T>(steps: Generator<void, T>): Promise<T> => {
      for (;;) {
        const step = steps.next();
        if (step.done) return step.value;
        run.steps++;
      }
    };
    return { run, inSteps };
  }

  const marked = markedJson(built.head, 2);

  it('reads the file a piece a step into the dataset a read of the whole gives', async () => {
    const files = { ...FILES, marks: marked.marks };
    const body = {
      [FILES.dataset]: marked.json,
      [FILES.abstracts]: JSON.stringify(built.abstracts),
    };
    serve(body);
    const wholeKept: DatasetText[] = [];
    const whole = await fetchDataset(FILES, (t) => wholeKept.push(t));
    serve(body);
    const { run, inSteps } = counting();
    const kept: DatasetText[] = [];
    const read = await fetchDataset(
      files,
      (t) => kept.push(t),
      undefined,
      false,
      undefined,
      inSteps,
    );
    expect(run.steps).toBe(marked.marks.length - 1);
    expect(read.dataset).toStrictEqual(whole.dataset);
    expect(JSON.stringify(read.dataset)).toBe(JSON.stringify(whole.dataset));
    // The worker is told the same, and the abstracts join the same way.
    expect(kept).toEqual(wholeKept);
    await read.abstracts();
    expect(JSON.stringify(read.dataset)).toBe(JSON.stringify(canonical));
  });

  it('reads a file the marks do not fit whole, as the same dataset', async () => {
    const other = markedJson(splitAbstracts(structuredClone(canonical)).head, 3);
    const shifted = marked.marks.map((m, i) => (i === 1 ? m + 1 : m));
    for (const marks of [other.marks.map((m) => m + 5), shifted, [0, 10 ** 9]]) {
      serve({ [FILES.dataset]: marked.json, [FILES.abstracts]: JSON.stringify(built.abstracts) });
      const { run, inSteps } = counting();
      const { dataset, abstracts } = await fetchDataset(
        { ...FILES, marks },
        undefined,
        undefined,
        false,
        undefined,
        inSteps,
      );
      await abstracts();
      expect(JSON.stringify(dataset)).toBe(JSON.stringify(canonical));
      expect(run.steps).toBeLessThan(marked.marks.length - 1);
    }
  });

  it('names the first wrong field of a marked file the fast check refuses', async () => {
    const head = structuredClone(built.head);
    (head.papers[3] as { upvotes: unknown }).upvotes = 'many';
    const bad = markedJson(head, 2);
    serve({ [FILES.dataset]: bad.json, [FILES.abstracts]: JSON.stringify(built.abstracts) });
    const failure = fetchDataset(
      { ...FILES, marks: bad.marks },
      undefined,
      undefined,
      false,
      undefined,
      counting().inSteps,
    );
    await expect(failure).rejects.toBeInstanceOf(DatasetError);
    await expect(failure).rejects.toThrow(/papers\[3\]\.upvotes \(paper "[^"]+"\)/);
  });
});
