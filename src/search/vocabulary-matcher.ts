// Maps one query term to corpus words: exact, typo-tolerant (fuse.js) and, for
// the term still being typed, prefix matches. fuse.js is too slow to run over a
// whole 100k-word vocabulary per keystroke, so a bigram filter first narrows the
// vocabulary to the few hundred words that could be within a typo or two, and
// fuse.js decides and scores among those.
// The basic build: no extended or logical search, which word matching never uses (~2 KB less gzip).
import Fuse from 'fuse.js/basic';
import type { Vocabulary } from './word-table.ts';

export interface WordMatch {
  word: number;
  /** 1 for the exact word, less for typos and prefix completions. */
  quality: number;
}

/** fuse.js score cut-off for a typo: ~2 edits in a 7-letter word. */
const FUZZY_THRESHOLD = 0.34;
/** When the term is itself a corpus word, only near-identical variants (plurals, compounds) join it. */
const FUZZY_THRESHOLD_WHEN_EXACT = 0.1;
const MAX_FUZZY_CANDIDATES = 256;
/**
 * Completions per prefix length. A short prefix names thousands of words; the most
 * common ones are what a typist means, and each costs a posting list, so short
 * prefixes get fewer. One letter gets none: its completions would match nearly
 * every paper, a list nobody reads that costs the most to rank.
 */
const MAX_PREFIX_EXPANSIONS = [0, 0, 24, 48, 64];
const MIN_FUZZY_LENGTH = 3;
const CONTAINING_WORD_QUALITY = 0.75;

const FUSE_OPTIONS = {
  threshold: FUZZY_THRESHOLD,
  ignoreLocation: true,
  ignoreFieldNorm: true,
  includeScore: true,
  isCaseSensitive: true,
};

function bigramKeys(word: string): number[] {
  // Padded so first and last letters count too: "kv" -> ^k, kv, v$. Two UTF-16 code
  // units in one 32-bit integer.
  const keys: number[] = [];
  let prev = 0;
  for (let i = 0; i <= word.length; i++) {
    const c = i < word.length ? word.charCodeAt(i) : 0;
    keys.push((prev << 16) | c);
    prev = c;
  }
  return keys;
}

/**
 * Padded bigram -> ids of the words holding it (ascending), for every word long enough
 * to be a typo's: one flat list of ids and where each bigram's starts, found through an
 * open-addressing table of the bigrams. Built in two passes over typed arrays (count,
 * then place): a Map of arrays took 80-90 ms of a cold worker's CPU for 100k words,
 * before the first query with a typo could be answered.
 */
export class BigramIndex {
  constructor(
    /** An ASCII bigram's number + 1, by asciiSlot (0: none): most bigrams, found without hashing. */
    private readonly ascii: Int32Array,
    /** Slot -> bigram number + 1 (0: empty); the size a power of two. */
    private readonly table: Int32Array,
    private readonly keys: Int32Array,
    /** Bigram number b's word ids: ids[starts[b] .. starts[b + 1]). */
    readonly starts: Int32Array,
    readonly ids: Int32Array,
  ) {}

  /** The bigram number of `key`, or -1. */
  find(key: number): number {
    const a = asciiSlot(key);
    if (a >= 0) return this.ascii[a]! - 1;
    const { table, keys } = this;
    const mask = table.length - 1;
    for (let i = slotOf(key, mask); ; i = (i + 1) & mask) {
      const s = table[i]!;
      if (s === 0) return -1;
      if (keys[s - 1] === key) return s - 1;
    }
  }
}

const slotOf = (key: number, mask: number) => (Math.imul(key, 0x9e3779b1) >>> 7) & mask;
/** Where an ASCII bigram (both code units below 128) lies in a 128 × 128 table; -1 for any other. */
const asciiSlot = (key: number) => ((key & 0xff80ff80) === 0 ? (key >>> 9) | (key & 0x7f) : -1);

/** Builds a BigramIndex from words added in ranges of ids, in order (see VocabularyMatcherBuilder). */
class BigramIndexBuilder {
  private readonly ascii = new Int32Array(128 * 128);
  private table = new Int32Array(1 << 12);
  private keys = new Int32Array(1 << 11);
  private counts = new Int32Array(1 << 11);
  private lists = 0;
  private hashed = 0;
  // Per (word, distinct bigram) seen: the bigram's number and the word.
  private entryBigram = new Int32Array(0);
  private entryWord = new Int32Array(0);
  private entries = 0;
  private scratch = new Int32Array(64);

  add(words: readonly string[], from: number, to: number): void {
    // Room for every bigram of these words at once: a word has one more than its length.
    let room = this.entries;
    for (let id = from; id < to; id++) room += words[id]!.length + 1;
    if (room > this.entryWord.length) {
      const size = Math.max(room, 2 * this.entryWord.length);
      const bigrams = new Int32Array(size);
      bigrams.set(this.entryBigram.subarray(0, this.entries));
      this.entryBigram = bigrams;
      const ids = new Int32Array(size);
      ids.set(this.entryWord.subarray(0, this.entries));
      this.entryWord = ids;
    }
    const entryBigram = this.entryBigram;
    const entryWord = this.entryWord;
    let entries = this.entries;
    for (let id = from; id < to; id++) {
      const word = words[id]!;
      const length = word.length;
      if (length < MIN_FUZZY_LENGTH - 1) continue;
      if (this.scratch.length < length + 1) this.scratch = new Int32Array(2 * length + 2);
      const seen = this.scratch;
      let n = 0;
      let prev = 0;
      for (let i = 0; i <= length; i++) {
        const c = i < length ? word.charCodeAt(i) : 0;
        const key = (prev << 16) | c;
        prev = c;
        let k = 0;
        while (k < n && seen[k] !== key) k++;
        if (k < n) continue;
        seen[n++] = key;
        const b = this.bigram(key);
        this.counts[b]!++;
        entryBigram[entries] = b;
        entryWord[entries++] = id;
      }
    }
    this.entries = entries;
  }

  /** The number of `key`, added if new. */
  private bigram(key: number): number {
    const a = asciiSlot(key);
    if (a >= 0) {
      const known = this.ascii[a]!;
      if (known > 0) return known - 1;
      const b = this.newBigram(key);
      this.ascii[a] = b + 1;
      return b;
    }
    const table = this.table;
    const mask = table.length - 1;
    let i = slotOf(key, mask);
    for (let s = table[i]!; s !== 0; s = table[i]!) {
      if (this.keys[s - 1] === key) return s - 1;
      i = (i + 1) & mask;
    }
    const b = this.newBigram(key);
    if (2 * this.hashed <= table.length) table[i] = b + 1;
    else {
      // Grown, with every hashed bigram placed again (the ASCII ones are not in it).
      const grown = new Int32Array(table.length * 2);
      const m = grown.length - 1;
      for (let k = 0; k < this.lists; k++) {
        if (asciiSlot(this.keys[k]!) >= 0) continue;
        let j = slotOf(this.keys[k]!, m);
        while (grown[j] !== 0) j = (j + 1) & m;
        grown[j] = k + 1;
      }
      this.table = grown;
    }
    return b;
  }

  /** A number for a bigram not seen before. */
  private newBigram(key: number): number {
    const b = this.lists++;
    if (asciiSlot(key) < 0) this.hashed++;
    if (b === this.keys.length) {
      const keys = new Int32Array(2 * b);
      keys.set(this.keys);
      this.keys = keys;
      const counts = new Int32Array(2 * b);
      counts.set(this.counts);
      this.counts = counts;
    }
    this.keys[b] = key;
    return b;
  }

  finish(): BigramIndex {
    const lists = this.lists;
    const starts = new Int32Array(lists + 1);
    for (let b = 0; b < lists; b++) starts[b + 1] = starts[b]! + this.counts[b]!;
    const cursor = starts.slice(0, lists);
    const ids = new Int32Array(this.entries);
    const { entryBigram, entryWord } = this;
    for (let e = 0; e < this.entries; e++) ids[cursor[entryBigram[e]!]!++] = entryWord[e]!;
    return new BigramIndex(this.ascii, this.table, this.keys.slice(0, lists), starts, ids);
  }
}

/** The BigramIndex of every word. */
export function bigramIndex(words: readonly string[]): BigramIndex {
  const builder = new BigramIndexBuilder();
  builder.add(words, 0, words.length);
  return builder.finish();
}

/** Word ids in lexicographic order of their words (what the site build ships with its index). */
export function sortedIds(words: readonly string[]): Int32Array {
  const order = Array.from(words.keys());
  order.sort((a, b) => (words[a]! < words[b]! ? -1 : 1));
  return Int32Array.from(order);
}

/**
 * A matcher that builds its typo filter (the bigram lists, about a third of the work)
 * only when first asked for a typo, or told to (`prepare`): an index decoded from the
 * site's shipped copy answers prefixes sooner. `sorted`: sortedIds of the words, if
 * known (the shipped index holds it). Same answers as VocabularyMatcherBuilder's.
 */
export function lazyVocabularyMatcher(
  vocabulary: Vocabulary,
  docFreq: Int32Array,
  sorted: Int32Array = sortedIds(vocabulary.words),
): VocabularyMatcher {
  return new VocabularyMatcher(vocabulary, docFreq, sorted, null);
}

/** Words given bigram entries between two looks at the clock while building in slices. */
const WORDS_PER_CHECK = 2048;

/** Builds a VocabularyMatcher in slices (see InvertedIndexBuilder). */
export class VocabularyMatcherBuilder {
  private readonly vocabulary: Vocabulary;
  private readonly docFreq: Int32Array;
  private sorted: Int32Array | null = null;
  private readonly bigrams = new BigramIndexBuilder();
  private nextWord = 0;
  private matcher: VocabularyMatcher | null = null;

  constructor(vocabulary: Vocabulary, docFreq: Int32Array) {
    this.vocabulary = vocabulary;
    this.docFreq = docFreq;
  }

  run(shouldYield: () => boolean = () => false): boolean {
    const words = this.vocabulary.words;
    if (!this.sorted) {
      this.sorted = sortedIds(words);
      if (shouldYield()) return false;
    }
    while (this.nextWord < words.length) {
      const end = Math.min(words.length, this.nextWord + WORDS_PER_CHECK);
      this.bigrams.add(words, this.nextWord, end);
      this.nextWord = end;
      if (this.nextWord < words.length && shouldYield()) return false;
    }
    this.matcher ??= new VocabularyMatcher(
      this.vocabulary,
      this.docFreq,
      this.sorted,
      this.bigrams.finish(),
    );
    return true;
  }

  result(): VocabularyMatcher {
    this.run();
    return this.matcher!;
  }
}

export class VocabularyMatcher {
  private readonly vocabulary: Vocabulary;
  private readonly words: readonly string[];
  private readonly docFreq: Int32Array;
  /** Word ids in lexicographic order of their words, for prefix ranges. */
  private readonly sorted: Int32Array;
  /** Padded bigram -> ids of the words holding it: the typo candidates' filter (null: not built yet). */
  private bigrams: BigramIndex | null;
  private readonly shared: Uint8Array;

  constructor(
    vocabulary: Vocabulary,
    docFreq: Int32Array,
    sorted: Int32Array,
    bigrams: BigramIndex | null,
  ) {
    this.vocabulary = vocabulary;
    this.words = vocabulary.words;
    this.docFreq = docFreq;
    this.sorted = sorted;
    this.bigrams = bigrams;
    this.shared = new Uint8Array(vocabulary.size);
  }

  /** Builds the typo filter now, if it is not built yet. */
  prepare(): void {
    this.bigrams ??= bigramIndex(this.words);
  }

  match(term: string, asPrefix: boolean): WordMatch[] {
    const best = new Map<number, number>();
    const offer = (word: number, quality: number) => {
      if (quality > (best.get(word) ?? 0)) best.set(word, quality);
    };
    const exact = this.vocabulary.get(term);
    if (exact >= 0) offer(exact, 1);
    if (term.length >= MIN_FUZZY_LENGTH && !/^\d+$/.test(term)) {
      for (const m of this.fuzzy(term, exact >= 0)) offer(m.word, m.quality);
    }
    if (asPrefix) for (const m of this.prefix(term)) offer(m.word, m.quality);
    return [...best].map(([word, quality]) => ({ word, quality }));
  }

  private fuzzy(term: string, hasExact: boolean): WordMatch[] {
    const edits = term.length <= 4 ? 1 : 2;
    const keys = [...new Set(bigramKeys(term))];
    // Each edit destroys at most two bigrams.
    const minShared = Math.max(1, keys.length - 2 * edits);
    const minLen = term.length - edits;
    const maxLen = term.length + edits;
    const touched: number[] = [];
    this.prepare();
    const bigrams = this.bigrams!;
    const { starts, ids } = bigrams;
    for (const k of keys) {
      const b = bigrams.find(k);
      if (b < 0) continue;
      for (let i = starts[b]!; i < starts[b + 1]!; i++) {
        const id = ids[i]!;
        const len = this.words[id]!.length;
        if (len < minLen || len > maxLen) continue;
        if (this.shared[id]!++ === 0) touched.push(id);
      }
    }
    const candidates: number[] = [];
    for (const id of touched) if (this.shared[id]! >= minShared) candidates.push(id);
    candidates.sort((a, b) => this.shared[b]! - this.shared[a]! || a - b);
    for (const id of touched) this.shared[id] = 0;
    if (candidates.length > MAX_FUZZY_CANDIDATES) candidates.length = MAX_FUZZY_CANDIDATES;

    const fuse = new Fuse(
      candidates.map((id) => this.words[id]!),
      FUSE_OPTIONS,
    );
    const cutoff = hasExact ? FUZZY_THRESHOLD_WHEN_EXACT : FUZZY_THRESHOLD;
    const out: WordMatch[] = [];
    for (const r of fuse.search(term.slice(0, 32))) {
      const score = r.score ?? 1;
      if (score > cutoff) continue;
      const id = candidates[r.refIndex]!;
      const word = this.words[id]!;
      if (word === term) continue;
      const lengthRatio = Math.min(word.length, term.length) / Math.max(word.length, term.length);
      // A word containing the term ("videos", "retoken") is a variant, not a typo
      // fix: below the exact word even when fuse.js scores it perfect.
      const quality = score < 0.01 ? CONTAINING_WORD_QUALITY : 1 - 1.5 * score;
      out.push({ word: id, quality: quality * Math.sqrt(lengthRatio) });
    }
    return out;
  }

  private prefix(term: string): WordMatch[] {
    const words = this.words;
    const sorted = this.sorted;
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (words[sorted[mid]!]! < term) lo = mid + 1;
      else hi = mid;
    }
    const ids: number[] = [];
    for (let i = lo; i < sorted.length && words[sorted[i]!]!.startsWith(term); i++)
      ids.push(sorted[i]!);
    const cap = MAX_PREFIX_EXPANSIONS[Math.min(term.length, MAX_PREFIX_EXPANSIONS.length - 1)]!;
    if (ids.length > cap) {
      ids.sort((a, b) => this.docFreq[b]! - this.docFreq[a]! || a - b);
      ids.length = cap;
    }
    return ids.map((id) => ({ word: id, quality: 0.6 + (0.4 * term.length) / words[id]!.length }));
  }
}
