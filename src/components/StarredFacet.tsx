import { defaultList, type ListView } from '../url/view-state';
import { AppLink } from './AppLink';
import { formatCount, plural } from './format';
import { useStars } from './stars';

interface Props {
  list: ListView;
  onChange: (list: ListView) => void;
}

/** "Starred only", and a link that carries the starred papers to anyone (no server needed). */
export function StarredFacet({ list, onChange }: Props) {
  const stars = useStars();
  const count = stars.starred.size;
  return (
    <fieldset className="facet starred-facet">
      <legend>Starred</legend>
      <label className={count === 0 && !list.starred ? 'facet-empty' : undefined}>
        <input
          type="checkbox"
          checked={list.starred}
          onChange={(e) => onChange({ ...list, starred: e.currentTarget.checked })}
        />
        <span className="facet-label">Starred papers only</span>{' '}
        <span className="facet-count">{formatCount(count)}</span>
      </label>
      <p className="muted facet-note">
        {stars.persistent
          ? 'Stars are kept in this browser only.'
          : 'This browser refuses storage: stars last until the page closes.'}
      </p>
      {count > 0 ? (
        <AppLink
          className="shortlist-link"
          to={{ page: 'list', list: { ...defaultList('papers'), ids: [...stars.starred].sort() } }}
        >
          Shortlist link ({plural(count, 'paper')})
        </AppLink>
      ) : null}
    </fieldset>
  );
}
