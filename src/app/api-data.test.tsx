import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../dataset/schema';
import { columnTexts, hash, header, renderApp } from './__fixtures__/render-app';
import { smallDataset } from './__fixtures__/small-dataset';

// What the Hub API adds, as a reader meets it: links out, author names that filter the
// list, upvotes to sort by, and names the search finds.

describe('papers from a Hub API list', { timeout: 20_000 }, () => {
  it('link out to arXiv, the PDF, Hugging Face, the project and the code, safely', () => {
    renderApp('#/paper/sparse-attention');
    const links = within(screen.getByRole('navigation', { name: 'Links' }));
    const expected = [
      ['arXiv abstract', 'https://arxiv.org/abs/2409.01234'],
      ['PDF', 'https://arxiv.org/pdf/2409.01234'],
      ['Hugging Face page', 'https://huggingface.co/papers/2409.01234'],
      ['Project page', 'https://sparse.example.org/'],
      ['Code', 'https://github.com/example/sparse'],
    ];
    expect(links.getAllByRole('link').map((a) => [a.textContent, a.getAttribute('href')])).toEqual(
      expected,
    );
    for (const a of links.getAllByRole('link')) {
      expect(a).toHaveAttribute('rel', 'noopener noreferrer');
      expect(a).toHaveAttribute('target', '_blank');
    }
    // Title searches are only for papers without an arXiv id.
    expect(screen.queryByRole('link', { name: 'Hugging Face papers' })).toBeNull();
  });

  it('render no link whose address is not https:, even when the dataset holds one', () => {
    const edited: Dataset = structuredClone(smallDataset);
    const paper = edited.papers.find((p) => p.id === 'sparse-attention')!;
    paper.links = {
      arxiv: 'javascript:alert(1)',
      pdf: 'http://arxiv.org/pdf/2409.01234',
      huggingFace: 'data:text/html,<script>alert(1)</script>',
      project: ' ',
      code: 'https://github.com/example/sparse',
    };
    renderApp('#/paper/sparse-attention', edited);
    const links = within(screen.getByRole('navigation', { name: 'Links' })).getAllByRole('link');
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['https://github.com/example/sparse']);
    expect(
      document.querySelector('a[href^="javascript:"], a[href^="data:"], a[href^="http:"]'),
    ).toBeNull();
  });

  it("list the authors' names, each a link to that author's papers", async () => {
    const { user } = renderApp('#/paper/sparse-attention');
    await user.click(screen.getByRole('link', { name: 'Bo Lindqvist' }));
    expect(hash()).toBe('#/papers?author=Bo+Lindqvist');
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('2 papers'));
    expect(new Set(columnTexts(/^Title/))).toEqual(
      new Set(['Sparse Attention for Long Documents', 'SwiftKV: Fast Prefill Serving']),
    );
    // The filter shows among the others, and unticking it lifts it.
    const author = screen.getByRole('group', { name: 'Author' });
    const box = within(author).getByRole('checkbox', { name: 'Bo Lindqvist' });
    expect(box).toBeChecked();
    await user.click(box);
    expect(hash()).toBe('#/papers');
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('6 papers'));
    expect(screen.queryByRole('group', { name: 'Author' })).toBeNull();
  });

  it('match an author in the URL without regard to case, respelling it as the data has it', async () => {
    renderApp('#/claims?author=bo+LINDQVIST');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(hash()).toBe('#/claims?author=Bo+Lindqvist');
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('3 claims'));
  });

  it('drop an author no paper has, with a notice, and show every paper', async () => {
    renderApp('#/papers?author=Nobody+Known&q=attention');
    expect(screen.getByRole('alert')).toHaveTextContent(
      'No paper in the data lists the author "Nobody Known"; that filter was dropped.',
    );
    expect(hash()).toBe('#/papers?q=attention');
  });

  it('sort by upvotes, most first, papers without any last', async () => {
    const { user } = renderApp();
    await user.click(within(header(/Upvotes/)).getByRole('button'));
    expect(hash()).toBe('#/papers?sort=-upvotes');
    expect(header(/Upvotes/)).toHaveAttribute('aria-sort', 'descending');
    expect(columnTexts(/Upvotes/)).toEqual(['42', '7', '—', '—', '—', '—']);
    expect(columnTexts(/^Title/).slice(0, 2)).toEqual([
      'Sparse Attention for Long Documents',
      'SwiftKV: Fast Prefill Serving',
    ]);
  });

  it('are found by an author name typed in the search box', async () => {
    const { user } = renderApp();
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'okafor');
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('1 paper'));
    expect(columnTexts(/^Title/)).toEqual(['Sparse Attention for Long Documents']);
  });

  it('show upvotes, the day it was listed, and its API list among the sources (no line number)', () => {
    renderApp('#/paper/sparse-attention');
    const value = (term: string) =>
      screen.getAllByRole('term').find((t) => t.textContent === term)?.nextElementSibling
        ?.textContent;
    expect(value('Upvotes')).toBe('42');
    expect(value('Listed on')).toBe('Sep 7, 2024');
    const sources = screen.getByText('Sources').closest('details')!;
    expect(sources.querySelector('.sources')).toHaveTextContent(
      'seeds/2024-09-07.hf.json captured Sep 7, 2024',
    );
  });

  it('a paper seen only in captures says its upvotes are not known', () => {
    renderApp('#/paper/tiny-video');
    const upvotes = screen.getAllByRole('term').find((t) => t.textContent === 'Upvotes');
    expect(upvotes?.nextElementSibling).toHaveTextContent('not known');
  });
});
