// The checks the claims phrasing tables share: a sentence holds the claim a row
// names (its text, factor and kind) among exactly as many claims as the row says,
// and a near miss holds none.
import { expect } from 'vitest';
import type { ClaimKind } from '../dataset/schema';
import { extractClaims } from '../ingest/claims/extract';

export interface ClaimRow {
  sentence: string;
  text: string;
  factor: number | null;
  kind: ClaimKind;
  /** How many claims the sentence holds, when it is more than this one. */
  claims?: number;
}

export function expectClaimRow(row: ClaimRow): void {
  const found = extractClaims(row.sentence).claims;
  expect(found).toHaveLength(row.claims ?? 1);
  expect(found.map((c) => [c.text, c.factor, c.kind])).toContainEqual([
    row.text,
    row.factor,
    row.kind,
  ]);
}

export function expectNoClaims(sentence: string): void {
  expect(extractClaims(sentence).claims).toEqual([]);
}
