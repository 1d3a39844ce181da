import type { Paper } from '../dataset/schema';
import { similarIndexSteps, type SimilarIndex } from '../derive/similar/similar-index';

// Slices short enough that a keystroke arriving mid-build waits less than a frame.
const SLICE_MS = 8;
// Unasked, the build waits until the first rows and the search index have had the main thread.
const IDLE_START_MS = 3000;

export interface BackgroundSimilar {
  subscribe(onChange: () => void): () => void;
  /** The index once built, else null. */
  get(): SimilarIndex | null;
  /** Starts the build in the background after a pause (idempotent). */
  start(): void;
  /** Starts it now: a paper view wants it. */
  want(): void;
  stop(): void;
}

/**
 * The similar-papers index, built lazily between frames: never before the first
 * rows, and without blocking the paper view that asks for it.
 */
export function backgroundSimilar(papers: readonly Paper[]): BackgroundSimilar {
  const listeners = new Set<() => void>();
  let steps: Generator<void, SimilarIndex, void> | null = null;
  let index: SimilarIndex | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const tick = () => {
    timer = null;
    steps ??= similarIndexSteps(papers);
    const until = performance.now() + SLICE_MS;
    while (performance.now() < until) {
      const r = steps.next();
      if (r.done) {
        index = r.value;
        steps = null;
        for (const l of listeners) l();
        return;
      }
    }
    timer = setTimeout(tick, 0);
  };
  const stop = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };
  return {
    subscribe(onChange) {
      listeners.add(onChange);
      return () => listeners.delete(onChange);
    },
    get: () => index,
    start() {
      if (!index && timer === null) timer = setTimeout(tick, IDLE_START_MS);
    },
    want() {
      if (index) return;
      stop();
      timer = setTimeout(tick, 0);
    },
    stop,
  };
}
