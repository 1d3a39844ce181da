import type { Claim, Paper } from '../dataset/schema';

/** A paper as the tables show and sort it. */
export interface PaperRow {
  id: string;
  paper: Paper;
  orgName: string | null;
  orgHandle: string | null;
  year: number | null;
  /** Its claims; with claim filters on, only the ones that pass them. */
  claimCount: number;
  /** The largest normalized factor among those claims. */
  bestFactor: number | null;
  /**
   * The claim the "Best factor" cell shows: the one with the largest factor, else the
   * first absolute figure (49.3% MFU); null when there is none.
   */
  bestClaim: number | null;
  /** Lower-cased sort keys, computed once. */
  titleKey: string;
  orgKey: string | null;
  /** Position in DatasetIndex.papers: the row's index into per-row typed arrays. */
  ordinal: number;
}

/** One claim, with the paper it belongs to. */
export interface ClaimRow {
  /** `${paperId}:${index}`: stable and unique. */
  id: string;
  index: number;
  claim: Claim;
  paper: PaperRow;
  /** Position in DatasetIndex.claims. */
  ordinal: number;
}

/** The claim to show for a set of claims (indexes into `claims`): largest factor, else first. */
export function bestOf(claims: readonly Claim[], among: Iterable<number>): number | null {
  let best: number | null = null;
  let first: number | null = null;
  for (const i of among) {
    const f = claims[i]!.factor;
    first ??= i;
    if (f !== null && (best === null || f > claims[best]!.factor!)) best = i;
  }
  return best ?? first;
}

export function toPaperRow(paper: Paper): PaperRow {
  const bestClaim = bestOf(paper.claims, paper.claims.keys());
  const year = paper.publishedOn ? Number(paper.publishedOn.slice(0, 4)) : null;
  return {
    id: paper.id,
    paper,
    orgName: paper.org?.name ?? null,
    orgHandle: paper.org?.handle ?? null,
    year: year !== null && Number.isFinite(year) ? year : null,
    claimCount: paper.claims.length,
    bestFactor: bestClaim === null ? null : paper.claims[bestClaim]!.factor,
    bestClaim,
    titleKey: paper.title.toLowerCase(),
    orgKey: paper.org ? paper.org.name.toLowerCase() : null,
    ordinal: -1,
  };
}

export function toClaimRows(row: PaperRow): ClaimRow[] {
  return row.paper.claims.map((claim, index) => ({
    id: `${row.id}:${index}`,
    index,
    claim,
    paper: row,
    ordinal: -1,
  }));
}
