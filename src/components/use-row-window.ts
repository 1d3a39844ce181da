import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';

/**
 * Rows rendered beyond the edges of the viewport, so a fast scroll shows no gap: most
 * of them ahead, in the direction the page last scrolled, and BEHIND of them behind it.
 * Rows left behind a scroll are not seen again: with the rows ahead, a fling re-renders
 * the window about half as often as with the same rows split evenly (the work per row
 * brought in, which is most of a render's cost, stays the same).
 */
const OVERSCAN = 28;
const BEHIND = 4;
/**
 * The window is re-rendered only when fewer rows than this are left beyond an edge of
 * the viewport: a fling then changes the DOM every few frames, a couple of dozen rows
 * at a time, instead of a few rows every frame.
 */
const MARGIN = 4;
/**
 * A scroll that moves a screenful or more within this long of the last such move is
 * part of a fast run (dragging the scrollbar, scrolling end to end): its rows are
 * drawn once the run has paused for SETTLE_MS, not on every step.
 */
const LEAP_RUN_MS = 100;
const SETTLE_MS = 50;
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
 * new range with OVERSCAN rows beyond its edges, most of them ahead of the scroll.
 */
export function nextRange(prev: RowRange, top: number, visible: number, count: number): RowRange {
  const first = Math.max(0, Math.min(top, count - visible));
  const needStart = Math.max(0, first - MARGIN);
  const needEnd = Math.min(count, first + visible + MARGIN);
  if (prev.count === count && prev.start <= needStart && prev.end >= needEnd) return prev;
  // Jumping past every rendered row (dragging the scrollbar, a fast fling): rows beyond
  // the edges would be gone by the next frame, so only the visible ones are rendered.
  const jump = prev.count === count && (first >= prev.end || first + visible <= prev.start);
  if (jump) return { start: first, end: Math.min(count, first + visible), count, top };
  // Which way the page moves; a new list (or the first) gets the rows split evenly.
  const down = prev.count === count && top > prev.top;
  const up = prev.count === count && top < prev.top;
  const before = down ? BEHIND : up ? OVERSCAN - BEHIND : OVERSCAN / 2;
  return {
    start: Math.max(0, first - before),
    end: Math.min(count, first + visible + OVERSCAN - before),
    count,
    top,
  };
}

/** The last scroll position seen and when the last leap (a screenful or more) happened. */
export interface ScrollPace {
  top: number;
  leapAt: number;
}

/**
 * Whether the rows for a scroll to `top` at `now` (ms) should wait until scrolling
 * pauses: the scroll leaps a screenful or more past the last position, and so did one
 * less than LEAP_RUN_MS before. Rows skipped that fast cannot be read; drawing them
 * anyway costs every frame a whole new screen of rows. A single leap (End, a click on
 * the scrollbar's track) is drawn at once. Updates `pace`.
 */
export function deferScroll(pace: ScrollPace, top: number, now: number, visible: number): boolean {
  const leap = Math.abs(top - pace.top) >= visible;
  pace.top = top;
  if (!leap) return false;
  const inRun = now - pace.leapAt < LEAP_RUN_MS;
  pace.leapAt = now;
  return inRun;
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
 * on resize. A re-render happens only when the rendered rows run short (nextRange),
 * and while the page leaps a screenful a step, only once it pauses (deferScroll).
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
  // The range last set, so a scroll that keeps it asks React for nothing: a state
  // update, even one that ends up unchanged, costs a render task every frame.
  const rangeRef = useRef(range);
  const moveTo = useCallback((top: number, visible: number) => {
    const next = nextRange(rangeRef.current, top, visible, countRef.current);
    if (next === rangeRef.current) return;
    rangeRef.current = next;
    setRange(next);
  }, []);

  useEffect(() => {
    const table = tableRef.current;
    if (!enabled || !table) return;
    const g = geometry.current;
    const update = () => moveTo(topRow(window.scrollY), visibleRows(g, rowHeight));
    const pace: ScrollPace = { top: topRow(window.scrollY), leapAt: Number.NEGATIVE_INFINITY };
    let settle: ReturnType<typeof setTimeout> | undefined;
    const onScroll = () => {
      clearTimeout(settle);
      const top = topRow(window.scrollY);
      if (deferScroll(pace, top, performance.now(), visibleRows(g, rowHeight)))
        settle = setTimeout(update, SETTLE_MS);
      else update();
    };
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
    window.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('resize', onResize, { passive: true });
    // Whatever moves the table on the page or changes the header changes the size of
    // the page or of the header.
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(measure);
    observer?.observe(document.body);
    if (headRef.current) observer?.observe(headRef.current);
    return () => {
      window.removeEventListener('scroll', onScroll);
      clearTimeout(settle);
      window.removeEventListener('resize', onResize);
      observer?.disconnect();
    };
  }, [tableRef, headRef, enabled, topRow, rowHeight, moveTo]);

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
      moveTo(topRow(y), visibleRows(g, rowHeight));
    },
    [tableRef, enabled, rowHeight, topRow, moveTo],
  );

  // At least the window's length, so no two rendered rows share a key.
  const pool = Math.max(visibleRows(geometry.current, rowHeight) + OVERSCAN, end - start);
  return { start, end, pool, scrollToIndex };
}
