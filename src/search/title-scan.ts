// A stand-in answer while the real index is still being built: papers whose title
// has a word starting with every query term, in dataset order. Cheap enough to
// run on a keystroke (one pass over the titles), so typing before the index is
// ready still narrows the list; the page stays marked busy until the real
// ranked results replace it.
import type { Paper } from '../dataset/schema.ts';
import { tokenize } from './tokenize.ts';
import type { SearchResult } from './types.ts';

export function titleScan(papers: readonly Paper[], query: string): SearchResult {
  const terms = [...new Set(tokenize(query))];
  if (terms.length === 0) return { hits: [], terms: [] };
  const hits: SearchResult['hits'] = [];
  for (let doc = 0; doc < papers.length; doc++) {
    const words = tokenize(papers[doc]!.title);
    if (terms.every((t) => words.some((w) => w.startsWith(t))))
      hits.push({ id: papers[doc]!.id, doc, score: 0 });
  }
  return { hits, terms };
}
