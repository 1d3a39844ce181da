// @vitest-environment jsdom
// (parses the page with a real HTML parser)
// The dataset's data block survives the HTML parser unchanged, whatever the seed text holds.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bundledDatasetFiles, readBundledDataset } from './bundled';
import {
  abstractsLink,
  asciiJson,
  DATASET_ELEMENT_ID,
  datasetDataBlock,
  datasetLink,
} from './embed';
import type { Dataset } from './schema';

function pageWith(dataset: unknown): Document {
  const html = `<!doctype html><html><head></head><body><div id="root"></div>${datasetDataBlock(JSON.stringify(dataset))}</body></html>`;
  return new DOMParser().parseFromString(html, 'text/html');
}

const datasetWithAbstract = (abstract: string): Dataset => ({
  schemaVersion: 2,
  sources: [],
  papers: [
    {
      id: 'p',
      title: 'T',
      arxivId: null,
      abstract,
      authors: [],
      authorsCount: null,
      org: null,
      publishedOn: null,
      dateInferred: false,
      comments: null,
      upvotes: null,
      links: { arxiv: null, pdf: null, huggingFace: null, project: null, code: null },
      sources: [],
      hardware: [],
      claims: [],
    },
  ],
  diagnostics: [],
});

describe('dataset data block', () => {
  it.each([
    '</script><script>window.__pwned = 1</script>',
    '<!-- <script> -->',
    '</SCRIPT >',
    '<img src=x onerror=alert(1)>',
    'a \u2028 b \u2029 c',
  ])('keeps %j as text, in one element', async (abstract) => {
    const doc = pageWith(datasetWithAbstract(abstract));
    expect(doc.querySelectorAll('script')).toHaveLength(1);
    expect(doc.querySelector('img')).toBeNull();
    expect((await readBundledDataset(doc)).papers[0]?.abstract).toBe(abstract);
  });

  it('round-trips any text', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary' }), async (abstract) => {
        const doc = pageWith(datasetWithAbstract(abstract));
        expect((await readBundledDataset(doc)).papers[0]?.abstract).toBe(abstract);
      }),
      { numRuns: 300 },
    );
    // 300 HTML parses take 2-3 s on an idle machine; the default 5 s is too tight under load.
  }, 20_000);

  it('is ASCII whatever the text holds', () => {
    const block = datasetDataBlock(
      JSON.stringify(datasetWithAbstract('Müller \u2028 \u{1F680} ×3')),
    );
    expect(block).toMatch(/^[\x00-\x7f]*$/);
  });

  it('is removed from the page once read', async () => {
    const doc = pageWith(datasetWithAbstract('x'));
    await readBundledDataset(doc);
    expect(doc.getElementById(DATASET_ELEMENT_ID)).toBeNull();
  });

  it('refuses a page without a dataset, or with another schema version', async () => {
    const empty = new DOMParser().parseFromString('<!doctype html><body></body>', 'text/html');
    await expect(readBundledDataset(empty)).rejects.toThrow(/holds no dataset/);
    await expect(readBundledDataset(pageWith({ schemaVersion: 1, papers: [] }))).rejects.toThrow(
      /schemaVersion is 1, but this app reads schema version 2/,
    );
  });
});

describe('asciiJson', () => {
  it('writes the same value in ASCII alone', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.string({ unit: 'binary' }), (value, text) => {
        for (const json of [JSON.stringify(value), JSON.stringify({ text })]) {
          const ascii = asciiJson(json);
          expect(ascii).toMatch(/^[\x00-\x7f]*$/);
          expect(JSON.parse(ascii)).toEqual(JSON.parse(json));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('leaves ASCII text as it is', () => {
    const json = JSON.stringify({ a: 'plain "text" \\ with\nescapes', b: [1, 2.5, null] });
    expect(asciiJson(json)).toBe(json);
  });
});

describe('dataset links', () => {
  const page = (links: string) =>
    new DOMParser().parseFromString(
      `<!doctype html><html><head>${links}</head><body></body></html>`,
      'text/html',
    );

  it("name the site's files and where every few papers start in the dataset file", () => {
    const files = bundledDatasetFiles(
      page(`${datasetLink('./d.json', '5 90 170')}${abstractsLink('./a.json')}`),
    );
    expect(files?.dataset).toMatch(/\/d\.json$/);
    expect(files?.abstracts).toMatch(/\/a\.json$/);
    expect(files?.marks).toEqual([5, 90, 170]);
  });

  it('leave the marks out when the page has none or ones that are not marks', () => {
    for (const marks of [undefined, '90 5', 'x'])
      expect(
        bundledDatasetFiles(page(`${datasetLink('./d.json', marks)}${abstractsLink('./a.json')}`))
          ?.marks,
      ).toBeNull();
  });
});
