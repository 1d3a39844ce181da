// The app's search engine: query terms are matched against the corpus vocabulary
// (exact, typo-tolerant via fuse.js, prefix for the word being typed) and resolved
// through an inverted index, so a query touches only the papers that hold its
// words instead of fuzzy-scanning every abstract (see docs/PERFORMANCE.md).
import type { Paper } from '../dataset/schema.ts';
import type { CreateSearchEngine, SearchEngine, SearchHit } from './types.ts';
import {
  compoundKey,
  InvertedIndexBuilder,
  WEIGHT_UNIT,
  type InvertedIndex,
} from './inverted-index.ts';
import { tokenize } from './tokenize.ts';
import {
  lazyVocabularyMatcher,
  VocabularyMatcherBuilder,
  type VocabularyMatcher,
  type WordMatch,
} from './vocabulary-matcher.ts';

/** More terms than this add cost, not precision; the rest of a pasted paragraph is ignored. */
const MAX_QUERY_TERMS = 12;
/** Each part of a term read as two words has at least this many letters ("kv" + "cache"). */
const MIN_SPLIT_PART = 2;
/** Packed sort keys hold the paper's position in 20 bits (terms and score take the other 33 of 53). */
const PACKED_SORT_LIMIT = 2 ** 20;

export const createSearchEngine: CreateSearchEngine = (papers) =>
  startSearchEngine(papers).finish();

/**
 * The engine's answer by position: the matching papers' positions best first, their
 * scores alike, and the corpus words to highlight. What the search worker sends the
 * page, which knows the papers.
 */
export interface RankedDocs {
  docs: Int32Array;
  scores: Float64Array;
  terms: string[];
}

/** An engine that needs no papers, only their index: it answers by position. */
export interface DocSearchEngine {
  readonly docCount: number;
  searchDocs(query: string): RankedDocs;
  /** Builds now what the first query with a typo would otherwise build (the same answers). */
  prepare(): void;
}

/**
 * The engine over an index built already (or decoded from the site's shipped copy,
 * index-codec.ts): only the vocabulary matcher is left to build, in a fraction of a
 * second at 50k papers, and of that only the words' order at once (the typo filter
 * when first needed, or `prepare`d); `sorted`: that order, if the caller has it (the
 * shipped index holds it, index-codec.ts). Same answers as building from the papers.
 */
export function docSearchEngine(index: InvertedIndex, sorted?: Int32Array): DocSearchEngine {
  return new IndexedSearchEngine(
    index,
    lazyVocabularyMatcher(index.vocabulary, index.docFreq, sorted),
  );
}

/** The engine answering with the papers' ids: `papers` are the ones it was indexed from. */
export function withPaperIds(engine: DocSearchEngine, papers: readonly Paper[]): SearchEngine {
  if (engine.docCount !== papers.length)
    throw new Error(
      `the search index holds ${engine.docCount} papers, the dataset ${papers.length}`,
    );
  return {
    search(query) {
      const { docs, scores, terms } = engine.searchDocs(query);
      const hits: SearchHit[] = new Array<SearchHit>(docs.length);
      for (let k = 0; k < docs.length; k++)
        hits[k] = { id: papers[docs[k]!]!.id, doc: docs[k]!, score: scores[k]! };
      return { hits, terms };
    },
  };
}

/** An engine being built in slices: building one for 10k+ papers takes longer than a frame. */
export interface SearchEngineBuild {
  /** Builds for about `budgetMs` milliseconds; true once the engine is ready. */
  step(budgetMs: number): boolean;
  /** The engine, finishing whatever work is left at once. */
  finish(): SearchEngine;
}

/**
 * Starts building an engine without doing the work yet: call `step` between frames
 * (setTimeout, requestIdleCallback) so typing is never blocked, and `finish` when a
 * query cannot wait. The result is the same engine createSearchEngine returns.
 */
export function startSearchEngine(papers: readonly Paper[]): SearchEngineBuild {
  const indexBuilder = new InvertedIndexBuilder(papers);
  let matcherBuilder: VocabularyMatcherBuilder | null = null;
  let engine: SearchEngine | null = null;
  const work = (shouldYield: () => boolean): boolean => {
    if (engine) return true;
    if (!indexBuilder.run(shouldYield)) return false;
    const index = indexBuilder.result();
    matcherBuilder ??= new VocabularyMatcherBuilder(index.vocabulary, index.docFreq);
    if (!matcherBuilder.run(shouldYield)) return false;
    engine = withPaperIds(new IndexedSearchEngine(index, matcherBuilder.result()), papers);
    return true;
  };
  return {
    step(budgetMs) {
      const deadline = performance.now() + budgetMs;
      return work(() => performance.now() >= deadline);
    },
    finish() {
      work(() => false);
      return engine!;
    },
  };
}

class IndexedSearchEngine implements DocSearchEngine {
  readonly docCount: number;
  private readonly index: InvertedIndex;
  private readonly matcher: VocabularyMatcher;
  // Scratch buffers reused by every query, so a query allocates (almost) only its result.
  private readonly termBest: Float32Array;
  private readonly termTouched: Int32Array;
  private readonly total: Float64Array;
  private readonly matchedTerms: Uint8Array;
  private readonly hitDocs: Int32Array;
  private hitCount = 0;

  prepare(): void {
    this.matcher.prepare();
  }

  constructor(index: InvertedIndex, matcher: VocabularyMatcher) {
    this.index = index;
    this.matcher = matcher;
    const n = index.docCount;
    this.docCount = n;
    this.termBest = new Float32Array(n);
    this.termTouched = new Int32Array(n);
    this.total = new Float64Array(n);
    this.matchedTerms = new Uint8Array(n);
    this.hitDocs = new Int32Array(n);
  }

  searchDocs(query: string): RankedDocs {
    const words = tokenize(query);
    const terms = [...new Set(words)].slice(0, MAX_QUERY_TERMS);
    if (terms.length === 0)
      return { docs: new Int32Array(0), scores: new Float64Array(0), terms: [] };
    // The last word is still being typed unless the query ends in a separator.
    const typing = /[\p{L}\p{N}]$/u.test(query);
    const joins = this.joinedNeighbours(words, terms);
    const highlight = new Set<string>();
    this.hitCount = 0;
    let termsWithHits = 0;
    const plan = terms.map((term, t) => {
      const matches = this.matcher.match(term, typing && t === terms.length - 1);
      for (const word of joins[t]!) matches.push({ word, quality: 1 });
      return { matches, splits: this.splits(term) };
    });
    // Every word's postings readable before any is read: an index decoded lazily throws
    // here if some are wrong, before the scratch buffers hold any of this query.
    const load = this.index.load;
    if (load)
      for (const { matches, splits } of plan) {
        for (const m of matches) load(m.word);
        for (const [a, b] of splits) {
          load(a);
          load(b);
        }
      }
    for (const { matches, splits } of plan)
      if (this.accumulate(matches, splits, highlight)) termsWithHits++;
    const { docs, scores } = this.rank(termsWithHits === terms.length ? terms.length : 0);
    return { docs, scores, terms: [...highlight].sort() };
  }

  /**
   * Per term, the corpus words that it forms joined with the word before or after it
   * in the query ("deep seek": deepseek), so a paper that writes the pair as one word
   * satisfies both terms.
   */
  private joinedNeighbours(words: readonly string[], terms: readonly string[]): number[][] {
    const joins = terms.map((): number[] => []);
    const vocabulary = this.index.vocabulary;
    for (let i = 0; i + 1 < words.length; i++) {
      const id = vocabulary.get(words[i]! + words[i + 1]!);
      if (id < 0) continue;
      for (const w of [words[i]!, words[i + 1]!]) {
        const t = terms.indexOf(w);
        if (t >= 0 && !joins[t]!.includes(id)) joins[t]!.push(id);
      }
    }
    return joins;
  }

  /**
   * Ways to read a term as two corpus words written together ("flashattention":
   * flash + attention), so it also finds papers that spell it apart. A term that is
   * itself a corpus word is split only where some paper writes it as a compound
   * ("FlashAttention", "flash-attention"): "throughput" is not through + put.
   */
  private splits(term: string): [number, number][] {
    const out: [number, number][] = [];
    if (term.length < 2 * MIN_SPLIT_PART) return out;
    const { vocabulary, compounds } = this.index;
    const known = vocabulary.get(term) >= 0;
    for (let k = MIN_SPLIT_PART; k <= term.length - MIN_SPLIT_PART; k++) {
      const a = vocabulary.get(term.slice(0, k));
      if (a < 0) continue;
      const b = vocabulary.get(term.slice(k));
      if (b >= 0 && (!known || compounds.has(compoundKey(a, b)))) out.push([a, b]);
    }
    return out;
  }

  /**
   * Adds one term's best match per paper to the running totals: its word matches,
   * and papers holding both words of a split; false if it matched nothing.
   */
  private accumulate(
    matches: WordMatch[],
    splits: readonly [number, number][],
    highlight: Set<string>,
  ): boolean {
    const { offsets, docs, weights, idf, docFreq } = this.index;
    const words = this.index.vocabulary.words;
    // A rare variant (a typo neighbour, "retoken" for "token") must not outscore the
    // word the typist meant through its higher idf: no match gets more idf than the
    // term's best match.
    let ref: WordMatch | null = null;
    for (const m of matches) {
      if (docFreq[m.word] === 0) continue;
      if (
        !ref ||
        m.quality > ref.quality ||
        (m.quality === ref.quality && docFreq[m.word]! > docFreq[ref.word]!)
      )
        ref = m;
    }
    if (!ref && splits.length === 0) return false;
    const refIdf = ref ? idf[ref.word]! : Infinity;
    const best = this.termBest;
    const touched = this.termTouched;
    let touchedCount = 0;
    for (const { word, quality } of matches) {
      const end = offsets[word + 1]!;
      if (end === offsets[word]) continue;
      highlight.add(words[word]!);
      const factor = quality * Math.min(idf[word]!, refIdf) * WEIGHT_UNIT;
      for (let i = offsets[word]!; i < end; i++) {
        const d = docs[i]!;
        const v = factor * weights[i]!;
        const prev = best[d]!;
        if (prev === 0) touched[touchedCount++] = d;
        // A paper counts a term once, by its best-matching variant: many typo
        // neighbours of one term must not outrank a paper holding the exact word.
        if (v > prev) best[d] = v;
      }
    }
    for (const [a, b] of splits) touchedCount = this.creditBoth(a, b, touchedCount, highlight);
    for (let k = 0; k < touchedCount; k++) {
      const d = touched[k]!;
      if (this.matchedTerms[d] === 0) this.hitDocs[this.hitCount++] = d;
      this.matchedTerms[d]!++;
      this.total[d]! += best[d]!;
      best[d] = 0;
    }
    return touchedCount > 0;
  }

  /**
   * Credits the papers holding both words a and b, as much as their weaker word, in
   * the term's scratch buffers; returns the new count of touched papers.
   */
  private creditBoth(a: number, b: number, touchedCount: number, highlight: Set<string>): number {
    const { offsets, docs, weights, idf } = this.index;
    const best = this.termBest;
    const touched = this.termTouched;
    // Postings are docs ascending: a merge walk finds the papers holding both.
    let i = offsets[a]!;
    let j = offsets[b]!;
    const endA = offsets[a + 1]!;
    const endB = offsets[b + 1]!;
    let found = false;
    while (i < endA && j < endB) {
      const da = docs[i]!;
      const db = docs[j]!;
      if (da < db) i++;
      else if (db < da) j++;
      else {
        const va = idf[a]! * weights[i]!;
        const vb = idf[b]! * weights[j]!;
        const v = Math.min(va, vb) * WEIGHT_UNIT;
        if (best[da] === 0) touched[touchedCount++] = da;
        if (v > best[da]!) best[da] = v;
        found = true;
        i++;
        j++;
      }
    }
    if (found) {
      highlight.add(this.index.vocabulary.words[a]!);
      highlight.add(this.index.vocabulary.words[b]!);
    }
    return touchedCount;
  }

  /**
   * Orders the papers that matched: with `required` > 0 only those matching every
   * term (AND); otherwise (some term matched nothing) papers matching more terms
   * first. Clears the scratch buffers.
   */
  private rank(required: number): { docs: Int32Array; scores: Float64Array } {
    const { total, matchedTerms, hitDocs, hitCount } = this;
    let selectedCount = 0;
    let max = 0;
    for (let k = 0; k < hitCount; k++) {
      const d = hitDocs[k]!;
      if (required === 0 || matchedTerms[d] === required) {
        selectedCount++;
        if (total[d]! > max) max = total[d]!;
      }
    }
    // In the fallback a paper's score is (terms matched) + (relative score), so the
    // scores stay in the order of the list.
    const norm = required > 0 ? 1 : 1 / (max * (1 + 1e-9));
    const base = (d: number) => (required > 0 ? 0 : matchedTerms[d]!);
    let order: Int32Array;
    if (this.docCount <= PACKED_SORT_LIMIT) {
      // Sort packed float keys natively instead of calling a comparator per pair:
      // (terms matched, score quantized to 2^-26 of the best, dataset order) in one number.
      const keys = new Float64Array(selectedCount);
      const scale = max > 0 ? 2 ** 26 / max : 0;
      let i = 0;
      for (let k = 0; k < hitCount; k++) {
        const d = hitDocs[k]!;
        if (required > 0 && matchedTerms[d] !== required) continue;
        const rankScore = matchedTerms[d]! * 2 ** 27 + Math.floor(total[d]! * scale);
        keys[i++] = rankScore * PACKED_SORT_LIMIT + (PACKED_SORT_LIMIT - 1 - d);
      }
      keys.sort();
      order = new Int32Array(selectedCount);
      for (let k = 0; k < selectedCount; k++)
        order[k] = PACKED_SORT_LIMIT - 1 - (keys[selectedCount - 1 - k]! % PACKED_SORT_LIMIT);
    } else {
      const selected: number[] = [];
      for (let k = 0; k < hitCount; k++) {
        const d = hitDocs[k]!;
        if (required === 0 || matchedTerms[d] === required) selected.push(d);
      }
      selected.sort(
        (a, b) => matchedTerms[b]! - matchedTerms[a]! || total[b]! - total[a]! || a - b,
      );
      order = Int32Array.from(selected);
    }
    const scores = new Float64Array(selectedCount);
    for (let k = 0; k < selectedCount; k++) {
      const d = order[k]!;
      scores[k] = base(d) + total[d]! * norm;
    }
    for (let k = 0; k < hitCount; k++) {
      const d = hitDocs[k]!;
      total[d] = 0;
      matchedTerms[d] = 0;
    }
    this.hitCount = 0;
    return { docs: order, scores };
  }
}
