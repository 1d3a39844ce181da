import { useCallback, useEffect, useState, type RefObject } from 'react';

/** Rows rendered beyond each edge of the viewport, so a fast scroll shows no gap. */
const OVERSCAN = 12;
// jsdom has no layout; a nominal viewport lets tests see the first rows.
const NOMINAL_VIEWPORT = 800;
const HEAD_ESTIMATE = 37;

export interface RowWindow {
  /** Rows [start, end) are rendered; spacers stand in for the others. */
  start: number;
  end: number;
  /** Scrolls the page the least distance that shows row `index` whole below the sticky header. */
  scrollToIndex(index: number): void;
}

/** The element's top in page coordinates. */
function pageTop(el: HTMLElement): number {
  return el.getBoundingClientRect().top + window.scrollY;
}

/**
 * Which of `count` fixed-height rows the window shows. The page scrolls as one (no
 * inner scroll box, so one scrollbar), and the table's header row sticks to the top.
 * Every row is exactly `rowHeight` tall, so a row's position is arithmetic: nothing
 * is measured per row. The window's and the header's heights come from resize
 * events and a ResizeObserver; the table's place on the page is read on scroll,
 * when layout is already done; a re-render happens only when the first visible row
 * changes.
 */
export function useRowWindow(
  tableRef: RefObject<HTMLElement | null>,
  headRef: RefObject<HTMLElement | null>,
  count: number,
  rowHeight: number,
  enabled: boolean,
): RowWindow {
  const [first, setFirst] = useState(0);
  const [viewport, setViewport] = useState(NOMINAL_VIEWPORT);
  const [head, setHead] = useState(HEAD_ESTIMATE);

  const firstAt = useCallback(
    (scrollY: number, tableTop: number) =>
      Math.max(0, Math.floor((scrollY - tableTop - head) / rowHeight)),
    [head, rowHeight],
  );

  useEffect(() => {
    const table = tableRef.current;
    if (!enabled || !table) return;
    const onScroll = () => setFirst(firstAt(window.scrollY, pageTop(table)));
    const onResize = () => setViewport(window.innerHeight || NOMINAL_VIEWPORT);
    onResize();
    onScroll();
    window.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('resize', onResize, { passive: true });
    const observer =
      typeof ResizeObserver === 'undefined'
        ? null
        : new ResizeObserver((entries) => {
            for (const e of entries) {
              const size = e.borderBoxSize?.[0]?.blockSize ?? e.contentRect.height;
              if (size > 0) setHead(size);
            }
          });
    if (observer && headRef.current) observer.observe(headRef.current);
    return () => {
      window.removeEventListener('scroll', onScroll);
      window.removeEventListener('resize', onResize);
      observer?.disconnect();
    };
  }, [tableRef, headRef, enabled, firstAt]);

  const visible = Math.ceil(viewport / rowHeight) + 1;
  const top = Math.min(first, Math.max(0, count - visible));
  const start = enabled ? Math.max(0, top - OVERSCAN) : 0;
  const end = enabled ? Math.min(count, top + visible + OVERSCAN) : count;

  const scrollToIndex = useCallback(
    (index: number) => {
      const table = tableRef.current;
      if (!enabled || !table) return;
      const tableTop = pageTop(table);
      const rowTop = tableTop + head + index * rowHeight;
      const height = window.innerHeight || viewport;
      let y = window.scrollY;
      // The sticky header covers the top `head` pixels of the window.
      if (rowTop - head < y) y = rowTop - head;
      else if (rowTop + rowHeight > y + height) y = rowTop + rowHeight - height;
      if (y !== window.scrollY) window.scrollTo({ top: y });
      setFirst(firstAt(y, tableTop));
    },
    [tableRef, enabled, head, rowHeight, viewport, firstAt],
  );

  return { start, end, scrollToIndex };
}
