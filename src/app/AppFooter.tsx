import { memo } from 'react';
import { formatLongDate, plural, sourceLocation } from '../components/format';
import type { Dataset } from '../dataset/schema';

/** "2 page captures and 5 daily lists from the Hub API"; either part left out when there are none. */
function sourcesSummary(dataset: Dataset): string {
  const captures = dataset.sources.filter((s) => s.kind === 'capture').length;
  const lists = dataset.sources.length - captures;
  const parts = [
    captures || !lists ? plural(captures, 'page capture') : '',
    lists ? `${plural(lists, 'daily list')} from the Hub API` : '',
  ];
  return parts.filter((p) => p !== '').join(' and ');
}

/** " dated Oct 6, 2025 to Nov 3, 2025", or "" without sources. */
function dateSpan(dataset: Dataset): string {
  const dates = dataset.sources.map((s) => s.capturedOn).sort();
  const first = dates[0];
  const last = dates[dates.length - 1];
  if (!first || !last) return '';
  return first === last
    ? ` dated ${formatLongDate(first)}`
    : ` dated ${formatLongDate(first)} to ${formatLongDate(last)}`;
}

/**
 * What the data is, in a reader's words; the build's file:line notes are folded away.
 * Memoized: the app re-renders on every keystroke, and this walks every paper.
 */
export const AppFooter = memo(function AppFooter({
  dataset,
  papers,
  claims,
  inferred: given,
}: {
  /** Its sources and build notes; its papers unless the counts are given (a first screen's). */
  dataset: Dataset;
  papers: number;
  claims: number;
  inferred?: number;
}) {
  const inferred = given ?? dataset.papers.filter((p) => p.dateInferred).length;
  const notes = dataset.diagnostics;
  return (
    <footer className="app-footer">
      <p>
        {plural(papers, 'paper')}, {plural(claims, 'claim')}, from {sourcesSummary(dataset)}
        {dateSpan(dataset)}.
      </p>
      {inferred ? (
        <p>
          {inferred === 1
            ? '1 paper has no year on its page; its year was inferred'
            : `${plural(inferred, 'paper')} have no year on their page; their year was inferred`}{' '}
          (marked *).
        </p>
      ) : null}
      <p className="shortcuts">
        Keys: <kbd>/</kbd> search · <kbd>j</kbd> <kbd>k</kbd> or arrows move · <kbd>Enter</kbd> open
        · <kbd>Esc</kbd> back
      </p>
      {notes.length ? (
        <details className="build-notes">
          <summary>
            {plural(notes.length, 'note')} from reading the pages, for whoever maintains the data
          </summary>
          <ul>
            {notes.map((d, i) => (
              <li key={i}>
                <code>{sourceLocation(d)}</code> {d.severity}: {d.message}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </footer>
  );
});
