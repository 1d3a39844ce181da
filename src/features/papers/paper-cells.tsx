import { AppLink } from '../../components/AppLink';
import type { CellRenderers } from '../../components/cell-renderers';
import { DateCell } from '../../components/DateCell';
import { formatCount, formatFactor } from '../../components/format';
import { Highlight } from '../../components/Highlight';
import type { PaperColumnId } from '../../derive/paper-columns';
import type { PaperRow } from '../../derive/rows';

const dash = <span className="missing">—</span>;
const num = (n: number | null) => (n === null ? dash : formatCount(n));

export const PAPER_CELLS: CellRenderers<PaperColumnId, PaperRow> = {
  title: (r, { list, terms }) => (
    <AppLink className="row-link" to={{ page: 'paper', id: r.id, claim: null, list }}>
      <Highlight text={r.paper.title} terms={terms} />
    </AppLink>
  ),
  org: (r, { terms }) => (r.orgName === null ? dash : <Highlight text={r.orgName} terms={terms} />),
  published: (r) => <DateCell iso={r.paper.publishedOn} inferred={r.paper.dateInferred} />,
  authors: (r) => num(r.paper.authorsCount),
  comments: (r) => num(r.paper.comments),
  claims: (r) => (r.claimCount === 0 ? dash : r.claimCount),
  factor: (r) =>
    r.bestFactor === null ? dash : <span className="factor">{formatFactor(r.bestFactor)}</span>,
};
