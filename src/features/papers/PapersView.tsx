import { DataTable } from '../../components/DataTable';
import { EmptyState } from '../../components/EmptyState';
import { ExportButtons } from '../../components/ExportButtons';
import { plural } from '../../components/format';
import { useNavigation } from '../../components/navigation';
import { ResultsToolbar } from '../../components/ResultsToolbar';
import { useDisplayRows, useSortedTable } from '../../components/use-sorted-table';
import { PAPER_COLUMN_LABELS, paperColumns } from '../../derive/paper-columns';
import type { PaperRow } from '../../derive/rows';
import { PAPER_CSV_HEADER, paperCsvRow, paperJson } from '../../export/paper-export';
import type { PaperSortKey } from '../../url/sort-keys';
import { clearedList, type ListView } from '../../url/view-state';
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
    <>
      <h1 className="visually-hidden">Papers</h1>
      <ResultsToolbar status={plural(rows.length, 'paper')} order={order}>
        {rows.length > 0 ? (
          <ExportButtons
            name="speedboard-papers"
            what="papers"
            csv={() => ({ header: PAPER_CSV_HEADER, rows: shown.map(paperCsvRow) })}
            json={() => paperJson(shown)}
          />
        ) : null}
      </ResultsToolbar>
      {rows.length === 0 ? (
        <EmptyState what="papers" query={list.q} onClear={() => nav.navigate({ page: 'list', list: clearedList(list) })} />
      ) : (
        <DataTable
          table={table}
          rows={shown}
          getRowId={getRowId}
          className="is-papers"
          caption={`Papers, ${order}`}
          focusRowId={focusRowId}
          renderCell={(id, r) => renderPaperCell(id, r, list, terms)}
        />
      )}
    </>
  );
}
