import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from './__fixtures__/render-app';
import { smallDataset } from './__fixtures__/small-dataset';

describe('reader words', { timeout: 20_000 }, () => {
  it('the footer says what the data is, and build notes in plain words with file:line folded away', async () => {
    const dataset = {
      ...smallDataset,
      diagnostics: [
        {
          file: 'seeds/test.txt',
          line: 29,
          severity: 'warning' as const,
          message: 'capture date inferred: no seeds/test.meta.json',
        },
      ],
    };
    const { user } = renderApp('#/papers', dataset);
    const footer = screen.getByRole('contentinfo');
    expect(footer).toHaveTextContent(
      '6 papers, 9 claims, from 1 page capture and 1 daily list from the Hub API dated Sep 7, 2024 to Nov 3, 2025.',
    );
    expect(footer).toHaveTextContent(
      '1 paper has no year on its page; its year was inferred (marked *).',
    );
    const location = within(footer).getByText('seeds/test.txt:29');
    expect(location).not.toBeVisible();
    await user.click(within(footer).getByText(/^1 note from reading the pages/));
    expect(location).toBeVisible();
  });

  it('a paper names the days it was listed; the capture files sit in a Sources disclosure', async () => {
    const { user } = renderApp('#/paper/tiny-video');
    expect(screen.getByText('Listed on').nextElementSibling).toHaveTextContent('Nov 3, 2025');
    const file = screen.getByText('seeds/test.txt:1');
    expect(file).not.toBeVisible();
    await user.click(screen.getByText('Sources'));
    expect(file).toBeVisible();
  });
});
