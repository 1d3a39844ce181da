// The dataset contract (schema version 2), written once as a valibot schema: the
// types below are inferred from it, the build checks the dataset file against it
// and the app checks the bundled copy against it (check-dataset.ts), so a field
// added or changed here changes all three. See docs/DATASET.md for the fields and
// the note on migrating from version 1.
import * as v from 'valibot';
import { ARXIV_ID } from './links.ts';
import { CLAIM_KINDS, firstRepeatedId, type SCHEMA_KEYS, SCHEMA_VERSION } from './schema-shape.ts';

export { CLAIM_KINDS, SCHEMA_VERSION } from './schema-shape.ts';

const count = v.pipe(v.number(), v.integer(), v.minValue(0));
const isoDate = v.pipe(v.string(), v.isoDate());

const line = v.pipe(count, v.minValue(1));
const httpsUrl = v.pipe(
  v.string(),
  v.url('expected an https: URL'),
  v.startsWith('https://', 'expected an https: URL'),
);

const DiagnosticSchema = v.object({
  file: v.string(),
  /**
   * 1-based line in a page capture or sidecar. Null for a Hugging Face API list: its
   * message starts with the JSON path instead (the file is one line as received).
   */
  line: v.nullable(line),
  /** 1-based, in UTF-16 code units; only where the column matters (a byte that is not UTF-8). */
  column: v.optional(count),
  severity: v.picklist(['warning', 'error']),
  message: v.string(),
});

/** Where a paper was seen: which input, where in it, and on which day. */
const SourceRefSchema = v.object({
  file: v.string(),
  /** The line of the card's title in a page capture; null in an API list. */
  line: v.nullable(line),
  /**
   * 1-based place of the paper on that page or in that list, as the reader saw it
   * (every card or item counts, skipped ones too): the page's own order.
   */
  position: line,
  /** ISO date of that capture or API list. */
  capturedOn: isoDate,
});

/** Outside pages for a paper: https: URLs, or null when not known. */
const PaperLinksSchema = v.object({
  /** The arXiv abstract page, built from `arxivId`. */
  arxiv: v.nullable(httpsUrl),
  /** The arXiv PDF, built from `arxivId`. */
  pdf: v.nullable(httpsUrl),
  /** The paper's Hugging Face page, built from `arxivId`. */
  huggingFace: v.nullable(httpsUrl),
  /** A project page, as the API gave it. */
  project: v.nullable(httpsUrl),
  /** A code repository, as the API gave it. */
  code: v.nullable(httpsUrl),
});

const OrgSchema = v.object({ handle: v.string(), name: v.string() });

const ClaimSchema = v.pipe(
  v.object({
    /** UTF-16 offsets into the paper's abstract: the evidence. */
    start: count,
    end: count,
    /** abstract.slice(start, end) */
    text: v.string(),
    kind: v.picklist(CLAIM_KINDS),
    /** The number as stated (for a range, the upper end). */
    value: v.number(),
    /** The unit as stated, normalized: "x", "%", "tokens/s", "TFLOPs/s", "s", … */
    unit: v.string(),
    /** Normalized "times better"; null for absolute figures. */
    factor: v.nullable(v.number()),
    /** [low, high] when a range is stated; factor is then the upper end. */
    range: v.nullable(v.tuple([v.number(), v.number()])),
    metric: v.nullable(v.string()),
    baseline: v.nullable(v.string()),
    hardware: v.nullable(v.string()),
    condition: v.nullable(v.string()),
  }),
  v.check((c) => c.start <= c.end, 'start is after end'),
);

const PaperSchema = v.pipe(
  v.object({
    /** Stable, unique, URL-safe. */
    id: v.pipe(v.string(), v.nonEmpty()),
    title: v.string(),
    /** The arXiv identifier (`2510.01234`), known only from an API list; null otherwise. */
    arxivId: v.nullable(v.pipe(v.string(), v.regex(ARXIV_ID))),
    abstract: v.string(),
    /** Author names in order, when an API list gave them; empty otherwise. */
    authors: v.array(v.string()),
    authorsCount: v.nullable(count),
    org: v.nullable(OrgSchema),
    /** ISO date YYYY-MM-DD, or null when the card had no date. */
    publishedOn: v.nullable(isoDate),
    /** True when publishedOn's year was inferred rather than read from a sidecar or file name. */
    dateInferred: v.boolean(),
    comments: v.nullable(count),
    /** Hugging Face upvotes in the newest API list that had the paper; null without one. */
    upvotes: v.nullable(count),
    links: PaperLinksSchema,
    /** Every capture and API list the paper appeared on. */
    sources: v.array(SourceRefSchema),
    /** Accelerators named in the abstract, normalized, without counts. */
    hardware: v.array(v.string()),
    claims: v.array(ClaimSchema),
  }),
  // The paper view marks each claim's evidence in the abstract by these offsets.
  v.check(
    (p) => p.claims.every((c) => c.end <= p.abstract.length),
    'a claim ends past the end of the abstract',
  ),
);

/** `capture`: a saved Daily Papers page (text); `api`: a Hub API daily list (JSON). */
const SOURCE_KINDS = ['capture', 'api'] as const;

const DatasetSourceSchema = v.object({
  file: v.string(),
  kind: v.picklist(SOURCE_KINDS),
  /** ISO date of the capture, or the day of the API list. */
  capturedOn: isoDate,
  papers: count,
});

export const DatasetSchema = v.pipe(
  v.object({
    schemaVersion: v.literal(SCHEMA_VERSION),
    sources: v.array(DatasetSourceSchema),
    papers: v.array(PaperSchema),
    diagnostics: v.array(DiagnosticSchema),
  }),
  // Paper ids key the URL, the lookup tables and the rows the app renders.
  v.check(
    (d) => firstRepeatedId(d.papers) === null,
    (issue) => `two papers share the id ${JSON.stringify(firstRepeatedId(issue.input.papers))}`,
  ),
);

export type Diagnostic = v.InferOutput<typeof DiagnosticSchema>;
export type SourceRef = v.InferOutput<typeof SourceRefSchema>;
export type PaperLinks = v.InferOutput<typeof PaperLinksSchema>;
export type SourceKind = (typeof SOURCE_KINDS)[number];
export type Org = v.InferOutput<typeof OrgSchema>;
export type ClaimKind = (typeof CLAIM_KINDS)[number];
export type Claim = v.InferOutput<typeof ClaimSchema>;
export type Paper = v.InferOutput<typeof PaperSchema>;
export type DatasetSource = v.InferOutput<typeof DatasetSourceSchema>;
export type Dataset = v.InferOutput<typeof DatasetSchema>;

/**
 * Each object's keys in the schema's order, as the schema says them: the fast check at
 * load (canonical-dataset.ts) has them written out (schema-shape.ts, SCHEMA_KEYS), so the
 * app's first paint does not wait for valibot; a test checks the two agree.
 */
export function schemaKeys(): Record<keyof typeof SCHEMA_KEYS, string[]> {
  return {
    diagnostic: Object.keys(DiagnosticSchema.entries),
    sourceRef: Object.keys(SourceRefSchema.entries),
    links: Object.keys(PaperLinksSchema.entries),
    org: Object.keys(OrgSchema.entries),
    claim: Object.keys(ClaimSchema.pipe[0].entries),
    paper: Object.keys(PaperSchema.pipe[0].entries),
    datasetSource: Object.keys(DatasetSourceSchema.entries),
    dataset: Object.keys(DatasetSchema.pipe[0].entries),
  };
}
