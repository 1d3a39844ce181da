// The dataset contract (schema version 1). Both the build (scripts/, vite plugin)
// and the app import these types; nothing else defines the dataset's shape.
// See docs/DATASET.md for the field-by-field description.

export const SCHEMA_VERSION = 1 as const;

export type Severity = 'warning' | 'error';

export interface Diagnostic {
  file: string;
  line: number;
  severity: Severity;
  message: string;
}

export interface SourceRef {
  file: string;
  line: number;
}

export interface Org {
  handle: string;
  name: string;
}

export type ClaimKind =
  | 'speedup'
  | 'throughput'
  | 'latency'
  | 'memory'
  | 'cost'
  | 'compression'
  | 'utilization'
  | 'compute'
  | 'energy'
  | 'other';

export const CLAIM_KINDS: readonly ClaimKind[] = [
  'speedup',
  'throughput',
  'latency',
  'memory',
  'cost',
  'compression',
  'utilization',
  'compute',
  'energy',
  'other',
];

export interface Claim {
  /** UTF-16 offsets into the paper's abstract: the evidence. */
  start: number;
  end: number;
  /** abstract.slice(start, end) */
  text: string;
  kind: ClaimKind;
  /** The number as stated (for a range, the upper end). */
  value: number;
  /** The unit as stated, normalized: "x", "%", "tokens/s", "TFLOPs/s", "s", … */
  unit: string;
  /** Normalized "times better"; null for absolute figures. */
  factor: number | null;
  /** [low, high] when a range is stated; factor is then the upper end. */
  range: [number, number] | null;
  metric: string | null;
  baseline: string | null;
  hardware: string | null;
  condition: string | null;
}

export interface Paper {
  /** Stable, unique, URL-safe. */
  id: string;
  title: string;
  abstract: string;
  authorsCount: number | null;
  org: Org | null;
  /** ISO date YYYY-MM-DD, or null when the card had no date. */
  publishedOn: string | null;
  /** True when publishedOn's year was inferred rather than read from a sidecar or file name. */
  dateInferred: boolean;
  comments: number | null;
  /** Every page capture the paper appeared on, first line of its title. */
  sources: SourceRef[];
  /** Accelerators named in the abstract, normalized, without counts. */
  hardware: string[];
  claims: Claim[];
}

export interface DatasetSource {
  file: string;
  /** ISO date of the capture. */
  capturedOn: string;
  papers: number;
}

export interface Dataset {
  schemaVersion: typeof SCHEMA_VERSION;
  sources: DatasetSource[];
  papers: Paper[];
  diagnostics: Diagnostic[];
}
