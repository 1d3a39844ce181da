import { applyFacets, type Faceted } from '../derive/facet-counts';
import { facetPapers } from '../derive/paper-facets';
import type { DatasetIndex } from '../derive/dataset-index';
import { scopePapers } from '../derive/paper-scope';
import type { ClaimRow, PaperRow } from '../derive/rows';
import { byAuthor, claimsOf, searchedPapers } from '../derive/search-rows';
import type { SearchResult } from '../search/types';
import type { ListView } from '../url/view-state';

export type Results =
  | { kind: 'papers'; faceted: Faceted<PaperRow> }
  | { kind: 'claims'; faceted: Faceted<ClaimRow> };

/** The rows a list view shows (before its column sort) and the facet counts beside them. */
export function listResults(
  index: DatasetIndex,
  list: ListView,
  search: SearchResult,
  starred: ReadonlySet<string>,
): Results {
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
