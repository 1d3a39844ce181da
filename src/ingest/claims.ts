import type { Claim } from '../dataset/schema';

export interface ExtractedClaims {
  claims: Claim[];
  /** Accelerators named anywhere in the text, normalized, without counts, in first-seen order. */
  hardware: string[];
}

// Interface placeholder: the claims issue (#3) replaces this body.
export function extractClaims(abstract: string): ExtractedClaims {
  void abstract;
  return { claims: [], hardware: [] };
}
