import { createContext, useContext } from 'react';

/**
 * False while the site's abstracts are still on their way (the lists show first;
 * see src/app/abstracts-arrival.ts). Whatever reads an abstract waits for true.
 */
export const AbstractsReadyContext = createContext(true);

export function useAbstractsReady(): boolean {
  return useContext(AbstractsReadyContext);
}
