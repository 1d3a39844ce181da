// The only module that reads or writes the reader's stars. They live in
// localStorage, so they stay in this browser (per origin: the hosted site and a
// single file opened from disk keep separate stars). Where storage is refused
// (some privacy modes), stars still work until the page closes.

export const STARS_KEY = 'speedboard.starred';

export interface StarStore {
  subscribe(onChange: () => void): () => void;
  getSnapshot(): ReadonlySet<string>;
  toggle(id: string): void;
  add(ids: readonly string[]): void;
  /** False when stars cannot be saved and will be gone on reload. */
  persistent(): boolean;
}

/** The ids stored under STARS_KEY; anything else (hand-edited, another version) reads as none. */
export function parseStars(raw: string | null): Set<string> {
  if (raw === null) return new Set();
  try {
    const value: unknown = JSON.parse(raw);
    if (!Array.isArray(value)) return new Set();
    return new Set(value.filter((v): v is string => typeof v === 'string' && v !== ''));
  } catch {
    return new Set();
  }
}

export function createStarStore(win: Window): StarStore {
  const listeners = new Set<() => void>();
  let storage: Storage | null = null;
  try {
    storage = win.localStorage;
  } catch {
    storage = null;
  }
  let saved = storage !== null;
  const read = (): Set<string> => {
    try {
      return parseStars(storage?.getItem(STARS_KEY) ?? null);
    } catch {
      return new Set();
    }
  };
  let stars: ReadonlySet<string> = read();
  const emit = () => {
    for (const l of listeners) l();
  };
  const write = (next: Set<string>) => {
    stars = next;
    try {
      storage?.setItem(STARS_KEY, JSON.stringify([...next].sort()));
    } catch {
      saved = false;
    }
    emit();
  };
  // Another tab starring a paper shows here too.
  const onStorage = (e: StorageEvent) => {
    if (e.key !== STARS_KEY && e.key !== null) return;
    stars = read();
    emit();
  };
  return {
    subscribe(onChange) {
      listeners.add(onChange);
      if (listeners.size === 1) win.addEventListener('storage', onStorage);
      return () => {
        listeners.delete(onChange);
        if (listeners.size === 0) win.removeEventListener('storage', onStorage);
      };
    },
    getSnapshot: () => stars,
    toggle(id) {
      const next = new Set(stars);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      write(next);
    },
    add(ids) {
      write(new Set([...stars, ...ids]));
    },
    persistent: () => saved,
  };
}
