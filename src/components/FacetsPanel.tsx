import { CLAIM_KINDS } from '../dataset/schema-shape';
import type { FacetCounts } from '../derive/facet-counts';
import { clearedList, hasFilters, type ListView } from '../url/view-state';
import { FacetGroup, type FacetOption } from './FacetGroup';
import { MinFactorFacet } from './MinFactorFacet';
import { StarredFacet } from './StarredFacet';

interface Props {
  id: string;
  list: ListView;
  counts: FacetCounts;
  orgNames: ReadonlyMap<string, string>;
  onChange: (list: ListView) => void;
  what: string;
}

function byCount<V extends string | number>(
  counts: ReadonlyMap<V, number>,
  selected: readonly V[],
  label: (v: V) => string,
): FacetOption<V>[] {
  const values = new Set<V>([...counts.keys(), ...selected]);
  return [...values]
    .map((value) => ({ value, label: label(value), count: counts.get(value) ?? 0 }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
}

function toggled<V>(values: readonly V[], v: V, on: boolean): V[] {
  return on ? [...values.filter((x) => x !== v), v] : values.filter((x) => x !== v);
}

/**
 * The author filter when one is set, then organization, hardware, claim kind, year and
 * minimum factor, counted over the current results.
 */
export function FacetsPanel({ id, list, counts, orgNames, onChange, what }: Props) {
  const kinds = CLAIM_KINDS.filter(
    (k) => (counts.kind.get(k) ?? 0) > 0 || list.kind.includes(k),
  ).map((k) => ({
    value: k,
    label: k,
    count: counts.kind.get(k) ?? 0,
  }));
  const years = [...new Set([...counts.year.keys(), ...list.year])]
    .sort((a, b) => b - a)
    .map((y) => ({ value: y, label: String(y), count: counts.year.get(y) ?? 0 }));
  return (
    <aside id={id} className="filters" aria-label="Filters">
      <div className="filters-head">
        <h2>Filters</h2>
        {hasFilters(list) ? (
          <button type="button" className="link-button" onClick={() => onChange(clearedList(list))}>
            Clear all
          </button>
        ) : null}
      </div>
      <p className="muted filters-note">Counts are {what} in the current results.</p>
      {list.author !== null ? (
        // Set from an author's name on a paper (or the URL); unticking it lifts the filter.
        <fieldset className="facet">
          <legend>Author</legend>
          <label>
            <input type="checkbox" checked onChange={() => onChange({ ...list, author: null })} />
            <span className="facet-label" title={list.author}>
              {list.author}
            </span>
          </label>
        </fieldset>
      ) : null}
      <StarredFacet list={list} onChange={onChange} />
      <FacetGroup
        legend="Organization"
        options={byCount(counts.org, list.org, (h) => orgNames.get(h) ?? h)}
        selected={list.org}
        onToggle={(v, on) => onChange({ ...list, org: toggled(list.org, v, on).sort() })}
      />
      <FacetGroup
        legend="Hardware"
        options={byCount(counts.hw, list.hw, (h) => h)}
        selected={list.hw}
        onToggle={(v, on) => onChange({ ...list, hw: toggled(list.hw, v, on).sort() })}
      />
      <FacetGroup
        legend="Claim kind"
        options={kinds}
        selected={list.kind}
        limit={CLAIM_KINDS.length}
        onToggle={(v, on) =>
          onChange({
            ...list,
            kind: CLAIM_KINDS.filter((k) => (k === v ? on : list.kind.includes(k))),
          })
        }
      />
      <FacetGroup
        legend="Year"
        options={years}
        selected={list.year}
        limit={12}
        onToggle={(v, on) =>
          onChange({ ...list, year: toggled(list.year, v, on).sort((a, b) => a - b) })
        }
      />
      {counts.anyMin > 0 || list.min !== null ? (
        <MinFactorFacet
          counts={counts.min}
          total={counts.anyMin}
          selected={list.min}
          onChange={(min) => onChange({ ...list, min })}
        />
      ) : null}
    </aside>
  );
}
