// The site's page holds the first screen's markup, rendered at build time; the app
// renders the same in its place, and what was typed in the page's search box before it
// ran goes over to the app's.
import { act, screen } from '@testing-library/react';
import { flushSync } from 'react-dom';
import { createRoot, type Root as ReactRoot } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { checkDataset } from '../dataset/check-dataset';
import type { Dataset } from '../dataset/schema';
import { firstScreen, previewOf } from '../derive/first-screen';
import { hash } from './__fixtures__/render-app';
import { manyPapers } from './__fixtures__/small-dataset';
import { firstScreenMarkup } from './first-screen-markup';
import { Root } from './Root';
import { carryTyped, typedBefore } from './static-first-screen';

function screenOf(dataset: Dataset) {
  const check = checkDataset(structuredClone(dataset));
  if (!check.ok) throw new Error(check.problem);
  return { whole: check.dataset, first: JSON.parse(JSON.stringify(firstScreen(check.dataset))) };
}

/** A page whose `#root` holds the build's markup for `dataset`'s first screen. */
function page(dataset: Dataset) {
  window.history.replaceState(null, '', '/#/papers');
  const { whole, first } = screenOf(dataset);
  const container = document.createElement('div');
  container.innerHTML = firstScreenMarkup(first);
  document.body.append(container);
  pages.push(container);
  return { container, whole, first };
}

const rowTexts = (el: ParentNode) =>
  [...el.querySelectorAll('tbody tr[data-index]')].map((tr) => tr.textContent);

const pages: HTMLElement[] = [];
let mounted: { root: ReactRoot; container: HTMLElement } | null = null;
afterEach(() => {
  if (mounted) act(() => mounted?.root.unmount());
  mounted = null;
  for (const p of pages.splice(0)) p.remove();
});

describe("the first screen's markup in the page", () => {
  it('holds the rows, the count and the busy list the app first renders, no style attributes', () => {
    const { container, first } = page(manyPapers(300));
    const rows = rowTexts(container);
    expect(rows.length).toBeGreaterThan(10);
    expect(container.querySelector('main')).toHaveAttribute('aria-busy', 'true');
    expect(container.textContent).toContain('300 papers');
    expect(container.querySelector('[style]')).toBeNull();
    expect(container.querySelector('script')).toBeNull();
    // The app's own first render over the same payload shows the same rows.
    const root = createRoot(container);
    mounted = { root, container };
    flushSync(() => root.render(<Root loaded={{ preview: previewOf(first) }} />));
    expect(rowTexts(container)).toEqual(rows);
    expect(container.querySelectorAll('main')).toHaveLength(1);
  });

  it('leaves only the search box usable: every other control is inert', () => {
    const { container } = page(manyPapers(40));
    const usable = [...container.querySelectorAll('a, button, input, [tabindex]')].filter(
      (el) => !el.closest('[inert]'),
    );
    expect(usable).toEqual([container.querySelector('input[type="search"]')]);
  });

  it('hands what was typed before the app ran to the app, focused, answered by the whole dataset', async () => {
    const { container, first, whole } = page(manyPapers(300));
    const before = container.querySelector<HTMLInputElement>('input[type="search"]')!;
    before.focus();
    before.value = 'Synthetic Paper 00007';
    before.setSelectionRange(3, 3);
    const typed = typedBefore(container);
    const root = createRoot(container);
    mounted = { root, container };
    flushSync(() => root.render(<Root loaded={{ preview: previewOf(first) }} />));
    carryTyped(container, typed);
    const box = screen.getByRole('searchbox');
    expect(box).not.toBe(before);
    expect(box).toHaveValue('Synthetic Paper 00007');
    expect(box).toHaveFocus();
    expect((box as HTMLInputElement).selectionStart).toBe(3);
    act(() => root.render(<Root loaded={{ dataset: whole }} />));
    await expect.poll(hash).toBe('#/papers?q=Synthetic+Paper+00007');
    await expect
      .poll(() => document.querySelector('tbody tr[data-index="0"]')?.textContent)
      .toContain('Synthetic Paper 00007');
  });

  it('hands nothing over when nothing was typed', () => {
    const { container, first } = page(manyPapers(40));
    const typed = typedBefore(container);
    const root = createRoot(container);
    mounted = { root, container };
    flushSync(() => root.render(<Root loaded={{ preview: previewOf(first) }} />));
    carryTyped(container, typed);
    expect(screen.getByRole('searchbox')).toHaveValue('');
    expect(screen.getByRole('searchbox')).not.toHaveFocus();
    expect(hash()).toBe('#/papers');
  });
});
