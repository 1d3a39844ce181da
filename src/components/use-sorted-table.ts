import {
  useTable,
  type ColumnDef,
  type ReactTable,
  type SortingState,
} from '@tanstack/react-table';
import { useMemo } from 'react';
import type { ColumnRecord } from '../derive/column-record';
import { sortByColumn } from '../derive/rank-sort';
import { SORT_COMPARE } from '../derive/sort-compare';
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

/** The rows in display order (see displayOrder), recomputed only when the rows or the sort change. */
export function useDisplayRows<Row extends { ordinal: number }>(
  data: Row[],
  all: readonly Row[],
  columns: readonly ColumnRecord<Row>[],
  sort: SortState | null,
): Row[] {
  return useMemo(() => displayOrder(data, all, columns, sort), [data, all, columns, sort]);
}

/**
 * The rows in display order. Unsorted, that is the data as given (relevance or
 * newest first); sorted, the column's ranks over `all` (every row of the dataset,
 * ranked once per column) order them: TanStack's sorted row model would build a row
 * object per result and compare values pairwise on every keystroke.
 */
export function displayOrder<Row extends { ordinal: number }>(
  data: Row[],
  all: readonly Row[],
  columns: readonly ColumnRecord<Row>[],
  sort: SortState | null,
): Row[] {
  const column = sort ? columns.find((c) => c.id === sort.id) : undefined;
  if (!sort || !column) return data;
  return sortByColumn(
    data,
    all,
    { id: column.id, value: column.value, compare: SORT_COMPARE[column.sort] },
    sort.desc,
  );
}
