import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { hash, renderApp } from './__fixtures__/render-app';

describe('similar papers on the paper view', { timeout: 20_000 }, () => {
  it('lists the papers most like this one with the terms they share, each linking to it', async () => {
    const { user } = renderApp('#/paper/flash-attention');
    const section = screen.getByRole('region', { name: 'Similar papers' });
    const list = await within(section).findByRole('list');
    const items = within(list).getAllByRole('listitem');
    expect(items.length).toBeGreaterThan(0);
    expect(items.length).toBeLessThanOrEqual(5);
    expect(items[0]).toHaveTextContent('Sparse Attention for Long Documents');
    expect(items[0]).toHaveTextContent(/shares: .*attention/);
    expect(within(list).queryByText('Flash Attention Kernels for Long Context')).toBeNull();
    await user.click(within(items[0]!).getByRole('link'));
    expect(hash()).toBe('#/paper/sparse-attention');
  });

  it('says so when no other paper shares enough words', async () => {
    renderApp('#/paper/survival-game');
    const section = screen.getByRole('region', { name: 'Similar papers' });
    expect(
      await within(section).findByText(/No other paper here shares enough/),
    ).toBeInTheDocument();
  });
});
