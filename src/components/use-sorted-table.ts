import { useMemo } from 'react';
import type { ColumnRecord } from '../derive/column-record';
import { sortByColumn } from '../derive/rank-sort';
import { SORT_COMPARE } from '../derive/sort-compare';
import type { SortColumn } from '../derive/table-columns';
import type { SortState } from '../url/view-state';

/** One sortable header: how the table is sorted by it, and what a click on it does. */
export interface SortHeader {
  id: string;
  label: string;
  sorted: 'asc' | 'desc' | false;
  toggle: () => void;
}

/** A table's headers with their sort buttons. */
export interface SortedTable {
  headers: readonly SortHeader[];
}

/**
 * The sort a click on `column`'s header asks for: another column's sort (or none)
 * gives way to this column in its first direction; this column's flips, or, when the
 * view may have no sort (`removable`) and it is in its second direction, goes. The
 * cycle TanStack Table's single-column sorting had (the tables used it for nothing
 * else: the rows are ordered by displayOrder).
 */
export function nextSort(
  column: SortColumn,
  sort: SortState | null,
  removable: boolean,
): SortState | null {
  if (sort?.id !== column.id) return { id: column.id, desc: column.descFirst };
  if (removable && sort.desc !== column.descFirst) return null;
  return { id: column.id, desc: !sort.desc };
}

/**
 * The headers of a table whose sorting is owned by the URL: `sort` is the effective
 * sort (URL's or the view's default) and every header click goes to `onSort`.
 */
export function sortedTable(options: {
  columns: readonly SortColumn[];
  sort: SortState | null;
  onSort?: (sort: SortState | null) => void;
  /** False when the view always has a sort (clicking cycles asc/desc only). */
  removable: boolean;
}): SortedTable {
  const { columns, sort, onSort, removable } = options;
  return {
    headers: columns.map((c) => ({
      id: c.id,
      label: c.label,
      sorted: sort?.id === c.id ? (sort.desc ? 'desc' : 'asc') : false,
      toggle: () => onSort?.(nextSort(c, sort, removable)),
    })),
  };
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
 * ranked once per column) order them, with no values compared pairwise on every
 * keystroke: the order TanStack Table's sorted row model gives (the test's reference).
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
