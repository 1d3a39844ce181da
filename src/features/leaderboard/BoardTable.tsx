import { useState } from 'react';
import { AppLink } from '../../components/AppLink';
import { readFactor } from '../../components/claim-reading';
import { formatCount, formatFigure } from '../../components/format';
import { absoluteFigure } from '../../derive/absolute-figure';
import type { Claim } from '../../dataset/schema';
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

/** A factor reads in its claim's direction ("2.5× lower") with its kind; a figure shows its unit. */
function Figure({ claim }: { claim: Claim }) {
  const reading = readFactor(claim);
  if (reading === null) {
    const figure = absoluteFigure(claim);
    return <span className="absolute">{figure ? formatFigure(figure) : missing}</span>;
  }
  return (
    <>
      <span className="factor" title={reading.conversion}>
        {reading.headline}
      </span>{' '}
      <span className={`kind kind-${claim.kind}`}>{claim.kind}</span>
    </>
  );
}
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
                  <Figure claim={row.claim} />
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
