import { useEffect, useMemo, useRef } from 'react';
import type { Claim } from '../../dataset/schema';
import { abstractSegments } from './abstract-segments';

// Thousands of marks in one paragraph take seconds to lay out (a results table pasted
// into an abstract); past this many, only the first ones and the selected one are marked.
const MAX_MARKS = 200;

/** The abstract as text, each claim's evidence in a numbered <mark>. */
export function AbstractWithClaims({
  abstract,
  claims,
  selected,
}: {
  abstract: string;
  claims: readonly Claim[];
  selected: number | null;
}) {
  const segments = useMemo(
    () => abstractSegments(abstract, claims, (i) => i < MAX_MARKS || i === selected),
    [abstract, claims, selected],
  );
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (selected === null) return;
    ref.current
      ?.querySelector(`[data-claim="${selected}"]`)
      ?.scrollIntoView?.({ block: 'nearest', behavior: 'smooth' });
  }, [selected]);
  const unmarked = claims.length > MAX_MARKS;
  return (
    <>
      {unmarked ? (
        <p className="muted">
          The first {MAX_MARKS} of its {claims.length} claims are marked in the abstract; every one
          is listed under Claims.
        </p>
      ) : null}
      <p className="abstract" ref={ref}>
        {segments.map((s, i) =>
          s.claim === null ? (
            s.text
          ) : (
            <mark
              key={i}
              className={`claim-mark${s.claim === selected ? ' is-selected' : ''}`}
              data-claim={s.claim}
            >
              {s.text}
              <sup className="claim-ref">
                <span className="visually-hidden"> (claim </span>
                {s.claim + 1}
                <span className="visually-hidden">)</span>
              </sup>
            </mark>
          ),
        )}
      </p>
    </>
  );
}
