import { readFactor } from '../../components/claim-reading';
import { formatFigure } from '../../components/format';
import type { Claim } from '../../dataset/schema';
import { absoluteFigure } from '../../derive/absolute-figure';
import { claimSentence } from '../../derive/claim-sentence';

interface Props {
  abstract: string;
  claims: readonly Claim[];
  selected: number | null;
  onSelect: (index: number) => void;
}

/**
 * The paper's claims, numbered as in the abstract: each reads as "N× better" in its
 * own direction, says how that factor came from the paper's words, and quotes its
 * sentence with the claim marked.
 */
export function ClaimList({ abstract, claims, selected, onSelect }: Props) {
  if (claims.length === 0)
    return <p className="muted">No quantitative claims found in this abstract.</p>;
  return (
    <ol className="claim-list">
      {claims.map((c, i) => {
        const reading = readFactor(c);
        const figure = absoluteFigure(c);
        const details = [
          reading ? null : c.metric,
          c.baseline ? `vs ${c.baseline}` : null,
          c.hardware ? `on ${c.hardware}` : null,
          c.condition,
        ].filter((d): d is string => d !== null && d !== '');
        const sentence = claimSentence(abstract, c.start, c.end);
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
              <span className="claim-headline">
                {reading ? (
                  <span className="factor">{reading.sentence}</span>
                ) : (
                  <span className="absolute">{figure ? formatFigure(figure) : c.text}</span>
                )}
              </span>{' '}
              <span className={`kind kind-${c.kind}`}>{c.kind}</span>
              <span className="visually-hidden">, claim {i + 1}: show it in the abstract</span>
            </button>
            {reading ? <p className="claim-conversion">{reading.conversion}</p> : null}
            {details.length ? <p className="claim-details">{details.join(' · ')}</p> : null}
            <p className="claim-sentence">
              {sentence.before}
              <mark>{sentence.claim}</mark>
              {sentence.after}
            </p>
          </li>
        );
      })}
    </ol>
  );
}
