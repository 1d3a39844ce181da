import { csvHeader, csvValues, type ExportContext, type TableSpec } from '../derive/column-record';
import { exportFileName, localDay } from '../export/file-name';
import { serializeHash } from '../url/codec';
import { clearedList, defaultList, type ListView } from '../url/view-state';
import type { CellRenderers } from './cell-renderers';
import { DataTable } from './DataTable';
import { EmptyState } from './EmptyState';
import { ExportButtons } from './ExportButtons';
import { plural } from './format';
import { useNavigation } from './navigation';
import { ResultsToolbar } from './ResultsToolbar';
import type { SortedTable } from './use-sorted-table';

interface Props<Row extends { id: string }, Id extends string> {
  /** Singular noun for one row: "paper", "claim". */
  noun: string;
  list: ListView;
  table: SortedTable<Row>;
  /** The column records: header tooltips and the CSV come from them. */
  spec: TableSpec<Row, Id>;
  cells: CellRenderers<Id, Row>;
  /** Columns whose cells are one short line (see DataTable). */
  singleLine?: ReadonlySet<string>;
  terms: readonly string[];
  /** Every result, for the count. */
  rows: readonly Row[];
  /** The rows in display order: what the table shows and the exports hold. */
  shown: Row[];
  /** How the rows are ordered, in words: "by factor, largest first". */
  order: string;
  json: (rows: Row[]) => unknown;
  focusRowId?: string | null;
}

const getRowId = (r: { id: string }) => r.id;

/** A list view's body: heading, count and order, exports, then the table or the empty state. */
export function ResultsTable<Row extends { id: string }, Id extends string>({
  noun,
  list,
  table,
  spec,
  cells,
  singleLine,
  terms,
  rows,
  shown,
  order,
  json,
  focusRowId,
}: Props<Row, Id>) {
  const nav = useNavigation();
  const nouns = `${noun}s`;
  const title = nouns.charAt(0).toUpperCase() + nouns.slice(1);
  const ctx = { list, terms };
  const exportContext = (): ExportContext => {
    const here = new URL(nav.href());
    return {
      paperUrl: (id, claim) => {
        here.hash = serializeHash({ page: 'paper', id, claim, list: defaultList(list.route) });
        return here.href;
      },
    };
  };
  const help = (id: string) => spec.columns.find((c) => c.id === id)?.help;
  return (
    <>
      <h1 className="visually-hidden">{title}</h1>
      <ResultsToolbar status={plural(rows.length, noun)} order={order}>
        {rows.length > 0 ? (
          <ExportButtons
            name={() => exportFileName(nouns, new Date())}
            what={nouns}
            csv={() => {
              const links = exportContext();
              return { header: csvHeader(spec), rows: shown.map((r) => csvValues(spec, r, links)) };
            }}
            // The address it came from: opening it shows the same rows in the same order.
            json={() => ({
              url: nav.href(),
              exportedOn: localDay(new Date()),
              [nouns]: json(shown),
            })}
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
          help={help}
          singleLine={singleLine}
          renderCell={(id, r) => cells[id as Id](r, ctx)}
        />
      )}
    </>
  );
}
