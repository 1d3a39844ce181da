import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { hash, renderApp } from './__fixtures__/render-app';

const boardHeadings = () =>
  screen.getAllByRole('heading', { level: 2 }).filter((h) => h.closest('section.board'));

/** The board titled `name`: its ranked rows as "rank title figure". */
function boardRows(name: string): string[] {
  const section = screen.getByRole('region', { name });
  return within(section)
    .getAllByRole('row')
    .slice(1)
    .filter((r) => within(r).queryAllByRole('cell').length > 0)
    .map((r) => {
      const cells = within(r).getAllByRole('cell');
      return `${cells[0]!.textContent} ${cells[1]!.textContent} ${cells[2]!.textContent}`;
    });
}

describe('leaderboard view', { timeout: 20_000 }, () => {
  it('ranks claims per metric, synonyms together, unknown metrics under Other (none dropped)', () => {
    renderApp('#/leaderboard');
    expect(screen.getByRole('status')).toHaveTextContent('9 claims on 7 leaderboards');
    expect(boardHeadings().map((h) => h.textContent)).toEqual([
      'Cost',
      'Hardware utilization (MFU)',
      'Kernel and pass speed',
      'Memory',
      'Per-token decoding latency',
      'Prefill latency',
      'Other',
    ]);
    expect(boardRows('Other')).toEqual([
      '1 Tiny Video Diffusion 16× faster latency',
      '2 <img src=x onerror=alert(1)> <script>alert(2)</script> Hostile Title 3× faster speedup',
      '3 SwiftKV: Fast Prefill Serving 2× higher throughput',
    ]);
    // A stated range stays a range.
    expect(boardRows('Per-token decoding latency')).toEqual([
      '1 SwiftKV: Fast Prefill Serving 2–4× lower latency',
    ]);
    // Absolute figures get their own ranking, by unit.
    const mfu = screen.getByRole('region', { name: 'Hardware utilization (MFU)' });
    expect(within(mfu).getByRole('heading', { level: 3 })).toHaveTextContent(
      'Absolute figures in % MFU, largest first',
    );
    expect(boardRows('Hardware utilization (MFU)')).toEqual(['1 Tiny Video Diffusion 49.3% MFU']);
    expect(document.querySelector('script')).toBeNull();
  });

  it('links each ranked claim to its paper with the claim highlighted', async () => {
    const { user } = renderApp('#/leaderboard');
    const other = screen.getByRole('region', { name: 'Other' });
    await user.click(within(other).getByRole('link', { name: 'Tiny Video Diffusion' }));
    await waitFor(() => expect(hash()).toBe('#/paper/tiny-video?from=leaderboard&claim=0'));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Tiny Video Diffusion');
    expect(screen.getByRole('link', { name: /Back to leaderboard/ })).toBeInTheDocument();
  });

  it('groups by hardware from its switch, and keeps the grouping in the URL', async () => {
    const { user } = renderApp('#/leaderboard');
    await user.click(screen.getByRole('link', { name: 'By metric and hardware' }));
    await waitFor(() => expect(hash()).toBe('#/leaderboard?group=hardware'));
    expect(boardHeadings().map((h) => h.textContent)).toEqual([
      'Cost · hardware not stated',
      'Hardware utilization (MFU) · hardware not stated',
      'Kernel and pass speed · on H100',
      'Memory · on A100',
      'Per-token decoding latency · hardware not stated',
      'Prefill latency · on H100',
      'Other · on H100',
      'Other · hardware not stated',
    ]);
    expect(screen.getByRole('link', { name: 'By metric and hardware' })).toHaveAttribute(
      'aria-current',
      'page',
    );
  });

  it('applies search and facets from the URL', () => {
    renderApp('#/leaderboard?q=attention&kind=latency,memory&group=baseline');
    expect(screen.getByRole('status')).toHaveTextContent('2 claims on 2 leaderboards');
    expect(boardHeadings().map((h) => h.textContent)).toEqual([
      'Memory · baseline not stated',
      'Prefill latency · vs MHA',
    ]);
  });

  it('drops a bad grouping with a notice', () => {
    renderApp('#/leaderboard?group=colour');
    expect(screen.getByRole('alert')).toHaveTextContent('Ignored group="colour"');
    expect(hash()).toBe('#/leaderboard');
    expect(boardHeadings()).toHaveLength(7);
  });
});
