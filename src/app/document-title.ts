import { useEffect, useRef } from 'react';
import { ROUTE_NAMES } from '../components/route-names';
import type { DatasetIndex } from '../derive/dataset-index';
import { sameListBesidesQuery, type ViewState } from '../url/view-state';

/**
 * How long the title may lag the query typed into the search box, as the address does
 * (url-store.ts): setting `document.title` has the browser lay out and draw its tab
 * title again, about 3 ms of its main thread a keystroke (10k papers, traced), on the
 * same cores that draw the results.
 */
export const TITLE_LAG_MS = 250;

export function documentTitle(state: ViewState, index: DatasetIndex): string {
  if (state.page === 'paper')
    return `${index.byId.get(state.id)?.paper.title ?? 'Paper not found'} — Speedboard`;
  const q = state.list.q.trim();
  return `${ROUTE_NAMES[state.list.route]}${q ? ` matching “${q}”` : ''} — Speedboard`;
}

/**
 * Keeps the page's title that of the view shown: at once when the view changes, once
 * the typing pauses (TITLE_LAG_MS without another answer) when only the list's query
 * changed.
 */
export function useDocumentTitle(shown: ViewState, index: DatasetIndex): void {
  const written = useRef<ViewState | null>(null);
  useEffect(() => {
    const write = () => {
      written.current = shown;
      const title = documentTitle(shown, index);
      if (document.title !== title) document.title = title;
    };
    const last = written.current;
    if (last === null || !sameListBesidesQuery(last, shown)) {
      write();
      return;
    }
    const later = setTimeout(write, TITLE_LAG_MS);
    return () => clearTimeout(later);
  }, [shown, index]);
}
