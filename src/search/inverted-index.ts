// Inverted index over the papers: each corpus word maps to the papers holding it,
// with a precomputed BM25F term-frequency weight (field boosts, saturation, length
// normalization), so a query only multiplies and sums numbers from posting lists.
// idf is kept per word, apart, because the query decides which word's idf a typo
// or a completion gets (see engine.ts).
import type { Paper } from '../dataset/schema';
import { scanWords } from './tokenize';
import { WordTable } from './word-table';

/** Field boosts: a word in the title says more about a paper than one in its abstract. */
export const FIELD_WEIGHTS = { title: 6, org: 3, hardware: 3, claims: 1.5, abstract: 1 } as const;

const K1 = 1.2;
// Length normalization applies to the abstract only: the other fields are short and
// their length says little. Measured in characters, which needs no second pass.
const B = 0.75;

export interface InvertedIndex {
  docCount: number;
  /** Corpus words and their ids. */
  vocabulary: WordTable;
  /** Number of papers holding each word. */
  docFreq: Int32Array;
  /** BM25 inverse document frequency of each word. */
  idf: Float32Array;
  /** Postings of word w: docs/weights[offsets[w] .. offsets[w + 1]), docs ascending. */
  offsets: Int32Array;
  docs: Int32Array;
  /** Saturated BM25F term frequency of the word in the paper (multiply by idf for the score). */
  weights: Float32Array;
}

class GrowableInt32 {
  data = new Int32Array(1 << 16);
  length = 0;
  push(v: number): void {
    if (this.length === this.data.length) {
      const next = new Int32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = v;
  }
}

class GrowableFloat32 {
  data = new Float32Array(1 << 16);
  length = 0;
  push(v: number): void {
    if (this.length === this.data.length) {
      const next = new Float32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = v;
  }
}

export function buildInvertedIndex(papers: readonly Paper[]): InvertedIndex {
  const vocabulary = new WordTable();
  let totalAbstractChars = 0;
  for (const p of papers) totalAbstractChars += p.abstract.length;
  const avgAbstract = Math.max(1, totalAbstractChars / Math.max(1, papers.length));

  // Pass 1: (word, doc, weighted tf) triples, docs in ascending order.
  const tripleWord = new GrowableInt32();
  const tripleDoc = new GrowableInt32();
  const tripleTf = new GrowableFloat32();
  // Per-paper term frequencies, indexed by word id; `seen` lists the ids to flush and reset.
  let docTf = new Float32Array(1 << 14);
  const seen: number[] = [];
  let weight = 0;
  const visit = (lower: string, start: number, end: number, hash: number) => {
    const id = vocabulary.intern(lower, start, end, hash);
    if (id === docTf.length) {
      const grown = new Float32Array(docTf.length * 2);
      grown.set(docTf);
      docTf = grown;
    }
    if (docTf[id] === 0) seen.push(id);
    docTf[id]! += weight;
  };
  const add = (text: string, fieldWeight: number) => {
    weight = fieldWeight;
    scanWords(text, visit);
  };
  for (let d = 0; d < papers.length; d++) {
    const p = papers[d]!;
    add(p.title, FIELD_WEIGHTS.title);
    if (p.org) add(`${p.org.name} ${p.org.handle}`, FIELD_WEIGHTS.org);
    for (const h of p.hardware) add(h, FIELD_WEIGHTS.hardware);
    for (const c of p.claims) add(c.text, FIELD_WEIGHTS.claims);
    add(p.abstract, FIELD_WEIGHTS.abstract / (1 - B + (B * p.abstract.length) / avgAbstract));
    for (const id of seen) {
      tripleWord.push(id);
      tripleDoc.push(d);
      tripleTf.push(docTf[id]!);
      docTf[id] = 0;
    }
    seen.length = 0;
  }

  // Pass 2: counting sort of the triples by word into one flat postings array.
  const vocab = vocabulary.size;
  const docFreq = new Int32Array(vocab);
  for (let i = 0; i < tripleWord.length; i++) docFreq[tripleWord.data[i]!]!++;
  const offsets = new Int32Array(vocab + 1);
  for (let w = 0; w < vocab; w++) offsets[w + 1] = offsets[w]! + docFreq[w]!;
  const cursor = offsets.slice(0, vocab);
  const docs = new Int32Array(tripleWord.length);
  const weights = new Float32Array(tripleWord.length);
  const n = papers.length;
  const idf = new Float32Array(vocab);
  for (let w = 0; w < vocab; w++) idf[w] = Math.log(1 + (n - docFreq[w]! + 0.5) / (docFreq[w]! + 0.5));
  for (let i = 0; i < tripleWord.length; i++) {
    const w = tripleWord.data[i]!;
    const at = cursor[w]!++;
    const tf = tripleTf.data[i]!;
    docs[at] = tripleDoc.data[i]!;
    weights[at] = (tf * (K1 + 1)) / (tf + K1);
  }
  return { docCount: n, vocabulary, docFreq, idf, offsets, docs, weights };
}
