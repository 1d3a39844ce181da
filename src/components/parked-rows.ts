import type { ReactElement } from 'react';

export interface Slot {
  key: number | string;
  element: ReactElement;
  /** Kept from an earlier render, hidden: it shows a row of an earlier list. */
  parked: boolean;
}

/**
 * The rows of `live` and, in their places among them, the rows of `prev` that `live`
 * no longer has, parked: the very elements `prev` rendered, so React neither renders
 * nor deletes them. The first key after a pause otherwise removes the rows the window
 * had widened to (their fibers and DOM), which made it the slowest key. Only when
 * every live row is one of `prev`'s slots, in the same order (as long as the page has
 * not scrolled); else `live` alone.
 */
export function parkRest(prev: readonly Slot[], live: readonly Slot[]): readonly Slot[] {
  if (prev.length <= live.length) return live;
  const byKey = new Map(live.map((s) => [s.key, s]));
  const out: Slot[] = [];
  let next = 0;
  for (const s of prev) {
    const l = byKey.get(s.key);
    if (!l) out.push(s.parked ? s : { ...s, parked: true });
    else if (l !== live[next]) return live;
    else {
      out.push(l);
      next++;
    }
  }
  return next === live.length ? out : live;
}
