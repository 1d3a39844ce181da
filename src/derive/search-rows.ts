import type { SearchResult } from '../search/types';
import type { DatasetIndex } from './dataset-index';
import type { ClaimRow, PaperRow } from './rows';

/** Papers matching the query, best first; every paper (newest first) when the query is blank. */
export function searchedPapers(
  index: DatasetIndex,
  query: string,
  result: SearchResult,
): PaperRow[] {
  if (query.trim() === '') return index.papers;
  const out: PaperRow[] = [];
  for (const hit of result.hits) {
    const row = index.byId.get(hit.id);
    if (row) out.push(row);
  }
  return out;
}

/** The claims of the given papers, grouped by paper in the papers' order. */
export function claimsOf(index: DatasetIndex, papers: readonly PaperRow[]): ClaimRow[] {
  if (papers === index.papers) return index.claims;
  const out: ClaimRow[] = [];
  for (const p of papers) for (const c of index.claimsByPaper.get(p.id) ?? []) out.push(c);
  return out;
}
