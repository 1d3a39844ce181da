// What the app reads of the dataset contract (schema.ts) without valibot: the version,
// the claim kinds, the rule that ids are unique, and each object's keys in the schema's
// order (for the fast check at load, canonical-dataset.ts). The site's first paint
// needs these; the valibot schema, which explains what is wrong with a dataset that is
// not in this exact shape, is loaded only then. schema.ts builds on these, and
// canonical-dataset.test.ts checks the keys are the schema's.

export const SCHEMA_VERSION = 2 as const;

export const CLAIM_KINDS = [
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
] as const;

/** The first id a paper shares with an earlier one, or null when every id is its own. */
export function firstRepeatedId(papers: readonly { id: string }[]): string | null {
  const seen = new Set<string>();
  for (const p of papers) {
    if (seen.has(p.id)) return p.id;
    seen.add(p.id);
  }
  return null;
}

/** Each object's keys in the schema's order (schema.ts, schemaKeys(), says the same). */
export const SCHEMA_KEYS = {
  diagnostic: ['file', 'line', 'column', 'severity', 'message'],
  sourceRef: ['file', 'line', 'position', 'capturedOn'],
  links: ['arxiv', 'pdf', 'huggingFace', 'project', 'code'],
  org: ['handle', 'name'],
  claim: [
    'start',
    'end',
    'text',
    'kind',
    'value',
    'unit',
    'factor',
    'range',
    'metric',
    'baseline',
    'hardware',
    'condition',
  ],
  paper: [
    'id',
    'title',
    'arxivId',
    'abstract',
    'authors',
    'authorsCount',
    'org',
    'publishedOn',
    'dateInferred',
    'comments',
    'upvotes',
    'links',
    'sources',
    'hardware',
    'claims',
  ],
  datasetSource: ['file', 'kind', 'capturedOn', 'papers'],
  dataset: ['schemaVersion', 'sources', 'papers', 'diagnostics'],
} as const satisfies Record<string, readonly string[]>;
