import type { SortKind } from './column-record';

// The tables' sortable headers, built from the column records: the records say what a
// column sorts by, this says which way a first click sorts it.

/** Figures and dates sort largest or newest first on a first click, text A to Z. */
const DESC_FIRST = {
  number: true,
  date: true,
  text: false,
  'unit-value': true,
} as const satisfies Record<SortKind, boolean>;

export interface SortColumn {
  id: string;
  label: string;
  /** Whether a first click sorts the column descending. */
  descFirst: boolean;
}

export function tableColumns(
  records: readonly { id: string; label: string; sort: SortKind }[],
): readonly SortColumn[] {
  return records.map((r) => ({ id: r.id, label: r.label, descFirst: DESC_FIRST[r.sort] }));
}
