import { useNavigation } from '../../components/navigation';
import { ResultsTable } from '../../components/ResultsTable';
import { ScopeNote } from '../../components/ScopeNote';
import { useDisplayRows, useSortedTable } from '../../components/use-sorted-table';
import { columnLabel } from '../../derive/column-record';
import { PAPER_TABLE, paperColumns } from '../../derive/paper-columns';
import type { PaperRow } from '../../derive/rows';
import { paperJson } from '../../export/paper-export';
import type { ListView } from '../../url/view-state';
import { PAPER_CELLS, PAPER_SINGLE_LINE } from './paper-cells';

const getRowId = (r: { id: string }) => r.id;

interface Props {
  rows: PaperRow[];
  /** Every paper of the dataset: sorting ranks a column once over all of them. */
  all: readonly PaperRow[];
  list: ListView;
  terms: readonly string[];
  focusRowId?: string | null;
}

export function PapersView({ rows, all, list, terms, focusRowId }: Props) {
  const nav = useNavigation();
  const table = useSortedTable({
    data: rows,
    columns: paperColumns,
    sort: list.sort,
    removable: true,
    getRowId,
    onSort: (sort) => nav.navigate({ page: 'list', list: { ...list, sort } }),
  });
  const shown = useDisplayRows(rows, all, PAPER_TABLE.columns, list.sort);
  const order = list.sort
    ? `by ${columnLabel(PAPER_TABLE, list.sort.id).toLowerCase()}, ${list.sort.desc ? 'descending' : 'ascending'}`
    : list.q.trim()
      ? 'best match first'
      : list.captured !== null
        ? "in the page's order"
        : 'newest first';
  return (
    <>
      <ScopeNote list={list} />
      <ResultsTable
        noun="paper"
        list={list}
        table={table}
        spec={PAPER_TABLE}
        cells={PAPER_CELLS}
        singleLine={PAPER_SINGLE_LINE}
        terms={terms}
        rows={rows}
        shown={shown}
        order={order}
        json={paperJson}
        focusRowId={focusRowId}
      />
    </>
  );
}
