// The app's search engine: query terms are matched against the corpus vocabulary
// (exact, typo-tolerant via fuse.js, prefix for the word being typed) and resolved
// through an inverted index, so a query touches only the papers that hold its
// words instead of fuzzy-scanning every abstract (see docs/PERFORMANCE.md).
import type { Paper } from '../dataset/schema';
import type { CreateSearchEngine, SearchEngine, SearchHit, SearchResult } from './types';
import { buildInvertedIndex, type InvertedIndex } from './inverted-index';
import { tokenize } from './tokenize';
import { VocabularyMatcher, type WordMatch } from './vocabulary-matcher';

/** More terms than this add cost, not precision; the rest of a pasted paragraph is ignored. */
const MAX_QUERY_TERMS = 12;
/** Packed sort keys hold the paper's position in 20 bits (terms and score take the other 33 of 53). */
const PACKED_SORT_LIMIT = 2 ** 20;

export const createSearchEngine: CreateSearchEngine = (papers) => new IndexedSearchEngine(papers);

class IndexedSearchEngine implements SearchEngine {
  private readonly papers: readonly Paper[];
  private readonly index: InvertedIndex;
  private readonly matcher: VocabularyMatcher;
  // Scratch buffers reused by every query: allocation-free accumulation.
  private readonly termBest: Float32Array;
  private readonly total: Float64Array;
  private readonly matchedTerms: Uint8Array;

  constructor(papers: readonly Paper[]) {
    this.papers = papers;
    this.index = buildInvertedIndex(papers);
    this.matcher = new VocabularyMatcher(this.index.vocabulary, this.index.docFreq);
    this.termBest = new Float32Array(papers.length);
    this.total = new Float64Array(papers.length);
    this.matchedTerms = new Uint8Array(papers.length);
  }

  search(query: string): SearchResult {
    const terms = [...new Set(tokenize(query))].slice(0, MAX_QUERY_TERMS);
    if (terms.length === 0) return { hits: [], terms: [] };
    // The last word is still being typed unless the query ends in a separator.
    const typing = /[\p{L}\p{N}]$/u.test(query);
    const highlight = new Set<string>();
    const hitDocs: number[] = [];
    let termsWithHits = 0;
    for (let t = 0; t < terms.length; t++) {
      const matches = this.matcher.match(terms[t]!, typing && t === terms.length - 1);
      if (this.accumulate(matches, hitDocs, highlight)) termsWithHits++;
    }
    const hits = this.rank(hitDocs, termsWithHits === terms.length ? terms.length : 0);
    return { hits, terms: [...highlight].sort() };
  }

  /** Adds one term's best match per paper to the running totals; false if it matched nothing. */
  private accumulate(matches: WordMatch[], hitDocs: number[], highlight: Set<string>): boolean {
    const { offsets, docs, weights, idf, docFreq } = this.index;
    const words = this.index.vocabulary.words;
    // A rare variant (a typo neighbour, "retoken" for "token") must not outscore the
    // word the typist meant through its higher idf: no match gets more idf than the
    // term's best match.
    let ref = -1;
    for (const m of matches) {
      if (docFreq[m.word] === 0) continue;
      if (ref < 0 || m.quality > matches[ref]!.quality || (m.quality === matches[ref]!.quality && docFreq[m.word]! > docFreq[matches[ref]!.word]!)) {
        ref = matches.indexOf(m);
      }
    }
    if (ref < 0) return false;
    const refIdf = idf[matches[ref]!.word]!;
    const best = this.termBest;
    const touched: number[] = [];
    for (const { word, quality } of matches) {
      const end = offsets[word + 1]!;
      if (end === offsets[word]) continue;
      highlight.add(words[word]!);
      const factor = quality * Math.min(idf[word]!, refIdf);
      for (let i = offsets[word]!; i < end; i++) {
        const d = docs[i]!;
        const v = factor * weights[i]!;
        const prev = best[d]!;
        if (prev === 0) touched.push(d);
        // A paper counts a term once, by its best-matching variant: many typo
        // neighbours of one term must not outrank a paper holding the exact word.
        if (v > prev) best[d] = v;
      }
    }
    for (const d of touched) {
      if (this.matchedTerms[d]! === 0) hitDocs.push(d);
      this.matchedTerms[d]!++;
      this.total[d]! += best[d]!;
      best[d] = 0;
    }
    return touched.length > 0;
  }

  /**
   * Orders the papers that matched: with `required` > 0 only those matching every
   * term (AND); otherwise (some term matched nothing) papers matching more terms
   * first. Clears the scratch buffers.
   */
  private rank(hitDocs: number[], required: number): SearchHit[] {
    const selected: number[] = [];
    let max = 0;
    for (const d of hitDocs) {
      if (required === 0 || this.matchedTerms[d] === required) {
        selected.push(d);
        if (this.total[d]! > max) max = this.total[d]!;
      }
    }
    const scoreOf = (d: number) =>
      required > 0 ? this.total[d]! : this.matchedTerms[d]! + this.total[d]! / (max * (1 + 1e-9));
    let order: number[];
    if (this.papers.length <= PACKED_SORT_LIMIT) {
      // Sort packed float keys natively instead of calling a comparator per pair:
      // (matched terms, score quantized to 2^-26 of the best, dataset order) in one number.
      const keys = new Float64Array(selected.length);
      const scale = max > 0 ? 2 ** 26 / max : 0;
      for (let i = 0; i < selected.length; i++) {
        const d = selected[i]!;
        const rankScore = this.matchedTerms[d]! * 2 ** 27 + Math.floor(this.total[d]! * scale);
        keys[i] = rankScore * PACKED_SORT_LIMIT + (PACKED_SORT_LIMIT - 1 - d);
      }
      keys.sort();
      order = new Array<number>(keys.length);
      for (let k = 0; k < keys.length; k++) {
        order[k] = PACKED_SORT_LIMIT - 1 - (keys[keys.length - 1 - k]! % PACKED_SORT_LIMIT);
      }
    } else {
      order = selected.sort((a, b) => this.matchedTerms[b]! - this.matchedTerms[a]! || this.total[b]! - this.total[a]! || a - b);
    }
    const hits: SearchHit[] = order.map((d) => ({ id: this.papers[d]!.id, score: scoreOf(d) }));
    for (const d of hitDocs) {
      this.total[d] = 0;
      this.matchedTerms[d] = 0;
    }
    return hits;
  }
}
