import { useEffect, useId, useRef, useState } from 'react';
import { useAbstractsReady } from '../../components/abstracts-ready';
import { Highlight } from '../../components/Highlight';
import { claimSentence } from '../../derive/claim-sentence';
import type { ClaimRow } from '../../derive/rows';

// Wide enough for a sentence, narrow enough to sit beside the cell on a laptop.
const TIP_WIDTH = 420;

/**
 * The claim's own words; hovering or focusing them (Tab reaches the button) shows the
 * whole sentence with the claim marked, as a tooltip the button is described by.
 * Esc or leaving hides it. The tip is fixed-positioned so the clamped cell does not clip it.
 */
export function EvidenceCell({ row, terms }: { row: ClaimRow; terms: readonly string[] }) {
  const id = useId();
  const button = useRef<HTMLButtonElement>(null);
  const [at, setAt] = useState<{ top: number; left: number } | null>(null);
  const show = () => {
    const r = button.current?.getBoundingClientRect();
    if (!r) return;
    const left = Math.max(8, Math.min(r.right - TIP_WIDTH, window.innerWidth - TIP_WIDTH - 8));
    setAt({ top: r.bottom, left });
  };
  // Leaving the button for the tip keeps it open (so it can be read and selected).
  const leaving = useRef<ReturnType<typeof setTimeout> | null>(null);
  const stay = () => {
    if (leaving.current) clearTimeout(leaving.current);
    leaving.current = null;
  };
  const hide = () => {
    stay();
    setAt(null);
  };
  const hideSoon = () => {
    stay();
    leaving.current = setTimeout(hide, 120);
  };
  // A row scrolled out of a virtual list unmounts: drop its pending timer.
  useEffect(
    () => () => {
      if (leaving.current) clearTimeout(leaving.current);
    },
    [],
  );
  const c = row.claim;
  // The sentence comes from the abstract, which the site loads after the first rows.
  const abstractsReady = useAbstractsReady();
  const sentence =
    at && abstractsReady ? claimSentence(row.paper.paper.abstract, c.start, c.end) : null;
  return (
    <span className="evidence-wrap">
      <button
        ref={button}
        type="button"
        className="evidence-button"
        aria-describedby={sentence ? id : undefined}
        onMouseEnter={() => {
          stay();
          show();
        }}
        onMouseLeave={hideSoon}
        onFocus={show}
        onBlur={hide}
        onClick={() => (at ? hide() : show())}
        onKeyDown={(e) => {
          if (e.key !== 'Escape' || !at) return;
          e.stopPropagation();
          hide();
        }}
      >
        <q className="evidence">
          <Highlight text={c.text} terms={terms} />
        </q>
      </button>
      {sentence && at ? (
        <span
          role="tooltip"
          id={id}
          className="evidence-tip"
          onMouseEnter={stay}
          onMouseLeave={hideSoon}
          style={{ top: at.top, left: at.left, width: TIP_WIDTH }}
        >
          {sentence.before}
          <mark>{sentence.claim}</mark>
          {sentence.after}
        </span>
      ) : null}
    </span>
  );
}
