import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { hash, renderApp } from './__fixtures__/render-app';

describe('paper view', { timeout: 20_000 }, () => {
  it('opens from a title link and shows the paper with its claims marked in the abstract', async () => {
    const { user } = renderApp();
    await user.click(screen.getByRole('link', { name: 'Tiny Video Diffusion' }));
    expect(hash()).toBe('#/paper/tiny-video');
    const h1 = screen.getByRole('heading', { level: 1, name: 'Tiny Video Diffusion' });
    expect(h1).toHaveFocus();
    expect(screen.getByText('NVIDIA (nvidia)')).toBeInTheDocument();
    expect(screen.getByText('Sep 29, 2025')).toBeInTheDocument();
    expect(screen.getByText('seeds/test.txt:1')).toBeInTheDocument();
    const marks = [...document.querySelectorAll('.abstract mark')].map(
      (m) => m.firstChild?.textContent,
    );
    expect(marks).toEqual(['16x faster', '1% of MovieGen', '49.3% MFU']);
    const claims = within(screen.getByRole('region', { name: /Claims/ })).getAllByRole('listitem');
    expect(claims.map((li) => li.querySelector('.factor, .absolute')?.textContent)).toEqual([
      '16× faster',
      '100× cheaper',
      '49.3% MFU',
    ]);
    // Each card says how its factor came from the paper's words, and quotes its sentence.
    expect(within(claims[1]!).getByText(/^1% of the cost → 100×/)).toBeInTheDocument();
    const sentence = claims[1]!.querySelector('.claim-sentence');
    expect(sentence).toHaveTextContent(
      'It is 16x faster than Wan 2.1 and costs 1% of MovieGen to train, reaching 49.3% MFU.',
    );
    expect(sentence?.querySelector('mark')).toHaveTextContent(/^1% of MovieGen$/);
    expect(screen.getByRole('link', { name: 'Hugging Face papers' })).toHaveAttribute(
      'href',
      'https://huggingface.co/papers?q=Tiny%20Video%20Diffusion',
    );
    const arxiv = screen.getByRole('link', { name: 'arXiv' });
    expect(arxiv).toHaveAttribute(
      'href',
      'https://arxiv.org/search/?query=Tiny%20Video%20Diffusion&searchtype=title',
    );
    expect(arxiv).toHaveAttribute('rel', 'noopener noreferrer');
  });

  it('marks an inferred year', () => {
    renderApp('#/paper/flash-attention');
    expect(screen.getByText(/year inferred/)).toBeInTheDocument();
  });

  it('walks previous/next through the list it came from, in that order', async () => {
    const { user } = renderApp('#/papers?sort=title');
    await user.click(screen.getByRole('link', { name: 'Sparse Attention for Long Documents' }));
    expect(hash()).toBe('#/paper/sparse-attention?sort=title');
    expect(screen.getByText('4 of 6')).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: /Next/ }));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'SwiftKV: Fast Prefill Serving',
    );
    await user.click(screen.getByRole('link', { name: /Previous/ }));
    await user.click(screen.getByRole('link', { name: /Previous/ }));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'Flash Attention Kernels for Long Context',
    );
    await user.keyboard('j');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'Sparse Attention for Long Documents',
    );
  });

  it('walks the claims list by factor when opened from it', async () => {
    renderApp('#/paper/swiftkv?from=claims');
    // Claims by factor: tiny-video (100×), tiny-video, swiftkv (2–4×), hostile (3×), sparse (2.5×)…
    expect(screen.getByText('2 of 5')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Previous/ })).toHaveAttribute(
      'href',
      '#/paper/tiny-video?from=claims',
    );
    expect(screen.getByRole('link', { name: /Next/ })).toHaveAttribute(
      'href',
      '#/paper/hostile?from=claims',
    );
    expect(screen.getByRole('link', { name: /Back to claims/ })).toHaveAttribute(
      'href',
      '#/claims',
    );
  });

  it('selects a claim from the list, and from the URL', async () => {
    const { user } = renderApp('#/paper/tiny-video?claim=2');
    expect(screen.getByRole('button', { name: /49.3%/ })).toHaveAttribute('aria-pressed', 'true');
    expect(document.querySelector('mark.is-selected')?.firstChild?.textContent).toBe('49.3% MFU');
    await user.click(screen.getByRole('button', { name: /16×/ }));
    expect(hash()).toBe('#/paper/tiny-video?claim=0');
    expect(document.querySelector('mark.is-selected')?.firstChild?.textContent).toBe('16x faster');
  });

  it('goes back to the list with Esc, focusing the row it came from', async () => {
    const { user } = renderApp('#/papers');
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'attenton');
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('2 papers'));
    await user.click(screen.getByRole('link', { name: 'Sparse Attention for Long Documents' }));
    expect(hash()).toBe('#/paper/sparse-attention?q=attenton');
    await user.keyboard('{Escape}');
    await waitFor(() => expect(hash()).toBe('#/papers?q=attenton'));
    await waitFor(() =>
      expect(
        screen.getByRole('link', { name: 'Sparse Attention for Long Documents' }),
      ).toHaveFocus(),
    );
    expect(screen.getByRole('searchbox', { name: 'Search' })).toHaveValue('attenton');
  });

  it('Esc on a paper opened directly goes to its list', async () => {
    const { user } = renderApp('#/paper/hostile?from=claims');
    await user.keyboard('{Escape}');
    expect(hash()).toBe('#/claims');
  });

  it('says so when the paper is not in the data', () => {
    renderApp('#/paper/no-such-paper');
    expect(screen.getByRole('heading', { level: 1, name: 'Paper not found' })).toBeInTheDocument();
    expect(screen.getByText('no-such-paper')).toBeInTheDocument();
  });
});
