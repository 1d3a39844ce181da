import {
  useTable,
  type ColumnDef,
  type ReactTable,
  type SortingState,
} from '@tanstack/react-table';
import { useMemo } from 'react';
import { sortingTableFeatures, type SortingTableFeatures } from '../derive/table-features';
import type { SortState } from '../url/view-state';

export type SortedTable<Row extends object> = ReactTable<SortingTableFeatures, Row>;

/**
 * A TanStack table whose sorting is owned by the URL: `sort` is the effective sort
 * (URL's or the view's default) and every header click goes to `onSort`.
 */
export function useSortedTable<Row extends object>(options: {
  data: Row[];
  // biome-ignore lint/suspicious/noExplicitAny: columns of one table hold values of different types
  columns: ColumnDef<SortingTableFeatures, Row, any>[];
  sort: SortState | null;
  onSort?: (sort: SortState | null) => void;
  /** False when the view always has a sort (clicking cycles asc/desc only). */
  removable: boolean;
  getRowId: (row: Row) => string;
}): SortedTable<Row> {
  const { data, columns, sort, onSort, removable, getRowId } = options;
  const sorting = useMemo<SortingState>(
    () => (sort ? [{ id: sort.id, desc: sort.desc }] : []),
    [sort],
  );
  return useTable({
    features: sortingTableFeatures,
    columns,
    data,
    getRowId,
    state: { sorting },
    enableSortingRemoval: removable,
    enableMultiSort: false,
    onSortingChange: (updater) => {
      const next = typeof updater === 'function' ? updater(sorting) : updater;
      const first = next[0];
      onSort?.(first ? { id: first.id, desc: first.desc } : null);
    },
  });
}

/**
 * The rows in display order. Unsorted, that is the data as given (relevance or
 * newest first) and the table never builds its row model: building 35k row
 * objects on every keystroke was a fifth of the work of a search at 50k papers.
 */
export function useDisplayRows<Row extends object>(
  table: SortedTable<Row>,
  data: Row[],
  sort: SortState | null,
): Row[] {
  // biome-ignore lint/correctness/useExhaustiveDependencies: `table`'s sorted model changes exactly when data or sort do
  return useMemo(
    () => (sort ? table.getRowModel().rows.map((r) => r.original) : data),
    [data, sort],
  );
}
