// The site shows its lists before the abstracts arrive: until they are in, the
// paper view shows without its abstract and the downloads are off; once they are in,
// everything works on the same papers.
import { act, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { joinAbstracts, splitAbstracts } from '../dataset/abstracts';
import { DatasetError } from '../dataset/bundled';
import { smallDataset } from './__fixtures__/small-dataset';
import { abstractsArrival } from './abstracts-arrival';
import { App } from './App';
import { Root } from './Root';

function renderWaiting(hash: string) {
  window.history.replaceState(null, '', `/${hash}`);
  const { head, abstracts } = splitAbstracts(structuredClone(smallDataset));
  let arrive = () => {};
  let asked = false;
  const arrival = abstractsArrival(() => {
    asked = true;
    return new Promise<void>((resolve) => {
      arrive = () => {
        expect(joinAbstracts(head, abstracts)).toBeNull();
        resolve();
      };
    });
  });
  render(<App dataset={head} abstracts={arrival} />);
  return {
    asked: () => asked,
    // Once the app has asked for them (after a painted frame), they arrive.
    arrive: async () => {
      await expect.poll(() => asked).toBe(true);
      await act(async () => arrive());
    },
  };
}

describe('abstracts that arrive after the first rows', () => {
  it('list the papers at once, and asks for the abstracts after the first paint', async () => {
    const { asked } = renderWaiting('#/papers');
    expect(screen.getByRole('link', { name: 'Tiny Video Diffusion' })).toBeInTheDocument();
    for (const button of screen.getAllByRole('button', { name: /^Download/ }))
      expect(button).toBeDisabled();
    await expect.poll(asked).toBe(true);
  });

  it('show a paper link at once, and its abstract once they are in', async () => {
    const { arrive } = renderWaiting('#/paper/tiny-video');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Tiny Video Diffusion');
    // Its claims too, without their sentences until the abstract is in.
    expect(screen.getByRole('heading', { name: 'Claims (3)' })).toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: /show it in the abstract/ })).toHaveLength(3);
    expect(document.querySelector('.claim-sentence')).toBeNull();
    expect(screen.getByText('Loading the abstract…')).toHaveAttribute('role', 'status');
    expect(screen.queryByText(/minute-long videos/)).toBeNull();
    await arrive();
    expect(await screen.findByText(/minute-long videos/)).toBeInTheDocument();
    expect(screen.queryByText('Loading the abstract…')).toBeNull();
    expect(document.querySelectorAll('.claim-sentence')).toHaveLength(3);
  });

  it('turn the downloads on once they are in', async () => {
    const { arrive } = renderWaiting('#/claims');
    await arrive();
    for (const button of screen.getAllByRole('button', { name: /^Download/ }))
      expect(button).toBeEnabled();
  });

  it('give the dataset error page when they cannot be read', async () => {
    window.history.replaceState(null, '', '/#/papers');
    const { head } = splitAbstracts(structuredClone(smallDataset));
    const problem = 'The dataset in x.json the abstracts file holds 5 abstracts for 6 papers.';
    const arrival = abstractsArrival(() => Promise.reject(new DatasetError(problem)));
    vi.spyOn(console, 'error').mockImplementation(() => {});
    render(<Root loaded={{ dataset: head, abstracts: arrival }} />);
    // The lists first; then, once the abstracts fail, the page that says why.
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Papers');
    await screen.findByRole('heading', { level: 1, name: "This page's dataset cannot be shown" });
    expect(screen.getByRole('alert')).toHaveTextContent(problem);
    vi.restoreAllMocks();
  });
});
