import { useState } from 'react';
import { AppLink } from '../../components/AppLink';
import { formatClaimFigure, formatCount } from '../../components/format';
import type { Ranked } from '../../derive/leaderboard';
import type { ListView } from '../../url/view-state';

/** Rows shown before "Show all": enough to see who leads without a wall of text. */
const TOP = 10;

interface Props {
  caption: string;
  /** Header of the figure column: "Factor" or "Value (tokens/s)". */
  figure: string;
  ranked: Ranked[];
  list: ListView;
}

const missing = <span className="missing">—</span>;
const orMissing = (s: string | null) => (s === null || s.trim() === '' ? missing : s);

/** One ranking: rank, paper (opening it with this claim highlighted), figure, and what it was measured against. */
export function BoardTable({ caption, figure, ranked, list }: Props) {
  const [all, setAll] = useState(false);
  const shown = all ? ranked : ranked.slice(0, TOP);
  return (
    <div className="board-table">
      <div className="table-scroll is-static">
        <table className="data-table is-board">
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col" className="col-rank">
                Rank
              </th>
              <th scope="col" className="col-paper">
                Paper
              </th>
              <th scope="col" className="col-factor">
                {figure}
              </th>
              <th scope="col" className="col-metric">
                Metric as stated
              </th>
              <th scope="col" className="col-baseline">
                Baseline
              </th>
              <th scope="col" className="col-hardware">
                Hardware
              </th>
            </tr>
          </thead>
          <tbody>
            {shown.map(({ rank, row }) => (
              <tr key={row.id}>
                <td className="col-rank">{rank}</td>
                <td className="col-paper">
                  <AppLink
                    className="row-link"
                    to={{ page: 'paper', id: row.paper.id, claim: row.index, list }}
                  >
                    {row.paper.paper.title}
                  </AppLink>
                </td>
                <td className="col-factor">
                  <span className={row.claim.factor === null ? 'absolute' : 'factor'}>
                    {formatClaimFigure(row.claim)}
                  </span>{' '}
                  <span className={`kind kind-${row.claim.kind}`}>{row.claim.kind}</span>
                </td>
                <td className="col-metric">{orMissing(row.claim.metric)}</td>
                <td className="col-baseline">{orMissing(row.claim.baseline)}</td>
                <td className="col-hardware">{orMissing(row.claim.hardware)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {ranked.length > TOP ? (
        <button type="button" className="link-button" onClick={() => setAll(!all)}>
          {all ? `Show the top ${TOP}` : `Show all ${formatCount(ranked.length)}`}
        </button>
      ) : null}
    </div>
  );
}
