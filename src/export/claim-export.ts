import type { Claim } from '../dataset/schema';
import type { ClaimRow } from '../derive/rows';
import type { CsvCell } from './csv';

export const CLAIM_CSV_HEADER = [
  'paper_id',
  'paper_title',
  'claim',
  'factor',
  'range_low',
  'range_high',
  'kind',
  'value',
  'unit',
  'metric',
  'baseline',
  'hardware',
  'condition',
  'evidence',
];

export function claimCsvRow(r: ClaimRow): CsvCell[] {
  const c = r.claim;
  return [
    r.paper.id,
    r.paper.paper.title,
    r.index + 1,
    c.factor,
    c.range?.[0] ?? null,
    c.range?.[1] ?? null,
    c.kind,
    c.value,
    c.unit,
    c.metric,
    c.baseline,
    c.hardware,
    c.condition,
    c.text,
  ];
}

export interface ClaimJson extends Claim {
  paperId: string;
  paperTitle: string;
  claimNumber: number;
}

export function claimJson(rows: readonly ClaimRow[]): ClaimJson[] {
  return rows.map((r) => ({
    paperId: r.paper.id,
    paperTitle: r.paper.paper.title,
    claimNumber: r.index + 1,
    ...r.claim,
  }));
}
