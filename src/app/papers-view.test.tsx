import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { columnTexts, dataTable, hash, header, renderApp } from './__fixtures__/render-app';
import { manyPapers } from './__fixtures__/small-dataset';

const ALL_TITLES = [
  'Flash Attention Kernels for Long Context',
  'Tiny Video Diffusion',
  'Evaluating Intelligence via Trial and Error',
  'SwiftKV: Fast Prefill Serving',
  'Sparse Attention for Long Documents',
  '<img src=x onerror=alert(1)> <script>alert(2)</script> Hostile Title',
];

describe('papers view', { timeout: 20_000 }, () => {
  it('is the default route: a table of every paper, newest first, with a status line', () => {
    renderApp('');
    expect(screen.getByRole('status')).toHaveTextContent('6 papers');
    expect(columnTexts(/^Title/)).toEqual(ALL_TITLES);
    expect(hash()).toBe('#/papers');
    for (const name of [
      /Title/,
      /Organization/,
      /Published/,
      /Authors/,
      /Comments/,
      /Claims/,
      /Best factor/,
    ]) {
      expect(header(name)).toHaveAttribute('aria-sort', 'none');
      expect(within(header(name)).getByRole('button')).toBeInTheDocument();
    }
    // The best claim's factor, in its direction, with which claim it is beneath.
    expect(columnTexts(/Best factor/)).toEqual([
      '1.7× lowerlatency · prefill latency',
      '100× cheapercost',
      '—',
      '2–4× lowerlatency · time per token',
      '2.5× lessmemory',
      '3× fasterspeedup · =HYPERLINK("http://evil.example")',
    ]);
  });

  it('finds the attention papers from a typo, highlights the match, and keeps the query in the URL', async () => {
    const { user } = renderApp();
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'attenton');
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('2 papers'));
    expect(new Set(columnTexts(/^Title/))).toEqual(
      new Set(['Flash Attention Kernels for Long Context', 'Sparse Attention for Long Documents']),
    );
    const marks = [...dataTable().querySelectorAll('mark')].map((m) => m.textContent);
    expect(marks).toContain('Attention');
    // The address follows once the typing pauses (see url-store.test.ts).
    await waitFor(() => expect(hash()).toBe('#/papers?q=attenton'));
    expect(screen.getByRole('main')).not.toHaveAttribute('aria-busy');
  });

  it('sorts by a column from its header button: first click, second click, then back to the default', async () => {
    const { user } = renderApp();
    const sortBy = (name: RegExp) => user.click(within(header(name)).getByRole('button'));

    await sortBy(/Authors/);
    expect(header(/Authors/)).toHaveAttribute('aria-sort', 'descending');
    expect(hash()).toBe('#/papers?sort=-authors');
    expect(columnTexts(/Authors/)).toEqual(['10', '5', '4', '3', '—', '—']);

    await sortBy(/Authors/);
    expect(header(/Authors/)).toHaveAttribute('aria-sort', 'ascending');
    expect(hash()).toBe('#/papers?sort=authors');
    // Missing values stay at the bottom both ways.
    expect(columnTexts(/Authors/)).toEqual(['3', '4', '5', '10', '—', '—']);

    await sortBy(/Authors/);
    expect(header(/Authors/)).toHaveAttribute('aria-sort', 'none');
    expect(hash()).toBe('#/papers');
    expect(columnTexts(/^Title/)).toEqual(ALL_TITLES);

    await sortBy(/^Title/);
    expect(header(/^Title/)).toHaveAttribute('aria-sort', 'ascending');
    expect(columnTexts(/^Title/)[0]).toBe(
      '<img src=x onerror=alert(1)> <script>alert(2)</script> Hostile Title',
    );
  });

  it('restores sort, search and filters from the URL', async () => {
    renderApp('#/papers?q=attention&sort=published&hw=H100');
    await waitFor(() =>
      expect(columnTexts(/^Title/)).toEqual(['Flash Attention Kernels for Long Context']),
    );
    expect(screen.getByRole('searchbox', { name: 'Search' })).toHaveValue('attention');
    expect(header(/Published/)).toHaveAttribute('aria-sort', 'ascending');
    expect(screen.getByRole('checkbox', { name: /H100/ })).toBeChecked();
  });

  it('filters by facets with counts over the current results, combinable with search', async () => {
    const { user } = renderApp();
    const org = screen.getByRole('group', { name: 'Organization' });
    expect(within(org).getByRole('checkbox', { name: 'NVIDIA 2' })).not.toBeChecked();
    expect(within(org).getByRole('checkbox', { name: 'Snowflake 1' })).toBeInTheDocument();

    await user.click(within(org).getByRole('checkbox', { name: /NVIDIA/ }));
    expect(hash()).toBe('#/papers?org=nvidia');
    expect(screen.getByRole('status')).toHaveTextContent('2 papers');
    expect(columnTexts(/^Title/)).toEqual([
      'Flash Attention Kernels for Long Context',
      'Tiny Video Diffusion',
    ]);
    // Other organizations still show what they would add; other facets count within NVIDIA.
    expect(within(org).getByRole('checkbox', { name: 'Snowflake 1' })).toBeInTheDocument();
    const year = screen.getByRole('group', { name: 'Year' });
    expect(within(year).getByRole('checkbox', { name: '2025 2' })).toBeInTheDocument();
    expect(within(year).queryByRole('checkbox', { name: /2024/ })).toBeNull();

    await user.click(within(org).getByRole('checkbox', { name: /Snowflake/ }));
    expect(hash()).toBe('#/papers?org=nvidia,snowflake');
    expect(columnTexts(/^Title/)).toEqual([
      'Flash Attention Kernels for Long Context',
      'Tiny Video Diffusion',
      'SwiftKV: Fast Prefill Serving',
    ]);

    await user.click(screen.getByRole('radio', { name: /≥ 10×/ }));
    expect(hash()).toBe('#/papers?org=nvidia,snowflake&min=10');
    expect(columnTexts(/^Title/)).toEqual(['Tiny Video Diffusion']);
    // Snowflake's only paper is below 10×: still ticked, it now counts 0.
    expect(within(org).getByRole('checkbox', { name: 'Snowflake 0' })).toBeChecked();
  });

  it('says what to do when the filters leave nothing', async () => {
    const { user } = renderApp('#/papers?org=snowflake&kind=cost');
    expect(screen.getByRole('status')).toHaveTextContent('0 papers');
    expect(screen.getByText(/No papers match these filters/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(hash()).toBe('#/papers');
    expect(screen.getByRole('status')).toHaveTextContent('6 papers');
  });

  it('says what to do when nothing matches a search', async () => {
    const { user } = renderApp();
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'qqqqzzzz');
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('0 papers'));
    expect(screen.getByText(/No papers match/)).toHaveTextContent(
      'No papers match qqqqzzzz — Clear filters',
    );
    expect(screen.getByText('qqqqzzzz').tagName).toBe('Q');
    expect(screen.queryByRole('table')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(screen.getByRole('searchbox', { name: 'Search' })).toHaveValue('');
    expect(screen.getByRole('status')).toHaveTextContent('6 papers');
  });

  it('marks dates whose year was inferred', () => {
    renderApp();
    const cell = columnTexts(/Published/)[0];
    expect(cell).toBe('2025-10-06* (year inferred)');
  });

  it('shows new rows in the row elements on screen, and lets go of focus left on one that now shows another paper', async () => {
    renderApp('#/papers?sort=title', manyPapers(1000));
    const firstRow = () => dataTable().tBodies[0]!.rows[0]!;
    const link = within(firstRow()).getByRole('link');
    expect(link).toHaveTextContent('Synthetic Paper 00000');
    link.focus();
    expect(document.activeElement).toBe(link);
    act(() => {
      window.location.hash = '#/papers?sort=-title';
    });
    await waitFor(() => expect(firstRow()).toHaveTextContent('Synthetic Paper 00999'));
    // The same element, now another paper's link: focus on it would point at a paper
    // the reader never chose, so it is let go, as when a row leaves the table.
    expect(within(firstRow()).getByRole('link')).toBe(link);
    expect(document.activeElement).not.toBe(link);
  });

  it('virtualizes long lists: a few rows in the DOM, every row counted', () => {
    // jsdom has no layout: give the scroll container a viewport's height.
    const viewport = vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(600);
    const rowHeight = vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockReturnValue(40);
    onTestFinished(() => {
      viewport.mockRestore();
      rowHeight.mockRestore();
    });
    renderApp('#/papers', manyPapers(1000));
    expect(screen.getByRole('status')).toHaveTextContent('1,000 papers');
    expect(dataTable()).toHaveAttribute('aria-rowcount', '1001');
    const rendered = [...dataTable().tBodies[0]!.rows].filter((r) => r.cells.length > 1);
    expect(rendered.length).toBeGreaterThan(5);
    expect(rendered.length).toBeLessThan(100);
  });
});
