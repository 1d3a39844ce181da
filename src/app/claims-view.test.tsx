import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { columnTexts, hash, header, renderApp } from './__fixtures__/render-app';

describe('claims view', { timeout: 20_000 }, () => {
  it('lists every claim, largest factor first, absolute figures last', async () => {
    const { user } = renderApp();
    await user.click(screen.getByRole('link', { name: 'Claims' }));
    expect(hash()).toBe('#/claims');
    expect(screen.getByRole('status')).toHaveTextContent('9 claims');
    expect(header(/Factor/)).toHaveAttribute('aria-sort', 'descending');
    // Every factor reads in the claim's own direction; the absolute figure has its own column.
    expect(columnTexts(/Factor/)).toEqual([
      '100× cheaper',
      '16× faster',
      '2–4× lower',
      '3× faster',
      '2.5× less',
      '2× higher',
      '1.7× lower',
      '1.3× faster',
      '—',
    ]);
    expect(columnTexts(/^Value/)).toEqual([...Array<string>(8).fill('—'), '49.3% MFU']);
    expect(columnTexts(/Evidence/)[0]).toBe('1% of MovieGen');
    expect(
      within(screen.getAllByRole('row')[1]!).getByRole('link', { name: 'Tiny Video Diffusion' }),
    ).toHaveAttribute('href', '#/paper/tiny-video?from=claims&claim=1');
  });

  it('sorts every column; the default factor order stays out of the URL', async () => {
    const { user } = renderApp('#/claims');
    await user.click(within(header(/Factor/)).getByRole('button'));
    expect(header(/Factor/)).toHaveAttribute('aria-sort', 'ascending');
    expect(hash()).toBe('#/claims?sort=factor');
    expect(columnTexts(/Factor/)[0]).toBe('1.3× faster');
    await user.click(within(header(/Factor/)).getByRole('button'));
    expect(hash()).toBe('#/claims');
    await user.click(within(header(/Kind/)).getByRole('button'));
    expect(hash()).toBe('#/claims?sort=kind');
    expect(header(/Factor/)).toHaveAttribute('aria-sort', 'none');
    expect(columnTexts(/Kind/)).toEqual([...columnTexts(/Kind/)].sort());
  });

  it('applies the same search and facets, counting claims', async () => {
    const { user } = renderApp('#/claims');
    const kind = screen.getByRole('group', { name: 'Claim kind' });
    expect(within(kind).getByRole('checkbox', { name: 'latency 3' })).toBeInTheDocument();
    await user.click(within(kind).getByRole('checkbox', { name: /latency/ }));
    expect(hash()).toBe('#/claims?kind=latency');
    expect(columnTexts(/Factor/)).toEqual(['16× faster', '2–4× lower', '1.7× lower']);
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'attenton');
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('1 claim'));
    expect(columnTexts(/Evidence/)).toEqual(['1.7x']);
    // The address follows once the typing pauses (see url-store.test.ts).
    await waitFor(() => expect(hash()).toBe('#/claims?q=attenton&kind=latency'));
  });

  it('keeps search and filters when switching views', async () => {
    const { user } = renderApp('#/papers?q=attention&org=nvidia&sort=title');
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('1 paper'));
    await user.click(screen.getByRole('link', { name: 'Claims' }));
    expect(hash()).toBe('#/claims?q=attention&org=nvidia');
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('2 claims'));
  });
});
