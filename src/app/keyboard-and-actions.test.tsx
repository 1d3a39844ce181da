import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { dataTable, hash, renderApp } from './__fixtures__/render-app';

const rowLinks = () => within(dataTable()).getAllByRole('link');

describe('keyboard', { timeout: 20_000 }, () => {
  it('"/" focuses search; j/k and arrows move through rows; Enter opens', async () => {
    const { user } = renderApp();
    await user.keyboard('/');
    expect(screen.getByRole('searchbox', { name: 'Search' })).toHaveFocus();
    // Typing "/" or "j" in the search box is just typing.
    await user.keyboard('j');
    expect(screen.getByRole('searchbox', { name: 'Search' })).toHaveValue('j');
    await user.clear(screen.getByRole('searchbox', { name: 'Search' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('6 papers'));

    (document.activeElement as HTMLElement).blur();
    await user.keyboard('j');
    expect(rowLinks()[0]).toHaveFocus();
    await user.keyboard('j');
    await user.keyboard('{ArrowDown}');
    expect(rowLinks()[2]).toHaveFocus();
    await user.keyboard('k');
    expect(rowLinks()[1]).toHaveFocus();
    await user.keyboard('{ArrowUp}{ArrowUp}{ArrowUp}');
    expect(rowLinks()[0]).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(hash()).toBe('#/paper/flash-attention');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'Flash Attention Kernels for Long Context',
    );
  });

  it('ArrowDown in the search box steps into the results', async () => {
    const { user } = renderApp('#/papers?q=attention');
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('2 papers'));
    await user.click(screen.getByRole('searchbox', { name: 'Search' }));
    await user.keyboard('{ArrowDown}');
    expect(rowLinks()[0]).toHaveFocus();
  });
});

describe('copy link', { timeout: 20_000 }, () => {
  it('copies the address of the current view', async () => {
    const { user } = renderApp('#/claims?kind=latency');
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(writeText).toHaveBeenCalledWith(`${window.location.origin}/#/claims?kind=latency`);
    expect(await screen.findByText('Link copied')).toBeInTheDocument();
  });

  it('offers the link to copy by hand when the clipboard refuses', async () => {
    const { user } = renderApp('#/papers?q=video');
    const writeText = vi.fn().mockRejectedValue(new Error('denied'));
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(await screen.findByRole('textbox', { name: /Copy this link/ })).toHaveValue(
      `${window.location.origin}/#/papers?q=video`,
    );
  });
});

describe('export', { timeout: 20_000 }, () => {
  function captureDownloads() {
    const blobs: Blob[] = [];
    const names: string[] = [];
    URL.createObjectURL = vi.fn((b: Blob) => {
      blobs.push(b);
      return 'blob:test';
    });
    URL.revokeObjectURL = vi.fn();
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      names.push(this.download);
    });
    onTestFinished(() => click.mockRestore());
    return { blobs, names };
  }

  it('downloads the rows on screen, in their order, as CSV and JSON named for the view and day', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2025, 10, 3, 12));
    onTestFinished(() => {
      vi.useRealTimers();
    });
    const downloads = captureDownloads();
    const { user } = renderApp('#/papers?org=nvidia&sort=title');
    await user.click(screen.getByRole('button', { name: 'Download CSV' }));
    await user.click(screen.getByRole('button', { name: 'Download JSON' }));
    expect(downloads.names).toEqual([
      'speedboard-papers-2025-11-03.csv',
      'speedboard-papers-2025-11-03.json',
    ]);
    // A UTF-8 byte order mark first, so spreadsheets read the text as UTF-8.
    const bytes = new Uint8Array(await downloads.blobs[0]!.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = await downloads.blobs[0]!.text();
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'id,title,organization,org_handle,published,date_inferred,authors,upvotes,comments,claims,best_factor,hardware,link',
    );
    expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual(['flash-attention', 'tiny-video']);
    // Each row carries its paper's Speedboard address.
    expect(lines[1]!.split(',').at(-1)).toBe(`${window.location.origin}/#/paper/flash-attention`);
    const json = JSON.parse(await downloads.blobs[1]!.text()) as {
      url: string;
      exportedOn: string;
      papers: { id: string }[];
    };
    expect(json.url).toBe(`${window.location.origin}/#/papers?sort=title&org=nvidia`);
    expect(json.exportedOn).toBe('2025-11-03');
    expect(json.papers.map((p) => p.id)).toEqual(['flash-attention', 'tiny-video']);
  });

  it('exports claims with formula-looking text defused', async () => {
    const downloads = captureDownloads();
    const { user } = renderApp('#/claims?q=hostile');
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('1 claim'));
    await user.click(screen.getByRole('button', { name: 'Download CSV' }));
    const csv = await downloads.blobs[0]!.text();
    expect(csv.split('\r\n')[1]).toBe(
      `hostile,<img src=x onerror=alert(1)> <script>alert(2)</script> Hostile Title,1,3,,,3,x,speedup,"'=HYPERLINK(""http://evil.example"")",'@SUM(A1),,,3x faster,${window.location.origin}/#/paper/hostile?from=claims&claim=0`,
    );
  });
});

describe('chart', { timeout: 20_000 }, () => {
  it('draws one linked mark per claim with a factor, following the filters', async () => {
    const { user } = renderApp('#/chart');
    expect(screen.getByRole('status')).toHaveTextContent('8 claims');
    const marks = screen.getAllByRole('link', { name: /×/ }).filter((a) => a.closest('svg'));
    expect(marks).toHaveLength(8);
    const tiny = screen.getByRole('link', { name: 'Tiny Video Diffusion: 100× cheaper (cost)' });
    expect(tiny).toHaveAttribute('href', '#/paper/tiny-video?from=chart&claim=1');
    await user.click(screen.getByRole('checkbox', { name: /latency/ }));
    expect(hash()).toBe('#/chart?kind=latency');
    expect(screen.getByRole('status')).toHaveTextContent('3 claims');
    await user.click(screen.getByRole('link', { name: 'By hardware' }));
    expect(hash()).toBe('#/chart?kind=latency&by=hardware');
    expect(screen.getByRole('list', { name: 'H100: 1 claim' })).toBeInTheDocument();
    await user.click(
      screen.getByRole('link', { name: /Flash Attention Kernels for Long Context: 1.7×/ }),
    );
    expect(hash()).toBe('#/paper/flash-attention?kind=latency&by=hardware&from=chart&claim=0');
    expect(screen.getByRole('link', { name: /Back to chart/ })).toHaveAttribute(
      'href',
      '#/chart?kind=latency&by=hardware',
    );
  });
});
