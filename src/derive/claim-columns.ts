import { createColumnHelper } from '@tanstack/react-table';
import type { SortingTableFeatures } from './table-features';
import type { ClaimSortKey } from '../url/sort-keys';
import type { ClaimRow } from './rows';

// Sorting semantics of the claims table (see paper-columns.ts for why they live here).

const col = createColumnHelper<SortingTableFeatures, ClaimRow>();
const numeric = { sortFn: 'basic', sortUndefined: 'last', sortDescFirst: true } as const;
const text = { sortFn: 'basic', sortUndefined: 'last', sortDescFirst: false } as const;
const lower = (s: string | null) => (s === null || s === '' ? undefined : s.toLowerCase());

export const CLAIM_COLUMN_LABELS: Record<ClaimSortKey, string> = {
  paper: 'Paper',
  factor: 'Factor',
  kind: 'Kind',
  metric: 'Metric',
  baseline: 'Baseline',
  hardware: 'Hardware',
  condition: 'Condition',
  evidence: 'Evidence',
};

export const claimColumns = col.columns([
  col.accessor((r) => r.paper.titleKey, {
    id: 'paper',
    header: CLAIM_COLUMN_LABELS.paper,
    ...text,
  }),
  col.accessor((r) => r.claim.factor ?? undefined, {
    id: 'factor',
    header: CLAIM_COLUMN_LABELS.factor,
    ...numeric,
  }),
  col.accessor((r) => r.claim.kind, { id: 'kind', header: CLAIM_COLUMN_LABELS.kind, ...text }),
  col.accessor((r) => lower(r.claim.metric), {
    id: 'metric',
    header: CLAIM_COLUMN_LABELS.metric,
    ...text,
  }),
  col.accessor((r) => lower(r.claim.baseline), {
    id: 'baseline',
    header: CLAIM_COLUMN_LABELS.baseline,
    ...text,
  }),
  col.accessor((r) => lower(r.claim.hardware), {
    id: 'hardware',
    header: CLAIM_COLUMN_LABELS.hardware,
    ...text,
  }),
  col.accessor((r) => lower(r.claim.condition), {
    id: 'condition',
    header: CLAIM_COLUMN_LABELS.condition,
    ...text,
  }),
  col.accessor((r) => r.claim.text.toLowerCase(), {
    id: 'evidence',
    header: CLAIM_COLUMN_LABELS.evidence,
    ...text,
  }),
]);
