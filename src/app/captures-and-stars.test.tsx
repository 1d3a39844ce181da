import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Dataset } from '../dataset/schema';
import { STARS_KEY } from './star-store';
import { columnTexts, hash, renderApp } from './__fixtures__/render-app';
import { smallDataset } from './__fixtures__/small-dataset';

// The small dataset on two pages: Nov 3 holds three papers in an order unlike
// newest-first; Nov 4 holds the rest.
const DAY1 = 'seeds/2025-11-03.txt';
const DAY2 = 'seeds/2025-11-04.txt';
const pages: Dataset = {
  ...smallDataset,
  sources: [
    { file: DAY1, kind: 'capture', capturedOn: '2025-11-03', papers: 3 },
    { file: DAY2, kind: 'capture', capturedOn: '2025-11-04', papers: 3 },
  ],
  papers: smallDataset.papers.map((p, i) => {
    const position = { 'sparse-attention': 1, swiftkv: 2, 'flash-attention': 3 }[p.id];
    return {
      ...p,
      sources: [
        position !== undefined
          ? { file: DAY1, line: position * 10, position, capturedOn: '2025-11-03' }
          : { file: DAY2, line: i * 10, position: i, capturedOn: '2025-11-04' },
      ],
    };
  }),
};

beforeEach(() => localStorage.clear());

describe('captures', { timeout: 20_000 }, () => {
  it("lists every capture by date with its paper count, and opens a day's page in its own order", async () => {
    const { user } = renderApp('#/captures', pages);
    expect(screen.getByRole('status')).toHaveTextContent('2 captures on 2 days');
    const rows = within(screen.getByRole('table')).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.textContent)).toEqual([
      'Nov 4, 20253page captureseeds/2025-11-04.txt',
      'Nov 3, 20253page captureseeds/2025-11-03.txt',
    ]);
    await user.click(screen.getByRole('link', { name: 'Nov 3, 2025' }));
    await waitFor(() => expect(hash()).toBe('#/papers?captured=2025-11-03'));
    expect(screen.getByRole('status')).toHaveTextContent('3 papers');
    expect(columnTexts(/^Title/)).toEqual([
      'Sparse Attention for Long Documents',
      'SwiftKV: Fast Prefill Serving',
      'Flash Attention Kernels for Long Context',
    ]);
    expect(screen.getByText(/in the page's own order/)).toBeInTheDocument();
  });

  it('drops a day with no capture, with a notice', () => {
    renderApp('#/papers?captured=2025-11-05', pages);
    expect(screen.getByRole('alert')).toHaveTextContent(
      'No page capture in the data is from 2025-11-05',
    );
    expect(hash()).toBe('#/papers');
    expect(screen.getByRole('status')).toHaveTextContent('6 papers');
  });
});

describe('stars and shortlists', { timeout: 20_000 }, () => {
  it('stars a paper in localStorage, filters to the starred ones, and links the shortlist', async () => {
    const { user } = renderApp('#/papers');
    expect(screen.getByText('Stars are kept in this browser only.')).toBeInTheDocument();
    const star = screen.getByRole('button', { name: 'Star Tiny Video Diffusion' });
    expect(star).toHaveAttribute('aria-pressed', 'false');
    await user.click(star);
    expect(star).toHaveAttribute('aria-pressed', 'true');
    await user.click(
      screen.getByRole('button', { name: 'Star Sparse Attention for Long Documents' }),
    );
    expect(JSON.parse(localStorage.getItem(STARS_KEY) ?? 'null')).toEqual([
      'sparse-attention',
      'tiny-video',
    ]);
    await user.click(screen.getByRole('checkbox', { name: /Starred papers only/ }));
    await waitFor(() => expect(hash()).toBe('#/papers?starred=1'));
    expect(columnTexts(/^Title/)).toEqual([
      'Tiny Video Diffusion',
      'Sparse Attention for Long Documents',
    ]);
    expect(screen.getByRole('link', { name: 'Shortlist link (2 papers)' })).toHaveAttribute(
      'href',
      '#/papers?ids=sparse-attention,tiny-video',
    );
    // Unstarring from the filtered list removes the row.
    await user.click(screen.getByRole('button', { name: 'Star Tiny Video Diffusion' }));
    await waitFor(() =>
      expect(columnTexts(/^Title/)).toEqual(['Sparse Attention for Long Documents']),
    );
  });

  it('reads stars saved earlier, and ignores a stored value that is not a list of ids', () => {
    localStorage.setItem(STARS_KEY, JSON.stringify(['swiftkv', 7, null]));
    renderApp('#/papers?starred=1');
    expect(columnTexts(/^Title/)).toEqual(['SwiftKV: Fast Prefill Serving']);
  });

  it('shows a shared shortlist, offers to star it, and drops ids the data lacks', async () => {
    localStorage.setItem(STARS_KEY, JSON.stringify(['swiftkv']));
    const { user } = renderApp('#/papers?ids=swiftkv,tiny-video,not-a-paper');
    expect(screen.getByRole('alert')).toHaveTextContent('"not-a-paper"');
    expect(hash()).toBe('#/papers?ids=swiftkv,tiny-video');
    expect(columnTexts(/^Title/)).toEqual([
      'Tiny Video Diffusion',
      'SwiftKV: Fast Prefill Serving',
    ]);
    expect(screen.getByText(/A shortlist of 2 papers/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Star the other 1' }));
    expect(JSON.parse(localStorage.getItem(STARS_KEY) ?? 'null')).toEqual([
      'swiftkv',
      'tiny-video',
    ]);
    expect(screen.getByText('All starred in this browser.')).toBeInTheDocument();
  });

  it('stars from the paper view too', async () => {
    const { user } = renderApp('#/paper/swiftkv');
    await user.click(screen.getByRole('button', { name: 'Star SwiftKV: Fast Prefill Serving' }));
    expect(JSON.parse(localStorage.getItem(STARS_KEY) ?? 'null')).toEqual(['swiftkv']);
  });
});
