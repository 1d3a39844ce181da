import { defaultList, type ListView } from '../url/view-state';
import { AppLink } from './AppLink';
import { formatLongDate, plural } from './format';
import { useStars } from './stars';

/** Says when a list is one day's pages or a shared shortlist, with the way out of it. */
export function ScopeNote({ list }: { list: ListView }) {
  const stars = useStars();
  const unstarred = list.ids.filter((id) => !stars.starred.has(id));
  if (list.captured === null && list.ids.length === 0) return null;
  return (
    <div className="scope-note">
      {list.captured !== null ? (
        <p>
          Papers on the page captured {formatLongDate(list.captured)}
          {list.q.trim() === '' && list.sort === null ? ", in the page's own order" : ''}.{' '}
          <AppLink to={{ page: 'list', list: defaultList('captures') }}>All captures</AppLink>
        </p>
      ) : null}
      {list.ids.length > 0 ? (
        <p>
          A shortlist of {plural(list.ids.length, 'paper')} from a link.{' '}
          {unstarred.length > 0 ? (
            <button type="button" className="link-button" onClick={() => stars.add(unstarred)}>
              Star{' '}
              {unstarred.length === list.ids.length ? 'them all' : `the other ${unstarred.length}`}
            </button>
          ) : (
            <span className="muted">All starred in this browser.</span>
          )}{' '}
          <AppLink to={{ page: 'list', list: { ...list, ids: [] } }}>Show every paper</AppLink>
        </p>
      ) : null}
    </div>
  );
}
