// A fast yes/no for the app's load path: is this parsed JSON a dataset exactly as
// the schema (schema.ts) would return it — every rule met, and every object holding
// just the schema's keys, in the schema's order? Then the value can be used as it
// is. Running the valibot schema over every field of 50,000 papers costs about as
// much as parsing them (a third of the time to first rows); this walk costs a few
// percent of it. It never explains a "no": checkDataset then runs the schema, which
// names the first wrong field (or accepts a value that merely has extra keys or
// another key order, and returns the schema's copy). Every rule here mirrors one in
// schema.ts; canonical-dataset.test.ts checks the two agree on mutated datasets. It reads
// no valibot (schema-shape.ts), so the site's first paint does not wait for it.
import { ARXIV_ID } from './links.ts';
import type { Dataset, Paper } from './schema.ts';
import { CLAIM_KINDS, firstRepeatedId, SCHEMA_KEYS, SCHEMA_VERSION } from './schema-shape.ts';

type Obj = Record<string, unknown>;

/** True when `o` is a plain object whose own keys are exactly `keys`, in that order. */
function hasKeys(o: unknown, keys: readonly string[]): o is Obj {
  if (typeof o !== 'object' || o === null || Array.isArray(o)) return false;
  let i = 0;
  for (const k in o) if (k !== keys[i++]) return false;
  return i === keys.length;
}

// The same pattern valibot's isoDate() tests.
const ISO_DATE = /^\d{4}-(?:0[1-9]|1[0-2])-(?:[12]\d|0[1-9]|3[01])$/u;
const KINDS: ReadonlySet<unknown> = new Set(CLAIM_KINDS);
const SEVERITIES: ReadonlySet<unknown> = new Set(['warning', 'error']);
const SOURCE_KINDS: ReadonlySet<unknown> = new Set(['capture', 'api']);

const isNumber = (x: unknown): x is number => typeof x === 'number' && !Number.isNaN(x);
const isCount = (x: unknown): x is number => Number.isInteger(x) && (x as number) >= 0;
const isLine = (x: unknown) => Number.isInteger(x) && (x as number) >= 1;
const isDate = (x: unknown) => typeof x === 'string' && ISO_DATE.test(x);
const isText = (x: unknown) => typeof x === 'string';
const orNull =
  (f: (x: unknown) => boolean) =>
  (x: unknown): boolean =>
    x === null || f(x);

function isHttpsUrl(x: unknown): boolean {
  return typeof x === 'string' && x.startsWith('https://') && parses(x);
}

// As valibot's url() decides (URL.canParse where the runtime has it).
function parses(url: string): boolean {
  if (URL.canParse) return URL.canParse(url);
  try {
    new URL(url);
    return true;
  } catch {
    return false;
  }
}

function every(xs: unknown, f: (x: unknown) => boolean): boolean {
  if (!Array.isArray(xs)) return false;
  for (const x of xs) if (!f(x)) return false;
  return true;
}

const isSourceRef = (s: unknown) =>
  hasKeys(s, SCHEMA_KEYS.sourceRef) &&
  isText(s.file) &&
  (s.line === null || isLine(s.line)) &&
  isLine(s.position) &&
  isDate(s.capturedOn);

const isLinkOrNull = orNull(isHttpsUrl);
const isLinks = (l: unknown) =>
  hasKeys(l, SCHEMA_KEYS.links) &&
  isLinkOrNull(l.arxiv) &&
  isLinkOrNull(l.pdf) &&
  isLinkOrNull(l.huggingFace) &&
  isLinkOrNull(l.project) &&
  isLinkOrNull(l.code);

const isOrg = (o: unknown) => hasKeys(o, SCHEMA_KEYS.org) && isText(o.handle) && isText(o.name);

const isTextOrNull = orNull(isText);
const isRange = (r: unknown) =>
  Array.isArray(r) && r.length === 2 && isNumber(r[0]) && isNumber(r[1]);

function isClaim(c: unknown, abstractLength: number): boolean {
  return (
    hasKeys(c, SCHEMA_KEYS.claim) &&
    isCount(c.start) &&
    isCount(c.end) &&
    (c.start as number) <= (c.end as number) &&
    (c.end as number) <= abstractLength &&
    isText(c.text) &&
    KINDS.has(c.kind) &&
    isNumber(c.value) &&
    isText(c.unit) &&
    (c.factor === null || isNumber(c.factor)) &&
    (c.range === null || isRange(c.range)) &&
    isTextOrNull(c.metric) &&
    isTextOrNull(c.baseline) &&
    isTextOrNull(c.hardware) &&
    isTextOrNull(c.condition)
  );
}

const isCountOrNull = orNull(isCount);

function isPaper(p: unknown, abstractsLater: boolean): boolean {
  if (!hasKeys(p, SCHEMA_KEYS.paper)) return false;
  const abstract = p.abstract;
  if (typeof abstract !== 'string' || (abstractsLater && abstract !== '')) return false;
  const claims = p.claims;
  if (!Array.isArray(claims)) return false;
  // Without its abstract, a claim's end is checked when the abstract arrives (abstracts.ts).
  const limit = abstractsLater ? Number.POSITIVE_INFINITY : abstract.length;
  for (const c of claims) if (!isClaim(c, limit)) return false;
  return (
    typeof p.id === 'string' &&
    p.id !== '' &&
    isText(p.title) &&
    (p.arxivId === null || (typeof p.arxivId === 'string' && ARXIV_ID.test(p.arxivId))) &&
    every(p.authors, isText) &&
    isCountOrNull(p.authorsCount) &&
    (p.org === null || isOrg(p.org)) &&
    (p.publishedOn === null || isDate(p.publishedOn)) &&
    typeof p.dateInferred === 'boolean' &&
    isCountOrNull(p.comments) &&
    isCountOrNull(p.upvotes) &&
    isLinks(p.links) &&
    every(p.sources, isSourceRef) &&
    every(p.hardware, isText)
  );
}

const isDatasetSource = (s: unknown) =>
  hasKeys(s, SCHEMA_KEYS.datasetSource) &&
  isText(s.file) &&
  SOURCE_KINDS.has(s.kind) &&
  isDate(s.capturedOn) &&
  isCount(s.papers);

const DIAGNOSTIC_KEYS_NO_COLUMN = SCHEMA_KEYS.diagnostic.filter((k) => k !== 'column');
const isDiagnostic = (d: unknown) =>
  (hasKeys(d, SCHEMA_KEYS.diagnostic)
    ? isCount(d.column)
    : hasKeys(d, DIAGNOSTIC_KEYS_NO_COLUMN)) &&
  isText((d as Obj).file) &&
  ((d as Obj).line === null || isLine((d as Obj).line)) &&
  SEVERITIES.has((d as Obj).severity) &&
  isText((d as Obj).message);

/**
 * True only when the schema would accept `value` and return an equal copy of it.
 * `abstractsLater`: the site's dataset file, whose abstracts are all "" and come
 * in a file of their own (abstracts.ts); true when the schema would accept it once
 * they are in, if no claim ends past its abstract and no two papers share an id.
 * Joining them checks both, after the first rows: hashing every id into a set took
 * about 6% of the page's thread before them at 50k papers.
 */
export function isCanonicalDataset(value: unknown, abstractsLater = false): value is Dataset {
  return (
    hasKeys(value, SCHEMA_KEYS.dataset) &&
    value.schemaVersion === SCHEMA_VERSION &&
    every(value.sources, isDatasetSource) &&
    every(value.papers, (p) => isPaper(p, abstractsLater)) &&
    every(value.diagnostics, isDiagnostic) &&
    (abstractsLater || firstRepeatedId(value.papers as { id: string }[]) === null)
  );
}

/**
 * True when every one of `papers` is as isCanonicalDataset requires of a dataset's
 * papers: with the dataset's other fields checked apart (an empty papers list), the
 * two together say what isCanonicalDataset says of the whole (site's) dataset.
 */
export function areCanonicalPapers(papers: unknown, abstractsLater: true): papers is Paper[] {
  return every(papers, (p) => isPaper(p, abstractsLater));
}
