import { useMemo } from 'react';
import { AppLink } from '../../components/AppLink';
import { formatCount, formatLongDate, plural } from '../../components/format';
import { ResultsToolbar } from '../../components/ResultsToolbar';
import { captureRows } from '../../derive/captures';
import type { DatasetSource } from '../../dataset/schema';
import { defaultList } from '../../url/view-state';

/** Every page capture by date, each linking to that day's papers in the page's order. */
export function CapturesView({ sources }: { sources: readonly DatasetSource[] }) {
  const rows = useMemo(() => captureRows(sources), [sources]);
  const days = new Set(rows.map((r) => r.capturedOn)).size;
  return (
    <>
      <h1 className="visually-hidden">Page captures</h1>
      <ResultsToolbar
        status={`${plural(rows.length, 'capture')} on ${plural(days, 'day')}`}
        order="newest first"
      />
      <div className="table-scroll is-static">
        <table className="data-table is-captures">
          <caption className="visually-hidden">Page captures, newest first</caption>
          <thead>
            <tr>
              <th scope="col" className="col-published">
                Captured
              </th>
              <th scope="col" className="col-claims">
                Papers
              </th>
              <th scope="col">Source</th>
              <th scope="col">File</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.file}>
                <td className="col-published">
                  <AppLink
                    className="row-link"
                    to={{
                      page: 'list',
                      list: { ...defaultList('papers'), captured: r.capturedOn },
                    }}
                  >
                    <time dateTime={r.capturedOn}>{formatLongDate(r.capturedOn)}</time>
                  </AppLink>
                </td>
                <td className="col-claims">{formatCount(r.papers)}</td>
                <td>{r.kind === 'api' ? 'Hub API list' : 'page capture'}</td>
                <td>
                  <code>{r.file}</code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
