// The search index in a compact binary form: the site build indexes the papers once
// and ships the result beside the dataset, so the reader's browser decodes typed
// arrays instead of tokenizing every abstract (seconds at 50k papers). Decoding
// gives back the very index the builder made: the same word ids, postings and
// weights, so every query gets the same answer (index-codec.test.ts).
//
// Layout, all numbers unsigned LEB128 varints unless said otherwise:
//   "SBIX", format version, the key of the papers indexed (datasetKey), paper count,
//   word count, words' byte length, compound pair count;
//   the words in id order as a UTF-8 JSON array (JSON keeps any lone surrogate a
//   word may hold, which plain UTF-8 would replace);
//   per word, its number of papers (docFreq; its postings' length);
//   per word, its papers as gaps (the first paper, then the distance to the next);
//   the weights, one byte per posting, in the same order;
//   the compound pairs (a, b) in ascending order of compoundKey, a as a gap;
//   the word ids in lexicographic order of their words (the vocabulary matcher's
//   prefix order, which the reader's browser then need not sort);
//   what the build ships with the index (`extra`), each as its byte length and its
//   bytes (length 0: none): the papers' facet codes (src/derive/doc-facets.ts), then
//   where each paper lies in the site's dataset file (src/dataset/paper-spans.ts).
import { compoundKey, type InvertedIndex, inverseDocFrequencies } from './inverted-index.ts';
import { ByteReader, ByteWriter } from './bytes.ts';
import { SortedWords } from './word-table.ts';
import { sortedIds } from './vocabulary-matcher.ts';

const MAGIC = [0x53, 0x42, 0x49, 0x58];
const VERSION = 5;

/** What the build ships inside the index's file, each part as bytes of its own format. */
export interface IndexExtra {
  facets?: Uint8Array | null;
  spans?: Uint8Array | null;
}

/**
 * `key`: datasetKey of the papers the index was built from; `extra`: bytes shipped with
 * it, handed back as they are by decodeIndex (empty or left out: none).
 */
export function encodeIndex(index: InvertedIndex, key: number, extra: IndexExtra = {}): Uint8Array {
  const { vocabulary, docFreq, offsets, docs, weights } = index;
  const words = new TextEncoder().encode(JSON.stringify(vocabulary.words));
  const keys = [...index.compounds].sort((x, y) => x - y);
  const w = new ByteWriter();
  w.raw(Uint8Array.from(MAGIC));
  for (const v of [VERSION, key, index.docCount, vocabulary.size, words.length, keys.length])
    w.varint(v);
  w.raw(words);
  for (let i = 0; i < vocabulary.size; i++) w.varint(docFreq[i]!);
  for (let i = 0; i < vocabulary.size; i++) {
    let prev = 0;
    for (let k = offsets[i]!; k < offsets[i + 1]!; k++) {
      w.varint(docs[k]! - prev);
      prev = docs[k]!;
    }
  }
  w.raw(weights.subarray(0, offsets[vocabulary.size]));
  let prevA = 0;
  for (const key of keys) {
    const a = Math.floor(key / 2 ** 26);
    w.varint(a - prevA);
    w.varint(key - a * 2 ** 26);
    prevA = a;
  }
  for (const id of sortedIds(vocabulary.words)) w.varint(id);
  for (const part of [extra.facets, extra.spans]) {
    w.varint(part?.length ?? 0);
    if (part) w.raw(part);
  }
  return w.bytes.slice(0, w.length);
}

/**
 * Reads every word's paper numbers (gaps) into `docs` from byte `start`; returns where
 * they end, or what is wrong. Apart from decodeIndex and on plain locals, so the loop
 * over millions of postings runs fast even before the engine has optimized it (a
 * variable that closures share lives in a heap context, read and written per byte).
 */
function decodePostings(
  bytes: Uint8Array,
  start: number,
  offsets: Int32Array,
  docCount: number,
  docs: Int32Array,
): number | string {
  let at = start;
  const length = bytes.length;
  const words = offsets.length - 1;
  for (let i = 0; i < words; i++) {
    let doc = -1;
    const last = offsets[i + 1]!;
    for (let k = offsets[i]!; k < last; k++) {
      if (at >= length) return 'ends early';
      let b = bytes[at++]!;
      let gap = b & 0x7f;
      for (let shift = 7; b >= 0x80; shift += 7) {
        if (at >= length || shift > 28) return 'a paper number is cut short';
        b = bytes[at++]!;
        gap |= (b & 0x7f) << shift;
      }
      if (gap === 0 && doc >= 0) return 'a paper is listed twice for one word';
      doc += doc < 0 ? gap + 1 : gap;
      docs[k] = doc;
    }
    if (doc >= docCount) return 'a paper number is past the last paper';
  }
  return at;
}

/** What is wrong with bytes that are not an index this code wrote. */
export class IndexFormatError extends Error {
  override name = 'IndexFormatError';
}

/**
 * The index `encodeIndex` wrote, the key it was written with and its extra bytes (each
 * null when there were none); throws IndexFormatError on anything else.
 */
export function decodeIndex(bytes: Uint8Array): {
  index: InvertedIndex;
  key: number;
  extra: { facets: Uint8Array | null; spans: Uint8Array | null };
  /** The word ids in lexicographic order of their words (sortedIds). */
  sorted: Int32Array;
} {
  const r = new ByteReader(
    bytes,
    (at, what) => new IndexFormatError(`search index, byte ${at}: ${what}`),
  );
  r.header(MAGIC, VERSION, 'not a search index');
  const key = r.varint();
  const docCount = r.varint();
  const vocab = r.varint();
  const wordBytes = r.varint();
  const compoundCount = r.varint();
  if (r.at + wordBytes > bytes.length) r.fail('ends early');
  let words: unknown;
  try {
    words = JSON.parse(new TextDecoder().decode(bytes.subarray(r.at, r.at + wordBytes)));
  } catch {
    r.fail('the words are not a JSON list');
  }
  if (!Array.isArray(words) || words.length !== vocab) r.fail(`the words are not ${vocab} words`);
  r.at += wordBytes;
  const list = words as unknown[];
  for (let i = 0; i < vocab; i++)
    if (typeof list[i] !== 'string' || (list[i] as string).length === 0)
      r.fail('a word is not text');
  const docFreq = new Int32Array(vocab);
  const offsets = new Int32Array(vocab + 1);
  for (let i = 0; i < vocab; i++) {
    const n = r.varint();
    if (n > docCount) r.fail('a word is in more papers than there are');
    docFreq[i] = n;
    offsets[i + 1] = offsets[i]! + n;
  }
  const total = offsets[vocab]!;
  const docs = new Int32Array(total);
  const end = decodePostings(bytes, r.at, offsets, docCount, docs);
  if (typeof end === 'string') r.fail(end);
  r.at = end as number;
  if (r.at + total > bytes.length) r.fail('ends early');
  const weights = bytes.slice(r.at, r.at + total);
  r.at += total;
  const compounds = new Set<number>();
  let a = 0;
  for (let i = 0; i < compoundCount; i++) {
    a += r.varint();
    const b = r.varint();
    if (a >= vocab || b >= vocab) r.fail('a compound names no word');
    compounds.add(compoundKey(a, b));
  }
  // Every word once, each after the one before it: the order a sort would give. Words
  // are then found by that order (SortedWords), and no word can be listed twice.
  const sorted = new Int32Array(vocab);
  const seen = new Uint8Array(vocab);
  const text = list as string[];
  for (let i = 0; i < vocab; i++) {
    const id = r.varint();
    if (id >= vocab || seen[id]) r.fail('the words in order are not every word once');
    seen[id] = 1;
    if (i > 0 && !(text[sorted[i - 1]!]! < text[id]!)) r.fail('the words are out of order');
    sorted[i] = id;
  }
  const vocabulary = new SortedWords(text, sorted);
  const part = () => {
    const length = r.varint();
    if (r.at + length > bytes.length) r.fail('ends early');
    const out = length > 0 ? bytes.subarray(r.at, r.at + length) : null;
    r.at += length;
    return out;
  };
  const extra = { facets: part(), spans: part() };
  if (r.at !== bytes.length) r.fail('has bytes after its end');
  return {
    index: {
      docCount,
      vocabulary,
      docFreq,
      idf: inverseDocFrequencies(docCount, docFreq),
      offsets,
      docs,
      weights,
      compounds,
    },
    key,
    extra,
    sorted,
  };
}
