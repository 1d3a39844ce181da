// A long list's table renders only the rows on screen when a new list comes (a search
// answer, a sort), and the rows beyond the screen's edges a moment later: the rows a
// reader sees are the same either way.
import { act, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { columnTexts, dataTable, renderApp } from './__fixtures__/render-app';
import { manyPapers } from './__fixtures__/small-dataset';

// jsdom lays nothing out: the table sits at the page's top under a header row of the
// table's estimate (37 px), in a window of jsdom's 768 px, rows of 48 px.
const ON_SCREEN = Math.floor((768 - 1 - 37) / 48) + 1;
const titles = () => columnTexts(/^Title/);

describe('a long list', { timeout: 20_000 }, () => {
  it('renders the rows on screen first, then rows below them, without changing those on screen', async () => {
    renderApp('#/papers?sort=title', manyPapers(1000));
    const first = titles();
    expect(first).toEqual(
      Array.from({ length: ON_SCREEN }, (_, i) => `Synthetic Paper ${String(i).padStart(5, '0')}`),
    );
    await waitFor(() => expect(titles().length).toBeGreaterThan(ON_SCREEN));
    expect(titles().slice(0, ON_SCREEN)).toEqual(first);
    expect(dataTable()).toHaveAttribute('aria-rowcount', '1001');
  });

  it('renders a new list from its rows on screen again', async () => {
    renderApp('#/papers?sort=title', manyPapers(1000));
    await waitFor(() => expect(titles().length).toBeGreaterThan(ON_SCREEN));
    act(() => {
      window.location.hash = '#/papers?sort=-title';
    });
    await waitFor(() => expect(titles()[0]).toBe('Synthetic Paper 00999'));
    expect(titles()).toEqual(
      Array.from(
        { length: ON_SCREEN },
        (_, i) => `Synthetic Paper ${String(999 - i).padStart(5, '0')}`,
      ),
    );
    // The header row and the new list's rows: no row of the list before is seen.
    expect(within(dataTable()).getAllByRole('row')).toHaveLength(ON_SCREEN + 1);
    await waitFor(() => expect(titles().length).toBeGreaterThan(ON_SCREEN));
  });
});
