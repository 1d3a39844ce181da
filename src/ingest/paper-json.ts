// A paper's claims as the dataset stores them, as objects or as JSON text. Small on
// purpose: the data CLI's claims threads load it with the extractor and nothing else.
import type { Claim } from '../dataset/schema';
import type { ExtractedClaims } from './claims/extract';

/** Claims with the schema's key order, whatever the extractor's objects carry. */
export function canonicalClaim(c: Claim): Claim {
  return {
    start: c.start,
    end: c.end,
    text: c.text,
    kind: c.kind,
    value: c.value,
    unit: c.unit,
    factor: c.factor,
    range: c.range ? [c.range[0], c.range[1]] : null,
    metric: c.metric,
    baseline: c.baseline,
    hardware: c.hardware,
    condition: c.condition,
  };
}

/**
 * A paper's hardware and claims, as the end of its JSON text: `JSON.stringify(paper)`
 * is the JSON of its values without the closing brace, this, and `}`. The claims
 * threads of the CLI write it, so the main thread neither copies nor serializes claims.
 */
export function claimsJsonTail(extracted: ExtractedClaims): string {
  return `,"hardware":${JSON.stringify(extracted.hardware)},"claims":${JSON.stringify(extracted.claims.map(canonicalClaim))}`;
}

/** A paper's JSON from the JSON of its values (id to sources) and its claimsJsonTail. */
export function paperJson(values: object, tail: string): string {
  return `${JSON.stringify(values).slice(0, -1)}${tail}}`;
}
