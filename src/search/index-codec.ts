// The search index in a compact binary form: the site build indexes the papers once
// and ships the result beside the dataset, so the reader's browser decodes typed
// arrays instead of tokenizing every abstract (seconds at 50k papers). Decoding
// gives back the very index the builder made: the same word ids, postings and
// weights, so every query gets the same answer (index-codec.test.ts). Decoded
// `lazy`, a word's postings are read and checked when a query first needs them, and
// the rest when asked (`decodeRest`): the same answers, sooner.
//
// Layout, all numbers unsigned LEB128 varints unless said otherwise:
//   "SBIX", format version, the key of the papers indexed (datasetKey), paper count,
//   word count, words' byte length, compound pair count;
//   the words in id order as a UTF-8 JSON array (JSON keeps any lone surrogate a
//   word may hold, which plain UTF-8 would replace);
//   per word, its number of papers (docFreq; its postings' length);
//   per word, the byte length of its papers below (so a word's postings can be read
//   alone, when a query first needs them: the reader's first answer does not wait
//   for all 8M postings of a 50k index);
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
const VERSION = 6;

/** What the build ships inside the index's file, each part as bytes of its own format. */
export interface IndexExtra {
  facets?: Uint8Array | null;
  spans?: Uint8Array | null;
}

/** Bytes of `v` as an unsigned LEB128 varint. */
const varintLength = (v: number) =>
  v < 2 ** 7 ? 1 : v < 2 ** 14 ? 2 : v < 2 ** 21 ? 3 : v < 2 ** 28 ? 4 : 5;

/**
 * `key`: datasetKey of the papers the index was built from; `extra`: bytes shipped with
 * it, handed back as they are by decodeIndex (empty or left out: none).
 */
export function encodeIndex(index: InvertedIndex, key: number, extra: IndexExtra = {}): Uint8Array {
  const { vocabulary, docFreq, offsets, weights } = index;
  const size = vocabulary.size;
  for (let i = 0; i < size; i++) index.load?.(i);
  const { docs } = index;
  const words = new TextEncoder().encode(JSON.stringify(vocabulary.words));
  const keys = [...index.compounds].sort((x, y) => x - y);
  const w = new ByteWriter();
  w.raw(Uint8Array.from(MAGIC));
  for (const v of [VERSION, key, index.docCount, size, words.length, keys.length]) w.varint(v);
  w.raw(words);
  for (let i = 0; i < size; i++) w.varint(docFreq[i]!);
  for (let i = 0; i < size; i++) {
    let length = 0;
    for (let k = offsets[i]!, prev = 0; k < offsets[i + 1]!; prev = docs[k++]!)
      length += varintLength(docs[k]! - prev);
    w.varint(length);
  }
  for (let i = 0; i < size; i++) {
    let prev = 0;
    for (let k = offsets[i]!; k < offsets[i + 1]!; k++) {
      w.varint(docs[k]! - prev);
      prev = docs[k]!;
    }
  }
  w.raw(weights.subarray(0, offsets[size]));
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
 * Reads one word's paper numbers (gaps) from bytes [at, end) into docs [from, to);
 * null, or what is wrong. Apart from decodeIndex and on plain locals, so the loop over
 * millions of postings runs fast even before the engine has optimized it (a variable
 * that closures share lives in a heap context, read and written per byte).
 */
function decodePostings(
  bytes: Uint8Array,
  at: number,
  end: number,
  docs: Int32Array,
  from: number,
  to: number,
  docCount: number,
): string | null {
  let doc = -1;
  for (let k = from; k < to; k++) {
    if (at >= end) return "a word's papers end early";
    let b = bytes[at++]!;
    let gap = b & 0x7f;
    for (let shift = 7; b >= 0x80; shift += 7) {
      if (at >= end || shift > 28) return 'a paper number is cut short';
      b = bytes[at++]!;
      gap |= (b & 0x7f) << shift;
    }
    if (gap === 0 && doc >= 0) return 'a paper is listed twice for one word';
    doc += doc < 0 ? gap + 1 : gap;
    docs[k] = doc;
  }
  if (at !== end) return "a word's papers are not as long as said";
  if (doc >= docCount) return 'a paper number is past the last paper';
  return null;
}

/** One part shipped with the index (`extra`): its byte length, then its bytes (none: null). */
function extraPart(r: ByteReader): Uint8Array | null {
  const length = r.varint();
  if (r.at + length > r.bytes.length) r.fail('ends early');
  const out = length > 0 ? r.bytes.subarray(r.at, r.at + length) : null;
  r.at += length;
  return out;
}

/** What is wrong with bytes that are not an index this code wrote. */
export class IndexFormatError extends Error {
  override name = 'IndexFormatError';
}

/** Postings decoded between two looks at the clock in decodeRest. */
const POSTINGS_PER_CHECK = 1 << 15;

export interface DecodedIndex {
  /** Lazy: its `load` decodes a word's postings (throws IndexFormatError if they are wrong). */
  index: InvertedIndex;
  key: number;
  extra: { facets: Uint8Array | null; spans: Uint8Array | null };
  /** The word ids in lexicographic order of their words (sortedIds). */
  sorted: Int32Array;
  /**
   * Decodes the postings no query has read yet until `shouldYield()` says stop; true once
   * every word's are decoded and checked. Throws IndexFormatError on wrong postings.
   */
  decodeRest(shouldYield?: () => boolean): boolean;
}

/**
 * The index `encodeIndex` wrote, the key it was written with and its extra bytes (each
 * null when there were none); throws IndexFormatError on anything else. `lazy`: every
 * part but the postings is read and checked now, each word's postings when a query
 * first reads them (or `decodeRest`), so a wrong posting throws then.
 */
export function decodeIndex(bytes: Uint8Array, { lazy = false } = {}): DecodedIndex {
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
  r.varints(docFreq);
  const offsets = new Int32Array(vocab + 1);
  for (let i = 0; i < vocab; i++) {
    if (docFreq[i]! > docCount) r.fail('a word is in more papers than there are');
    offsets[i + 1] = offsets[i]! + docFreq[i]!;
  }
  const lengths = new Int32Array(vocab);
  r.varints(lengths);
  // Where each word's postings start in `bytes` (a 2 GB index is out of reach anyway).
  const starts = new Float64Array(vocab + 1);
  starts[0] = r.at;
  for (let i = 0; i < vocab; i++) {
    // A paper number takes one to five bytes.
    const n = docFreq[i]!;
    if (lengths[i]! < n || lengths[i]! > 5 * n) r.fail("a word's papers cannot be that long");
    starts[i + 1] = starts[i]! + lengths[i]!;
  }
  r.at = starts[vocab]!;
  const total = offsets[vocab]!;
  if (r.at + total > bytes.length) r.fail('ends early');
  const weightsAt = r.at;
  const weights = bytes.subarray(weightsAt, weightsAt + total);
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
  r.varints(sorted);
  const seen = new Uint8Array(vocab);
  const text = list as string[];
  for (let i = 0; i < vocab; i++) {
    const id = sorted[i]!;
    if (id >= vocab || seen[id]) r.fail('the words in order are not every word once');
    seen[id] = 1;
    if (i > 0 && !(text[sorted[i - 1]!]! < text[id]!)) r.fail('the words are out of order');
  }
  const extra = { facets: extraPart(r), spans: extraPart(r) };
  if (r.at !== bytes.length) r.fail('has bytes after its end');

  // The postings, read per word when first needed. The closures below hold the file
  // (`file`, not `bytes` or `r`) only until every word's are read: the weights are
  // then copied out and the file let go (10 MB at 50k papers).
  let file: Uint8Array | null = bytes;
  const docs = new Int32Array(total);
  const decoded = new Uint8Array(vocab);
  let left = vocab;
  const load = (word: number) => {
    if (decoded[word] || file === null) return;
    const problem = decodePostings(
      file,
      starts[word]!,
      starts[word + 1]!,
      docs,
      offsets[word]!,
      offsets[word + 1]!,
      docCount,
    );
    if (problem) throw new IndexFormatError(`search index, byte ${starts[word]}: ${problem}`);
    decoded[word] = 1;
    if (--left === 0) {
      index.weights = file.slice(weightsAt, weightsAt + total);
      file = null;
    }
  };
  let next = 0;
  const decodeRest = (shouldYield: () => boolean = () => false) => {
    let sinceCheck = 0;
    for (; next < vocab; next++) {
      load(next);
      sinceCheck += docFreq[next]!;
      if (sinceCheck >= POSTINGS_PER_CHECK && next + 1 < vocab) {
        sinceCheck = 0;
        if (shouldYield()) {
          next++;
          return left === 0;
        }
      }
    }
    return left === 0;
  };
  const index: InvertedIndex = {
    docCount,
    vocabulary: new SortedWords(text, sorted),
    docFreq,
    idf: inverseDocFrequencies(docCount, docFreq),
    offsets,
    docs,
    weights,
    compounds,
    load: (word) => {
      if (left > 0) load(word);
    },
  };
  if (!lazy) decodeRest();
  return { index, key, extra, sorted, decodeRest };
}
