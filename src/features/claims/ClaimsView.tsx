import { useNavigation } from '../../components/navigation';
import { ResultsTable } from '../../components/ResultsTable';
import { useDisplayRows, useSortedTable } from '../../components/use-sorted-table';
import { CLAIM_TABLE, claimColumns } from '../../derive/claim-columns';
import { columnLabel } from '../../derive/column-record';
import type { ClaimRow } from '../../derive/rows';
import { claimJson } from '../../export/claim-export';
import { effectiveSort } from '../../url/sort-keys';
import type { ListView } from '../../url/view-state';
import { CLAIM_CELLS, CLAIM_SINGLE_LINE } from './claim-cells';

const getRowId = (r: { id: string }) => r.id;

interface Props {
  rows: ClaimRow[];
  /** Every claim of the dataset: sorting ranks a column once over all of them. */
  all: readonly ClaimRow[];
  list: ListView;
  terms: readonly string[];
  focusRowId?: string | null;
}

export function ClaimsView({ rows, all, list, terms, focusRowId }: Props) {
  const nav = useNavigation();
  const sort = effectiveSort('claims', list.sort);
  const table = useSortedTable({
    data: rows,
    columns: claimColumns,
    sort,
    removable: false,
    getRowId,
    onSort: (next) => nav.navigate({ page: 'list', list: { ...list, sort: next } }),
  });
  const shown = useDisplayRows(rows, all, CLAIM_TABLE.columns, sort);
  const order = sort
    ? `by ${columnLabel(CLAIM_TABLE, sort.id).toLowerCase()}, ${sort.desc ? (sort.id === 'factor' ? 'largest first' : 'descending') : 'ascending'}`
    : '';
  return (
    <ResultsTable
      noun="claim"
      list={list}
      table={table}
      spec={CLAIM_TABLE}
      cells={CLAIM_CELLS}
      singleLine={CLAIM_SINGLE_LINE}
      terms={terms}
      rows={rows}
      shown={shown}
      order={order}
      json={claimJson}
      focusRowId={focusRowId}
    />
  );
}
