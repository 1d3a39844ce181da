// MiniSearch over the same fields and boosts as our engine, for a side-by-side row
// in the bench (a dev dependency of the bench only; the app never loads it). Fuzzy
// matching within 0.2 of a term's length and prefix matching for the last term, as
// search-as-you-type would configure it.
import MiniSearch from 'minisearch';
import type { Paper } from '../src/dataset/schema';
import type { SearchEngine } from '../src/search/types';

interface Doc {
  i: number;
  title: string;
  org: string;
  hardware: string;
  claims: string;
  abstract: string;
}

export function createMiniSearchEngine(papers: readonly Paper[]): SearchEngine {
  const mini = new MiniSearch<Doc>({
    idField: 'i',
    fields: ['title', 'org', 'hardware', 'claims', 'abstract'],
    searchOptions: {
      boost: { title: 6, org: 3, hardware: 3, claims: 1.5 },
      fuzzy: 0.2,
      prefix: true,
      combineWith: 'AND',
    },
  });
  mini.addAll(
    papers.map((p, i) => ({
      i,
      title: p.title,
      org: p.org ? `${p.org.name} ${p.org.handle}` : '',
      hardware: p.hardware.join(' '),
      claims: p.claims.map((c) => c.text).join(' '),
      abstract: p.abstract,
    })),
  );
  return {
    search(query) {
      if (query.trim() === '') return { hits: [], terms: [] };
      const results = mini.search(query);
      return {
        hits: results.map((r) => ({
          id: papers[r.id as number]!.id,
          doc: r.id as number,
          score: r.score,
        })),
        terms: [...new Set(results.flatMap((r) => r.terms))].sort(),
      };
    },
  };
}
