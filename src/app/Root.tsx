import { Component, type ReactNode } from 'react';
import { ErrorPage } from '../components/ErrorPage';
import { DatasetError } from '../dataset/bundled';
import type { Dataset } from '../dataset/schema';
import type { DatasetIndex } from '../derive/dataset-index';
import type { Preview } from '../derive/first-screen';
import type { AbstractsArrival } from './abstracts-arrival';
import { App } from './App';
import type { FirstScreenSearch } from './first-screen-search';
import { PREVIEW_ABSTRACTS } from './preview';
import type { SearchService } from './search-service';

export type Loaded =
  | { dataset: Dataset; abstracts?: AbstractsArrival; index?: DatasetIndex }
  | { error: unknown }
  /**
   * The site's first screen, until the whole dataset replaces it (App's `preview`), and
   * what answers a query typed over it (App's `firstScreen`), if anything does.
   */
  | { preview: Preview; firstScreen?: FirstScreenSearch };

/** Runs the loader once, before rendering: render may run twice, the data block is read once. */
export async function load(read: () => Promise<Dataset>): Promise<Loaded> {
  try {
    return { dataset: await read() };
  } catch (error) {
    return { error };
  }
}

/**
 * The app, or a page that says why it cannot run: a dataset that is missing or does
 * not match the schema, or an error no view caught. Never a blank page.
 */
export function Root({
  loaded,
  search,
}: {
  loaded: Loaded;
  search?: (dataset: Dataset) => SearchService;
}) {
  if ('error' in loaded) return <FailurePage error={loaded.error} />;
  return (
    <AppErrorBoundary>
      {'preview' in loaded ? (
        <App
          dataset={loaded.preview.index.dataset}
          search={search}
          abstracts={PREVIEW_ABSTRACTS}
          preview={loaded.preview}
          firstScreen={loaded.firstScreen}
        />
      ) : (
        <App
          dataset={loaded.dataset}
          search={search}
          abstracts={loaded.abstracts}
          built={loaded.index}
        />
      )}
    </AppErrorBoundary>
  );
}

function FailurePage({ error }: { error: unknown }) {
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof DatasetError) {
    return (
      <ErrorPage title="This page's dataset cannot be shown" problem={message}>
        <p>
          Rebuild it: <code>npm run data</code> reads the page captures in <code>seeds/</code> and
          says what is wrong with them, then <code>npm run build</code> puts the new dataset into
          the site. With <code>npm start</code>, reload this page after <code>npm run data</code>.
        </p>
      </ErrorPage>
    );
  }
  return (
    <ErrorPage title="Speedboard stopped" problem={message}>
      <p>
        Reload the page to start again. If it happens again, the browser console has the details.
      </p>
    </ErrorPage>
  );
}

class AppErrorBoundary extends Component<{ children: ReactNode }, { error: unknown }> {
  override state: { error: unknown } = { error: null };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  override render() {
    return this.state.error !== null ? (
      <FailurePage error={this.state.error} />
    ) : (
      this.props.children
    );
  }
}
