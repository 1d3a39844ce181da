// How the two engines' results compare: top-10 overlap, and precision@10 judged
// by whether a result holds every word the typist meant (BenchQuery.intended).
import type { Paper } from '../src/dataset/schema';
import type { SearchResult } from '../src/search/types';
import { scanIndexWords } from '../src/search/index-words';
import { tokenize } from '../src/search/tokenize';
import type { BenchQuery } from './query-set';

export interface QueryQuality {
  query: string;
  /** |top10(ours) ∩ top10(fuse)| / max(1, min(10, |fuse hits|)) */
  overlap: number;
  oursPrecision: number;
  fusePrecision: number;
  /** Share of the top 10 holding every intended word in the title: the strongest matches. */
  oursTitlePrecision: number;
  fuseTitlePrecision: number;
  /** Share of our top 10 that plain fuse.js also returns (anywhere in its list). */
  oursTop10InFuseHits: number;
  oursHits: number;
  fuseHits: number;
}

function paperWords(p: Paper): Set<string> {
  const text = [
    p.title,
    p.abstract,
    p.org?.name ?? '',
    p.org?.handle ?? '',
    ...p.hardware,
    ...p.claims.map((c) => c.text),
  ];
  // The index's words, compounds both whole and split: "FlashAttention-2" holds
  // flashattention, flash and attention, whichever way the query spells it.
  const words = new Set<string>();
  scanIndexWords(text.join(' '), (lower, start, end) => words.add(lower.slice(start, end)));
  return words;
}

/** Compares the engines' answers (query -> result) to the same queries. */
export function compareTop10(
  papers: readonly Paper[],
  queries: readonly BenchQuery[],
  ours: ReadonlyMap<string, SearchResult>,
  fuse: ReadonlyMap<string, SearchResult>,
): QueryQuality[] {
  const byId = new Map(papers.map((p) => [p.id, p]));
  const wordsOf = new Map<string, Set<string>>();
  const relevant = (id: string, intended: string[]) => {
    const p = byId.get(id);
    if (!p) return false;
    let words = wordsOf.get(id);
    if (!words) wordsOf.set(id, (words = paperWords(p)));
    return intended.every((w) => words.has(w));
  };
  const precision = (ids: string[], intended: string[]) =>
    ids.length === 0 ? 0 : ids.filter((id) => relevant(id, intended)).length / ids.length;
  const inTitle = (id: string, intended: string[]) => {
    const title = new Set(tokenize(byId.get(id)?.title ?? ''));
    return intended.every((w) => title.has(w));
  };
  const titlePrecision = (ids: string[], intended: string[]) =>
    ids.length === 0 ? 0 : ids.filter((id) => inTitle(id, intended)).length / ids.length;
  return queries.map(({ query, intended }) => {
    const a = ours.get(query)?.hits ?? [];
    const b = fuse.get(query)?.hits ?? [];
    const topA = a.slice(0, 10).map((h) => h.id);
    const topB = b.slice(0, 10).map((h) => h.id);
    const inB = new Set(topB);
    const allB = new Set(b.map((h) => h.id));
    const words = tokenize(intended);
    return {
      query,
      overlap: topA.filter((id) => inB.has(id)).length / Math.max(1, Math.min(10, topB.length)),
      oursPrecision: precision(topA, words),
      fusePrecision: precision(topB, words),
      oursTitlePrecision: titlePrecision(topA, words),
      fuseTitlePrecision: titlePrecision(topB, words),
      oursTop10InFuseHits:
        topA.length === 0 ? 0 : topA.filter((id) => allB.has(id)).length / topA.length,
      oursHits: a.length,
      fuseHits: b.length,
    };
  });
}

export function mean(values: readonly number[]): number {
  return values.length === 0 ? NaN : values.reduce((s, v) => s + v, 0) / values.length;
}
