import { useEffect, useMemo, useRef } from 'react';
import type { Claim } from '../../dataset/schema';
import { abstractSegments } from './abstract-segments';

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
  const segments = useMemo(() => abstractSegments(abstract, claims), [abstract, claims]);
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (selected === null) return;
    ref.current
      ?.querySelector(`[data-claim="${selected}"]`)
      ?.scrollIntoView?.({ block: 'nearest', behavior: 'smooth' });
  }, [selected]);
  return (
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
  );
}
