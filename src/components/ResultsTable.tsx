import type { ReactNode } from 'react';
import type { CsvCell } from '../export/csv';
import { clearedList, type ListView } from '../url/view-state';
import { DataTable } from './DataTable';
import { EmptyState } from './EmptyState';
import { ExportButtons } from './ExportButtons';
import { plural } from './format';
import { useNavigation } from './navigation';
import { ResultsToolbar } from './ResultsToolbar';
import type { SortedTable } from './use-sorted-table';

interface Props<Row extends { id: string }> {
  /** Singular noun for one row: "paper", "claim". */
  noun: string;
  list: ListView;
  table: SortedTable<Row>;
  /** Every result, for the count. */
  rows: readonly Row[];
  /** The rows in display order: what the table shows and the exports hold. */
  shown: Row[];
  /** How the rows are ordered, in words: "by factor, largest first". */
  order: string;
  exports: {
    csvHeader: readonly string[];
    csvRow: (row: Row) => CsvCell[];
    json: (rows: Row[]) => unknown;
  };
  renderCell: (columnId: string, row: Row) => ReactNode;
  focusRowId?: string | null;
}

const getRowId = (r: { id: string }) => r.id;

/** A list view's body: heading, count and order, exports, then the table or the empty state. */
export function ResultsTable<Row extends { id: string }>({
  noun,
  list,
  table,
  rows,
  shown,
  order,
  exports,
  renderCell,
  focusRowId,
}: Props<Row>) {
  const nav = useNavigation();
  const nouns = `${noun}s`;
  const title = nouns.charAt(0).toUpperCase() + nouns.slice(1);
  return (
    <>
      <h1 className="visually-hidden">{title}</h1>
      <ResultsToolbar status={plural(rows.length, noun)} order={order}>
        {rows.length > 0 ? (
          <ExportButtons
            name={`speedboard-${nouns}`}
            what={nouns}
            csv={() => ({ header: exports.csvHeader, rows: shown.map(exports.csvRow) })}
            json={() => exports.json(shown)}
          />
        ) : null}
      </ResultsToolbar>
      {rows.length === 0 ? (
        <EmptyState
          what={nouns}
          query={list.q}
          onClear={() => nav.navigate({ page: 'list', list: clearedList(list) })}
        />
      ) : (
        <DataTable
          table={table}
          rows={shown}
          getRowId={getRowId}
          className={`is-${nouns}`}
          caption={`${title}, ${order}`}
          focusRowId={focusRowId}
          renderCell={renderCell}
        />
      )}
    </>
  );
}
