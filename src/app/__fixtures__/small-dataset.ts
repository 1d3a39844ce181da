import { NO_LINKS, paperLinks } from '../../dataset/links';
import type { Claim, Dataset, Paper } from '../../dataset/schema';

// A small, hand-made dataset for component tests: two attention papers, three that
// never mention attention, one hostile paper whose text is HTML and script.

function claim(abstract: string, text: string, over: Partial<Claim>): Claim {
  const start = abstract.indexOf(text);
  if (start < 0) throw new Error(`fixture: "${text}" is not in the abstract`);
  return {
    start, end: start + text.length, text, kind: 'speedup', value: 2, unit: 'x', factor: 2, range: null,
    metric: null, baseline: null, hardware: null, condition: null, ...over,
  };
}

function paper(over: Partial<Paper> & Pick<Paper, 'id' | 'title' | 'abstract'>, claims: (a: string) => Claim[] = () => []): Paper {
  return {
    arxivId: null, authors: [], authorsCount: null, org: null, publishedOn: null, dateInferred: false, comments: null,
    upvotes: null, links: NO_LINKS,
    sources: [{ file: 'seeds/test.txt', line: 1, position: 1, capturedOn: '2025-11-03' }], hardware: [], ...over, claims: claims(over.abstract),
  };
}

const flashAbstract =
  'We present a fused attention kernel for long sequences. On H100 GPUs it reduces prefill latency by 1.7x relative to MHA and accelerates the backward pass by 1.3x.';
const sparseAbstract =
  'Sparse attention lets transformers read long documents. Our method uses 60% less memory than dense baselines on A100 GPUs.';
const videoAbstract =
  'A small diffusion model generates minute-long videos. It is 16x faster than Wan 2.1 and costs 1% of MovieGen to train, reaching 49.3% MFU.';
const swiftAbstract =
  'SwiftKV rewires prefill for serving. It realizes up to 2x higher aggregate throughput on H100 GPUs with a 2-4x lower time per token.';
const survivalAbstract = 'We evaluate intelligence through trial and error in a survival game, with no speed claims at all.';
const hostileAbstract = 'Payload <script>alert("pwned")</script> and <img src=x onerror=alert(1)> are text; it is 3x faster.';

export const smallDataset: Dataset = {
  schemaVersion: 2,
  sources: [
    { file: 'seeds/2024-09-07.hf.json', kind: 'api', capturedOn: '2024-09-07', papers: 1 },
    { file: 'seeds/test.txt', kind: 'capture', capturedOn: '2025-11-03', papers: 5 },
  ],
  papers: [
    paper(
      {
        id: 'flash-attention', title: 'Flash Attention Kernels for Long Context', abstract: flashAbstract,
        authorsCount: 5, org: { handle: 'nvidia', name: 'NVIDIA' }, publishedOn: '2025-10-06', dateInferred: true,
        comments: 3, hardware: ['H100'],
      },
      (a) => [
        claim(a, '1.7x', { kind: 'latency', value: 1.7, factor: 1.7, metric: 'prefill latency', baseline: 'MHA', hardware: 'H100' }),
        claim(a, '1.3x', { value: 1.3, factor: 1.3, metric: 'backward pass', hardware: 'H100' }),
      ],
    ),
    paper(
      {
        // As an API list gives a paper: arXiv id, names, upvotes and links.
        id: 'sparse-attention', title: 'Sparse Attention for Long Documents', abstract: sparseAbstract, publishedOn: '2024-09-06', hardware: ['A100'],
        arxivId: '2409.01234', authors: ['Ana Ortiz', 'Bo Lindqvist', 'Chidi Okafor'], authorsCount: 3, upvotes: 42,
        links: { ...paperLinks('2409.01234', 'https://sparse.example.org/', 'https://github.com/example/sparse') },
        sources: [{ file: 'seeds/2024-09-07.hf.json', line: null, position: 1, capturedOn: '2024-09-07' }],
      },
      (a) => [claim(a, '60% less memory', { kind: 'memory', value: 60, unit: '%', factor: 2.5, metric: 'memory', hardware: 'A100' })],
    ),
    paper(
      { id: 'tiny-video', title: 'Tiny Video Diffusion', abstract: videoAbstract, org: { handle: 'nvidia', name: 'NVIDIA' }, publishedOn: '2025-09-29', comments: 2 },
      (a) => [
        claim(a, '16x faster', { kind: 'latency', value: 16, factor: 16, baseline: 'Wan 2.1' }),
        claim(a, '1% of MovieGen', { kind: 'cost', value: 1, unit: '%', factor: 100, baseline: 'MovieGen' }),
        claim(a, '49.3% MFU', { kind: 'utilization', value: 49.3, unit: '%', factor: null }),
      ],
    ),
    paper(
      {
        id: 'swiftkv', title: 'SwiftKV: Fast Prefill Serving', abstract: swiftAbstract, org: { handle: 'snowflake', name: 'Snowflake' }, publishedOn: '2024-10-04', comments: 1, hardware: ['H100'],
        arxivId: '2410.03960', authors: ['Dana Whitlock', 'Bo Lindqvist', 'Emre Kaya', 'Fen Liu'], authorsCount: 4, upvotes: 7, links: paperLinks('2410.03960'),
      },
      (a) => [
        claim(a, '2x higher aggregate throughput', { kind: 'throughput', value: 2, factor: 2, hardware: 'H100' }),
        claim(a, '2-4x lower', { kind: 'latency', value: 4, factor: 4, range: [2, 4], metric: 'time per token' }),
      ],
    ),
    paper({ id: 'survival-game', title: 'Evaluating Intelligence via Trial and Error', abstract: survivalAbstract, authorsCount: 10, publishedOn: '2025-02-26', comments: 3 }),
    paper(
      { id: 'hostile', title: '<img src=x onerror=alert(1)> <script>alert(2)</script> Hostile Title', abstract: hostileAbstract, publishedOn: '2023-01-02' },
      (a) => [claim(a, '3x faster', { value: 3, factor: 3, metric: '=HYPERLINK("http://evil.example")', baseline: '@SUM(A1)' })],
    ),
  ],
  diagnostics: [],
};

/** `n` synthetic papers, for the virtualization test. */
export function manyPapers(n: number): Dataset {
  const papers: Paper[] = [];
  for (let i = 0; i < n; i++) {
    const abstract = `Synthetic paper number ${i} about caching.`;
    papers.push(paper({ id: `p${i}`, title: `Synthetic Paper ${String(i).padStart(5, '0')}`, abstract, publishedOn: `2024-01-${String((i % 28) + 1).padStart(2, '0')}` }));
  }
  return { schemaVersion: 2, sources: [{ file: 'seeds/many.txt', kind: 'capture', capturedOn: '2024-02-01', papers: n }], papers, diagnostics: [] };
}
