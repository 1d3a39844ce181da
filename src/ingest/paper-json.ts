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

// What JSON.stringify escapes in a string: quotes, backslashes, control characters, and
// lone surrogates (written as \u escapes). A string with none of them is its own JSON
// between quotes, and testing for them takes half the time the escaping pass does.
const ESCAPED = /["\\\u0000-\u001f\ud800-\udfff]/;
const ABSTRACT_MARK = '"abstract":0';

/** A paper's JSON from the JSON of its values (id to sources) and its claimsJsonTail. */
export function paperJson(values: { abstract: string }, tail: string): string {
  const { abstract } = values;
  if (ESCAPED.test(abstract)) return `${JSON.stringify(values).slice(0, -1)}${tail}}`;
  // The abstract is most of a paper's text: the values are written with a number in its
  // place, which is then replaced by the quoted abstract. The first `"abstract":0` is the
  // key: inside the strings before it every quote is escaped.
  const json = JSON.stringify({ ...values, abstract: 0 });
  const at = json.indexOf(ABSTRACT_MARK) + ABSTRACT_MARK.length - 1;
  return `${json.slice(0, at)}"${abstract}"${json.slice(at + 1, -1)}${tail}}`;
}
