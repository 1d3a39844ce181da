import { memo, type RefObject } from 'react';
import { AppLink } from '../components/AppLink';
import { CopyLinkButton } from '../components/CopyLinkButton';
import { HelpButton } from '../components/HelpButton';
import { ROUTE_NAMES } from '../components/route-names';
import {
  defaultList,
  LIST_ROUTES,
  type ListRoute,
  type ListView,
  type ViewState,
} from '../url/view-state';

interface Props {
  state: ViewState;
  /** What the search box holds: the address's query, or one typed whose answer is on its way. */
  query: string;
  searchRef: RefObject<HTMLInputElement | null>;
  onQuery: (q: string) => void;
}

export function AppHeader({ state, query, searchRef, onQuery }: Props) {
  const list = state.list;
  // Switching views keeps the search and filters; sort columns differ per view.
  const viewLink = (route: ListRoute): ListView => ({
    ...list,
    route,
    sort: route === list.route ? list.sort : null,
  });
  return (
    <header className="app-header">
      <AppLink className="brand" to={{ page: 'list', list: defaultList() }}>
        Speedboard
      </AppLink>
      <nav className="views" aria-label="Views">
        {LIST_ROUTES.map((route) => (
          <AppLink
            key={route}
            to={{ page: 'list', list: viewLink(route) }}
            aria-current={state.page === 'list' && list.route === route ? 'page' : undefined}
          >
            {ROUTE_NAMES[route]}
          </AppLink>
        ))}
      </nav>
      <SearchBox query={query} searchRef={searchRef} onQuery={onQuery} />
      <HelpButton />
      <CopyLinkButton />
    </header>
  );
}

// Memoized: the header renders again with every answer (its links carry the list),
// and React writes an input's name, type and value again whenever it renders it.
const SearchBox = memo(function SearchBox({
  query,
  searchRef,
  onQuery,
}: Pick<Props, 'query' | 'searchRef' | 'onQuery'>) {
  return (
    <div role="search" className="search">
      <label htmlFor="search-input" className="visually-hidden">
        Search
      </label>
      <input
        id="search-input"
        ref={searchRef}
        type="search"
        value={query}
        placeholder="Search papers, claims, hardware…  ( / )"
        autoComplete="off"
        spellCheck={false}
        onChange={(e) => onQuery(e.currentTarget.value)}
      />
    </div>
  );
});
