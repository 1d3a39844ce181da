// The site's page holds the first screen's markup (src/app/first-screen-markup.tsx),
// painted before the app's script runs. The app renders in its place; what the reader
// typed in its search box meanwhile goes over to the app's.

const SEARCH = 'input[type="search"]';

export interface TypedBefore {
  value: string;
  focused: boolean;
  start: number | null;
  end: number | null;
}

/** What was typed in `root`'s search box before the app rendered, if it has one. */
export function typedBefore(root: HTMLElement): TypedBefore | null {
  const input = root.querySelector<HTMLInputElement>(SEARCH);
  if (!input) return null;
  return {
    value: input.value,
    focused: input.ownerDocument.activeElement === input,
    start: input.selectionStart,
    end: input.selectionEnd,
  };
}

/**
 * Puts `typed` into the app's search box as though it were typed there (an `input`
 * event, which React's change handler answers), with the focus and the caret where
 * they were.
 */
export function carryTyped(root: HTMLElement, typed: TypedBefore | null): void {
  const input = root.querySelector<HTMLInputElement>(SEARCH);
  if (!input || !typed) return;
  if (typed.value && input.value !== typed.value) {
    // The prototype's setter: React tracks the value the element's own property set.
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
    setValue?.call(input, typed.value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }
  if (typed.focused) {
    input.focus();
    input.setSelectionRange(typed.start, typed.end);
  }
}
