// The site build's similar papers (vite-dataset-plugin.ts ships encodeSimilar's bytes)
// are, decoded, exactly what the browser's own index answers for every paper of a
// generated corpus: the same papers in the same order, sharing the same terms.
import { describe, expect, it } from 'vitest';
import { corpusInputs } from '../bench/corpus-inputs.ts';
import { generateCorpus } from '../bench/generate-corpus.ts';
import { datasetKey } from '../src/dataset/dataset-key.ts';
import { decodeSimilar, encodeSimilar } from '../src/derive/similar/similar-codec.ts';
import { buildSimilarIndex } from '../src/derive/similar/similar-index.ts';
import { buildDataset } from '../src/ingest/dataset.ts';

describe('shipped similar papers on a generated corpus', () => {
  // Building the dataset (claims and all) takes seconds on a loaded machine.
  it('are the index’s answers for every paper', { timeout: 120_000 }, () => {
    const corpus = generateCorpus({ papers: 400, seed: 7 });
    const { papers } = buildDataset(corpusInputs(corpus.files)).dataset;
    const index = buildSimilarIndex(papers);
    const expected = papers.map((p) =>
      index.similar(p.id).map(({ id, shared }) => ({ id, shared })),
    );
    // The corpus links its papers: most have five similar papers, sharing terms.
    expect(
      expected.filter((a) => a.length === 5 && a[0]!.shared.length > 0).length,
    ).toBeGreaterThan(300);
    const decoded = decodeSimilar(encodeSimilar(papers));
    expect(decoded.key).toBe(datasetKey(papers));
    expect(papers.map((_, doc) => decoded.similar(papers, doc))).toEqual(expected);
  });
});
