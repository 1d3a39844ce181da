import type { ReactNode } from 'react';
import { AppLink } from '../../components/AppLink';
import { DateCell } from '../../components/DateCell';
import { formatCount, formatFactor } from '../../components/format';
import { Highlight } from '../../components/Highlight';
import type { PaperRow } from '../../derive/rows';
import type { ListView } from '../../url/view-state';

const dash = <span className="missing">—</span>;
const num = (n: number | null) => (n === null ? dash : formatCount(n));

export function renderPaperCell(
  id: string,
  r: PaperRow,
  list: ListView,
  terms: readonly string[],
): ReactNode {
  switch (id) {
    case 'title':
      return (
        <AppLink className="row-link" to={{ page: 'paper', id: r.id, claim: null, list }}>
          <Highlight text={r.paper.title} terms={terms} />
        </AppLink>
      );
    case 'org':
      return r.orgName === null ? dash : <Highlight text={r.orgName} terms={terms} />;
    case 'published':
      return <DateCell iso={r.paper.publishedOn} inferred={r.paper.dateInferred} />;
    case 'authors':
      return num(r.paper.authorsCount);
    case 'comments':
      return num(r.paper.comments);
    case 'claims':
      return r.claimCount === 0 ? dash : r.claimCount;
    case 'factor':
      return r.bestFactor === null ? (
        dash
      ) : (
        <span className="factor">{formatFactor(r.bestFactor)}</span>
      );
    default:
      return null;
  }
}
