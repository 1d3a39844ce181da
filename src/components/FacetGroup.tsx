import { formatCount } from './format';
import { memo, type ReactNode, useId, useState } from 'react';
import { useLatestCallback } from './use-latest-callback';

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
  // One toggle for every option, whatever the list it toggles in: an option whose
  // value, count and tick stayed the same is not rendered again (React writes a
  // checkbox's name, type and value again whenever it renders it).
  const toggle = useLatestCallback(onToggle);
  if (options.length === 0) return null;
  const shown = all ? options : options.filter((o, i) => i < limit || selected.includes(o.value));
  return (
    <fieldset className="facet">
      <legend>{legend}</legend>
      <ul id={listId} className="facet-options">
        {shown.map((o) => (
          <Option
            key={String(o.value)}
            value={o.value}
            label={o.label}
            count={o.count}
            checked={selected.includes(o.value)}
            onToggle={toggle}
          />
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

interface OptionProps<V> extends FacetOption<V> {
  checked: boolean;
  onToggle: (value: V, on: boolean) => void;
}

const Option = memo(function Option<V extends string | number>({
  value,
  label,
  count,
  checked,
  onToggle,
}: OptionProps<V>) {
  return (
    <li>
      <label className={count === 0 ? 'facet-empty' : undefined}>
        <input
          type="checkbox"
          checked={checked}
          onChange={(e) => onToggle(value, e.currentTarget.checked)}
        />
        <span className="facet-label" title={label}>
          {label}
        </span>{' '}
        <span className="facet-count">{formatCount(count)}</span>
      </label>
    </li>
  );
}) as <V extends string | number>(props: OptionProps<V>) => ReactNode;
