import {
  type RefObject,
  startTransition,
  useCallback,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
} from 'react';

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
/**
 * A new list (a search answer, a sort, a facet) first renders only the rows on screen:
 * what a keystroke waits for is then its visible rows' render, layout and paint, not
 * twice as many. The rows beyond the edges follow when the page scrolls, or once no
 * new list came for this long (typing at 120 ms a key replaces the list sooner).
 */
const WIDEN_AFTER_MS = 400;
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
  /** Only the rows on screen of a new list (the rows beyond them follow; see onScreenRange). */
  tight: boolean;
  /** Scrolls the page the least distance that shows row `index` whole below the sticky header. */
  scrollToIndex(index: number): void;
}

export interface RowRange {
  start: number;
  end: number;
  /** The row count and the first visible row the range was computed for. */
  count: number;
  top: number;
  /** Only the rows that were on screen when a new list came (see onScreenRange). */
  tight?: boolean;
}

/**
 * The rows of a new list of `count` rows to render first: the `seen` rows on screen
 * from `top`, none beyond them. nextRange keeps it while the page stays where it was.
 */
export function onScreenRange(top: number, seen: number, count: number): RowRange {
  const first = Math.max(0, Math.min(top, count - seen));
  return { start: first, end: Math.min(count, first + seen), count, top, tight: true };
}

/**
 * The rows to render when `top` is the first visible row of `count` and `visible`
 * rows fit in the window (`seen` of them on screen now): `prev` itself (so nothing
 * re-renders) while it still holds the visible rows and MARGIN more on each side (as
 * far as there are rows), or, for the on-screen rows of a new list, while the page has
 * not scrolled and they are all still there; else a new range with OVERSCAN rows
 * beyond its edges, most of them ahead of the scroll.
 */
export function nextRange(
  prev: RowRange,
  top: number,
  visible: number,
  count: number,
  seen: number = visible,
): RowRange {
  const first = Math.max(0, Math.min(top, count - visible));
  if (
    prev.tight &&
    prev.count === count &&
    prev.top === top &&
    prev.start <= Math.min(top, Math.max(0, count - seen)) &&
    prev.end >= Math.min(count, top + seen)
  )
    return prev;
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

/**
 * Rows on screen now from the first visible one (topRow's, which counts the rows under
 * the sticky header): at the top of the page, the header and toolbar above the table
 * leave room for fewer rows than visibleRows.
 */
function rowsOnScreen(g: Geometry, rowHeight: number, scrollY: number, top: number): number {
  const last = Math.floor((scrollY + g.viewport - 1 - g.tableTop - g.head) / rowHeight);
  return Math.max(1, last - top + 1);
}

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
  /** The page's scroll position when the scroll handler last ran. */
  scrollY: number;
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
 * A new `list` (compared by identity) renders only its rows on screen, and the rest
 * when the page scrolls or no other list came for WIDEN_AFTER_MS.
 */
export function useRowWindow(
  tableRef: RefObject<HTMLElement | null>,
  headRef: RefObject<HTMLElement | null>,
  list: unknown,
  count: number,
  rowHeight: number,
  enabled: boolean,
): RowWindow {
  const geometry = useRef<Geometry>({
    tableTop: 0,
    head: HEAD_ESTIMATE,
    viewport: NOMINAL_VIEWPORT,
    scrollY: 0,
  });
  const topRow = useCallback(
    (scrollY: number) => {
      const g = geometry.current;
      return Math.max(0, Math.floor((scrollY - g.tableTop - g.head) / rowHeight));
    },
    [rowHeight],
  );
  const onScreen = (): RowRange => {
    const g = geometry.current;
    const top = topRow(g.scrollY);
    return onScreenRange(top, rowsOnScreen(g, rowHeight, g.scrollY, top), count);
  };
  const [state, setState] = useState<{ list: unknown; range: RowRange }>(() => ({
    list,
    range: onScreen(),
  }));
  // A new list starts from its rows on screen; the state catches up on the next update.
  const range = state.list === list ? state.range : onScreen();
  // The scroll handler reads the latest list, count and range without re-subscribing
  // per result list. The range is the one last rendered, so a scroll that keeps it
  // asks React for nothing: a state update, even one that ends up unchanged, costs a
  // render task every frame.
  const latest = useRef({ list, count, range });
  useLayoutEffect(() => {
    latest.current = { list, count, range };
  });
  const moveTo = useCallback((next: (prev: RowRange, count: number) => RowRange) => {
    const { list, count, range } = latest.current;
    const moved = next(range, count);
    if (moved === range) return;
    latest.current = { list, count, range: moved };
    setState({ list, range: moved });
  }, []);

  useEffect(() => {
    const table = tableRef.current;
    if (!enabled || !table) return;
    const g = geometry.current;
    const update = () => {
      g.scrollY = window.scrollY;
      const top = topRow(g.scrollY);
      const seen = rowsOnScreen(g, rowHeight, g.scrollY, top);
      moveTo((prev, count) => nextRange(prev, top, visibleRows(g, rowHeight), count, seen));
    };
    const pace: ScrollPace = { top: topRow(window.scrollY), leapAt: Number.NEGATIVE_INFINITY };
    let settle: ReturnType<typeof setTimeout> | undefined;
    const onScroll = () => {
      clearTimeout(settle);
      g.scrollY = window.scrollY;
      const top = topRow(g.scrollY);
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

  // The rows beyond the screen's edges, once no other list came for a moment: as a
  // transition, so a key pressed meanwhile is not kept waiting for them.
  useEffect(() => {
    if (!enabled || !range.tight) return;
    const widen = setTimeout(() => {
      const g = geometry.current;
      const top = topRow(g.scrollY);
      startTransition(() =>
        moveTo((prev, count) =>
          prev.tight
            ? nextRange({ ...prev, count: -1 }, top, visibleRows(g, rowHeight), count)
            : prev,
        ),
      );
    }, WIDEN_AFTER_MS);
    return () => clearTimeout(widen);
  }, [enabled, range, topRow, rowHeight, moveTo]);

  const start = enabled ? range.start : 0;
  const end = enabled ? range.end : count;

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
      g.scrollY = y;
      const top = topRow(y);
      const seen = rowsOnScreen(g, rowHeight, y, top);
      moveTo((prev, count) => nextRange(prev, top, visibleRows(g, rowHeight), count, seen));
    },
    [tableRef, enabled, rowHeight, topRow, moveTo],
  );

  // At least the window's length, so no two rendered rows share a key.
  const pool = Math.max(visibleRows(geometry.current, rowHeight) + OVERSCAN, end - start);
  return { start, end, pool, tight: enabled && range.tight === true, scrollToIndex };
}
