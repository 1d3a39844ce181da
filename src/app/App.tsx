import {
  type ReactNode,
  useCallback,
  useDeferredValue,
  useEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
} from 'react';
import { AbstractsReadyContext } from '../components/abstracts-ready';
import { FacetsPanel } from '../components/FacetsPanel';
import { NavigationContext } from '../components/navigation';
import { Notices } from '../components/Notices';
import { StarsContext, type Stars } from '../components/stars';
import { ViewErrorBoundary } from '../components/ViewErrorBoundary';
import type { Dataset } from '../dataset/schema';
import { buildIndex, type DatasetIndex, warmIndex } from '../derive/dataset-index';
import type { Preview } from '../derive/first-screen';
import type { SearchResult } from '../search/types';
import { PapersView } from '../features/papers/PapersView';
import { serializeHash } from '../url/codec';
import { defaultList, type ListView } from '../url/view-state';
import { ABSTRACTS_HERE, type AbstractsArrival } from './abstracts-arrival';
import { AppFooter } from './AppFooter';
import { AppHeader } from './AppHeader';
import { useDocumentTitle } from './document-title';
import { type CountedResult, listResults, type Results, sameResultsFor } from './results';
import { laterInThreadSearch, type SearchService } from './search-service';
import { createStarStore } from './star-store';
import { createUrlStore } from './url-store';
import { useShortcuts } from './use-shortcuts';
import { useTypedQuery } from './use-typed-query';
import { viewCodec } from './view-codec';
import { PREVIEW_CODEC, PREVIEW_SEARCH, PREVIEW_STATE } from './preview';
import type { FirstScreenSearch } from './first-screen-search';
import { onlySearched } from '../derive/doc-facets';
import { whenReaderQuietAndIdle } from './reader-quiet';
import { otherViews } from './later-views';

const NO_STARS: ReadonlySet<string> = new Set();
const NO_HITS: SearchResult = { hits: [], terms: [] };

interface Props {
  dataset: Dataset;
  /** Where search answers come from; by default the engine is built on this thread. */
  search?: (dataset: Dataset) => SearchService;
  /** When the dataset's abstracts are in it; by default they already are. */
  abstracts?: AbstractsArrival;
  /**
   * The first screen, shown until the whole dataset is read (then `dataset` replaces
   * `preview.index.dataset` in the same tree, so the rows on screen stay as they are).
   * The page is busy meanwhile: what the reader clicks goes to the address and what
   * they type to the search box, and both are answered from the whole dataset.
   */
  preview?: Preview;
  /** `dataset`'s index, if it was built already (in steps, while the first screen showed). */
  built?: DatasetIndex;
  /**
   * With a preview: answers a query typed over it before the whole dataset is read, with
   * the searched list's first screen (first-screen-search.ts), shown until the whole
   * dataset replaces it row for row the same.
   */
  firstScreen?: FirstScreenSearch;
}

const searchInThread = (dataset: Dataset) => laterInThreadSearch(dataset.papers);

/**
 * Whether a first screen's search shows this list: the papers, searched and nothing
 * else, in the engine's order (a sort ranks every paper, which needs the whole dataset).
 */
function showsSearchedScreen(list: ListView): boolean {
  return list.route === 'papers' && onlySearched(list) && list.sort === null;
}

let failure: { failed: unknown } | null = null;

/** The other views' code, or why it could not be loaded (the same object each time). */
function viewsOrFailure() {
  try {
    return otherViews.get();
  } catch (failed) {
    failure ??= { failed };
    return failure;
  }
}

function Rethrow({ error }: { error: unknown }): never {
  throw error;
}

/** The whole app for one dataset. Every view state lives in the URL hash. */
export function App({
  dataset,
  search = searchInThread,
  abstracts = ABSTRACTS_HERE,
  preview,
  built,
  firstScreen,
}: Props) {
  const arrival = useSyncExternalStore(abstracts.subscribe, abstracts.get);
  const abstractsReady = arrival === 'ready';
  useEffect(() => abstracts.start(), [abstracts]);
  const index = useMemo(
    () => preview?.index ?? (built?.dataset === dataset ? built : buildIndex(dataset)),
    [preview, built, dataset],
  );
  // What the first screen does not read is built when the page is idle after it, and
  // once the reader is not typing: at 50k papers it is one task of 200 ms or more,
  // which would otherwise land between the first keys and their results.
  useEffect(() => whenReaderQuietAndIdle(() => warmIndex(index)), [index]);
  // A preview answers no query (but for a first screen's search, from the search
  // worker): the engine is made for the whole dataset.
  const engine = useMemo(
    () => (preview ? (firstScreen ?? PREVIEW_SEARCH) : search(dataset)),
    [preview, firstScreen, search, dataset],
  );
  // Answering starts at once; indexes built on this thread wait for the abstracts.
  useEffect(() => {
    engine.start(abstractsReady);
    return () => engine.stop();
  }, [engine, abstractsReady]);
  // A preview knows too few papers to check an address against; the whole dataset's
  // store checks it again when it replaces the preview.
  const store = useMemo(
    () => createUrlStore(window, preview ? PREVIEW_CODEC : viewCodec(index)),
    [preview, index],
  );
  const snapshot = useSyncExternalStore(store.subscribe, store.getSnapshot);
  const starStore = useMemo(() => createStarStore(window), []);
  const starred = useSyncExternalStore(starStore.subscribe, starStore.getSnapshot);
  const stars: Stars = useMemo(
    () => ({
      starred,
      toggle: starStore.toggle,
      add: starStore.add,
      persistent: starStore.persistent(),
    }),
    [starStore, starred],
  );
  const state = snapshot.state;
  // Typing updates the input at once; the address follows with the query's answer.
  const { typed, onQuery } = useTypedQuery(store, engine);
  // Results follow the address when React has time; a preview shows its own.
  // The view of a new store (the whole dataset's, replacing a first screen) is shown
  // at once: it is what was on screen, and deferring it only kept the page busy longer.
  const viewed = useMemo(() => ({ store, state }), [store, state]);
  const deferred = useDeferredValue(viewed);
  // Over a preview, a list that only searches, in the engine's order, shows its first
  // screen once the worker's answer and its rows are in; anything else waits, busy.
  const searched =
    preview && firstScreen && state.page === 'list' && showsSearchedScreen(state.list)
      ? firstScreen.screen(state.list.q)
      : null;
  const shown = searched
    ? state
    : preview
      ? PREVIEW_STATE
      : deferred.store === store
        ? deferred.state
        : state;

  const list = shown.list;
  const answer = useSyncExternalStore(engine.subscribe, () => engine.answer(list.q));
  // While the engine has nothing for the shown query yet, the last answer stays.
  const lastAnswer = useRef<CountedResult>(NO_HITS);
  const searchResult = answer.result ?? lastAnswer.current;
  lastAnswer.current = searchResult;
  // Busy until the shown results are the engine's answer to what is typed.
  const busyResults =
    (preview !== undefined && searched === null) ||
    typed !== null ||
    shown !== state ||
    !answer.final;
  // Starring a paper re-derives the list only when the list shows starred papers alone.
  const scopeStars = list.starred ? starred : NO_STARS;
  // The last results and what they came from: a keystroke whose answer is still the
  // last one keeps them rather than deriving the same rows and counts again.
  const lastResults = useRef<{
    index: DatasetIndex;
    list: ListView;
    searchResult: CountedResult;
    scopeStars: ReadonlySet<string>;
    results: Results;
  } | null>(null);
  const results = useMemo((): Results => {
    if (searched) return { kind: 'papers', faceted: searched.faceted };
    if (preview) return { kind: 'papers', faceted: preview.results };
    const last = lastResults.current;
    if (
      last &&
      last.index === index &&
      last.searchResult === searchResult &&
      last.scopeStars === scopeStars &&
      sameResultsFor(last.list, list)
    )
      return last.results;
    const fresh = listResults(index, list, searchResult, scopeStars);
    lastResults.current = { index, list, searchResult, scopeStars, results: fresh };
    return fresh;
  }, [searched, preview, index, list, searchResult, scopeStars]);

  // Coming back from a paper, the list focuses that paper's row.
  const from = shown === state ? snapshot.previous : null;
  const returnRow =
    shown.page === 'list' && from?.page === 'paper'
      ? list.route === 'claims'
        ? `${from.id}:${from.claim ?? 0}`
        : from.id
      : null;

  const searchRef = useRef<HTMLInputElement>(null);
  const mainRef = useRef<HTMLElement>(null);
  const [filtersOpen, setFiltersOpen] = useState(false);

  const goBack = useCallback(() => {
    const s = store.getSnapshot().state;
    if (s.page !== 'paper') return;
    if (!store.back()) store.navigate({ page: 'list', list: s.list });
  }, [store]);
  const leaveFailedView = useCallback(() => {
    if (!store.back()) store.navigate({ page: 'list', list: defaultList() });
  }, [store]);
  useShortcuts(searchRef, state.page === 'paper' ? goBack : null);

  useDocumentTitle(shown, index);

  // Built only when the shown (deferred) state changes, so the urgent render of each
  // keystroke updates the search box without re-rendering the table and facets.
  const facets = useMemo(
    () => (
      <FacetsPanel
        id="filters"
        list={list}
        counts={results.faceted.counts}
        orgNames={preview?.orgNames ?? index.orgNames}
        what={results.kind === 'papers' ? 'papers' : 'claims'}
        onChange={(next) => store.navigate({ page: 'list', list: next })}
      />
    ),
    [list, results, index, store, preview],
  );
  const terms = searchResult.terms;
  // Every view but the papers list comes in a chunk loaded after the first paint
  // (later-views.ts): until it is in, the page is busy and shows what it showed.
  const needsOther =
    shown.page === 'paper' || list.route === 'captures' || results.kind !== 'papers';
  const views = useSyncExternalStore(otherViews.subscribe, viewsOrFailure);
  useEffect(() => {
    if (needsOther) otherViews.load().catch(() => {});
  }, [needsOther]);
  // Asked for once the whole dataset is shown and the reader is quiet, so a view opened
  // later is there at once.
  useEffect(
    () => (preview ? undefined : whenReaderQuietAndIdle(() => otherViews.load().catch(() => {}))),
    [preview],
  );
  const view = useMemo(
    () =>
      !needsOther ? (
        <PapersView
          rows={results.faceted.rows}
          all={(searched?.index ?? index).papers}
          list={list}
          terms={terms}
          focusRowId={returnRow}
        />
      ) : views === null ? null : 'failed' in views ? (
        // The view's error boundary says so, and offers the way back.
        <Rethrow error={views.failed} />
      ) : shown.page === 'paper' ? (
        <views.PaperRoute
          index={index}
          id={shown.id}
          claim={shown.claim}
          list={list}
          results={results}
          engine={engine}
        />
      ) : list.route === 'captures' ? (
        <views.CapturesView sources={index.dataset.sources} />
      ) : results.kind === 'papers' ? null : list.route === 'chart' ? (
        <views.ChartView rows={results.faceted.rows} list={list} />
      ) : list.route === 'leaderboard' ? (
        <views.LeaderboardView rows={results.faceted.rows} list={list} />
      ) : (
        <views.ClaimsView
          rows={results.faceted.rows}
          all={index.claims}
          list={list}
          terms={terms}
          focusRowId={returnRow}
        />
      ),
    [needsOther, views, shown, index, searched, list, results, terms, returnRow, engine],
  );
  // While a view's code is on its way the last view stays, busy (the first one says so).
  const lastView = useRef<ReactNode>(null);
  if (view !== null) lastView.current = view;
  const viewShown = view ?? lastView.current ?? <p className="view-loading">Loading this view…</p>;
  const busy = busyResults || view === null;

  const filterCount =
    list.org.length +
    list.hw.length +
    list.kind.length +
    list.year.length +
    (list.min !== null ? 1 : 0) +
    (list.starred ? 1 : 0) +
    (list.captured !== null ? 1 : 0) +
    (list.ids.length > 0 ? 1 : 0);

  // Caught by the app's error boundary: a page that says the dataset cannot be shown.
  if (typeof arrival === 'object') throw arrival.error;
  return (
    <NavigationContext.Provider value={store}>
      <StarsContext.Provider value={stars}>
        <AbstractsReadyContext.Provider value={abstractsReady}>
          <div className="app">
            <button type="button" className="skip-link" onClick={() => mainRef.current?.focus()}>
              Skip to content
            </button>
            <AppHeader
              state={state}
              query={typed ?? state.list.q}
              searchRef={searchRef}
              onQuery={onQuery}
            />
            <Notices notices={snapshot.notices} onDismiss={store.dismissNotices} />
            {(preview?.papers ?? dataset.papers.length) === 0 ? (
              <main className="app-main" ref={mainRef} tabIndex={-1}>
                <h1>No papers yet</h1>
                <p>
                  This build holds no papers. Save a Hugging Face Daily Papers page as text into{' '}
                  <code>seeds/</code>, then run <code>npm run data</code> and reload.
                </p>
              </main>
            ) : (
              <div className={`app-body${shown.page === 'paper' ? ' is-paper' : ''}`}>
                {shown.page === 'list' && list.route !== 'captures' ? (
                  <div className={`filters-wrap${filtersOpen ? ' is-open' : ''}`}>
                    <button
                      type="button"
                      className="filters-toggle"
                      aria-expanded={filtersOpen}
                      aria-controls="filters"
                      onClick={() => setFiltersOpen(!filtersOpen)}
                    >
                      Filters{filterCount ? ` (${filterCount})` : ''}
                    </button>
                    {facets}
                  </div>
                ) : null}
                <main
                  className="app-main"
                  ref={mainRef}
                  tabIndex={-1}
                  aria-busy={busy || undefined}
                >
                  {searched ? (
                    // Its rows and counts are the answer; what else the list can do is not yet.
                    <p className="visually-hidden" data-first-screen="">
                      Still reading every paper: sorting, filters and other views follow.
                    </p>
                  ) : null}
                  <ViewErrorBoundary resetKey={serializeHash(shown)} onBack={leaveFailedView}>
                    {viewShown}
                  </ViewErrorBoundary>
                </main>
              </div>
            )}
            <AppFooter
              dataset={dataset}
              papers={preview?.papers ?? dataset.papers.length}
              claims={preview?.claims ?? index.claimCount}
              inferred={preview?.inferred}
            />
          </div>
        </AbstractsReadyContext.Provider>
      </StarsContext.Provider>
    </NavigationContext.Provider>
  );
}
