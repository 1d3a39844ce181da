import { createColumnHelper, type RowData } from '@tanstack/table-core';
import type { ColumnRecord, SortKind } from './column-record';
import type { SortingTableFeatures } from './table-features';

// TanStack column definitions built from the column records: the records say what
// a column sorts by, this says how TanStack sorts it.

const SORT_OPTIONS = {
  number: { sortFn: 'basic', sortUndefined: 'last', sortDescFirst: true },
  date: { sortFn: 'basic', sortUndefined: 'last', sortDescFirst: true },
  text: { sortFn: 'basic', sortUndefined: 'last', sortDescFirst: false },
  'unit-value': { sortFn: 'unitValue', sortUndefined: 'last', sortDescFirst: true },
} as const satisfies Record<SortKind, object>;

export function tableColumns<Row extends RowData>(records: readonly ColumnRecord<Row>[]) {
  const col = createColumnHelper<SortingTableFeatures, Row>();
  return col.columns(
    records.map((r) =>
      col.accessor((row: Row) => r.value(row), {
        id: r.id,
        header: r.label,
        ...SORT_OPTIONS[r.sort],
      }),
    ),
  );
}
