import { plural, sourceLocation } from '../components/format';
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

export function AppFooter({ dataset, claims }: { dataset: Dataset; claims: number }) {
  const dates = dataset.sources.map((s) => s.capturedOn).sort();
  const warnings = dataset.diagnostics.length;
  return (
    <footer className="app-footer">
      <p>
        {plural(dataset.papers.length, 'paper')} and {plural(claims, 'claim')} from{' '}
        {sourcesSummary(dataset)}
        {dates.length
          ? ` (captured ${dates[0]}${dates.length > 1 ? ` to ${dates[dates.length - 1]}` : ''})`
          : ''}
        .
      </p>
      <p className="shortcuts">
        Keys: <kbd>/</kbd> search · <kbd>j</kbd> <kbd>k</kbd> or arrows move · <kbd>Enter</kbd> open
        · <kbd>Esc</kbd> back
      </p>
      {warnings ? (
        <details>
          <summary>{plural(warnings, 'build warning')}</summary>
          <ul>
            {dataset.diagnostics.map((d, i) => (
              <li key={i}>
                <code>{sourceLocation(d)}</code> {d.severity}: {d.message}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </footer>
  );
}
