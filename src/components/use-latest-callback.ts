import { useCallback, useLayoutEffect, useRef } from 'react';

/**
 * A function of one identity for the component's life that calls the `f` of its last
 * committed render: handed to memoized children, it does not make them render again
 * whenever the parent does.
 */
export function useLatestCallback<A extends unknown[]>(f: (...args: A) => void) {
  const latest = useRef(f);
  useLayoutEffect(() => {
    latest.current = f;
  });
  return useCallback((...args: A) => latest.current(...args), []);
}
