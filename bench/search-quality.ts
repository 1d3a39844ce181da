// How the two engines' results compare: top-10 overlap, and precision@10 judged
// by whether a result holds every word the typist meant (BenchQuery.intended).
import type { Paper } from '../src/dataset/schema';
import type { SearchEngine } from '../src/search/types';
import { tokenize } from '../src/search/tokenize';
import type { BenchQuery } from './query-set';

export interface QueryQuality {
  query: string;
  /** |top10(ours) ∩ top10(fuse)| / max(1, min(10, |fuse hits|)) */
  overlap: number;
  oursPrecision: number;
  fusePrecision: number;
  oursHits: number;
  fuseHits: number;
}

function paperWords(p: Paper): Set<string> {
  const text = [p.title, p.abstract, p.org?.name ?? '', p.org?.handle ?? '', ...p.hardware, ...p.claims.map((c) => c.text)];
  return new Set(tokenize(text.join(' ')));
}

export function compareTop10(
  papers: readonly Paper[],
  queries: readonly BenchQuery[],
  ours: SearchEngine,
  fuse: SearchEngine,
): QueryQuality[] {
  const byId = new Map(papers.map((p) => [p.id, p]));
  const relevant = (id: string, intended: string[]) => {
    const p = byId.get(id);
    if (!p) return false;
    const words = paperWords(p);
    return intended.every((w) => words.has(w));
  };
  const precision = (ids: string[], intended: string[]) =>
    ids.length === 0 ? 0 : ids.filter((id) => relevant(id, intended)).length / ids.length;
  return queries.map(({ query, intended }) => {
    const a = ours.search(query).hits;
    const b = fuse.search(query).hits;
    const topA = a.slice(0, 10).map((h) => h.id);
    const topB = b.slice(0, 10).map((h) => h.id);
    const inB = new Set(topB);
    const words = tokenize(intended);
    return {
      query,
      overlap: topA.filter((id) => inB.has(id)).length / Math.max(1, Math.min(10, topB.length)),
      oursPrecision: precision(topA, words),
      fusePrecision: precision(topB, words),
      oursHits: a.length,
      fuseHits: b.length,
    };
  });
}
