// The site's first screen: the default list shows the first rows from the page itself,
// busy, then the whole dataset takes over in the same tree. What the reader sees does
// not change at the swap, and what they did meanwhile is answered from the whole data.
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { checkDataset } from '../dataset/check-dataset';
import type { Dataset } from '../dataset/schema';
import { firstScreen, previewOf } from '../derive/first-screen';
import { hash } from './__fixtures__/render-app';
import { manyPapers, smallDataset } from './__fixtures__/small-dataset';
import { Root } from './Root';

function canonical(dataset: Dataset): Dataset {
  const check = checkDataset(structuredClone(dataset));
  if (!check.ok) throw new Error(check.problem);
  return check.dataset;
}

/** Opens the default list on the first screen of `dataset`; `swap` gives it the whole. */
function openPreview(dataset: Dataset) {
  window.history.replaceState(null, '', '/#/papers');
  const whole = canonical(dataset);
  const preview = previewOf(JSON.parse(JSON.stringify(firstScreen(whole))));
  const user = userEvent.setup();
  const utils = render(<Root loaded={{ preview }} />);
  return { user, swap: () => utils.rerender(<Root loaded={{ dataset: whole }} />) };
}

const main = () => screen.getByRole('main');
/** What the reader sees of the list: count, facets, rows on screen, footer. */
const seen = () => ({
  status: document.querySelector('.app-main [role="status"]')?.textContent ?? main().textContent,
  filters: screen.getByRole('complementary', { name: 'Filters' }).textContent,
  rows: [...document.querySelectorAll('tbody tr[data-index]:not([hidden])')].map(
    (tr) => tr.textContent,
  ),
  indexes: [...document.querySelectorAll('tbody tr[data-index]:not([hidden])')].map((tr) =>
    tr.getAttribute('data-index'),
  ),
  spacer: document.querySelector<HTMLElement>('tbody tr.spacer:last-child td')?.style.height,
  footer: document.querySelector('footer')?.textContent,
  title: document.title,
});

describe('the first screen', () => {
  it('shows what the whole dataset shows, busy, and nothing changes at the swap', async () => {
    const { swap } = openPreview(manyPapers(300));
    expect(main()).toHaveAttribute('aria-busy', 'true');
    expect(screen.getByText('300 papers')).toBeInTheDocument();
    for (const button of screen.getAllByRole('button', { name: /^Download/ }))
      expect(button).toBeDisabled();
    const before = seen();
    // The rows on screen are the first ones, and the rest of the list is there as space.
    expect(before.rows.length).toBeGreaterThan(10);
    expect(before.indexes[0]).toBe('0');
    expect(Number.parseFloat(before.spacer ?? '0')).toBeGreaterThan(200 * 48);
    swap();
    await expect.poll(() => main().hasAttribute('aria-busy')).toBe(false);
    expect(seen()).toEqual(before);
  });

  it('keeps what is typed meanwhile and answers it from the whole dataset', async () => {
    const { user, swap } = openPreview(manyPapers(300));
    const box = screen.getByRole('searchbox');
    await user.type(box, 'Synthetic Paper 00007');
    // Nothing answers from the few papers of the first screen.
    expect(hash()).toBe('#/papers');
    expect(main()).toHaveAttribute('aria-busy', 'true');
    swap();
    await expect.poll(hash).toBe('#/papers?q=Synthetic+Paper+00007');
    await expect.poll(() => main().hasAttribute('aria-busy')).toBe(false);
    // The same box, still focused, still holding what was typed.
    expect(box).toHaveFocus();
    expect(box).toHaveValue('Synthetic Paper 00007');
    const first = document.querySelector('tbody tr[data-index="0"]');
    expect(first).toHaveTextContent('Synthetic Paper 00007');
  });

  it('answers a filter ticked meanwhile from the whole dataset', async () => {
    const { user, swap } = openPreview(smallDataset);
    const org = within(screen.getByRole('group', { name: 'Organization' }));
    await user.click(org.getByRole('checkbox', { name: /NVIDIA/ }));
    // The address has it; the list waits for the whole dataset to answer it.
    expect(hash()).toBe('#/papers?org=nvidia');
    expect(screen.getByText('6 papers')).toBeInTheDocument();
    swap();
    expect(await screen.findByText('2 papers')).toBeInTheDocument();
    expect(org.getByRole('checkbox', { name: /NVIDIA/ })).toBeChecked();
    expect(screen.getByRole('link', { name: 'Tiny Video Diffusion' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'SwiftKV: Fast Prefill Serving' })).toBeNull();
  });
});
