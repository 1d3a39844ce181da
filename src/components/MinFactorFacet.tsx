import { memo, useId } from 'react';
import { formatCount, formatFactor } from './format';
import { useLatestCallback } from './use-latest-callback';

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
  const choose = useLatestCallback(onChange);
  const steps = [...counts.keys()].sort((a, b) => a - b);
  return (
    <fieldset className="facet">
      <legend>Minimum factor</legend>
      <ul className="facet-options">
        <Step name={name} min={null} count={total} checked={selected === null} onChoose={choose} />
        {steps.map((s) => (
          <Step
            key={s}
            name={name}
            min={s}
            count={counts.get(s) ?? 0}
            checked={selected === s}
            onChoose={choose}
          />
        ))}
      </ul>
    </fieldset>
  );
}

interface StepProps {
  name: string;
  /** The threshold, or null for "Any". */
  min: number | null;
  count: number;
  checked: boolean;
  onChoose: (min: number | null) => void;
}

// Memoized: a step whose count and tick stayed the same is not rendered again (React
// writes a radio's name, type and value again whenever it renders it).
const Step = memo(function Step({ name, min, count, checked, onChoose }: StepProps) {
  return (
    <li>
      <label className={min !== null && count === 0 ? 'facet-empty' : undefined}>
        <input type="radio" name={name} checked={checked} onChange={() => onChoose(min)} />
        <span className="facet-label">{min === null ? 'Any' : `≥ ${formatFactor(min)}`}</span>{' '}
        <span className="facet-count">{formatCount(count)}</span>
      </label>
    </li>
  );
});
