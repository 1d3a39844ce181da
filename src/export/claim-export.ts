import type { Claim } from '../dataset/schema';
import type { ClaimRow } from '../derive/rows';

export interface ClaimJson extends Claim {
  paperId: string;
  paperTitle: string;
  claimNumber: number;
}

export function claimJson(rows: readonly ClaimRow[]): ClaimJson[] {
  return rows.map((r) => ({
    paperId: r.paper.id,
    paperTitle: r.paper.paper.title,
    claimNumber: r.index + 1,
    ...r.claim,
  }));
}
