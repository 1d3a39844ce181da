import { plural } from '../components/format';
import type { Dataset } from '../dataset/schema';

export function AppFooter({ dataset, claims }: { dataset: Dataset; claims: number }) {
  const dates = dataset.sources.map((s) => s.capturedOn).sort();
  const warnings = dataset.diagnostics.length;
  return (
    <footer className="app-footer">
      <p>
        {plural(dataset.papers.length, 'paper')} and {plural(claims, 'claim')} from{' '}
        {plural(dataset.sources.length, 'page capture')}
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
                <code>
                  {d.file}:{d.line}
                </code>{' '}
                {d.severity}: {d.message}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </footer>
  );
}
