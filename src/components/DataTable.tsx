import {
  type FocusEvent,
  memo,
  type ReactNode,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
} from 'react';
import { parkRest, type Slot } from './parked-rows';
import { rowStep } from './table-keys';
import { useRowWindow } from './use-row-window';
import type { SortedTable } from './use-sorted-table';

/**
 * Above this many rows only the visible ones (and a margin) are in the DOM: about as
 * many as a tall window renders anyway. A search answer of a hundred rows drawn whole
 * cost several times a windowed one to lay out and paint on every keystroke.
 */
const VIRTUALIZE_ABOVE = 60;
// Every row is exactly this tall (cells clamp to two lines; see .data-table in
// app.css), so which rows are visible is arithmetic: nothing is measured per row.
const ROW_HEIGHT = 48;
const NO_COLUMNS: ReadonlySet<string> = new Set();

interface Props<Row extends object> {
  /** Supplies the headers and their sort buttons. */
  table: SortedTable<Row>;
  /** The rows in display order (see useDisplayRows). */
  rows: readonly Row[];
  getRowId: (row: Row) => string;
  caption: string;
  /** A class for the <table>, for column widths. */
  className: string;
  /** A cell's content; null is a missing value, drawn as a muted dash. */
  renderCell: (columnId: string, row: Row) => ReactNode;
  /**
   * Columns whose cells are one short line (dates, counts): their content sits in the
   * cell itself, without the two-line clamp box the others need.
   */
  singleLine?: ReadonlySet<string>;
  /** A column's explanation, shown as its header's tooltip. */
  help?: (columnId: string) => string | undefined;
  /** Row to scroll to and focus on mount (the paper the user came back from). */
  focusRowId?: string | null;
}

/**
 * A real <table> with sort buttons in its headers and, for long lists, virtualized
 * rows (spacer rows above and below keep the scroll height honest). j/k or the arrow
 * keys move focus through the rows' first links; Enter follows it.
 */
export function DataTable<Row extends object>({
  table,
  rows,
  getRowId,
  caption,
  className,
  renderCell,
  singleLine = NO_COLUMNS,
  focusRowId,
  help,
}: Props<Row>) {
  const headers = table.getHeaderGroups()[0]?.headers ?? [];
  const columnIds = headers.map((h) => h.column.id);
  const scrollRef = useRef<HTMLDivElement>(null);
  const headRef = useRef<HTMLTableSectionElement>(null);
  const virtual = rows.length > VIRTUALIZE_ABOVE;
  const rowWindow = useRowWindow(scrollRef, headRef, rows, rows.length, ROW_HEIGHT, virtual);
  const [pendingFocus, setPendingFocus] = useState<number | null>(null);
  const before = rowWindow.start * ROW_HEIGHT;
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  const live = rows.slice(rowWindow.start, rowWindow.end).map((row, i): Slot => {
    const index = rowWindow.start + i;
    // Keyed by slot, not by row: a row scrolled out hands its elements to the row
    // scrolled in (the window's length is the pool's size), and new results reuse the
    // rows on screen, so the DOM is updated in place, not rebuilt.
    const key = virtual ? index % rowWindow.pool : getRowId(row);
    return {
      key,
      parked: false,
      element: (
        <DataRow
          key={key}
          row={row}
          index={index}
          columnIds={columnIds}
          renderCell={renderCell}
          singleLine={singleLine}
        />
      ),
    };
  });
  // A new list renders only its rows on screen; the rows it no longer shows are kept,
  // hidden, until the window widens again and refills them.
  const committed = useRef<readonly Slot[]>([]);
  const slots = virtual && rowWindow.tight ? parkRest(committed.current, live) : live;
  useLayoutEffect(() => {
    committed.current = slots;
    let i = 0;
    for (const tr of bodyRef.current?.children ?? []) {
      if (tr.classList.contains('spacer')) continue;
      const parked = slots[i++]?.parked ?? false;
      if ((tr as HTMLElement).hidden !== parked) (tr as HTMLElement).hidden = parked;
    }
  });
  const after = (rows.length - rowWindow.end) * ROW_HEIGHT;

  const focusRow = (index: number) => {
    const link = scrollRef.current?.querySelector<HTMLElement>(
      `tr[data-index="${index}"]:not([hidden]) a`,
    );
    if (!link) return false;
    link.focus({ preventScroll: virtual });
    if (!virtual) link.closest('tr')?.scrollIntoView?.({ block: 'nearest' });
    return true;
  };

  const goTo = (index: number) => {
    if (virtual) rowWindow.scrollToIndex(index);
    if (!focusRow(index)) setPendingFocus(index);
  };

  useEffect(() => {
    if (pendingFocus !== null && focusRow(pendingFocus)) setPendingFocus(null);
  });

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const step = rowStep(e);
      if (step === 0 || rows.length === 0) return;
      const active = document.activeElement;
      const current =
        active instanceof HTMLElement ? active.closest<HTMLElement>('tr[data-index]') : null;
      const inTable = current !== null && scrollRef.current?.contains(current);
      const from = inTable ? Number(current.dataset.index) : step > 0 ? -1 : rows.length;
      const next = Math.min(rows.length - 1, Math.max(0, from + step));
      e.preventDefault();
      goTo(next);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  });

  // Rows are reused for other rows (see the keys below): focus that stayed on a row
  // element now showing another row is let go, as it would be if its row had left.
  const focusedId = useRef<string | null>(null);
  const onFocus = (e: FocusEvent<HTMLTableSectionElement>) => {
    const tr = (e.target as HTMLElement).closest<HTMLElement>('tr[data-index]');
    const row = tr ? rows[Number(tr.dataset.index)] : undefined;
    focusedId.current = row ? getRowId(row) : null;
  };
  useLayoutEffect(() => {
    const active = document.activeElement;
    if (focusedId.current === null || !(active instanceof HTMLElement)) return;
    const tr = active.closest<HTMLElement>('tr[data-index]');
    if (!tr || !scrollRef.current?.contains(tr)) return;
    const row = rows[Number(tr.dataset.index)];
    if (!row || getRowId(row) !== focusedId.current) active.blur();
  });

  // Coming back from a paper: put the user where they were.
  const restored = useRef(false);
  useLayoutEffect(() => {
    if (restored.current || !focusRowId) return;
    restored.current = true;
    const index = rows.findIndex((r) => getRowId(r) === focusRowId);
    if (index >= 0) goTo(index);
  });

  return (
    <div className="table-scroll" ref={scrollRef}>
      <table className={`data-table ${className}`} aria-rowcount={rows.length + 1}>
        <caption className="visually-hidden">{caption}</caption>
        <thead ref={headRef}>
          <tr aria-rowindex={1}>
            {headers.map((h) => {
              const sorted = h.column.getIsSorted();
              const label = String(h.column.columnDef.header ?? h.column.id);
              return (
                <th
                  key={h.id}
                  scope="col"
                  className={`col-${h.column.id}`}
                  aria-sort={
                    sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'
                  }
                >
                  <button
                    type="button"
                    className="sort-button"
                    title={help?.(h.column.id)}
                    onClick={h.column.getToggleSortingHandler()}
                  >
                    {label}
                    <span className="sort-mark" aria-hidden="true">
                      {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '↕'}
                    </span>
                  </button>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody onFocus={onFocus} ref={bodyRef}>
          {/* One cell, no colSpan: a span over columns that CSS hides on phones would
              add phantom columns and squeeze the visible ones. */}
          {before > 0 && (
            <tr className="spacer" aria-hidden="true">
              <td style={{ height: before }} />
            </tr>
          )}
          {slots.map((s) => s.element)}
          {after > 0 && (
            <tr className="spacer" aria-hidden="true">
              <td style={{ height: after }} />
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}

interface RowProps<Row> {
  row: Row;
  index: number;
  columnIds: readonly string[];
  renderCell: (columnId: string, row: Row) => ReactNode;
  singleLine: ReadonlySet<string>;
}

// Memoized: scrolling re-renders the table's window, and rows that stay in it keep
// their elements. `columnIds` is compared by content, as the header list is rebuilt.
const DataRow = memo(
  function DataRow<Row>({ row, index, columnIds, renderCell, singleLine }: RowProps<Row>) {
    // As few elements as a row can have: every element of every visible row is
    // created, styled and laid out again whenever the rows change.
    return (
      <tr data-index={index} aria-rowindex={index + 2}>
        {columnIds.map((id) => {
          const content = renderCell(id, row);
          if (content === null)
            return (
              <td key={id} className={`col-${id} missing`}>
                —
              </td>
            );
          return singleLine.has(id) ? (
            <td key={id} className={`col-${id} line`}>
              {content}
            </td>
          ) : (
            <td key={id} className={`col-${id}`}>
              <div className="cell">{content}</div>
            </td>
          );
        })}
      </tr>
    );
  },
  (a, b) =>
    a.row === b.row &&
    a.index === b.index &&
    a.renderCell === b.renderCell &&
    a.singleLine === b.singleLine &&
    a.columnIds.join() === b.columnIds.join(),
) as <Row>(props: RowProps<Row>) => ReactNode;
