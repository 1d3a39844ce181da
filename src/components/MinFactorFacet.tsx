import { useId } from 'react';
import { formatCount, formatFactor } from './format';

interface Props {
  counts: ReadonlyMap<number, number>;
  /** Rows with any factor at all, for the "Any" option. */
  total: number;
  selected: number | null;
  onChange: (min: number | null) => void;
}

/** Minimum factor as a radio group: arrow keys move between thresholds. */
export function MinFactorFacet({ counts, total, selected, onChange }: Props) {
  const name = useId();
  const steps = [...counts.keys()].sort((a, b) => a - b);
  return (
    <fieldset className="facet">
      <legend>Minimum factor</legend>
      <ul className="facet-options">
        <li>
          <label>
            <input
              type="radio"
              name={name}
              checked={selected === null}
              onChange={() => onChange(null)}
            />
            <span className="facet-label">Any</span>{' '}
            <span className="facet-count">{formatCount(total)}</span>
          </label>
        </li>
        {steps.map((s) => {
          const count = counts.get(s) ?? 0;
          return (
            <li key={s}>
              <label className={count === 0 ? 'facet-empty' : undefined}>
                <input
                  type="radio"
                  name={name}
                  checked={selected === s}
                  onChange={() => onChange(s)}
                />
                <span className="facet-label">≥ {formatFactor(s)}</span>{' '}
                <span className="facet-count">{formatCount(count)}</span>
              </label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
