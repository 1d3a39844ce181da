import { useEffect, type RefObject } from 'react';
import { isTypingTarget } from '../components/table-keys';

/** "/" focuses search; Esc runs `onEscape` (the paper view uses it to go back). */
export function useShortcuts(
  search: RefObject<HTMLInputElement | null>,
  onEscape: (() => void) | null,
): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented) return;
      if (e.key === '/' && !isTypingTarget(e.target)) {
        e.preventDefault();
        search.current?.focus();
        search.current?.select();
      } else if (e.key === 'Escape' && onEscape && !isTypingTarget(e.target)) {
        e.preventDefault();
        onEscape();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [search, onEscape]);
}
