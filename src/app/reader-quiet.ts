import { whenIdle } from './when-idle';

/** How long after the last key the reader counts as no longer typing. */
const QUIET_MS = 1000;

let lastKey = Number.NEGATIVE_INFINITY;
let watching: Document | null = null;

/**
 * Starts noting when a key is pressed in `doc` (once per document). Called as the page
 * starts: a wait that begins after the reader started typing (the abstracts arriving
 * while they type) must know about the keys before it.
 */
export function watchKeys(doc: Document = document): void {
  if (watching === doc) return;
  watching = doc;
  lastKey = Number.NEGATIVE_INFINITY;
  doc.addEventListener('keydown', () => (lastKey = performance.now()), true);
}

/**
 * Resolves once no key was pressed in `doc` for QUIET_MS (at once if none was since
 * watchKeys). Work that holds the page's thread for a long moment and that typing does
 * not need (the site's abstracts, parsed and joined after the first rows) waits for
 * it, so it does not land between a keystroke and its results.
 */
export function readerQuiet(doc: Document = document): Promise<void> {
  watchKeys(doc);
  return new Promise((resolve) => {
    const check = () => {
      const wait = lastKey + QUIET_MS - performance.now();
      if (wait <= 0) resolve();
      else setTimeout(check, wait);
    };
    check();
  });
}

/**
 * Runs `work` once the page is idle and no key was pressed in `doc` for QUIET_MS.
 * Checked again when idle: keys held up behind a long task (the reader typing while
 * the whole dataset is read) are handled after the wait has ended, and the idle
 * moment may come between them. Returns a function that cancels it.
 */
export function whenReaderQuietAndIdle(work: () => void, doc: Document = document): () => void {
  let cancelled = false;
  let cancelIdle: (() => void) | null = null;
  const attempt = () =>
    void readerQuiet(doc).then(() => {
      if (cancelled) return;
      cancelIdle = whenIdle(() => {
        if (performance.now() - lastKey < QUIET_MS) attempt();
        else work();
      });
    });
  attempt();
  return () => {
    cancelled = true;
    cancelIdle?.();
  };
}
