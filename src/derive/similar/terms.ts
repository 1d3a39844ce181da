import { scanWords } from '../../search/tokenize';
import { SIMILAR_STOP_WORDS } from './stop-words';

// The terms a paper is about: content words and pairs of adjacent content words
// ("speculative decoding", "draft model"), each identified by a 32-bit hash so
// the index never keeps millions of strings. Words are judged by their hash and
// characters in place: slicing every word of 50k abstracts was most of the time.

/** A title word counts this many times an abstract word does. */
export const TITLE_WEIGHT = 3;

/** The stop words' hashes, as scanWords computes them. */
const STOP = new Set<number>();
for (const w of SIMILAR_STOP_WORDS) scanWords(w, (_l, _s, _e, h) => STOP.add(h));

function isContentWord(lower: string, start: number, end: number, hash: number): boolean {
  if (end - start < 2 || STOP.has(hash)) return false;
  // Numbers alone ("2", "2025") say little about a topic; "70b" names a model size and stays.
  for (let i = start; i < end; i++) {
    const c = lower.charCodeAt(i);
    if (c < 48 || c > 57) return true;
  }
  return false;
}

function pairHash(a: number, b: number): number {
  return (Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ b) >>> 0;
}

function joinable(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 45 && c !== 0x2010 && c !== 0x2011) return false;
  }
  return true;
}

/**
 * Calls `visit` for every term of `text` in order: each content word, and each pair
 * of content words with nothing but spaces or hyphens between them (a pair never
 * spans a stop word or punctuation such as a comma or a full stop). `term()` gives
 * the term's text, built only when asked for.
 */
export function scanTerms(text: string, visit: (hash: number, term: () => string) => void): void {
  let prevHash = 0;
  let prevStart = -1;
  let prevEnd = -1;
  scanWords(text, (lower, start, end, hash) => {
    if (!isContentWord(lower, start, end, hash)) {
      prevStart = -1;
      return;
    }
    visit(hash, () => lower.slice(start, end));
    if (prevStart >= 0 && joinable(lower, prevEnd, start)) {
      const from = prevStart;
      visit(
        pairHash(prevHash, hash),
        () => `${lower.slice(from, prevEnd)} ${lower.slice(start, end)}`,
      );
    }
    prevHash = hash;
    prevStart = start;
    prevEnd = end;
  });
}

/**
 * One paper's weighted term counts (title terms count TITLE_WEIGHT times), in a
 * reusable open-addressing table: no Map per paper.
 */
export class TermCounter {
  private keys = new Uint32Array(1024);
  private values = new Float32Array(1024);
  private used = new Uint8Array(1024);
  /** Slots in use, in insertion order. */
  slots: number[] = [];

  count(title: string, abstract: string): void {
    this.clear();
    scanTerms(title, (h) => this.add(h, TITLE_WEIGHT));
    scanTerms(abstract, (h) => this.add(h, 1));
  }

  hashAt(slot: number): number {
    return this.keys[slot]!;
  }

  countAt(slot: number): number {
    return this.values[slot]!;
  }

  private clear(): void {
    for (const s of this.slots) this.used[s] = 0;
    this.slots.length = 0;
  }

  private add(hash: number, weight: number): void {
    if (this.slots.length * 2 >= this.keys.length) this.grow();
    const mask = this.keys.length - 1;
    let s = hash & mask;
    while (this.used[s] && this.keys[s] !== hash) s = (s + 1) & mask;
    if (!this.used[s]) {
      this.used[s] = 1;
      this.keys[s] = hash;
      this.values[s] = 0;
      this.slots.push(s);
    }
    this.values[s]! += weight;
  }

  private grow(): void {
    const entries = this.slots.map((s) => [this.keys[s]!, this.values[s]!] as const);
    const size = this.keys.length * 2;
    this.keys = new Uint32Array(size);
    this.values = new Float32Array(size);
    this.used = new Uint8Array(size);
    this.slots = [];
    for (const [h, v] of entries) this.add(h, v);
  }
}

/** Term hash -> its text, for the terms of one paper (to say what two papers share). */
export function termTexts(title: string, abstract: string): Map<number, string> {
  const texts = new Map<number, string>();
  const add = (h: number, term: () => string) => {
    if (!texts.has(h)) texts.set(h, term());
  };
  scanTerms(title, add);
  scanTerms(abstract, add);
  return texts;
}
