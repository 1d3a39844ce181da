import { DataTable } from '../../components/DataTable';
import { EmptyState } from '../../components/EmptyState';
import { ExportButtons } from '../../components/ExportButtons';
import { plural } from '../../components/format';
import { useNavigation } from '../../components/navigation';
import { ResultsToolbar } from '../../components/ResultsToolbar';
import { useDisplayRows, useSortedTable } from '../../components/use-sorted-table';
import { CLAIM_COLUMN_LABELS, claimColumns } from '../../derive/claim-columns';
import type { ClaimRow } from '../../derive/rows';
import { CLAIM_CSV_HEADER, claimCsvRow, claimJson } from '../../export/claim-export';
import { effectiveSort, type ClaimSortKey } from '../../url/sort-keys';
import { clearedList, type ListView } from '../../url/view-state';
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
    <>
      <h1 className="visually-hidden">Claims</h1>
      <ResultsToolbar status={plural(rows.length, 'claim')} order={order}>
        {rows.length > 0 ? (
          <ExportButtons
            name="speedboard-claims"
            what="claims"
            csv={() => ({ header: CLAIM_CSV_HEADER, rows: shown.map(claimCsvRow) })}
            json={() => claimJson(shown)}
          />
        ) : null}
      </ResultsToolbar>
      {rows.length === 0 ? (
        <EmptyState what="claims" query={list.q} onClear={() => nav.navigate({ page: 'list', list: clearedList(list) })} />
      ) : (
        <DataTable
          table={table}
          rows={shown}
          getRowId={getRowId}
          className="is-claims"
          caption={`Claims, ${order}`}
          focusRowId={focusRowId}
          renderCell={(id, r) => renderClaimCell(id, r, list, terms)}
        />
      )}
    </>
  );
}
