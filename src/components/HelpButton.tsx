import { useEffect, useId, useRef, useState } from 'react';

/**
 * "What is a claim? What is a factor?" in plain words, one click from every view.
 * A disclosure: the button says whether it is open; Esc or the button closes it.
 */
export function HelpButton() {
  const [open, setOpen] = useState(false);
  const id = useId();
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      // Closing the help is all this Esc does (it must not also leave a paper).
      e.preventDefault();
      e.stopImmediatePropagation();
      setOpen(false);
      button.current?.focus();
    };
    document.addEventListener('keydown', onKey, true);
    return () => document.removeEventListener('keydown', onKey, true);
  }, [open]);
  return (
    <div className="help">
      <button
        ref={button}
        type="button"
        className="help-toggle"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen(!open)}
      >
        What do the numbers mean?
      </button>
      <section id={id} className="help-panel" aria-label="What the numbers mean" hidden={!open}>
        <h2>What is a claim?</h2>
        <p>
          A place in a paper’s abstract where the authors put a number on how much faster, cheaper,
          smaller or more efficient their method is: “2x faster than FlashAttention-2 on H100”.
          Speedboard finds these in every abstract and lists each one with what was measured, what
          it was compared with and on which hardware, when the abstract says.
        </p>
        <h2>What is a factor?</h2>
        <p>
          One number for how many times better the method is than what it is compared with, always
          read in the claim’s own direction: <strong>2× faster</strong>,{' '}
          <strong>2.5× lower latency</strong>, <strong>100× cheaper</strong>. Percentages are turned
          into factors: 30% faster is 1.3×; 60% lower leaves 40% of the baseline, which is 2.5×
          lower; 1% of the cost is 100× cheaper. Hover a factor to see how it was worked out. A
          range such as 2–4× is shown as a range and sorts by its upper end.
        </p>
        <h2>What is a value?</h2>
        <p>
          Some claims state a figure on its own, with nothing to compare against: 49.3% MFU, 560
          TFLOPs per GPU. Those are values, not factors: they have their own Value column and are
          compared only with figures in the same unit.
        </p>
        <p className="muted">
          Claims are read from the abstracts by a program, so check a surprising one against its
          sentence: hover or focus the evidence, or open the paper.
        </p>
        <button type="button" onClick={() => setOpen(false)}>
          Close
        </button>
      </section>
    </div>
  );
}
