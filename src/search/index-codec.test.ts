// The index the site ships (encoded at build time, decoded in the reader's browser)
// is the index built from the papers: same words and ids, postings, weights and
// compounds, and so the same answer to every query.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Paper } from '../dataset/schema';
import { createSearchEngine, docSearchEngine, withPaperIds } from './engine';
import { datasetKey } from '../dataset/dataset-key';
import { decodeIndex, encodeIndex, IndexFormatError } from './index-codec';
import { type InvertedIndex, InvertedIndexBuilder } from './inverted-index';
import { tokenize } from './tokenize';
import { sortedIds } from './vocabulary-matcher';
import { TEST_PAPERS, testPaper } from './test-papers';

const WORDS = [
  'attention',
  'atention',
  'FlashAttention',
  'flash-attention',
  'KVCache',
  'kv',
  'cache',
  'decoding',
  'speculative',
  'H100',
  'throughput',
  'through',
  'put',
  'Über',
  'naïve',
  '模型',
  'x2',
  '3.5x',
  // Lone surrogates beside a letter count as word characters (tokenize.ts).
  'lo\udc00ne',
  '\ud800half',
];

// Text of corpus words, with any characters between them (lone surrogates included).
const text = fc
  .array(
    fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...WORDS) },
      { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
    ),
    { maxLength: 30 },
  )
  .map((parts) => parts.join(' '));

const paper = (i: number) =>
  fc
    .record({
      title: text,
      abstract: text,
      org: fc.option(fc.record({ name: text, handle: fc.constantFrom('nv', 'meta') }), {
        nil: null,
      }),
      authors: fc.array(text, { maxLength: 2 }),
      hardware: fc.array(fc.constantFrom('H100', 'RTX 4090', 'TPU v5e'), { maxLength: 2 }),
    })
    .map((fields): Paper => testPaper({ id: `p${i}`, ...fields }));

const papersArb = fc
  .integer({ min: 0, max: 25 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => paper(i))));

const queryArb = fc.oneof(
  fc
    .array(fc.constantFrom(...WORDS, 'atten', 'flashattention', 'kv cache', 'deep seek'), {
      minLength: 1,
      maxLength: 3,
    })
    .map((ws) => ws.join(' ')),
  fc.string({ unit: 'binary', maxLength: 12 }),
);

const built = (papers: readonly Paper[]) => new InvertedIndexBuilder(papers).result();

function plain(index: InvertedIndex) {
  return {
    docCount: index.docCount,
    words: index.vocabulary.words,
    docFreq: [...index.docFreq],
    idf: [...index.idf],
    offsets: [...index.offsets],
    docs: [...index.docs],
    weights: [...index.weights],
    compounds: [...index.compounds].sort((a, b) => a - b),
  };
}

/** Where the postings start in `index` encoded with `key`: after the words, docFreq and byte lengths. */
function postingsStart(index: InvertedIndex, key: number): number {
  const words = new TextEncoder().encode(JSON.stringify(index.vocabulary.words)).length;
  const size = index.vocabulary.size;
  const lengths = Array.from(
    { length: size },
    (_, w) => postingBytesBefore(index, w + 1) - postingBytesBefore(index, w),
  );
  const header = [6, key, index.docCount, size, words, index.compounds.size];
  const varints = [...header, ...index.docFreq, ...lengths];
  return 4 + varints.reduce((n, v) => n + varintBytes(v), 0) + words;
}

/** Bytes of the postings of the words before `word` in an encoded index. */
function postingBytesBefore(index: InvertedIndex, word: number): number {
  let n = 0;
  for (let k = 0; k < index.offsets[word]!; k++) {
    const first = k === 0 || index.offsets.includes(k);
    n += varintBytes(first ? index.docs[k]! : index.docs[k]! - index.docs[k - 1]!);
  }
  return n;
}

const varintBytes = (v: number) => (v < 128 ? 1 : v < 2 ** 14 ? 2 : v < 2 ** 21 ? 3 : 4);

describe('search index codec', () => {
  it('decodes to the index it encoded, which answers every query as building does', () => {
    fc.assert(
      fc.property(papersArb, fc.array(queryArb, { minLength: 1, maxLength: 12 }), (papers, qs) => {
        const index = built(papers);
        const { index: decoded, key, sorted } = decodeIndex(encodeIndex(index, datasetKey(papers)));
        expect(key).toBe(datasetKey(papers));
        expect(plain(decoded)).toEqual(plain(index));
        // The words' order, which the reader's browser need not sort.
        expect([...sorted]).toEqual([...sortedIds(index.vocabulary.words)]);
        // The decoded words find every word by its text, and nothing else, as the built
        // table does (the query's terms and pieces of words: mostly not words).
        for (const w of index.vocabulary.words)
          expect(decoded.vocabulary.get(w)).toBe(index.vocabulary.get(w));
        for (const t of [...qs, ...qs.flatMap((q) => tokenize(q))])
          for (const piece of [t, t.slice(1), t.slice(0, -1), `${t}s`, ''])
            expect(decoded.vocabulary.get(piece)).toBe(index.vocabulary.get(piece));
        const fromBytes = withPaperIds(docSearchEngine(decoded), papers);
        // Its typo filter built at once, or when first needed: the same answers.
        const prepared = docSearchEngine(decoded, sorted);
        prepared.prepare();
        const fromPrepared = withPaperIds(prepared, papers);
        const fromPapers = createSearchEngine(papers);
        for (const q of qs) {
          expect(fromBytes.search(q)).toEqual(fromPapers.search(q));
          expect(fromPrepared.search(q)).toEqual(fromPapers.search(q));
        }
      }),
      { numRuns: 120 },
    );
    // Under a busy machine's load this takes seconds.
  }, 60_000);

  it('decoded lazily, answers every query as building does, prepared or not, the rest decoded at any point', () => {
    fc.assert(
      fc.property(
        papersArb,
        fc.array(queryArb, { minLength: 1, maxLength: 12 }),
        fc.nat(12),
        fc.boolean(),
        (papers, qs, restAfter, prepare) => {
          const index = built(papers);
          const bytes = encodeIndex(index, datasetKey(papers));
          const lazy = decodeIndex(bytes, { lazy: true });
          const engine = docSearchEngine(lazy.index, lazy.sorted);
          if (prepare) engine.prepare();
          const fromLazy = withPaperIds(engine, papers);
          const fromPapers = createSearchEngine(papers);
          qs.forEach((q, i) => {
            // The postings no query read yet, decoded in steps of one look at the clock.
            if (i === restAfter) while (!lazy.decodeRest(() => true));
            expect(fromLazy.search(q)).toEqual(fromPapers.search(q));
          });
          expect(lazy.decodeRest()).toBe(true);
          expect(plain(lazy.index)).toEqual(plain(index));
          // Every posting read, the index holds no view of the file any more.
          if (index.offsets[index.vocabulary.size]! > 0)
            expect(lazy.index.weights.buffer).not.toBe(bytes.buffer);
          expect(lazy.key).toBe(datasetKey(papers));
          expect([...lazy.sorted]).toEqual([...sortedIds(index.vocabulary.words)]);
          // Encoded again, it is the very same file.
          expect([...encodeIndex(decodeIndex(bytes, { lazy: true }).index, lazy.key)]).toEqual([
            ...bytes,
          ]);
        },
      ),
      { numRuns: 120 },
    );
  }, 60_000);

  it("decoded lazily, reads a word's postings only when a query needs them, and refuses wrong ones then", () => {
    // Many papers share "attention"; one holds "snowflake".
    const papers = Array.from({ length: 300 }, (_, i) =>
      testPaper({
        id: `p${i}`,
        title: i === 7 ? 'snowflake attention' : `attention paper ${i % 50}`,
        abstract: 'speculative decoding',
      }),
    );
    const index = built(papers);
    const bytes = encodeIndex(index, 1);
    const snowflake = index.vocabulary.get('snowflake');
    const attention = index.vocabulary.get('attention');
    // Snowflake's one posting (paper 7, its first, written as itself), made a number
    // that goes on into the next word's bytes.
    const at = postingsStart(index, 1) + postingBytesBefore(index, snowflake);
    expect(bytes[at]).toBe(7);
    const wrong = Uint8Array.from(bytes);
    wrong[at] = 0x87;
    expect(() => decodeIndex(wrong)).toThrow(IndexFormatError);
    const lazy = decodeIndex(wrong, { lazy: true });
    const engine = withPaperIds(docSearchEngine(lazy.index, lazy.sorted), papers);
    // Queries that do not read snowflake's postings get their answers.
    expect(engine.search('attention').hits.length).toBe(300);
    expect(engine.search('speculative').hits.length).toBe(300);
    expect(() => engine.search('snowflake')).toThrow('a paper number is cut short');
    // A query refused halfway leaves nothing behind for the next.
    expect(() => engine.search('attention snowflake')).toThrow('a paper number is cut short');
    expect(engine.search('attention paper')).toEqual(
      createSearchEngine(papers).search('attention paper'),
    );
    expect(() => lazy.decodeRest()).toThrow('a paper number is cut short');
    // Untouched, a word's postings are not read: the first query read attention's alone.
    const fresh = decodeIndex(bytes, { lazy: true });
    withPaperIds(docSearchEngine(fresh.index, fresh.sorted), papers).search('attention');
    const { offsets, docs } = fresh.index;
    expect([...docs.subarray(offsets[attention]!, offsets[attention + 1]!)]).toEqual(
      papers.map((_, i) => i),
    );
    expect(docs[offsets[snowflake]!]).toBe(0);
    expect(fresh.decodeRest()).toBe(true);
    expect(docs[offsets[snowflake]!]).toBe(7);
  });

  it('gives the same answers on the hand-written corpus', () => {
    const fromBytes = withPaperIds(
      docSearchEngine(decodeIndex(encodeIndex(built(TEST_PAPERS), 0)).index),
      TEST_PAPERS,
    );
    const fromPapers = createSearchEngine(TEST_PAPERS);
    for (const q of [
      'attenton',
      'sigm',
      'h100 parallelism ',
      'rtx 5090',
      'kv cache',
      'snowflake',
    ]) {
      expect(fromPapers.search(q).hits.length).toBeGreaterThan(0);
      expect(fromBytes.search(q)).toEqual(fromPapers.search(q));
    }
  });

  it('refuses bytes it did not write, cut short or with bytes added', () => {
    const bytes = encodeIndex(built(TEST_PAPERS), datasetKey(TEST_PAPERS));
    for (let n = 0; n < bytes.length; n++)
      expect(() => decodeIndex(bytes.subarray(0, n))).toThrow(IndexFormatError);
    const longer = new Uint8Array(bytes.length + 1);
    longer.set(bytes);
    expect(() => decodeIndex(longer)).toThrow('has bytes after its end');
    expect(() => decodeIndex(new TextEncoder().encode('{"papers": []}'))).toThrow(
      'not a search index',
    );
  });

  it('hands back the bytes shipped with the index as they were, and none when there were none', () => {
    const facets = Uint8Array.from([0, 1, 0x80, 0xff, 7]);
    const spans = Uint8Array.from([9, 8, 0x81]);
    const decoded = decodeIndex(encodeIndex(built(TEST_PAPERS), 9, { facets, spans }));
    expect(decoded.extra.facets && [...decoded.extra.facets]).toEqual([...facets]);
    expect(decoded.extra.spans && [...decoded.extra.spans]).toEqual([...spans]);
    expect(decoded.key).toBe(9);
    expect(plain(decoded.index)).toEqual(plain(built(TEST_PAPERS)));
    expect(decodeIndex(encodeIndex(built(TEST_PAPERS), 9)).extra).toEqual({
      facets: null,
      spans: null,
    });
    // Either part alone comes back as itself, the other as none.
    const onlySpans = decodeIndex(encodeIndex(built(TEST_PAPERS), 9, { spans })).extra;
    expect(onlySpans.facets).toBeNull();
    expect(onlySpans.spans && [...onlySpans.spans]).toEqual([...spans]);
    const onlyFacets = decodeIndex(encodeIndex(built(TEST_PAPERS), 9, { facets })).extra;
    expect(onlyFacets.spans).toBeNull();
    expect(onlyFacets.facets && [...onlyFacets.facets]).toEqual([...facets]);
    const bytes = encodeIndex(built(TEST_PAPERS), 9, { facets, spans });
    for (let n = bytes.length - facets.length - spans.length - 2; n < bytes.length; n++)
      expect(() => decodeIndex(bytes.subarray(0, n))).toThrow(IndexFormatError);
  });

  it('refuses words in an order that is not theirs', () => {
    // Few words, so each id is one byte.
    const index = built([
      testPaper({ id: 'p0', title: 'kv cache attention', abstract: 'fast speculative decoding' }),
    ]);
    const bytes = encodeIndex(index, 9);
    const order = sortedIds(index.vocabulary.words);
    // The order is written just before the extra parts (two empty lengths): swap two
    // one-byte ids in it.
    const end = bytes.length - 2;
    const start = end - order.length;
    expect(order.every((id) => id < 0x80)).toBe(true);
    expect([...bytes.subarray(start, end)]).toEqual([...order]);
    const swapped = Uint8Array.from(bytes);
    swapped[start] = order[1]!;
    swapped[start + 1] = order[0]!;
    expect(() => decodeIndex(swapped)).toThrow('the words are out of order');
    const twice = Uint8Array.from(bytes);
    twice[start + 1] = order[0]!;
    expect(() => decodeIndex(twice)).toThrow('the words in order are not every word once');
  });

  it('refuses an index written in an older format', () => {
    const bytes = encodeIndex(built(TEST_PAPERS), 9);
    const older = Uint8Array.from(bytes);
    older[4] = 5;
    expect(() => decodeIndex(older)).toThrow('format version 5, this app reads 6');
  });

  it('refuses an index built for a different number of papers', () => {
    const decoded = decodeIndex(encodeIndex(built(TEST_PAPERS), 0)).index;
    expect(() => withPaperIds(docSearchEngine(decoded), TEST_PAPERS.slice(1))).toThrow(
      `the search index holds ${TEST_PAPERS.length} papers, the dataset ${TEST_PAPERS.length - 1}`,
    );
  });

  it('keeps the key of the papers it was built from, which any change of ids or order changes', () => {
    const key = datasetKey(TEST_PAPERS);
    expect(decodeIndex(encodeIndex(built(TEST_PAPERS), key)).key).toBe(key);
    // The largest key survives the trip (an unsigned 32-bit number).
    expect(decodeIndex(encodeIndex(built(TEST_PAPERS), 0xffffffff)).key).toBe(0xffffffff);
    const [first, second, ...rest] = TEST_PAPERS;
    expect(datasetKey([second!, first!, ...rest])).not.toBe(key);
    expect(datasetKey(TEST_PAPERS.slice(1))).not.toBe(key);
    expect(datasetKey([{ ...first!, id: `${first!.id}x` }, second!, ...rest])).not.toBe(key);
    // Ids split differently are different papers.
    expect(datasetKey([{ id: 'ab' }, { id: 'c' }])).not.toBe(
      datasetKey([{ id: 'a' }, { id: 'bc' }]),
    );
    expect(datasetKey([...TEST_PAPERS])).toBe(key);
  });
});
