import type { Paper } from '../dataset/schema';
import type { PaperRow } from '../derive/rows';
import type { CsvCell } from './csv';

export const PAPER_CSV_HEADER = [
  'id',
  'title',
  'organization',
  'org_handle',
  'published',
  'date_inferred',
  'authors',
  'comments',
  'claims',
  'best_factor',
  'hardware',
];

export function paperCsvRow(r: PaperRow): CsvCell[] {
  const p = r.paper;
  return [
    p.id,
    p.title,
    r.orgName,
    r.orgHandle,
    p.publishedOn,
    p.dateInferred,
    p.authorsCount,
    p.comments,
    r.claimCount,
    r.bestFactor,
    p.hardware.join('; '),
  ];
}

/** The JSON export holds the papers exactly as the dataset does. */
export function paperJson(rows: readonly PaperRow[]): Paper[] {
  return rows.map((r) => r.paper);
}
