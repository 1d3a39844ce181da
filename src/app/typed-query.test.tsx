// With the engine in a worker, a query reaches the address, the table and the row
// links only together with its answer; what is typed meanwhile stays in the search
// box, and a query typed over before its answer came is never shown.
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createSearchEngine } from '../search/engine';
import { columnTexts, hash } from './__fixtures__/render-app';
import { smallDataset } from './__fixtures__/small-dataset';
import { App } from './App';
import type { SearchAnswer, SearchService } from './search-service';

const EMPTY: SearchAnswer = { result: { hits: [], terms: [] }, final: true };
const WAITING: SearchAnswer = { result: null, final: false };
const engine = createSearchEngine(smallDataset.papers);

/** A search whose answers come only when the test releases them, as a busy worker's would. */
function heldSearch() {
  const answered = new Map<string, SearchAnswer>();
  const listeners = new Set<() => void>();
  const service: SearchService = {
    answer: (q) => (q.trim() === '' ? EMPTY : (answered.get(q) ?? WAITING)),
    similar: () => null,
    subscribe(onChange) {
      listeners.add(onChange);
      return () => listeners.delete(onChange);
    },
    start() {},
    stop() {},
  };
  const release = (q: string) =>
    act(() => {
      answered.set(q, { result: engine.search(q), final: true });
      for (const l of listeners) l();
    });
  return { service, release };
}

function renderHeld() {
  window.history.replaceState(null, '', '/#/papers');
  const held = heldSearch();
  render(<App dataset={smallDataset} search={() => held.service} />);
  return { user: userEvent.setup(), ...held };
}

const titles = (q: string) =>
  engine.search(q).hits.map((h) => smallDataset.papers.find((p) => p.id === h.id)!.title);
const firstRowLink = () =>
  screen.getAllByRole('link', { name: /./ }).find((a) => a.classList.contains('row-link'))!;
const main = () => screen.getByRole('main');
const box = () => screen.getByRole('searchbox', { name: 'Search' });

describe('a query answered by a worker', { timeout: 20_000 }, () => {
  it('reaches the address, the table and its links with its answer; one typed over never shows', async () => {
    const { user, release } = renderHeld();
    const unsearched = columnTexts(/^Title/);
    // The two answers differ from the unsearched list and from each other.
    expect(new Set(titles('s'))).not.toEqual(new Set(unsearched));
    expect(new Set(titles('sp'))).not.toEqual(new Set(titles('s')));

    await user.type(box(), 'sp');
    expect(box()).toHaveValue('sp');
    expect(main()).toHaveAttribute('aria-busy', 'true');
    expect(hash()).toBe('#/papers');
    expect(columnTexts(/^Title/)).toEqual(unsearched);
    expect(firstRowLink().getAttribute('href')).not.toContain('q=');

    // The answer to the query typed over changes nothing.
    await release('s');
    expect(box()).toHaveValue('sp');
    expect(main()).toHaveAttribute('aria-busy', 'true');
    expect(hash()).toBe('#/papers');
    expect(columnTexts(/^Title/)).toEqual(unsearched);

    await release('sp');
    await waitFor(() => expect(main()).not.toHaveAttribute('aria-busy'));
    expect(hash()).toBe('#/papers?q=sp');
    expect(new Set(columnTexts(/^Title/))).toEqual(new Set(titles('sp')));
    expect(firstRowLink().getAttribute('href')).toContain('q=sp');
    expect(box()).toHaveValue('sp');
  });

  it('keeps a typed query whose answer is on its way when a facet is chosen meanwhile', async () => {
    const { user, release } = renderHeld();
    await user.type(box(), 'attention');
    const org = screen.getByRole('group', { name: 'Organization' });
    await user.click(within(org).getByRole('checkbox', { name: /NVIDIA/ }));
    expect(hash()).toBe('#/papers?org=nvidia');
    expect(box()).toHaveValue('attention');
    expect(main()).toHaveAttribute('aria-busy', 'true');

    await release('attention');
    await waitFor(() => expect(main()).not.toHaveAttribute('aria-busy'));
    expect(hash()).toBe('#/papers?q=attention&org=nvidia');
    expect(columnTexts(/^Title/)).toEqual(['Flash Attention Kernels for Long Context']);
  });

  it('adds one history entry for a search, whatever the answers that came on the way', async () => {
    const { user, release } = renderHeld();
    const before = window.history.length;
    await user.type(box(), 'vi');
    await release('v');
    await release('vi');
    await user.type(box(), 'd');
    await release('vid');
    await waitFor(() => expect(hash()).toBe('#/papers?q=vid'));
    expect(window.history.length).toBe(before + 1);
  });
});
