import { useState } from 'react';
import { readFactor } from '../../components/claim-reading';
import { formatFigure } from '../../components/format';
import type { Claim } from '../../dataset/schema';
import { absoluteFigure } from '../../derive/absolute-figure';
import { claimSentence } from '../../derive/claim-sentence';

interface Props {
  /** Null while the abstract is on its way: the claims show without their sentences. */
  abstract: string | null;
  claims: readonly Claim[];
  selected: number | null;
  onSelect: (index: number) => void;
}

/**
 * The paper's claims, numbered as in the abstract: each reads as "N× better" in its
 * own direction, says how that factor came from the paper's words, and quotes its
 * sentence with the claim marked.
 */
// A paper can state thousands of claims (a results table pasted into the abstract);
// rendering every one takes seconds, so the list shows a window of them that grows a
// page at a time either way, and jumps to hold the selected claim.
const CLAIMS_PER_PAGE = 100;

/** The claims shown: the first page, or a page around the selected claim. */
function windowFor(selected: number | null, count: number): [number, number] {
  if (selected === null || selected < CLAIMS_PER_PAGE) return [0, Math.min(count, CLAIMS_PER_PAGE)];
  const from = Math.max(0, selected - CLAIMS_PER_PAGE / 2);
  return [from, Math.min(count, from + CLAIMS_PER_PAGE)];
}

export function ClaimList({ abstract, claims, selected, onSelect }: Props) {
  const [range, setRange] = useState(() => windowFor(selected, claims.length));
  if (claims.length === 0)
    return <p className="muted">No quantitative claims found in this abstract.</p>;
  // A claim picked outside the window (a mark in the abstract, a link) moves the window to it.
  const [from, to] =
    selected !== null && (selected < range[0] || selected >= range[1])
      ? windowFor(selected, claims.length)
      : range;
  const before = from;
  const after = claims.length - to;
  return (
    <>
      {before > 0 ? (
        <button
          type="button"
          className="claims-more"
          onClick={() => setRange([Math.max(0, from - CLAIMS_PER_PAGE), to])}
        >
          Show {Math.min(CLAIMS_PER_PAGE, before)} earlier claims ({before} not shown)
        </button>
      ) : null}
      <ol className="claim-list" start={from + 1}>
        {claims.slice(from, to).map((c, k) => {
          const i = from + k;
          const reading = readFactor(c);
          const figure = absoluteFigure(c);
          const details = [
            reading ? null : c.metric,
            c.baseline ? `vs ${c.baseline}` : null,
            c.hardware ? `on ${c.hardware}` : null,
            c.condition,
          ].filter((d): d is string => d !== null && d !== '');
          const sentence = abstract === null ? null : claimSentence(abstract, c.start, c.end);
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
              {sentence ? (
                <p className="claim-sentence">
                  {sentence.before}
                  <mark>{sentence.claim}</mark>
                  {sentence.after}
                </p>
              ) : null}
            </li>
          );
        })}
      </ol>
      {after > 0 ? (
        <button
          type="button"
          className="claims-more"
          onClick={() => setRange([from, Math.min(claims.length, to + CLAIMS_PER_PAGE)])}
        >
          Show {Math.min(CLAIMS_PER_PAGE, after)} more claims ({after} not shown)
        </button>
      ) : null}
    </>
  );
}
