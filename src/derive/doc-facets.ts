// Every paper's facet codes by its position in dataset.papers (a search hit's `doc`),
// shipped by the site build inside the search index's file (index-codec.ts, `extra`),
// so the search worker answers a query with the facet counts of a list that only
// searches (no filter, author, stars, day or shortlist) beside its hits, and the page
// does not count them per keystroke. The codes and their values are the page's own
// (FacetEncoder over the whole dataset's papers in list order), so the counts are the
// very ones applyFacets gives, in the same order (doc-facets.test.ts).
//
// Layout, unsigned LEB128 varints: "SBFC", format version, paper count; the
// organizations, hardware names and years in code order as one UTF-8 JSON array of
// three arrays and its byte length before it; then per paper: organization code + 1
// (0 for none), year code + 1, claim kinds (bit i = CLAIM_KINDS[i]), how many of
// MIN_FACTOR_STEPS its best factor reaches, its number of hardware codes and those.
import { CLAIM_KINDS } from '../dataset/schema-shape.ts';
import { ByteReader, ByteWriter } from '../search/bytes.ts';
import type { ListView } from '../url/view-state.ts';
import type { DatasetIndex } from './dataset-index.ts';
import { countsMap, type FacetCounts } from './facet-counts.ts';
import { hasClaimFilters } from './paper-facets.ts';
import { MIN_FACTOR_STEPS } from './facet-spec.ts';

const MAGIC = [0x53, 0x42, 0x46, 0x43];
const VERSION = 1;

/** The thresholds in the order the counts list them (applyFacets' without a minimum). */
const STEPS = [...new Set(MIN_FACTOR_STEPS)].sort((a, b) => a - b);

/** The papers' facet codes, by doc. */
export interface DocFacets {
  org: readonly string[];
  hw: readonly string[];
  year: readonly number[];
  /** Code into `org` / `year`, or -1. */
  orgOf: Int32Array;
  yearOf: Int32Array;
  kinds: Int32Array;
  /** How many of STEPS the paper's best factor reaches (0 without a factor). */
  steps: Uint8Array;
  /** Hardware codes of doc d: hw codes hwCodes[hwStart[d] .. hwStart[d + 1]). */
  hwStart: Int32Array;
  hwCodes: Int32Array;
}

/** Codes for `n` docs over these values, every column zero, to be filled in. */
function blankCodes(
  n: number,
  org: readonly string[],
  hw: readonly string[],
  year: readonly number[],
): DocFacets {
  return {
    org,
    hw,
    year,
    orgOf: new Int32Array(n),
    yearOf: new Int32Array(n),
    kinds: new Int32Array(n),
    steps: new Uint8Array(n),
    hwStart: new Int32Array(n + 1),
    hwCodes: new Int32Array(0),
  };
}

/** `index`'s papers' facet codes as the papers view counts them, by doc. */
export function docFacets(index: DatasetIndex): DocFacets {
  const n = index.byDoc.length;
  const { paperFacets: cols, facets } = index;
  const out = blankCodes(n, facets.org, facets.hw, facets.year);
  const hw: number[] = [];
  for (let d = 0; d < n; d++) {
    const r = index.byDoc[d]!.ordinal;
    out.orgOf[d] = cols.org[r]!;
    out.yearOf[d] = cols.year[r]!;
    out.kinds[d] = cols.kinds[r]!;
    out.steps[d] = stepsReached(cols.factor[r]!);
    for (let j = cols.hwStart[r]!; j < cols.hwStart[r + 1]!; j++) hw.push(cols.hw[j]!);
    out.hwStart[d + 1] = hw.length;
  }
  out.hwCodes = Int32Array.from(hw);
  return out;
}

function stepsReached(factor: number): number {
  let k = 0;
  // NaN (no factor) reaches none; the steps ascend, so those reached come first.
  while (k < STEPS.length && factor >= STEPS[k]!) k++;
  return k;
}

/**
 * Whether the list's rows are its search's hits, every one, in the hits' order, so
 * that the counts of DocFacets answer for it: a papers list searched and nothing else.
 */
export function onlySearched(list: ListView): boolean {
  return (
    (list.route === 'papers' || list.route === 'captures') &&
    list.q.trim() !== '' &&
    list.author === null &&
    list.org.length === 0 &&
    list.year.length === 0 &&
    !hasClaimFilters(list) &&
    !list.starred &&
    list.captured === null &&
    list.ids.length === 0
  );
}

/** The facet counts of the papers `docs` in a list that only searches (onlySearched). */
export function countDocs(docs: Int32Array, f: DocFacets): FacetCounts {
  const org = new Int32Array(f.org.length);
  const hw = new Int32Array(f.hw.length);
  const year = new Int32Array(f.year.length);
  const kind = new Int32Array(CLAIM_KINDS.length);
  const min = new Int32Array(STEPS.length);
  for (let i = 0; i < docs.length; i++) {
    const d = docs[i]!;
    const o = f.orgOf[d]!;
    if (o >= 0) org[o]!++;
    const y = f.yearOf[d]!;
    if (y >= 0) year[y]!++;
    const k = f.kinds[d]!;
    if (k !== 0) for (let b = 0; b < kind.length; b++) if (k & (1 << b)) kind[b]!++;
    for (let s = 0; s < f.steps[d]!; s++) min[s]!++;
    for (let j = f.hwStart[d]!; j < f.hwStart[d + 1]!; j++) hw[f.hwCodes[j]!]!++;
  }
  const minMap = new Map<number, number>();
  for (let s = 0; s < STEPS.length; s++) minMap.set(STEPS[s]!, min[s]!);
  return {
    org: countsMap(f.org, org),
    hw: countsMap(f.hw, hw),
    kind: countsMap(CLAIM_KINDS, kind),
    year: countsMap(f.year, year),
    min: minMap,
    anyMin: docs.length,
  };
}

export function encodeDocFacets(f: DocFacets): Uint8Array {
  const n = f.orgOf.length;
  const w = new ByteWriter();
  const values = new TextEncoder().encode(JSON.stringify([f.org, f.hw, f.year]));
  w.raw(Uint8Array.from(MAGIC));
  for (const v of [VERSION, n, values.length]) w.varint(v);
  w.raw(values);
  for (let d = 0; d < n; d++) {
    w.varint(f.orgOf[d]! + 1);
    w.varint(f.yearOf[d]! + 1);
    w.varint(f.kinds[d]!);
    w.varint(f.steps[d]!);
    w.varint(f.hwStart[d + 1]! - f.hwStart[d]!);
    for (let j = f.hwStart[d]!; j < f.hwStart[d + 1]!; j++) w.varint(f.hwCodes[j]!);
  }
  return w.bytes.slice(0, w.length);
}

/** What is wrong with bytes that are not facet codes this code wrote. */
export class DocFacetsFormatError extends Error {
  override name = 'DocFacetsFormatError';
}

const isList = (v: unknown, item: (x: unknown) => boolean) => Array.isArray(v) && v.every(item);

/**
 * The codes `encodeDocFacets` wrote, for `papers` papers; throws DocFacetsFormatError on
 * anything else (or codes for another number of papers).
 */
export function decodeDocFacets(bytes: Uint8Array, papers: number): DocFacets {
  const r = new ByteReader(
    bytes,
    (at, what) => new DocFacetsFormatError(`facet codes, byte ${at}: ${what}`),
  );
  r.header(MAGIC, VERSION, 'not facet codes');
  const n = r.varint();
  if (n !== papers) r.fail(`codes for ${n} papers, not ${papers}`);
  const length = r.varint();
  if (r.at + length > bytes.length) r.fail('ends early');
  let values: unknown;
  try {
    values = JSON.parse(new TextDecoder().decode(bytes.subarray(r.at, r.at + length)));
  } catch {
    r.fail('the values are not JSON');
  }
  r.at += length;
  const text = (x: unknown) => typeof x === 'string';
  const [org, hw, year] = Array.isArray(values) ? (values as unknown[]) : [];
  if (
    !Array.isArray(values) ||
    values.length !== 3 ||
    !isList(org, text) ||
    !isList(hw, text) ||
    !isList(year, Number.isInteger)
  )
    r.fail('the values are not three lists');
  const orgs = org as string[];
  const hws = hw as string[];
  const years = year as number[];
  const out = blankCodes(n, orgs, hws, years);
  const code = (size: number) => {
    const c = r.varint() - 1;
    if (c >= size) r.fail('a code names no value');
    return c;
  };
  const codes: number[] = [];
  for (let d = 0; d < n; d++) {
    out.orgOf[d] = code(orgs.length);
    out.yearOf[d] = code(years.length);
    const kinds = r.varint();
    if (kinds >= 2 ** CLAIM_KINDS.length) r.fail('a claim kind is unknown');
    out.kinds[d] = kinds;
    const steps = r.varint();
    if (steps > STEPS.length) r.fail('a factor reaches more steps than there are');
    out.steps[d] = steps;
    const count = r.varint();
    if (count > hws.length) r.fail('a paper has more hardware than there is');
    for (let j = 0; j < count; j++) {
      const h = r.varint();
      if (h >= hws.length) r.fail('a code names no value');
      codes.push(h);
    }
    out.hwStart[d + 1] = codes.length;
  }
  if (r.at !== bytes.length) r.fail('has bytes after its end');
  out.hwCodes = Int32Array.from(codes);
  return out;
}
