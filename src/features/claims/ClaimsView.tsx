import { useNavigation } from '../../components/navigation';
import { ResultsTable } from '../../components/ResultsTable';
import { useDisplayRows, useSortedTable } from '../../components/use-sorted-table';
import { CLAIM_COLUMN_LABELS, claimColumns } from '../../derive/claim-columns';
import type { ClaimRow } from '../../derive/rows';
import { CLAIM_CSV_HEADER, claimCsvRow, claimJson } from '../../export/claim-export';
import { effectiveSort, type ClaimSortKey } from '../../url/sort-keys';
import type { ListView } from '../../url/view-state';
import { renderClaimCell } from './claim-cells';

const getRowId = (r: { id: string }) => r.id;

interface Props {
  rows: ClaimRow[];
  list: ListView;
  terms: readonly string[];
  focusRowId?: string | null;
}

export function ClaimsView({ rows, list, terms, focusRowId }: Props) {
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
  const shown = useDisplayRows(table, rows, sort);
  const order = sort
    ? `by ${CLAIM_COLUMN_LABELS[sort.id as ClaimSortKey].toLowerCase()}, ${sort.desc ? (sort.id === 'factor' ? 'largest first' : 'descending') : 'ascending'}`
    : '';
  return (
    <ResultsTable
      noun="claim"
      list={list}
      table={table}
      rows={rows}
      shown={shown}
      order={order}
      exports={{ csvHeader: CLAIM_CSV_HEADER, csvRow: claimCsvRow, json: claimJson }}
      focusRowId={focusRowId}
      renderCell={(id, r) => renderClaimCell(id, r, list, terms)}
    />
  );
}
