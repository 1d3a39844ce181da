import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';

/** Rows rendered beyond each edge of the viewport, so a fast scroll shows no gap. */
const OVERSCAN = 14;
/**
 * The window is re-rendered only when fewer rows than this are left beyond an edge of
 * the viewport: a fling then changes the DOM every few frames, a dozen rows at a time,
 * instead of a few rows every frame (each change re-lays out and repaints the table).
 */
const MARGIN = 4;
// jsdom has no layout; a nominal viewport lets tests see the first rows.
const NOMINAL_VIEWPORT = 800;
const HEAD_ESTIMATE = 37;

export interface RowWindow {
  /** Rows [start, end) are rendered; spacers stand in for the others. */
  start: number;
  end: number;
  /**
   * The most rows the window renders at once: keying rendered rows by their index
   * modulo this makes the row scrolled in take the place of the one scrolled out.
   */
  pool: number;
  /** Scrolls the page the least distance that shows row `index` whole below the sticky header. */
  scrollToIndex(index: number): void;
}

export interface RowRange {
  start: number;
  end: number;
  /** The row count and the first visible row the range was computed for. */
  count: number;
  top: number;
}

/**
 * The rows to render when `top` is the first visible row of `count` and `visible`
 * rows fit in the window: `prev` itself (so nothing re-renders) while it still holds
 * the visible rows and MARGIN more on each side (as far as there are rows), else a
 * new range with OVERSCAN rows beyond each edge.
 */
export function nextRange(prev: RowRange, top: number, visible: number, count: number): RowRange {
  const first = Math.max(0, Math.min(top, count - visible));
  const needStart = Math.max(0, first - MARGIN);
  const needEnd = Math.min(count, first + visible + MARGIN);
  if (prev.count === count && prev.start <= needStart && prev.end >= needEnd) return prev;
  // Jumping past every rendered row (dragging the scrollbar, a fast fling): rows beyond
  // the edges would be gone by the next frame, so only the visible ones are rendered.
  const jump = prev.count === count && (first >= prev.end || first + visible <= prev.start);
  const beyond = jump ? 0 : OVERSCAN;
  return {
    start: Math.max(0, first - beyond),
    end: Math.min(count, first + visible + beyond),
    count,
    top,
  };
}

/** Rows that fit in the window, counting one cut at each edge as one. */
const visibleRows = (g: Geometry, rowHeight: number) => Math.ceil(g.viewport / rowHeight) + 1;

/** The element's top in page coordinates. */
function pageTop(el: HTMLElement): number {
  return el.getBoundingClientRect().top + window.scrollY;
}

interface Geometry {
  /** The table's top in page coordinates. */
  tableTop: number;
  /** The sticky header row's height. */
  head: number;
  viewport: number;
}

/**
 * Which of `count` fixed-height rows the window shows. The page scrolls as one (no
 * inner scroll box, so one scrollbar), and the table's header row sticks to the top.
 * Every row is exactly `rowHeight` tall, so a row's position is arithmetic: nothing
 * is measured per row. The scroll handler reads nothing but the scroll position: the
 * table's place on the page and the header's height are read when a ResizeObserver
 * reports a change (after layout, so reading them forces none), the window's height
 * on resize. A re-render happens only when the rendered rows run short (nextRange).
 */
export function useRowWindow(
  tableRef: RefObject<HTMLElement | null>,
  headRef: RefObject<HTMLElement | null>,
  count: number,
  rowHeight: number,
  enabled: boolean,
): RowWindow {
  const geometry = useRef<Geometry>({
    tableTop: 0,
    head: HEAD_ESTIMATE,
    viewport: NOMINAL_VIEWPORT,
  });
  const topRow = useCallback(
    (scrollY: number) => {
      const g = geometry.current;
      return Math.max(0, Math.floor((scrollY - g.tableTop - g.head) / rowHeight));
    },
    [rowHeight],
  );
  const [range, setRange] = useState<RowRange>(() =>
    nextRange(
      { start: 0, end: 0, count: -1, top: 0 },
      0,
      visibleRows(geometry.current, rowHeight),
      count,
    ),
  );
  // The scroll handler reads the latest count without re-subscribing per result list.
  const countRef = useRef(count);
  countRef.current = count;

  useEffect(() => {
    const table = tableRef.current;
    if (!enabled || !table) return;
    const g = geometry.current;
    const update = () =>
      setRange((prev) =>
        nextRange(prev, topRow(window.scrollY), visibleRows(g, rowHeight), countRef.current),
      );
    const measure = () => {
      g.tableTop = pageTop(table);
      const head = headRef.current?.getBoundingClientRect().height ?? 0;
      if (head > 0) g.head = head;
      update();
    };
    const onResize = () => {
      g.viewport = window.innerHeight || NOMINAL_VIEWPORT;
      update();
    };
    g.viewport = window.innerHeight || NOMINAL_VIEWPORT;
    measure();
    window.addEventListener('scroll', update, { passive: true });
    window.addEventListener('resize', onResize, { passive: true });
    // Whatever moves the table on the page or changes the header changes the size of
    // the page or of the header.
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(measure);
    observer?.observe(document.body);
    if (headRef.current) observer?.observe(headRef.current);
    return () => {
      window.removeEventListener('scroll', update);
      window.removeEventListener('resize', onResize);
      observer?.disconnect();
    };
  }, [tableRef, headRef, enabled, topRow, rowHeight]);

  // A new row count (new results) keeps the first visible row until the page scrolls.
  const shown =
    range.count === count
      ? range
      : nextRange(range, range.top, visibleRows(geometry.current, rowHeight), count);
  const start = enabled ? shown.start : 0;
  const end = enabled ? shown.end : count;

  const scrollToIndex = useCallback(
    (index: number) => {
      const table = tableRef.current;
      if (!enabled || !table) return;
      const g = geometry.current;
      g.tableTop = pageTop(table);
      const rowTop = g.tableTop + g.head + index * rowHeight;
      const height = window.innerHeight || g.viewport;
      let y = window.scrollY;
      // The sticky header covers the top `head` pixels of the window.
      if (rowTop - g.head < y) y = rowTop - g.head;
      else if (rowTop + rowHeight > y + height) y = rowTop + rowHeight - height;
      if (y !== window.scrollY) window.scrollTo({ top: y });
      setRange((prev) => nextRange(prev, topRow(y), visibleRows(g, rowHeight), countRef.current));
    },
    [tableRef, enabled, rowHeight, topRow],
  );

  // At least the window's length, so no two rendered rows share a key.
  const pool = Math.max(visibleRows(geometry.current, rowHeight) + 2 * OVERSCAN, end - start);
  return { start, end, pool, scrollToIndex };
}
