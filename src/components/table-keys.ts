// Which key presses move through table rows. Typing in a field, or any shortcut with a
// modifier, is left alone.
export function rowStep(e: KeyboardEvent): -1 | 1 | 0 {
  if (e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented) return 0;
  // From the search box, ArrowDown steps into the results.
  if (e.key === 'ArrowDown' && e.target instanceof HTMLInputElement && e.target.type === 'search')
    return 1;
  if (isTypingTarget(e.target)) return 0;
  if (e.key === 'ArrowDown' || e.key === 'j') return 1;
  if (e.key === 'ArrowUp' || e.key === 'k') return -1;
  return 0;
}

export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT';
}
