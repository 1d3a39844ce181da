// A bad dataset or a view that throws is said on the page; the app never goes blank.
import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readBundledDataset } from '../dataset/bundled';
import { datasetDataBlock } from '../dataset/embed';
import { hash, renderApp } from './__fixtures__/render-app';
import { smallDataset } from './__fixtures__/small-dataset';
import { load, Root } from './Root';

// The chart view throws when asked to: a stand-in for any bug in one view.
const chartFailure = vi.hoisted(() => ({ message: null as string | null }));
vi.mock('../features/chart/ChartView', async (importOriginal) => {
  const real = await importOriginal<typeof import('../features/chart/ChartView')>();
  return {
    ChartView: (props: Parameters<typeof real.ChartView>[0]) => {
      if (chartFailure.message) throw new Error(chartFailure.message);
      return real.ChartView(props);
    },
  };
});

afterEach(() => {
  chartFailure.message = null;
  vi.restoreAllMocks();
});

function pageHolding(json: string): Document {
  return new DOMParser().parseFromString(
    `<!doctype html><body><div id="root"></div>${datasetDataBlock(json)}</body>`,
    'text/html',
  );
}

async function renderRootWith(json: string) {
  return render(<Root loaded={await load(() => readBundledDataset(pageHolding(json)))} />);
}

describe('a dataset the app cannot use', () => {
  it.each([
    [
      'an older schema (version 1, before API lists)',
      { ...smallDataset, schemaVersion: 1 },
      /schemaVersion is 1, but this app reads schema version 2/,
    ],
    [
      'a claim kind that is not a string',
      {
        ...smallDataset,
        papers: [
          {
            ...smallDataset.papers[0],
            claims: [{ ...smallDataset.papers[0]!.claims[0], kind: 7 }],
          },
        ],
      },
      /papers\[0\]\.claims\[0\]\.kind \(paper "flash-attention"\): Invalid type: .* but received 7/,
    ],
    ['no papers field', { schemaVersion: 2, sources: [] }, /papers: Invalid key/],
  ])('gets a page that says what is wrong and how to rebuild: %s', async (_, dataset, problem) => {
    await renderRootWith(JSON.stringify(dataset));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      "This page's dataset cannot be shown",
    );
    expect(screen.getByRole('alert')).toHaveTextContent(problem);
    expect(screen.getByRole('alert')).toHaveTextContent(/npm run data.*npm run build/);
  });

  it('gets the same page for text that is not JSON, or no dataset at all', async () => {
    const { unmount } = await renderRootWith('{"schemaVersion": 1, "papers": [');
    expect(screen.getByRole('alert')).toHaveTextContent(/not valid JSON/);
    unmount();
    const empty = new DOMParser().parseFromString('<!doctype html><body></body>', 'text/html');
    render(<Root loaded={await load(() => readBundledDataset(empty))} />);
    expect(screen.getByRole('alert')).toHaveTextContent('This page holds no dataset.');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      "This page's dataset cannot be shown",
    );
  });

  it('is shown as text, never as HTML', async () => {
    await renderRootWith(JSON.stringify({ schemaVersion: '<img src=x onerror=alert(1)>' }));
    expect(screen.getByRole('alert')).toHaveTextContent(
      'schemaVersion is "<img src=x onerror=alert(1)>"',
    );
    expect(document.querySelector('img')).toBeNull();
  });

  it('does not stop a good dataset from opening the app', async () => {
    await renderRootWith(JSON.stringify(smallDataset));
    expect(screen.getByRole('searchbox')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

describe('a view that throws', { timeout: 20_000 }, () => {
  it('says so in place of the view, keeps the rest of the app, and goes back', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    chartFailure.message = 'the chart could not draw';
    const { user } = renderApp('#/chart');
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('This view failed');
    expect(alert).toHaveTextContent('the chart could not draw');
    expect(screen.getByRole('searchbox')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Go back' }));
    expect(hash()).toBe('#/papers');
    expect(screen.queryByText('This view failed')).toBeNull();
    expect(screen.getByRole('link', { name: 'Tiny Video Diffusion' })).toBeInTheDocument();
  });

  it('clears once the reader goes to another view', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    chartFailure.message = 'the chart could not draw';
    renderApp('#/chart');
    expect(screen.getByRole('alert')).toHaveTextContent('This view failed');
    chartFailure.message = null;
    window.location.hash = '#/claims';
    await screen.findByRole('table');
    expect(screen.queryByText('This view failed')).toBeNull();
  });

  it('anywhere else, gives a page that says the app stopped', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const broken = {
      ...smallDataset,
      get papers(): never {
        throw new Error('the data went away');
      },
    };
    render(<Root loaded={{ dataset: broken }} />);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Speedboard stopped');
    expect(screen.getByRole('alert')).toHaveTextContent('the data went away');
  });
});
