// Inverted index over the papers: each corpus word maps to the papers holding it,
// with a precomputed BM25F term-frequency weight (field boosts, saturation, length
// normalization), so a query only multiplies and sums numbers from posting lists.
// idf is kept per word, apart, because the query decides which word's idf a typo
// or a completion gets (see engine.ts).
import type { Paper } from '../dataset/schema.ts';
import { scanIndexWords } from './index-words.ts';
import { type Vocabulary, WordTable } from './word-table.ts';

/**
 * Field boosts: a word in the title says more about a paper than one in its abstract. An
 * author's name is as telling as the organization (names are known only from API lists).
 */
const FIELD_WEIGHTS = {
  title: 6,
  org: 3,
  authors: 3,
  hardware: 3,
  claims: 1.5,
  abstract: 1,
} as const;

const K1 = 1.2;
/** The BM25 term-frequency factor tf(K1+1)/(tf+K1) lies in [0, K1+1); a byte holds it in steps of this. */
export const WEIGHT_UNIT = (K1 + 1) / 255;
// Length normalization applies to the abstract only: the other fields are short and
// their length says little. Measured in characters, which needs no second pass.
const B = 0.75;

export interface InvertedIndex {
  docCount: number;
  /** Corpus words and their ids. */
  vocabulary: Vocabulary;
  /** Number of papers holding each word. */
  docFreq: Int32Array;
  /** BM25 inverse document frequency of each word. */
  idf: Float32Array;
  /** Postings of word w: docs/weights[offsets[w] .. offsets[w + 1]), docs ascending. */
  offsets: Int32Array;
  docs: Int32Array;
  /**
   * Saturated BM25F term frequency of the word in the paper, quantized to a byte
   * (multiply by WEIGHT_UNIT and idf for the score). A byte per posting instead of
   * four: at 50k papers there are ~8M postings.
   */
  weights: Uint8Array;
  /**
   * Word pairs some paper writes as one compound, "FlashAttention" or "flash-attention"
   * (compoundKey(flash, attention)): a query "flashattention" may then be read as both.
   */
  compounds: ReadonlySet<number>;
  /**
   * Makes word w's postings readable in docs: an index decoded lazily from the site's
   * shipped copy (index-codec.ts) reads a word's when first asked. Absent: all are read.
   */
  load?: (word: number) => void;
}

const HYPHEN = 45;

/** One number for an ordered pair of word ids (ids stay far below 2^26). */
export function compoundKey(a: number, b: number): number {
  return a * 2 ** 26 + b;
}

/** BM25 idf of every word, from the number of papers holding it. */
export function inverseDocFrequencies(docCount: number, docFreq: Int32Array): Float32Array {
  const idf = new Float32Array(docFreq.length);
  for (let w = 0; w < docFreq.length; w++)
    idf[w] = Math.log(1 + (docCount - docFreq[w]! + 0.5) / (docFreq[w]! + 0.5));
  return idf;
}

/** An append-only typed array that doubles when full. */
class Growable<A extends Int32Array | Float32Array> {
  data: A;
  length = 0;
  constructor(
    private readonly make: (capacity: number) => A,
    capacity = 1 << 16,
  ) {
    this.data = make(capacity);
  }
  push(v: number): void {
    if (this.length === this.data.length) {
      const next = this.make(Math.max(16, this.data.length * 2));
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = v;
  }
}

const int32s = (capacity: number) => new Int32Array(capacity);
const float32s = (capacity: number) => new Float32Array(capacity);

/** Papers indexed between two looks at the clock while building in slices. */
const PAPERS_PER_CHECK = 64;

/**
 * Builds the index in slices, so a page can build it between frames without
 * blocking input: call `run` until it returns true, then take `result`.
 */
export class InvertedIndexBuilder {
  private readonly papers: readonly Paper[];
  private readonly avgAbstract: number;
  private readonly vocabulary = new WordTable();
  // Compound pairs as seen (with repeats), made a set once at the end.
  private compoundA = new Growable(int32s, 1 << 10);
  private compoundB = new Growable(int32s, 1 << 10);
  // The word visited last, to see compounds (see visit).
  private lastText: string | null = null;
  private lastEnd = -2;
  private lastId = -1;
  // Pass 1 output: (word, doc, weighted tf) triples, docs ascending.
  private tripleWord = new Growable(int32s);
  private tripleDoc = new Growable(int32s);
  private tripleTf = new Growable(float32s);
  private docFreq = new Int32Array(1 << 14);
  // Per-paper term frequencies, indexed by word id; `seen` lists the ids to flush and reset.
  private docTf = new Float32Array(1 << 14);
  private readonly seen: number[] = [];
  private weight = 0;
  private nextDoc = 0;
  private index: InvertedIndex | null = null;

  constructor(papers: readonly Paper[]) {
    this.papers = papers;
    let totalAbstractChars = 0;
    for (const p of papers) totalAbstractChars += p.abstract.length;
    this.avgAbstract = Math.max(1, totalAbstractChars / Math.max(1, papers.length));
  }

  /** Indexes papers until done or `shouldYield()` says stop; true when the index is complete. */
  run(shouldYield: () => boolean = () => false): boolean {
    const papers = this.papers;
    while (this.nextDoc < papers.length) {
      const end = Math.min(papers.length, this.nextDoc + PAPERS_PER_CHECK);
      for (let d = this.nextDoc; d < end; d++) this.addPaper(d, papers[d]!);
      this.nextDoc = end;
      if (this.nextDoc < papers.length && shouldYield()) return false;
    }
    this.index ??= this.postings();
    return true;
  }

  /** The finished index; completes any remaining work first. */
  result(): InvertedIndex {
    this.run();
    return this.index!;
  }

  private readonly visit = (lower: string, start: number, end: number, hash: number) => {
    const id = this.vocabulary.intern(lower, start, end, hash);
    // Two words written as one compound: camel-case parts (visited one after the
    // other from the same word) or a hyphenated pair ("flash-attention").
    if (
      (start === this.lastEnd ||
        (start === this.lastEnd + 1 && lower.charCodeAt(this.lastEnd) === HYPHEN)) &&
      lower === this.lastText
    ) {
      this.compoundA.push(this.lastId);
      this.compoundB.push(id);
    }
    this.lastText = lower;
    this.lastEnd = end;
    this.lastId = id;
    if (id === this.docTf.length) {
      const grownTf = new Float32Array(id * 2);
      grownTf.set(this.docTf);
      this.docTf = grownTf;
      const grownDf = new Int32Array(id * 2);
      grownDf.set(this.docFreq);
      this.docFreq = grownDf;
    }
    if (this.docTf[id] === 0) this.seen.push(id);
    this.docTf[id]! += this.weight;
  };

  private add(text: string, fieldWeight: number): void {
    this.weight = fieldWeight;
    this.lastText = null;
    scanIndexWords(text, this.visit);
  }

  private addPaper(d: number, p: Paper): void {
    this.add(p.title, FIELD_WEIGHTS.title);
    if (p.org) this.add(`${p.org.name} ${p.org.handle}`, FIELD_WEIGHTS.org);
    for (const a of p.authors) this.add(a, FIELD_WEIGHTS.authors);
    for (const h of p.hardware) this.add(h, FIELD_WEIGHTS.hardware);
    for (const c of p.claims) this.add(c.text, FIELD_WEIGHTS.claims);
    this.add(
      p.abstract,
      FIELD_WEIGHTS.abstract / (1 - B + (B * p.abstract.length) / this.avgAbstract),
    );
    const { seen, docTf, docFreq } = this;
    for (const id of seen) {
      this.tripleWord.push(id);
      this.tripleDoc.push(d);
      this.tripleTf.push(docTf[id]!);
      docTf[id] = 0;
      docFreq[id]!++;
    }
    seen.length = 0;
  }

  private compoundSet(): Set<number> {
    const keys = new Float64Array(this.compoundA.length);
    for (let i = 0; i < keys.length; i++)
      keys[i] = compoundKey(this.compoundA.data[i]!, this.compoundB.data[i]!);
    keys.sort();
    const set = new Set<number>();
    for (let i = 0; i < keys.length; i++) if (i === 0 || keys[i] !== keys[i - 1]) set.add(keys[i]!);
    this.compoundA = new Growable(int32s, 0);
    this.compoundB = new Growable(int32s, 0);
    return set;
  }

  /** Pass 2: counting sort of the triples by word into one flat postings array. */
  private postings(): InvertedIndex {
    const vocab = this.vocabulary.size;
    const docFreq = this.docFreq.slice(0, vocab);
    const offsets = new Int32Array(vocab + 1);
    for (let w = 0; w < vocab; w++) offsets[w + 1] = offsets[w]! + docFreq[w]!;
    const cursor = offsets.slice(0, vocab);
    const total = this.tripleWord.length;
    const docs = new Int32Array(total);
    const weights = new Uint8Array(total);
    const n = this.papers.length;
    const idf = inverseDocFrequencies(n, docFreq);
    const tw = this.tripleWord.data;
    const td = this.tripleDoc.data;
    const tt = this.tripleTf.data;
    for (let i = 0; i < total; i++) {
      const w = tw[i]!;
      const at = cursor[w]!++;
      const tf = tt[i]!;
      docs[at] = td[i]!;
      // At least 1: a word that is there must count.
      weights[at] = Math.max(1, Math.round((tf * (K1 + 1)) / (tf + K1) / WEIGHT_UNIT));
    }
    // The triples are 1.5x the size of the postings: let them go while the builder lives on.
    this.tripleWord = new Growable(int32s, 0);
    this.tripleDoc = new Growable(int32s, 0);
    this.tripleTf = new Growable(float32s, 0);
    this.docTf = new Float32Array(0);
    return {
      docCount: n,
      vocabulary: this.vocabulary,
      docFreq,
      idf,
      offsets,
      docs,
      weights,
      compounds: this.compoundSet(),
    };
  }
}
