import { createContext, useContext } from 'react';
import type { ViewState } from '../url/view-state';

/** What views may do to the location: they never touch `window.location` themselves. */
export interface Navigation {
  navigate(state: ViewState, options?: { replace?: boolean }): void;
  /** Back one entry if the previous one is this app's; false otherwise. */
  back(): boolean;
  /** The absolute address of the current view. */
  href(): string;
}

export const NavigationContext = createContext<Navigation | null>(null);

export function useNavigation(): Navigation {
  const nav = useContext(NavigationContext);
  if (!nav) throw new Error('useNavigation needs a NavigationContext provider.');
  return nav;
}
