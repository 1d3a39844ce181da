import { useCallback, useEffect, useRef, useState } from 'react';
import type { SearchService } from './search-service';
import type { UrlStore } from './url-store';

export interface TypedQuery {
  /** What the search box holds while its answer is on its way; null when the address has it. */
  typed: string | null;
  onQuery(q: string): void;
}

/**
 * The search box answers each key at once, but the query reaches the address (and so
 * the list, its links, its sort and its facets) only together with its answer: the
 * table renders once per answer, never for a query whose answer has not come, and a
 * query typed over before its answer came is never shown. Where the engine answers at
 * once (on this thread, or with a stand-in before the worker is ready) the address
 * follows each key as it comes. Other navigation meanwhile (a facet, another view)
 * keeps the typed query, which then joins whatever is shown.
 */
export function useTypedQuery(store: UrlStore, engine: SearchService): TypedQuery {
  const [typed, setTyped] = useState<string | null>(null);
  const pending = useRef<string | null>(null);
  const commit = useCallback(() => {
    const q = pending.current;
    if (q === null || engine.answer(q).result === null) return;
    pending.current = null;
    setTyped(null);
    const state = store.getSnapshot().state;
    // The first key of a search adds a history entry; the others rewrite it, in the
    // address once the typing pauses (see createUrlStore), not inside every key's time.
    const replace = state.page === 'list' && state.list.q !== '';
    // The captures list is not searched: a search there looks through the papers.
    const route = state.list.route === 'captures' ? 'papers' : state.list.route;
    store.navigate(
      { page: 'list', list: { ...state.list, route, q } },
      { replace, later: replace },
    );
  }, [store, engine]);
  // A new engine (the whole dataset's, after a first screen that answers nothing) may
  // answer at once what was typed before it came.
  useEffect(() => {
    commit();
    return engine.subscribe(commit);
  }, [engine, commit]);
  const onQuery = useCallback(
    (q: string) => {
      pending.current = q;
      setTyped(q);
      commit();
    },
    [commit],
  );
  return { typed, onQuery };
}
