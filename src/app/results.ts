import { onlySearched } from '../derive/doc-facets';
import { applyFacets, type FacetCounts, type Faceted } from '../derive/facet-counts';
import { facetPapers } from '../derive/paper-facets';
import type { DatasetIndex } from '../derive/dataset-index';
import { scopePapers } from '../derive/paper-scope';
import type { ClaimRow, PaperRow } from '../derive/rows';
import { byAuthor, claimsOf, searchedPapers } from '../derive/search-rows';
import type { SearchResult } from '../search/types';
import { type ListView, sameValues } from '../url/view-state';

export type Results =
  | { kind: 'papers'; faceted: Faceted<PaperRow> }
  | { kind: 'claims'; faceted: Faceted<ClaimRow> };

/**
 * A search answer, with the facet counts of its hits in a list that only searches when
 * the engine counted them (the search worker, from the build's facet codes).
 */
export interface CountedResult extends SearchResult {
  counts?: FacetCounts | null;
}

/** The rows a list view shows (before its column sort) and the facet counts beside them. */
export function listResults(
  index: DatasetIndex,
  list: ListView,
  search: CountedResult,
  starred: ReadonlySet<string>,
): Results {
  // Its rows are the hits, every one in their order, and the engine counted them.
  if (search.counts && onlySearched(list))
    return {
      kind: 'papers',
      faceted: { rows: searchedPapers(index, list.q, search), counts: search.counts },
    };
  const papers = scopePapers(
    index,
    byAuthor(searchedPapers(index, list.q, search), list.author),
    list,
    starred,
  );
  if (list.route === 'papers' || list.route === 'captures')
    return {
      kind: 'papers',
      faceted: facetPapers(
        papers,
        list,
        (p) => index.claimsByOrdinal[p.ordinal] ?? [],
        index.facets,
        index.paperFacets,
      ),
    };
  return {
    kind: 'claims',
    faceted: applyFacets(claimsOf(index, papers), list, index.facets, index.claimFacets),
  };
}

/**
 * Whether listResults gives the same rows and counts for `a` as for `b` with the same
 * search answer: they differ at most in the words of a query that is not blank. While
 * the engine works on a new query, the answer shown is the last one, so the keystroke
 * need not derive the same results again.
 */
export function sameResultsFor(a: ListView, b: ListView): boolean {
  return (
    a.route === b.route &&
    (a.q.trim() === '') === (b.q.trim() === '') &&
    a.author === b.author &&
    a.min === b.min &&
    a.starred === b.starred &&
    a.captured === b.captured &&
    sameValues(a.org, b.org) &&
    sameValues(a.hw, b.hw) &&
    sameValues(a.kind, b.kind) &&
    sameValues(a.year, b.year) &&
    sameValues(a.ids, b.ids)
  );
}
