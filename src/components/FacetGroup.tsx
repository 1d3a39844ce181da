import { formatCount } from './format';
import { useId, useState } from 'react';

export interface FacetOption<V> {
  value: V;
  label: string;
  count: number;
}

interface Props<V> {
  legend: string;
  options: FacetOption<V>[];
  selected: readonly V[];
  onToggle: (value: V, on: boolean) => void;
  /** Show this many options until "Show all" (selected options are always shown). */
  limit?: number;
}

/** One facet: a checkbox per value with its count among the current results. */
export function FacetGroup<V extends string | number>({
  legend,
  options,
  selected,
  onToggle,
  limit = 8,
}: Props<V>) {
  const [all, setAll] = useState(false);
  const listId = useId();
  if (options.length === 0) return null;
  const shown = all ? options : options.filter((o, i) => i < limit || selected.includes(o.value));
  return (
    <fieldset className="facet">
      <legend>{legend}</legend>
      <ul id={listId} className="facet-options">
        {shown.map((o) => (
          <li key={String(o.value)}>
            <label className={o.count === 0 ? 'facet-empty' : undefined}>
              <input
                type="checkbox"
                checked={selected.includes(o.value)}
                onChange={(e) => onToggle(o.value, e.currentTarget.checked)}
              />
              <span className="facet-label" title={o.label}>
                {o.label}
              </span>{' '}
              <span className="facet-count">{formatCount(o.count)}</span>
            </label>
          </li>
        ))}
      </ul>
      {options.length > shown.length || all ? (
        <button
          type="button"
          className="link-button"
          aria-controls={listId}
          aria-expanded={all}
          onClick={() => setAll(!all)}
        >
          {all ? 'Show fewer' : `Show all ${formatCount(options.length)}`}
        </button>
      ) : null}
    </fieldset>
  );
}
