// Reads the app the way a person (or a screen reader) does: by role and label,
// following the app's accessibility contract — a real <table> whose <th> hold a sort
// <button> and carry aria-sort, a status line "N papers", a search box
// labelled "Search", title links to the paper view, a "Copy link" button.
import type { Locator, Page } from 'playwright-core';

export interface TableData {
  headers: string[];
  /** aria-sort of each <th>, null when absent. */
  sort: (string | null)[];
  /** innerText of every body cell, row by row. */
  rows: string[][];
}

/** The data table of the current view: the <table> with column headers. */
export function dataTable(page: Page): Locator {
  return page
    .locator('table')
    .filter({ has: page.getByRole('columnheader') })
    .first();
}

export async function readTable(page: Page): Promise<TableData> {
  await dataTable(page).waitFor();
  return dataTable(page).evaluate((table: HTMLTableElement) => {
    const ths = [...table.querySelectorAll('thead th')] as HTMLElement[];
    return {
      headers: ths.map((th) => th.innerText.trim()),
      sort: ths.map((th) => th.getAttribute('aria-sort')),
      rows: ([...table.querySelectorAll('tbody tr')] as HTMLTableRowElement[])
        .filter((tr) => tr.cells.length > 1 && !tr.hidden)
        .map((tr) => ([...tr.cells] as HTMLElement[]).map((td) => td.innerText.trim())),
    };
  });
}

/** Index of the column whose header matches; throws (failing the test) when there is none. */
function column(table: TableData, name: RegExp): number {
  const i = table.headers.findIndex((h) => name.test(h));
  if (i < 0)
    throw new Error(`no column header matches ${name}; headers: ${JSON.stringify(table.headers)}`);
  return i;
}

export function columnValues(table: TableData, name: RegExp): string[] {
  const i = column(table, name);
  return table.rows.map((r) => r[i] ?? '');
}

export function sortButton(page: Page, name: RegExp): Locator {
  return dataTable(page).getByRole('columnheader', { name }).getByRole('button');
}

export function searchBox(page: Page): Locator {
  return page.getByRole('searchbox', { name: 'Search' });
}

/** The status line "N papers" (or "N claims" on the claims view). */
function statusLine(page: Page, noun: 'papers' | 'claims' = 'papers'): Locator {
  return page
    .getByRole('status')
    .filter({ hasText: new RegExp(`\\d[\\d,]*\\s+${noun.slice(0, -1)}`, 'i') })
    .first();
}

/** The number a status line states ("1,024 papers" -> 1024). */
export async function statusCount(
  page: Page,
  noun: 'papers' | 'claims' = 'papers',
): Promise<number> {
  const text = await statusLine(page, noun).innerText();
  const m = new RegExp(`(\\d[\\d,]*)\\s+${noun.slice(0, -1)}`, 'i').exec(text);
  if (!m?.[1]) throw new Error(`status line "${text}" states no number of ${noun}`);
  return Number(m[1].replaceAll(',', ''));
}

/** Page URL with the hash route replaced. */
export function at(base: string, hash: string): string {
  return `${base.split('#')[0]}${hash}`;
}
