// The similar papers the site ships (answered at build time, looked up in the reader's
// browser) are the ones the browser's own index gives: same papers, same order, same
// shared terms, for every paper.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { datasetKey } from '../../dataset/dataset-key';
import { decodeSimilar, encodeSimilar, SimilarFormatError } from './similar-codec';
import { buildSimilarIndex, type PaperText } from './similar-index';

/** What the browser's index answers for each paper, as the paper view reads it. */
function inBrowser(papers: readonly PaperText[]) {
  const index = buildSimilarIndex(papers);
  return papers.map((p) => index.similar(p.id).map(({ id, shared }) => ({ id, shared })));
}

function shipped(papers: readonly PaperText[]) {
  const bytes = encodeSimilar(papers);
  const decoded = decodeSimilar(bytes);
  return { bytes, decoded, answers: papers.map((_, doc) => decoded.similar(papers, doc)) };
}

describe('shipped similar papers', () => {
  const WORDS = [
    'speculative',
    'decoding',
    'draft',
    'model',
    'KV-cache',
    'kv',
    'cache',
    'the',
    'of',
    '2025',
    '70B',
    'Über',
    'naïve',
    '模型',
    'lo\udc00ne',
    'attention',
  ];
  const text = fc
    .array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(' ', '-', ', ', '. ', ' \u2010')), {
      maxLength: 30,
    })
    .map((parts) => parts.map(([w, sep]) => w + sep).join(''));
  const papersArb = fc
    .array(fc.tuple(text, text), { minLength: 1, maxLength: 25 })
    .map((list) =>
      list.map(([title, abstract], i): PaperText => ({ id: `p${i}`, title, abstract })),
    );

  it('are the index’s answers for papers of any words (property)', () => {
    fc.assert(
      fc.property(papersArb, (papers) => {
        const { decoded, answers } = shipped(papers);
        expect(decoded.key).toBe(datasetKey(papers));
        expect(decoded.paperCount).toBe(papers.length);
        expect(answers).toEqual(inBrowser(papers));
      }),
      { numRuns: 150 },
    );
  });

  const sample: PaperText[] = [
    { id: 'a', title: 'Speculative decoding', abstract: 'A draft model guesses tokens.' },
    { id: 'b', title: 'Tree speculative decoding', abstract: 'A draft model guesses trees.' },
    { id: 'c', title: 'Quantized KV cache', abstract: 'Keys in four bits.' },
  ];

  it('refuses bytes it did not write, cut short, or with more after them', () => {
    const { bytes } = shipped(sample);
    const bad = [
      new Uint8Array(0),
      Uint8Array.from([1, 2, 3, 4, 5]),
      bytes.slice(0, bytes.length - 1),
      Uint8Array.from([...bytes, 0]),
    ];
    for (let cut = 4; cut < bytes.length; cut++) bad.push(bytes.slice(0, cut));
    for (const b of bad) expect(() => decodeSimilar(b), `${b}`).toThrow(SimilarFormatError);
  });

  it('says so when the papers are not the ones the answers were written for', () => {
    const { decoded } = shipped(sample);
    const emptied = sample.map((p) => ({ ...p, title: '', abstract: '' }));
    expect(() => decoded.similar(emptied, 0)).toThrow(SimilarFormatError);
  });
});
