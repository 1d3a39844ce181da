import { useCallback, useState } from 'react';

/**
 * The content width of the element the returned ref is attached to, kept up to
 * date with a ResizeObserver; null until measured (and where there is no layout,
 * as in jsdom), so callers fall back to a default.
 */
export function useElementWidth<E extends HTMLElement>(): [
  (element: E | null) => void,
  number | null,
] {
  const [width, setWidth] = useState<number | null>(null);
  const ref = useCallback((element: E | null) => {
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => {
      const w = entry?.contentRect.width ?? 0;
      setWidth(w > 0 ? Math.floor(w) : null);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}
