import { TermCounter, termTexts } from './terms';

// "Similar papers": TF-IDF cosine over title + abstract (title words weighted),
// answered from an inverted index so one paper's neighbours cost a walk over the
// posting lists of its own terms, never a comparison with every other paper.
//
// - Document frequency is counted in 2^22 hash buckets (a collision only makes a
//   term look a little more common), so the index never holds the vocabulary; postings
//   are grouped by the same buckets (a counting sort) and checked against the full hash.
// - Each paper keeps its KEEP heaviest terms that at least one other paper has
//   (a term only one paper has can link nothing); vectors are normalized over those.
// - Terms in more than COMMON_SHARE of papers are left out of the walk: they would
//   make every paper a candidate and add little to any score.

/** Hash buckets grow with the corpus (about 256 per paper), up to 2^22. */
const MAX_BUCKET_BITS = 22;
const KEEP = 32;
const COMMON_SHARE = 0.05;
const MIN_COMMON = 20;

export interface PaperText {
  id: string;
  title: string;
  abstract: string;
}

/** What the paper view lists (the build's shipped answers hold just this: similar-codec.ts). */
export interface SimilarPaper {
  id: string;
  /** Up to three terms both papers are about, most telling first. */
  shared: string[];
}

interface ScoredPaper extends SimilarPaper {
  /** Cosine similarity over the kept terms, 0..1. */
  score: number;
}

export interface SimilarIndex {
  /** The k papers most like `id` (best first); empty for an unknown id. */
  similar(id: string, k?: number): ScoredPaper[];
}

interface Vector {
  hashes: Uint32Array;
  weights: Float32Array;
}

/** Builds the index at once (tests, the bench). */
export function buildSimilarIndex(papers: readonly PaperText[]): SimilarIndex {
  const steps = similarIndexSteps(papers);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/** Papers handled between two yields: a fraction of a millisecond each. */
const CHUNK = 64;

/**
 * The build as steps: it yields every CHUNK papers so a caller can spread it over
 * idle moments (the app does, so opening it never waits for this index).
 */
export function* similarIndexSteps(
  papers: readonly PaperText[],
): Generator<void, SimilarIndex, void> {
  const n = papers.length;
  const bits = Math.min(MAX_BUCKET_BITS, Math.max(12, Math.ceil(Math.log2(Math.max(1, n) * 256))));
  const buckets = 1 << bits;
  const mask = buckets - 1;
  const df = new Uint32Array(buckets);
  const counter = new TermCounter();
  // Pass 1: in how many papers each term is. Pass 2 tokenizes again rather than
  // keeping every paper's counts (about 200 terms a paper: 80 MB at 50k papers).
  for (let i = 0; i < n; i++) {
    counter.count(papers[i]!.title, papers[i]!.abstract);
    for (const s of counter.slots) df[counter.hashAt(s) & mask]! += 1;
    if (i % CHUNK === CHUNK - 1) yield;
  }
  const scratchW = new Float64Array(4096);
  const scratchH = new Uint32Array(4096);
  const vectors: Vector[] = [];
  for (let i = 0; i < n; i++) {
    const p = papers[i]!;
    counter.count(p.title, p.abstract);
    let m = 0;
    for (const s of counter.slots) {
      const h = counter.hashAt(s);
      const d = df[h & mask]!;
      if (d < 2 || d >= n || m === scratchW.length) continue;
      scratchH[m] = h;
      scratchW[m] = (1 + Math.log(counter.countAt(s))) * Math.log(n / d);
      m++;
    }
    vectors.push(topTerms(scratchH, scratchW, m));
    if (i % CHUNK === CHUNK - 1) yield;
  }

  // Postings as one flat array per field, grouped by bucket (counting sort: no sort).
  const maxDf = Math.max(MIN_COMMON, Math.floor(n * COMMON_SHARE));
  const bucketOf = (h: number) => h & mask;
  const start = new Uint32Array(buckets + 1);
  for (const v of vectors) for (const h of v.hashes) start[bucketOf(h) + 1]! += 1;
  for (let b = 0; b < buckets; b++) start[b + 1]! += start[b]!;
  const total = start[buckets]!;
  const postHash = new Uint32Array(total);
  const postDoc = new Uint32Array(total);
  const postWeight = new Float32Array(total);
  const fill = start.slice(0, buckets);
  vectors.forEach((v, doc) => {
    for (let i = 0; i < v.hashes.length; i++) {
      const h = v.hashes[i]!;
      const at = fill[bucketOf(h)]!++;
      postHash[at] = h;
      postDoc[at] = doc;
      postWeight[at] = v.weights[i]!;
    }
  });

  const byId = new Map(papers.map((p, i) => [p.id, i] as const));
  const scores = new Float32Array(n);
  const touched: number[] = [];

  return {
    similar(id, k = 5) {
      const doc = byId.get(id);
      if (doc === undefined) return [];
      const q = vectors[doc]!;
      for (let i = 0; i < q.hashes.length; i++) {
        const h = q.hashes[i]!;
        const b = bucketOf(h);
        if (df[b]! > maxDf) continue;
        const wq = q.weights[i]!;
        for (let p = start[b]!; p < start[b + 1]!; p++) {
          const other = postDoc[p]!;
          if (postHash[p] !== h || other === doc) continue;
          if (scores[other] === 0) touched.push(other);
          scores[other]! += wq * postWeight[p]!;
        }
      }
      const best = topK(touched, scores, k);
      for (const d of touched) scores[d] = 0;
      touched.length = 0;
      const texts = best.length ? termTexts(papers[doc]!.title, papers[doc]!.abstract) : null;
      return best.map(({ d, s }) => ({
        id: papers[d]!.id,
        score: Math.min(1, s),
        shared: sharedTerms(q, vectors[d]!, texts!),
      }));
    },
  };
}

/**
 * The k best of `docs` by score, highest first, ties by smaller doc: what sorting them
 * all would give, without sorting thousands of candidates to keep five.
 */
function topK(
  docs: readonly number[],
  scores: Float32Array,
  k: number,
): { d: number; s: number }[] {
  const best: { d: number; s: number }[] = [];
  if (k <= 0) return best;
  for (const d of docs) {
    const s = scores[d]!;
    let at = best.length;
    while (at > 0 && (best[at - 1]!.s < s || (best[at - 1]!.s === s && best[at - 1]!.d > d))) at--;
    if (at >= k) continue;
    best.splice(at, 0, { d, s });
    if (best.length > k) best.pop();
  }
  return best;
}

/** The KEEP heaviest of the first m terms (ties: smaller hash), L2-normalized. */
function topTerms(hashes: Uint32Array, weights: Float64Array, m: number): Vector {
  let threshold = -Infinity;
  if (m > KEEP) {
    const sorted = weights.slice(0, m).sort();
    threshold = sorted[m - KEEP]!;
  }
  const picked: number[] = [];
  for (let i = 0; i < m; i++) if (weights[i]! > threshold) picked.push(i);
  // Terms tied at the threshold fill the remaining places, smallest hash first.
  if (picked.length < KEEP) {
    const tied: number[] = [];
    for (let i = 0; i < m; i++) if (weights[i] === threshold) tied.push(i);
    tied.sort((a, b) => hashes[a]! - hashes[b]!);
    picked.push(...tied.slice(0, KEEP - picked.length));
  }
  picked.sort((a, b) => weights[b]! - weights[a]! || hashes[a]! - hashes[b]!);
  let norm = 0;
  for (const i of picked) norm += weights[i]! * weights[i]!;
  norm = Math.sqrt(norm) || 1;
  return {
    hashes: Uint32Array.from(picked, (i) => hashes[i]!),
    weights: Float32Array.from(picked, (i) => weights[i]! / norm),
  };
}

/**
 * Up to three shared terms: pairs of words first ("draft model" says more than
 * "model"), then single words no chosen pair contains; each by weight product.
 */
function sharedTerms(a: Vector, b: Vector, texts: Map<number, string>): string[] {
  const weightInB = new Map<number, number>();
  for (let i = 0; i < b.hashes.length; i++) weightInB.set(b.hashes[i]!, b.weights[i]!);
  const both: { words: string[]; w: number }[] = [];
  for (let i = 0; i < a.hashes.length; i++) {
    const wb = weightInB.get(a.hashes[i]!);
    const text = texts.get(a.hashes[i]!);
    if (wb !== undefined && text !== undefined)
      both.push({ words: text.split(' '), w: a.weights[i]! * wb });
  }
  both.sort((x, y) => y.words.length - x.words.length || y.w - x.w);
  const out: string[][] = [];
  for (const t of both) {
    if (out.length === 3) break;
    if (t.words.length === 1 && out.some((o) => o.includes(t.words[0]!))) continue;
    out.push(t.words);
  }
  return out.map((words) => words.join(' '));
}
