import type { Dataset } from '../dataset/schema';
import { toClaimRows, toPaperRow, type ClaimRow, type PaperRow } from './rows';

/** Everything the views read, derived once from the dataset. */
export interface DatasetIndex {
  dataset: Dataset;
  /** Newest first (undated last), then title: the order of an unsearched, unsorted list. */
  papers: PaperRow[];
  byId: ReadonlyMap<string, PaperRow>;
  /** Claims grouped by paper, in `papers` order. */
  claims: ClaimRow[];
  claimsByPaper: ReadonlyMap<string, ClaimRow[]>;
  /** Organization handle -> display name. */
  orgNames: ReadonlyMap<string, string>;
  /** Every hardware name, as spelled in the data. */
  hardware: ReadonlySet<string>;
}

export function buildIndex(dataset: Dataset): DatasetIndex {
  const papers = dataset.papers.map(toPaperRow);
  papers.sort((a, b) => {
    const da = a.paper.publishedOn ?? '';
    const db = b.paper.publishedOn ?? '';
    if (da !== db) return da < db ? 1 : -1;
    return a.titleKey < b.titleKey ? -1 : a.titleKey > b.titleKey ? 1 : 0;
  });
  const byId = new Map<string, PaperRow>();
  const claims: ClaimRow[] = [];
  const claimsByPaper = new Map<string, ClaimRow[]>();
  const orgNames = new Map<string, string>();
  const hardware = new Set<string>();
  for (const row of papers) {
    byId.set(row.id, row);
    const rows = toClaimRows(row);
    claimsByPaper.set(row.id, rows);
    for (const c of rows) claims.push(c);
    if (row.orgHandle !== null && row.orgName !== null) orgNames.set(row.orgHandle, row.orgName);
    for (const h of row.paper.hardware) hardware.add(h);
    for (const c of row.paper.claims) if (c.hardware) hardware.add(c.hardware);
  }
  return { dataset, papers, byId, claims, claimsByPaper, orgNames, hardware };
}
