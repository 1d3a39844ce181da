import { absoluteFigure } from './absolute-figure.ts';
import { columnFor, type TableSpec } from './column-record.ts';
import type { ClaimRow } from './rows.ts';
import { tableColumns } from './table-columns.ts';

// The claims table's columns (see paper-columns.ts: one record per column).

const column = columnFor<ClaimRow>();
const lower = (s: string | null) => (s === null || s === '' ? undefined : s.toLowerCase());

const CLAIM_COLUMN_RECORDS = [
  column({
    id: 'paper',
    label: 'Paper',
    help: 'The paper that makes the claim; opens it with the claim marked in its abstract.',
    sort: 'text',
    value: (r) => r.paper.titleKey,
    csv: [
      { header: 'paper_title', value: (r) => r.paper.paper.title },
      { header: 'claim', value: (r) => r.index + 1 },
    ],
  }),
  column({
    id: 'factor',
    label: 'Factor',
    help: 'How many times better than the baseline, in the direction the claim names (faster, lower, cheaper); 60% lower reads as 2.5×. A range (2–4×) sorts by its upper end. Hover a factor for how it was worked out.',
    sort: 'number',
    value: (r) => r.claim.factor ?? undefined,
    csv: [
      { header: 'factor', value: (r) => r.claim.factor },
      { header: 'range_low', value: (r) => r.claim.range?.[0] ?? null },
      { header: 'range_high', value: (r) => r.claim.range?.[1] ?? null },
    ],
  }),
  column({
    id: 'value',
    label: 'Value',
    help: 'A figure stated on its own, with its unit (49.3% MFU, 560 TFLOPs/GPU), not as a factor over a baseline; sorts within each unit.',
    sort: 'unit-value',
    value: (r) => absoluteFigure(r.claim) ?? undefined,
    csv: [
      { header: 'value', value: (r) => r.claim.value },
      { header: 'unit', value: (r) => r.claim.unit },
    ],
  }),
  column({
    id: 'kind',
    label: 'Kind',
    help: 'What the claim is about: speed, latency, throughput, memory, cost, …',
    sort: 'text',
    value: (r) => r.claim.kind,
    csv: [{ header: 'kind', value: (r) => r.claim.kind }],
  }),
  column({
    id: 'metric',
    label: 'Metric',
    help: 'What was measured, in the paper’s words.',
    sort: 'text',
    value: (r) => lower(r.claim.metric),
    csv: [{ header: 'metric', value: (r) => r.claim.metric }],
  }),
  column({
    id: 'baseline',
    label: 'Baseline',
    help: 'What the claim compares against, when the paper says.',
    sort: 'text',
    value: (r) => lower(r.claim.baseline),
    csv: [{ header: 'baseline', value: (r) => r.claim.baseline }],
  }),
  column({
    id: 'hardware',
    label: 'Hardware',
    help: 'The accelerator the claim was measured on, when the paper says.',
    sort: 'text',
    value: (r) => lower(r.claim.hardware),
    csv: [{ header: 'hardware', value: (r) => r.claim.hardware }],
  }),
  column({
    id: 'condition',
    label: 'Condition',
    help: 'The setting the claim holds in (sequence length, precision, …).',
    sort: 'text',
    value: (r) => lower(r.claim.condition),
    csv: [{ header: 'condition', value: (r) => r.claim.condition }],
  }),
  column({
    id: 'evidence',
    label: 'Evidence',
    help: 'The words of the abstract the claim was read from.',
    sort: 'text',
    value: (r) => r.claim.text.toLowerCase(),
    csv: [{ header: 'evidence', value: (r) => r.claim.text }],
  }),
] as const;

export type ClaimColumnId = (typeof CLAIM_COLUMN_RECORDS)[number]['id'];

export const CLAIM_TABLE: TableSpec<ClaimRow, ClaimColumnId> = {
  columns: CLAIM_COLUMN_RECORDS,
  csvBefore: [{ header: 'paper_id', value: (r) => r.paper.id }],
  csvAfter: [{ header: 'link', value: (r, ctx) => ctx.paperUrl(r.paper.id, r.index) }],
};

export const claimColumns = tableColumns(CLAIM_TABLE.columns);
