// Interns corpus words straight from the text being scanned: looking a word up by
// (text, start, end, hash) needs no substring, so the millions of repeated words in
// a corpus allocate nothing; only a word seen for the first time becomes a string.

export function hashWord(text: string, start: number, end: number): number {
  let h = 2166136261;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** Corpus words by id, and the id of a word's text: what the search engine reads. */
export interface Vocabulary {
  readonly words: readonly string[];
  readonly size: number;
  /** The id of `word`, or -1. */
  get(word: string): number;
}

/**
 * A vocabulary read from a list and its order (the shipped index holds both): a word
 * is found by binary search over the words in order, so nothing is built before the
 * first lookup (a WordTable of 100k words took 40 ms of a cold worker's CPU). `sorted`
 * must list every id once, each word after the one before it (`<`), as the decoder
 * checks.
 */
export class SortedWords implements Vocabulary {
  constructor(
    readonly words: readonly string[],
    private readonly sorted: Int32Array,
  ) {}

  get size(): number {
    return this.words.length;
  }

  get(word: string): number {
    const { words, sorted } = this;
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (words[sorted[mid]!]! < word) lo = mid + 1;
      else hi = mid;
    }
    return lo < sorted.length && words[sorted[lo]!] === word ? sorted[lo]! : -1;
  }
}

export class WordTable implements Vocabulary {
  readonly words: string[] = [];
  private hashes = new Uint32Array(1 << 12);
  /** Open addressing, linear probing; 0 = empty, else word id + 1. */
  private slots = new Int32Array(1 << 14);

  get size(): number {
    return this.words.length;
  }

  /** The id of text[start, end), adding the word if new. `hash` = hashWord(text, start, end). */
  intern(text: string, start: number, end: number, hash: number): number {
    const found = this.find(text, start, end, hash);
    if (found >= 0) return found;
    const id = this.words.length;
    this.words.push(text.slice(start, end));
    if (id === this.hashes.length) {
      const grown = new Uint32Array(this.hashes.length * 2);
      grown.set(this.hashes);
      this.hashes = grown;
    }
    this.hashes[id] = hash;
    if ((id + 1) * 2 > this.slots.length) this.rehash(this.slots.length * 2);
    this.place(id, hash);
    return id;
  }

  /** The id of `word`, or -1. */
  get(word: string): number {
    return this.find(word, 0, word.length, hashWord(word, 0, word.length));
  }

  private find(text: string, start: number, end: number, hash: number): number {
    const slots = this.slots;
    const mask = slots.length - 1;
    const len = end - start;
    for (let i = hash & mask; ; i = (i + 1) & mask) {
      const s = slots[i]!;
      if (s === 0) return -1;
      const id = s - 1;
      if (this.hashes[id] !== hash) continue;
      const w = this.words[id]!;
      if (w.length !== len) continue;
      let same = true;
      for (let k = 0; k < len; k++) {
        if (w.charCodeAt(k) !== text.charCodeAt(start + k)) {
          same = false;
          break;
        }
      }
      if (same) return id;
    }
  }

  private place(id: number, hash: number): void {
    const mask = this.slots.length - 1;
    let i = hash & mask;
    while (this.slots[i] !== 0) i = (i + 1) & mask;
    this.slots[i] = id + 1;
  }

  private rehash(size: number): void {
    this.slots = new Int32Array(size);
    for (let id = 0; id < this.words.length - 1; id++) this.place(id, this.hashes[id]!);
  }
}
