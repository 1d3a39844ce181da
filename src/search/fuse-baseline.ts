// The obvious approach, kept as the yardstick the bench measures against and as
// the app's engine until the scalable one lands: fuse.js over every field of
// every paper, whole query as one fuzzy pattern.
import Fuse, { type FuseResultMatch } from 'fuse.js';
import type { Paper } from '../dataset/schema.ts';
import type { CreateSearchEngine, SearchResult } from './types.ts';
import { wordsCoveredBySpans } from './matched-words.ts';

const FUSE_KEYS = [
  { name: 'title', weight: 3 },
  { name: 'org', weight: 1.5, getFn: (p: Paper) => (p.org ? [p.org.name, p.org.handle] : []) },
  { name: 'authors', weight: 1.5 },
  { name: 'hardware', weight: 1.5 },
  { name: 'claims', weight: 1.5, getFn: (p: Paper) => p.claims.map((c) => c.text) },
  { name: 'abstract', weight: 1 },
];

const FUSE_BASELINE_OPTIONS = {
  keys: FUSE_KEYS,
  threshold: 0.4,
  // Abstract words anywhere must count, not only near the start of the field.
  ignoreLocation: true,
  includeScore: true,
  includeMatches: true,
  // Single-character runs of a fuzzy alignment highlight noise, not words.
  minMatchCharLength: 2,
};

export const createFuseBaselineEngine: CreateSearchEngine = (papers) => {
  const fuse = new Fuse<Paper>(papers, FUSE_BASELINE_OPTIONS);
  return {
    search(query: string): SearchResult {
      const q = query.trim();
      if (q === '') return { hits: [], terms: [] };
      const results = fuse.search(q);
      const terms = new Set<string>();
      for (const r of results) for (const m of r.matches ?? []) collectTerms(m, q.length, terms);
      return {
        // fuse scores 0 (perfect) .. 1 (no match); the interface wants higher-is-better.
        hits: results.map((r) => ({ id: r.item.id, doc: r.refIndex, score: 1 - (r.score ?? 1) })),
        terms: [...terms].sort(),
      };
    },
  };
};

function collectTerms(match: FuseResultMatch, queryLength: number, into: Set<string>): void {
  if (match.value === undefined) return;
  // A fuzzy alignment leaves short stray runs; only runs about as long as the query name words.
  const minRun = Math.max(2, Math.min(queryLength - 1, Math.ceil(queryLength * 0.6)));
  const spans = match.indices.filter(([s, e]) => e - s + 1 >= minRun);
  for (const w of wordsCoveredBySpans(match.value, spans)) into.add(w);
}
