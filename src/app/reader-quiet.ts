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
