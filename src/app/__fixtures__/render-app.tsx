import { configure, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Dataset } from '../../dataset/schema';
import { App } from '../App';
import { smallDataset } from './small-dataset';

// Results arrive through a deferred render; on a busy machine that can take more than
// Testing Library's default 1 s.
configure({ asyncUtilTimeout: 8000 });

/** Renders the whole app at `hash`, as a user opening that link. */
export function renderApp(hash = '#/papers', dataset: Dataset = smallDataset) {
  window.history.replaceState(null, '', `/${hash}`);
  const user = userEvent.setup();
  const utils = render(<App dataset={dataset} />);
  return { user, ...utils };
}

export function dataTable(): HTMLTableElement {
  return screen.getByRole('table') as HTMLTableElement;
}

/** The text of one column, top to bottom. */
export function columnTexts(name: RegExp): string[] {
  const table = dataTable();
  const headers = within(table).getAllByRole('columnheader');
  const i = headers.findIndex((h) => name.test(h.textContent ?? ''));
  if (i < 0) throw new Error(`no column ${name}`);
  // Rows kept hidden between lists (DataTable's parked rows) are not part of the table seen.
  return [...table.tBodies[0]!.rows]
    .filter((r) => r.cells.length > 1 && !r.hidden)
    .map((r) => r.cells[i]!.textContent ?? '');
}

export function header(name: RegExp): HTMLElement {
  return within(dataTable()).getByRole('columnheader', { name });
}

export const hash = () => decodeURIComponent(window.location.hash);
