import type { Claim } from '../../dataset/schema';
import { formatClaimFigure } from '../../components/format';

interface Props {
  claims: readonly Claim[];
  selected: number | null;
  onSelect: (index: number) => void;
}

/** The paper's claims, numbered as in the abstract, each with its normalized factor. */
export function ClaimList({ claims, selected, onSelect }: Props) {
  if (claims.length === 0)
    return <p className="muted">No quantitative claims found in this abstract.</p>;
  return (
    <ol className="claim-list">
      {claims.map((c, i) => {
        const details = [
          c.metric,
          c.baseline ? `vs ${c.baseline}` : null,
          c.hardware ? `on ${c.hardware}` : null,
          c.condition,
        ].filter((d): d is string => d !== null && d !== '');
        return (
          <li key={i} className={selected === i ? 'is-selected' : undefined}>
            <button
              type="button"
              className="claim-pick"
              aria-pressed={selected === i}
              onClick={() => onSelect(i)}
            >
              <span className="claim-number" aria-hidden="true">
                {i + 1}
              </span>
              <span className={c.factor === null ? 'absolute' : 'factor'}>
                {formatClaimFigure(c)}
              </span>{' '}
              <span className={`kind kind-${c.kind}`}>{c.kind}</span>
              <span className="visually-hidden">, claim {i + 1}: show it in the abstract</span>
            </button>
            {details.length ? <p className="claim-details">{details.join(' · ')}</p> : null}
          </li>
        );
      })}
    </ol>
  );
}
