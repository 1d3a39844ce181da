import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { NO_LINKS } from '../dataset/links';
import type { Dataset, Paper } from '../dataset/schema';
import { hash, renderApp } from './__fixtures__/render-app';
import { smallDataset } from './__fixtures__/small-dataset';

// The hostile paper loses its date: its one claim cannot be placed in time.
const oneUndated: Dataset = {
  ...smallDataset,
  papers: smallDataset.papers.map((p) => (p.id === 'hostile' ? { ...p, publishedOn: null } : p)),
};

const chartMarks = () =>
  within(screen.getByRole('group', { name: 'Claimed factors over time' })).getAllByRole('link');

describe('claims over time', { timeout: 20_000 }, () => {
  it('places each dated claim with a factor as a focusable mark, and counts the ones it cannot place', async () => {
    const { user } = renderApp('#/chart', oneUndated);
    await user.click(screen.getByRole('link', { name: 'Over time' }));
    expect(hash()).toBe('#/chart?by=time');
    expect(chartMarks()).toHaveLength(7);
    const caption = document.querySelector('figcaption')!;
    expect(caption).toHaveTextContent(
      '1 claim with a factor has no publication date and is not drawn.',
    );
    expect(caption).toHaveTextContent('1 absolute figure (no factor) is not drawn.');
    const legend = screen.getByRole('list', { name: 'Kinds' });
    expect(
      within(legend)
        .getAllByRole('listitem')
        .map((li) => li.textContent?.trim()),
    ).toEqual([
      'speedup: 1 claim, largest 1.3×',
      'throughput: 1 claim, largest 2×',
      'latency: 3 claims, largest 16×',
      'memory: 1 claim, largest 2.5×',
      'cost: 1 claim, largest 100×',
    ]);
    // One running-record line per kind.
    expect(document.querySelectorAll('path.record-line')).toHaveLength(5);
    const latency = document.querySelector('path.record-line.kind-latency')!.getAttribute('d')!;
    // Two records (4x in Oct 2024, then 16x in Sep 2025), then flat to the last date.
    expect(latency.match(/V/g)).toHaveLength(1);
  });

  it('shows a tooltip with paper, factor, metric, baseline and hardware on keyboard focus', () => {
    renderApp('#/chart?by=time');
    const mark = screen.getByRole('link', {
      name: /^Flash Attention Kernels for Long Context: 1\.7× lower latency/,
    });
    expect(mark).toHaveAccessibleName(
      'Flash Attention Kernels for Long Context: 1.7× lower latency; metric: prefill latency; vs MHA; on H100; published Oct 6, 2025',
    );
    expect(screen.queryByRole('tooltip')).toBeNull();
    fireEvent.focus(mark);
    const tip = screen.getByRole('tooltip');
    expect(tip).toHaveTextContent('Flash Attention Kernels for Long Context');
    expect(tip).toHaveTextContent('1.7× lower latency, prefill latency');
    expect(tip).toHaveTextContent('vs MHA');
    expect(tip).toHaveTextContent('on H100');
    expect(mark).toHaveAttribute('aria-describedby', tip.id);
    expect(mark).toHaveAttribute('href', '#/paper/flash-attention?by=time&from=chart&claim=0');
    fireEvent.blur(mark);
    expect(screen.queryByRole('tooltip')).toBeNull();
  });

  it('follows search and facets', () => {
    renderApp('#/chart?kind=latency&by=time');
    expect(chartMarks()).toHaveLength(3);
  });
});

function papersWithOneClaim(n: number): Dataset {
  const papers: Paper[] = [];
  for (let i = 0; i < n; i++) {
    const abstract = `Method ${i} runs ${i + 2}x faster.`;
    const text = `${i + 2}x faster`;
    papers.push({
      id: `p${i}`,
      title: `Paper ${String(i).padStart(2, '0')}`,
      arxivId: null,
      authors: [],
      upvotes: null,
      links: NO_LINKS,
      abstract,
      authorsCount: null,
      org: null,
      publishedOn: '2025-01-01',
      dateInferred: false,
      comments: null,
      sources: [{ file: 'seeds/x.txt', line: i + 1, position: i + 1, capturedOn: '2025-01-02' }],
      hardware: [],
      claims: [
        {
          start: abstract.indexOf(text),
          end: abstract.indexOf(text) + text.length,
          text,
          kind: 'speedup',
          value: i + 2,
          unit: 'x',
          factor: i + 2,
          range: null,
          metric: null,
          baseline: null,
          hardware: null,
          condition: null,
        },
      ],
    });
  }
  return {
    schemaVersion: 2,
    sources: [{ file: 'seeds/x.txt', kind: 'capture', capturedOn: '2025-01-02', papers: n }],
    papers,
    diagnostics: [],
  };
}

describe('chart by paper', { timeout: 20_000 }, () => {
  it('says how many groups it left out and shows them all on request', async () => {
    const { user } = renderApp('#/chart?by=paper', papersWithOneClaim(35));
    const groups = () =>
      within(screen.getByRole('group', { name: 'Claimed factors' })).getAllByRole('list');
    expect(groups()).toHaveLength(30);
    expect(document.querySelector('figcaption')).toHaveTextContent(
      'the 30 of 35 groups with the largest factors (30 claims); 5 groups (5 claims) left out',
    );
    await user.click(screen.getByRole('button', { name: 'Show all 35 groups' }));
    expect(groups()).toHaveLength(35);
    expect(screen.getByRole('list', { name: 'Paper 00: 1 claim' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Show the top 30 groups' }));
    expect(groups()).toHaveLength(30);
  });
});
