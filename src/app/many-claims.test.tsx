// A paper with thousands of claims opens with a bounded claim list that grows a page at
// a time and always reaches the claim a link selects.
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Claim, Dataset } from '../dataset/schema';
import { renderApp } from './__fixtures__/render-app';
import { smallDataset } from './__fixtures__/small-dataset';

const CLAIMS = 250;
const SENTENCE = 'It is 2x faster. ';
const abstract = SENTENCE.repeat(CLAIMS).trim();
const claims: Claim[] = Array.from({ length: CLAIMS }, (_, i) => ({
  ...smallDataset.papers[0]!.claims[0]!,
  start: i * SENTENCE.length + 6,
  end: i * SENTENCE.length + 15,
  text: '2x faster',
  value: 2,
  factor: 2,
  baseline: null,
  hardware: null,
  metric: null,
}));
const dataset: Dataset = {
  ...smallDataset,
  papers: [
    ...smallDataset.papers,
    { ...smallDataset.papers[0]!, id: 'many', title: 'Many Claims', abstract, claims },
  ],
};

// Role queries walk the accessibility tree of every node: with hundreds of marks in the
// abstract that takes seconds in jsdom, so the list items are found by their selector.
const claimItems = () => [...document.querySelectorAll('.claim-list > li')];

describe('a paper with many claims', { timeout: 30_000 }, () => {
  it('lists the first 100 and shows more on request', async () => {
    const { user } = renderApp('#/paper/many', dataset);
    expect(document.getElementById('claims-heading')).toHaveTextContent(`Claims (${CLAIMS})`);
    expect(claimItems()).toHaveLength(100);
    // The abstract marks the first 200 claims and says so.
    expect(document.querySelectorAll('.abstract mark')).toHaveLength(200);
    expect(screen.getByText(/The first 200 of its 250 claims are marked/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Show 100 more claims (150 not shown)' }));
    expect(claimItems()).toHaveLength(200);
  });

  it('lists a page around the claim a link selects, and can show the ones before it', async () => {
    const { user } = renderApp('#/paper/many?claim=180', dataset);
    let items = claimItems();
    expect(items).toHaveLength(100);
    expect(items[0]).toHaveTextContent(/^131/);
    expect(items[50]).toHaveClass('is-selected');
    expect(items[50]).toHaveTextContent(/^181/);
    expect(document.querySelectorAll('.abstract mark')).toHaveLength(200);
    expect(
      screen.getByRole('button', { name: 'Show 20 more claims (20 not shown)' }),
    ).toBeInTheDocument();
    await user.click(
      screen.getByRole('button', { name: 'Show 100 earlier claims (130 not shown)' }),
    );
    items = claimItems();
    expect(items).toHaveLength(200);
    expect(items[0]).toHaveTextContent(/^31/);
  });

  it('marks a selected claim past the 200th in the abstract too', () => {
    renderApp('#/paper/many?claim=230', dataset);
    expect(document.querySelectorAll('.abstract mark')).toHaveLength(201);
    expect(document.querySelector('.abstract mark.is-selected')).toHaveAttribute(
      'data-claim',
      '230',
    );
  });

  it('shows every claim of a paper with few, with no button', () => {
    renderApp('#/paper/tiny-video', dataset);
    expect(claimItems()).toHaveLength(3);
    expect(screen.queryByRole('button', { name: /more claims/ })).toBeNull();
  });
});
