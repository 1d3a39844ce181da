import type { SearchResult } from '../search/types';
import { authorKey, type DatasetIndex } from './dataset-index';
import type { ClaimRow, PaperRow } from './rows';

/** Papers matching the query, best first; every paper (newest first) when the query is blank. */
export function searchedPapers(
  index: DatasetIndex,
  query: string,
  result: SearchResult,
): PaperRow[] {
  if (query.trim() === '') return index.papers;
  const out = new Array<PaperRow>(result.hits.length);
  for (let i = 0; i < out.length; i++) out[i] = index.byDoc[result.hits[i]!.doc]!;
  return out;
}

/** The claims of the given papers, grouped by paper in the papers' order. */
export function claimsOf(index: DatasetIndex, papers: readonly PaperRow[]): ClaimRow[] {
  if (papers === index.papers) return index.claims;
  const { claims, claimStart } = index;
  const out: ClaimRow[] = [];
  for (const p of papers)
    for (let c = claimStart[p.ordinal]!; c < claimStart[p.ordinal + 1]!; c++) out.push(claims[c]!);
  return out;
}

/** The papers with this author (matched as the index matches names), or all when null. */
export function byAuthor(papers: PaperRow[], author: string | null): PaperRow[] {
  if (author === null) return papers;
  const key = authorKey(author);
  return papers.filter((p) => p.paper.authors.some((a) => authorKey(a) === key));
}
