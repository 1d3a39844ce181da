import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { columnTexts, dataTable, header, renderApp } from './__fixtures__/render-app';

describe('claim filters apply to the papers view claim by claim', { timeout: 20_000 }, () => {
  it('ranks a paper by its matching claims and says which claim it is', async () => {
    const { user } = renderApp('#/papers?kind=latency&sort=-factor');
    expect(screen.getByRole('status')).toHaveTextContent('3 papers');
    // Tiny Video's 100× is a cost claim; with kind=latency its best is the 16× latency claim.
    expect(columnTexts(/^Title/)[0]).toBe('Tiny Video Diffusion');
    expect(columnTexts(/Best factor/)[0]).toBe('16× fasterlatency');
    expect(columnTexts(/^Claims/)[0]).toBe('1');
    // The minimum-factor facet counts the latency claims only: none reaches 100×.
    const min = screen.getByRole('group', { name: 'Minimum factor' });
    expect(within(min).getByRole('radio', { name: '≥ 100× 0' })).toBeInTheDocument();
    await user.click(within(min).getByRole('radio', { name: /≥ 10×/ }));
    expect(screen.getByRole('status')).toHaveTextContent('1 paper');
  });

  it('lists a paper only when one claim passes every claim filter, as the claims view does', async () => {
    const { user } = renderApp('#/papers?kind=latency&min=50');
    expect(screen.getByRole('status')).toHaveTextContent('0 papers');
    await user.click(screen.getByRole('link', { name: 'Claims' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('0 claims'));
  });

  it('shows a stated figure when a paper’s matching claims have no factor', () => {
    renderApp('#/papers?kind=utilization');
    expect(columnTexts(/Best factor/)).toEqual(['49.3% MFUutilization']);
  });
});

describe('factors explain themselves', { timeout: 20_000 }, () => {
  it.each(['#/papers', '#/claims', '#/chart', '#/paper/tiny-video'])(
    'the help is one click away on %s',
    async (at) => {
      const { user } = renderApp(at);
      const button = screen.getByRole('button', { name: 'What do the numbers mean?' });
      expect(button).toHaveAttribute('aria-expanded', 'false');
      await user.click(button);
      expect(button).toHaveAttribute('aria-expanded', 'true');
      const help = screen.getByRole('region', { name: 'What the numbers mean' });
      expect(within(help).getByRole('heading', { name: 'What is a claim?' })).toBeVisible();
      expect(within(help).getByRole('heading', { name: 'What is a factor?' })).toBeVisible();
      await user.keyboard('{Escape}');
      expect(button).toHaveAttribute('aria-expanded', 'false');
      expect(button).toHaveFocus();
    },
  );

  it('says how a factor was worked out, and how ranges sort', () => {
    renderApp('#/claims');
    const factor = within(header(/Factor/)).getByRole('button');
    expect(factor).toHaveAttribute('title', expect.stringMatching(/upper end/));
    const sparse = within(dataTable()).getByText('2.5× less');
    expect(sparse).toHaveAttribute(
      'title',
      '60% less → 2.5×: 40% of the baseline is left, and 100 ÷ 40 = 2.5×.',
    );
  });

  it('keeps absolute figures out of the Factor column and sorts them within their unit', async () => {
    const { user } = renderApp('#/claims?sort=-value');
    expect(header(/^Value/)).toHaveAttribute('aria-sort', 'descending');
    expect(columnTexts(/^Value/)[0]).toBe('49.3% MFU');
    expect(columnTexts(/^Factor/)[0]).toBe('—');
    await user.click(within(header(/^Value/)).getByRole('button'));
    // Ascending: the figure first, claims without one last either way.
    expect(columnTexts(/^Value/)[0]).toBe('49.3% MFU');
    expect(
      columnTexts(/^Value/)
        .slice(1)
        .every((v) => v === '—'),
    ).toBe(true);
  });
});

describe('evidence in context', { timeout: 20_000 }, () => {
  it('shows the claim’s whole sentence when its evidence is focused or hovered, and hides it on Esc', async () => {
    const { user } = renderApp('#/claims?q=sparse');
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('1 claim'));
    const evidence = within(dataTable()).getByRole('button', { name: '60% less memory' });
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
    await user.tab();
    while (document.activeElement !== evidence) await user.tab();
    const tip = screen.getByRole('tooltip');
    expect(tip).toHaveTextContent(
      'Our method uses 60% less memory than dense baselines on A100 GPUs.',
    );
    expect(tip.querySelector('mark')).toHaveTextContent(/^60% less memory$/);
    expect(evidence).toHaveAccessibleDescription(
      'Our method uses 60% less memory than dense baselines on A100 GPUs.',
    );
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
    await user.hover(evidence);
    expect(screen.getByRole('tooltip')).toBeInTheDocument();
    await user.unhover(evidence);
    await waitFor(() => expect(screen.queryByRole('tooltip')).not.toBeInTheDocument());
  });
});
