import type { Dataset } from '../dataset/schema';
import { FacetEncoder, type FacetColumns, type FacetTable } from './facet-codes';
import { claimFacetValues, paperFacetValues } from './facet-spec';
import { toClaimRows, toPaperRow, type ClaimRow, type PaperRow } from './rows';

/** Everything the views read, derived once from the dataset. */
export interface DatasetIndex {
  dataset: Dataset;
  /** Newest first (undated last), then title: the order of an unsearched, unsorted list. */
  papers: PaperRow[];
  byId: ReadonlyMap<string, PaperRow>;
  /** The row of dataset.papers[i] (what a search hit's `doc` points at). */
  byDoc: readonly PaperRow[];
  /** Claims grouped by paper, in `papers` order. */
  claims: ClaimRow[];
  /** The claims of the paper with ordinal p are claims[claimStart[p] .. claimStart[p + 1]). */
  claimStart: Int32Array;
  claimsByPaper: ReadonlyMap<string, ClaimRow[]>;
  /** The same lists by the paper's ordinal: a keystroke reaches each hit's claims by indexing. */
  claimsByOrdinal: readonly (readonly ClaimRow[])[];
  /** Organization handle -> display name. */
  orgNames: ReadonlyMap<string, string>;
  /** Every hardware name, as spelled in the data. */
  hardware: ReadonlySet<string>;
  /** Author name without regard to case -> the name as the data spells it. */
  authors: ReadonlyMap<string, string>;
  /** Every claim row's facet values as codes (see facet-codes.ts), by the rows' ordinals. */
  facets: FacetTable;
  claimFacets: FacetColumns;
  /** Every paper's, by ordinal, as the papers view counts them without claim filters. */
  paperFacets: FacetColumns;
  /** Every date a page was captured on (or a Hub API list is for). */
  captureDates: ReadonlySet<string>;
}

export function buildIndex(dataset: Dataset): DatasetIndex {
  const byDoc = dataset.papers.map(toPaperRow);
  const papers = [...byDoc];
  papers.sort((a, b) => {
    const da = a.paper.publishedOn ?? '';
    const db = b.paper.publishedOn ?? '';
    if (da !== db) return da < db ? 1 : -1;
    return a.titleKey < b.titleKey ? -1 : a.titleKey > b.titleKey ? 1 : 0;
  });
  const byId = new Map<string, PaperRow>();
  const claims: ClaimRow[] = [];
  const claimsByPaper = new Map<string, ClaimRow[]>();
  const claimsByOrdinal: ClaimRow[][] = [];
  const orgNames = new Map<string, string>();
  const hardware = new Set<string>();
  const authors = new Map<string, string>();
  const encoder = new FacetEncoder();
  const claimStart = new Int32Array(papers.length + 1);
  for (const row of papers) {
    row.ordinal = byId.size;
    claimStart[row.ordinal] = claims.length;
    byId.set(row.id, row);
    const rows = toClaimRows(row);
    claimsByPaper.set(row.id, rows);
    claimsByOrdinal.push(rows);
    for (const c of rows) {
      c.ordinal = claims.length;
      claims.push(c);
    }
    if (row.orgHandle !== null && row.orgName !== null) orgNames.set(row.orgHandle, row.orgName);
    for (const h of row.paper.hardware) hardware.add(h);
    for (const a of row.paper.authors) if (!authors.has(authorKey(a))) authors.set(authorKey(a), a);
    for (const c of row.paper.claims) if (c.hardware) hardware.add(c.hardware);
  }
  claimStart[papers.length] = claims.length;
  const captureDates = new Set(dataset.sources.map((s) => s.capturedOn));
  return {
    dataset,
    papers,
    byId,
    byDoc,
    claims,
    claimStart,
    claimsByPaper,
    claimsByOrdinal,
    orgNames,
    hardware,
    authors,
    facets: encoder.table,
    claimFacets: encoder.encode(claims, claimFacetValues),
    paperFacets: encoder.encode(papers, (p) => paperFacetValues(p, claimsByOrdinal[p.ordinal]!)),
    captureDates,
  };
}

/** Author names match without regard to case or runs of spaces. */
export function authorKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}
