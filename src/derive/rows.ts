import type { Claim, ClaimKind, Paper } from '../dataset/schema';

/** A paper as the tables show and sort it. */
export interface PaperRow {
  id: string;
  paper: Paper;
  orgName: string | null;
  orgHandle: string | null;
  year: number | null;
  claimCount: number;
  /** The largest normalized factor among its claims. */
  bestFactor: number | null;
  kinds: ReadonlySet<ClaimKind>;
  /** Lower-cased sort keys, computed once. */
  titleKey: string;
  orgKey: string | null;
}

/** One claim, with the paper it belongs to. */
export interface ClaimRow {
  /** `${paperId}:${index}`: stable and unique. */
  id: string;
  index: number;
  claim: Claim;
  paper: PaperRow;
}

export function toPaperRow(paper: Paper): PaperRow {
  let best: number | null = null;
  for (const c of paper.claims)
    if (c.factor !== null && (best === null || c.factor > best)) best = c.factor;
  const year = paper.publishedOn ? Number(paper.publishedOn.slice(0, 4)) : null;
  return {
    id: paper.id,
    paper,
    orgName: paper.org?.name ?? null,
    orgHandle: paper.org?.handle ?? null,
    year: year !== null && Number.isFinite(year) ? year : null,
    claimCount: paper.claims.length,
    bestFactor: best,
    kinds: new Set(paper.claims.map((c) => c.kind)),
    titleKey: paper.title.toLowerCase(),
    orgKey: paper.org ? paper.org.name.toLowerCase() : null,
  };
}

export function toClaimRows(row: PaperRow): ClaimRow[] {
  return row.paper.claims.map((claim, index) => ({
    id: `${row.id}:${index}`,
    index,
    claim,
    paper: row,
  }));
}
