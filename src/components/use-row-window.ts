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
  /** Scrolls the least distance that shows row `index` whole below the sticky header. */
  scrollToIndex(index: number): void;
}

/**
 * Which of `count` fixed-height rows a scroll box shows. Every row is exactly
 * `rowHeight` tall, so a row's position is arithmetic: nothing is measured per
 * row or per render. The box's height and the sticky header's come from
 * ResizeObservers (read after layout, never forcing one); the scroll position
 * from scroll events, re-rendering only when the first visible row changes.
 */
export function useRowWindow(
  scrollRef: RefObject<HTMLElement | null>,
  headRef: RefObject<HTMLElement | null>,
  count: number,
  rowHeight: number,
  enabled: boolean,
): RowWindow {
  const [first, setFirst] = useState(0);
  const [viewport, setViewport] = useState(NOMINAL_VIEWPORT);
  const [head, setHead] = useState(HEAD_ESTIMATE);

  const firstAt = useCallback(
    (scrollTop: number) => Math.max(0, Math.floor((scrollTop - head) / rowHeight)),
    [head, rowHeight],
  );

  useEffect(() => {
    const box = scrollRef.current;
    if (!enabled || !box) return;
    const onScroll = () => setFirst(firstAt(box.scrollTop));
    box.addEventListener('scroll', onScroll, { passive: true });
    if (typeof ResizeObserver === 'undefined')
      return () => box.removeEventListener('scroll', onScroll);
    const observer = new ResizeObserver((entries) => {
      for (const e of entries) {
        const size = e.borderBoxSize?.[0]?.blockSize ?? e.contentRect.height;
        if (e.target === box) setViewport(e.contentRect.height || NOMINAL_VIEWPORT);
        else if (size > 0) setHead(size);
      }
    });
    observer.observe(box);
    if (headRef.current) observer.observe(headRef.current);
    return () => {
      box.removeEventListener('scroll', onScroll);
      observer.disconnect();
    };
  }, [scrollRef, headRef, enabled, firstAt]);

  const visible = Math.ceil(viewport / rowHeight) + 1;
  const top = Math.min(first, Math.max(0, count - visible));
  const start = enabled ? Math.max(0, top - OVERSCAN) : 0;
  const end = enabled ? Math.min(count, top + visible + OVERSCAN) : count;

  const scrollToIndex = useCallback(
    (index: number) => {
      const box = scrollRef.current;
      if (!enabled || !box) return;
      const rowTop = head + index * rowHeight;
      const height = box.clientHeight || viewport;
      let scrollTop = box.scrollTop;
      if (rowTop - head < scrollTop) scrollTop = rowTop - head;
      else if (rowTop + rowHeight > scrollTop + height) scrollTop = rowTop + rowHeight - height;
      if (scrollTop !== box.scrollTop) box.scrollTop = scrollTop;
      setFirst(firstAt(scrollTop));
    },
    [scrollRef, enabled, head, rowHeight, viewport, firstAt],
  );

  return { start, end, scrollToIndex };
}
