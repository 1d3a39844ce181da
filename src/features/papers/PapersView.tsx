import { useNavigation } from '../../components/navigation';
import { ResultsTable } from '../../components/ResultsTable';
import { useDisplayRows, useSortedTable } from '../../components/use-sorted-table';
import { PAPER_COLUMN_LABELS, paperColumns } from '../../derive/paper-columns';
import type { PaperRow } from '../../derive/rows';
import { PAPER_CSV_HEADER, paperCsvRow, paperJson } from '../../export/paper-export';
import type { PaperSortKey } from '../../url/sort-keys';
import type { ListView } from '../../url/view-state';
import { renderPaperCell } from './paper-cells';

const getRowId = (r: { id: string }) => r.id;

interface Props {
  rows: PaperRow[];
  list: ListView;
  terms: readonly string[];
  focusRowId?: string | null;
}

export function PapersView({ rows, list, terms, focusRowId }: Props) {
  const nav = useNavigation();
  const table = useSortedTable({
    data: rows,
    columns: paperColumns,
    sort: list.sort,
    removable: true,
    getRowId,
    onSort: (sort) => nav.navigate({ page: 'list', list: { ...list, sort } }),
  });
  const shown = useDisplayRows(table, rows, list.sort);
  const order = list.sort
    ? `by ${PAPER_COLUMN_LABELS[list.sort.id as PaperSortKey].toLowerCase()}, ${list.sort.desc ? 'descending' : 'ascending'}`
    : list.q.trim()
      ? 'best match first'
      : 'newest first';
  return (
    <ResultsTable
      noun="paper"
      list={list}
      table={table}
      rows={rows}
      shown={shown}
      order={order}
      exports={{ csvHeader: PAPER_CSV_HEADER, csvRow: paperCsvRow, json: paperJson }}
      focusRowId={focusRowId}
      renderCell={(id, r) => renderPaperCell(id, r, list, terms)}
    />
  );
}
