// The build refuses a dataset file that does not match the schema, naming the file
// and the first wrong field, so a bad dataset never ships.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { isCanonicalDataset } from '../src/dataset/canonical-dataset.ts';
import type { Dataset } from '../src/dataset/schema.ts';
import { isDefaultView } from '../src/derive/first-screen.ts';
import { FIRST_SCREEN_GUARD, FIRST_SCREEN_HASH, readDatasetJson } from './vite-dataset-plugin.ts';

const abstract = 'Our kernel is 2x faster than the baseline.';
const smallDataset: Dataset = {
  schemaVersion: 2,
  sources: [{ file: 'seeds/a.txt', kind: 'capture', capturedOn: '2025-11-03', papers: 1 }],
  papers: [
    {
      id: 'fast-kernel',
      title: 'A fast kernel',
      arxivId: null,
      abstract,
      authors: [],
      authorsCount: 2,
      org: null,
      publishedOn: '2025-11-01',
      dateInferred: false,
      comments: null,
      upvotes: null,
      links: { arxiv: null, pdf: null, huggingFace: null, project: null, code: null },
      sources: [{ file: 'seeds/a.txt', line: 7, position: 1, capturedOn: '2025-11-03' }],
      hardware: [],
      claims: [
        {
          start: 14,
          end: 23,
          text: abstract.slice(14, 23),
          kind: 'speedup',
          value: 2,
          unit: 'x',
          factor: 2,
          range: null,
          metric: null,
          baseline: 'the baseline',
          hardware: null,
          condition: null,
        },
      ],
    },
  ],
  diagnostics: [],
};

const dir = mkdtempSync(path.join(os.tmpdir(), 'speedboard-plugin-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, text: string): string {
  const f = path.join(dir, name);
  writeFileSync(f, text);
  return f;
}

describe('readDatasetJson', () => {
  it('passes a good dataset through as compact JSON', () => {
    const f = file('good.json', JSON.stringify(smallDataset, null, 2));
    expect(readDatasetJson(f)).toBe(JSON.stringify(smallDataset));
  });

  it('writes keys in the schema order without unknown ones, which the app accepts at once', () => {
    const [paper] = smallDataset.papers;
    const { id, title, ...rest } = paper!;
    const shuffled = { ...smallDataset, papers: [{ ...rest, title, id, note: 'hand-edited' }] };
    const written = readDatasetJson(file('shuffled.json', JSON.stringify(shuffled)));
    expect(written).toBe(JSON.stringify(smallDataset));
    expect(isCanonicalDataset(JSON.parse(written))).toBe(true);
    expect(isCanonicalDataset(shuffled)).toBe(false);
  });

  it.each<[string, string, string]>([
    ['missing.json', '', 'no dataset. Run `npm run data` first'],
    ['truncated.json', '{"schemaVersion": 1, "papers": [', 'not valid JSON'],
    [
      'old.json',
      JSON.stringify({ ...smallDataset, schemaVersion: 0 }),
      'schemaVersion is 0, but this app reads schema version 2. Rebuild it with `npm run data`.',
    ],
    [
      'kind.json',
      JSON.stringify({
        ...smallDataset,
        papers: [
          {
            ...smallDataset.papers[0],
            claims: [{ ...smallDataset.papers[0]!.claims[0], kind: null }],
          },
        ],
      }),
      'papers[0].claims[0].kind (paper "fast-kernel"): Invalid type: Expected ("speedup" | "throughput" | "latency" | "memory" | "cost" | "compression" | "utilization" | "compute" | "energy" | "other") but received null. Rebuild it with `npm run data`.',
    ],
  ])('fails the build for %s, naming the file', (name, text, message) => {
    const f = name === 'missing.json' ? path.join(dir, name) : file(name, text);
    expect(() => readDatasetJson(f)).toThrow(`${f}: `);
    expect(() => readDatasetJson(f)).toThrow(message);
  });
});

describe('the first screen guard', () => {
  // Runs the guard's source as the page would, with only the two globals it reads.
  const emptied = (hash: string) => {
    let n = 0;
    const root = { replaceChildren: () => n++ };
    new Function('location', 'document', FIRST_SCREEN_GUARD)(
      { hash },
      { getElementById: (id: string) => (id === 'root' ? root : null) },
    );
    return n === 1;
  };

  it('keeps the markup at the default list and empties the root at any other address', () => {
    for (const hash of ['', '#', '#/', '#/papers']) expect(emptied(hash), hash).toBe(false);
    for (const hash of ['#/claims', '#/papers?q=attention', '#/papers?sort=title', '#/paper/3'])
      expect(emptied(hash), hash).toBe(true);
  });

  it('never keeps it where the app would not show the default list', () => {
    const hashes = fc.tuple(
      fc.constantFrom('', '#', '##'),
      fc.constantFrom('', '/', '//'),
      fc.constantFrom('', 'papers', 'claims', 'paper/2', 'Papers', 'x'),
      fc.constantFrom('', '/', '?', '?q=a', '?sort=title', '&', '#'),
    );
    fc.assert(
      fc.property(hashes, (parts) => {
        const hash = parts.join('');
        if (FIRST_SCREEN_HASH.test(hash)) expect(isDefaultView(hash), hash).toBe(true);
      }),
    );
  });
});
