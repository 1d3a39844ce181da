// When the site's abstracts are in the dataset (src/dataset/abstracts.ts): the
// lists show without them; the paper view, the evidence sentences, the exports,
// the search index and the similar papers wait for them.

export type ArrivalState = 'waiting' | 'ready' | { error: unknown };

export interface AbstractsArrival {
  subscribe(onChange: () => void): () => void;
  get(): ArrivalState;
  /** Starts reading them in, after the next painted frame (idempotent). */
  start(): void;
}

/** Abstracts that are already in the dataset (the single file, tests). */
export const ABSTRACTS_HERE: AbstractsArrival = {
  subscribe: () => () => {},
  get: () => 'ready',
  start: () => {},
};

/** Runs `join` (which puts the abstracts in, or fails saying why) and follows it. */
export function abstractsArrival(join: () => Promise<void>): AbstractsArrival {
  let state: ArrivalState = 'waiting';
  let started = false;
  const listeners = new Set<() => void>();
  const settle = (next: ArrivalState) => {
    state = next;
    for (const l of listeners) l();
  };
  return {
    start() {
      if (started) return;
      started = true;
      // A frame, then a task: the first rows are on screen before the abstracts are parsed.
      requestAnimationFrame(() =>
        setTimeout(() =>
          join().then(
            () => settle('ready'),
            (error: unknown) => settle({ error }),
          ),
        ),
      );
    },
    subscribe(onChange) {
      listeners.add(onChange);
      return () => listeners.delete(onChange);
    },
    get: () => state,
  };
}
