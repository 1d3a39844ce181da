// @vitest-environment node
// Captures and API lists merged: by arXiv id when both drafts have one, else by title;
// the API wins on values it gives, and a disagreeing capture is warned about.
import { describe, expect, it } from 'vitest';
import { buildDataset, type CaptureInput } from './dataset';

const capture = (file: string, cards: string): CaptureInput => ({
  file,
  text: `new\n\nDaily Papers\n\nNov 4\n\n${cards}`,
});
const card = (title: string, authors: number, date: string) =>
  `${title}\n\nAn abstract about ${title}.\n\n  • ${authors} authors\n·\n${date} 2\n\n`;
const apiList = (file: string, items: unknown[]): CaptureInput => ({
  file,
  text: JSON.stringify(items),
});
const apiItem = (id: string, title: string, extra: Record<string, unknown> = {}) => ({
  paper: {
    id,
    title,
    summary: `An abstract about ${title}.`,
    authors: [{ name: 'Ana Ortiz' }, { name: 'Bo Lindqvist' }],
    publishedAt: '2025-11-03T10:00:00Z',
    upvotes: 5,
    ...extra,
  },
  numComments: 1,
});

describe('merging captures and API lists', () => {
  it('a capture and an API item with the same title are one paper; the API wins and the conflict is warned about', () => {
    const { dataset, errors } = buildDataset([
      capture('seeds/2025-11-04-a.txt', card('Lantern Kernels', 3, 'Nov 3')),
      apiList('seeds/2025-11-05.hf.json', [apiItem('2511.00417', 'Lantern  kernels')]),
    ]);
    expect(errors).toEqual([]);
    expect(dataset.papers).toHaveLength(1);
    const p = dataset.papers[0]!;
    expect(p).toMatchObject({
      title: 'Lantern kernels',
      arxivId: '2511.00417',
      authors: ['Ana Ortiz', 'Bo Lindqvist'],
      authorsCount: 2,
      publishedOn: '2025-11-03',
      comments: 1,
      upvotes: 5,
    });
    expect(p.links.arxiv).toBe('https://arxiv.org/abs/2511.00417');
    expect(p.sources).toEqual([
      { file: 'seeds/2025-11-04-a.txt', line: 7, position: 1, capturedOn: '2025-11-04' },
      { file: 'seeds/2025-11-05.hf.json', line: null, position: 1, capturedOn: '2025-11-05' },
    ]);
    expect(dataset.diagnostics).toEqual([
      {
        file: 'seeds/2025-11-04-a.txt',
        line: 7,
        severity: 'warning',
        message:
          "disagrees with seeds/2025-11-05.hf.json ($[0]): 3 authors here, 2 there; used the API's values",
      },
    ]);
  });

  it('claims are read from the abstract the paper keeps, also when a newer capture words it differently', () => {
    const newer: CaptureInput = {
      file: 'seeds/2025-11-07-a.txt',
      text: 'new\n\nDaily Papers\n\nNov 7\n\nLantern Kernels\n\nLantern decodes 2x faster than FlashDecoding.\n\n  • 2 authors\n·\nNov 3 2\n\n',
    };
    const { dataset, errors } = buildDataset([
      newer,
      apiList('seeds/2025-11-05.hf.json', [
        apiItem('2511.00417', 'Lantern Kernels', {
          summary:
            'We present Lantern, which cuts memory use by 40% and decodes 3.5x faster on H100.',
        }),
      ]),
    ]);
    expect(errors).toEqual([]);
    const p = dataset.papers[0]!;
    expect(p.abstract).toMatch(/^We present Lantern/);
    expect(p.claims.map((c) => c.factor)).toEqual([1 / 0.6, 3.5].map((f) => expect.closeTo(f, 4)));
    for (const c of p.claims) expect(p.abstract.slice(c.start, c.end)).toBe(c.text);
    expect(p.hardware).toEqual(['H100']);
  });

  it('keeps the id a capture gave the paper when an API list later adds it', () => {
    const before = buildDataset([
      capture('seeds/2025-11-04-a.txt', card('Lantern Kernels', 2, 'Nov 3')),
    ]);
    const after = buildDataset([
      capture('seeds/2025-11-04-a.txt', card('Lantern Kernels', 2, 'Nov 3')),
      apiList('seeds/2025-11-05.hf.json', [apiItem('2511.00417', 'Lantern Kernels')]),
    ]);
    expect(after.dataset.papers.map((p) => p.id)).toEqual(before.dataset.papers.map((p) => p.id));
    expect(after.warnings).toEqual([]);
  });

  it('one arXiv id on two days is one paper even when retitled; the newest list wins', () => {
    const { dataset } = buildDataset([
      apiList('seeds/2025-11-05.hf.json', [apiItem('2511.00417', 'Lantern Kernels')]),
      apiList('seeds/2025-11-06.hf.json', [
        apiItem('2511.00417', 'Lantern Kernels, Revised', { upvotes: 30 }),
      ]),
    ]);
    expect(dataset.papers).toHaveLength(1);
    expect(dataset.papers[0]).toMatchObject({ title: 'Lantern Kernels, Revised', upvotes: 30 });
    expect(dataset.papers[0]!.sources.map((s) => s.capturedOn)).toEqual([
      '2025-11-05',
      '2025-11-06',
    ]);
  });

  it('two arXiv ids with one title are two papers with different ids', () => {
    const { dataset } = buildDataset([
      apiList('seeds/2025-11-05.hf.json', [
        apiItem('2511.00417', 'A Survey of Surveys'),
        apiItem('2511.00999', 'A Survey of Surveys'),
      ]),
      capture('seeds/2025-11-06-a.txt', card('A Survey of Surveys', 2, 'Nov 3')),
    ]);
    expect(dataset.papers.map((p) => p.arxivId)).toEqual(['2511.00417', '2511.00999']);
    expect(new Set(dataset.papers.map((p) => p.id)).size).toBe(2);
    // The capture cannot tell them apart; it joins the first.
    expect(dataset.papers[0]!.sources).toHaveLength(2);
    expect(dataset.papers[1]!.sources).toHaveLength(1);
  });

  it('the API never erases what only the capture knows', () => {
    const { dataset } = buildDataset([
      capture(
        'seeds/2025-11-04-a.txt',
        'Lantern Kernels\n\nAn abstract.\n\nnvidia NVIDIA\n·\nNov 3 2\n\n',
      ),
      apiList('seeds/2025-11-05.hf.json', [
        apiItem('2511.00417', 'Lantern Kernels', { upvotes: undefined, publishedAt: undefined }),
      ]),
    ]);
    expect(dataset.papers[0]).toMatchObject({
      org: { handle: 'nvidia', name: 'NVIDIA' },
      publishedOn: '2025-11-03',
      upvotes: null,
    });
  });
});

describe('the place of a paper on its page or list', () => {
  it('counts every card and every item as given, skipped items too, so the page order survives', () => {
    const { dataset } = buildDataset([
      capture(
        'seeds/2025-11-04-a.txt',
        card('Zeta Paper', 2, 'Nov 3') +
          card('Alpha Paper', 3, 'Nov 2') +
          card('Mid Paper', 1, 'Nov 1'),
      ),
      apiList('seeds/2025-11-05.hf.json', [
        apiItem('2511.00001', 'Mid Paper'),
        'not an item',
        apiItem('2511.00002', 'Zeta Paper'),
      ]),
    ]);
    const places = Object.fromEntries(
      dataset.papers.map((p) => [p.title, p.sources.map((s) => `${s.file}#${s.position}`)]),
    );
    expect(places).toEqual({
      'Zeta Paper': ['seeds/2025-11-04-a.txt#1', 'seeds/2025-11-05.hf.json#3'],
      'Alpha Paper': ['seeds/2025-11-04-a.txt#2'],
      'Mid Paper': ['seeds/2025-11-04-a.txt#3', 'seeds/2025-11-05.hf.json#1'],
    });
  });
});
