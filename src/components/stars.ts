import { createContext, useContext } from 'react';

/** The reader's starred papers, as views see them (the app keeps them in localStorage). */
export interface Stars {
  starred: ReadonlySet<string>;
  toggle(id: string): void;
  add(ids: readonly string[]): void;
  /** False when the browser refused storage: stars last until the page closes. */
  persistent: boolean;
}

export const StarsContext = createContext<Stars | null>(null);

export function useStars(): Stars {
  const stars = useContext(StarsContext);
  if (!stars) throw new Error('useStars needs a StarsContext provider.');
  return stars;
}
