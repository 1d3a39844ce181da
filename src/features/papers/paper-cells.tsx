import { AppLink } from '../../components/AppLink';
import type { CellRenderers } from '../../components/cell-renderers';
import { readFactor } from '../../components/claim-reading';
import { DateCell } from '../../components/DateCell';
import { formatCount, formatFigure } from '../../components/format';
import { Highlight } from '../../components/Highlight';
import { StarButton } from '../../components/StarButton';
import { absoluteFigure } from '../../derive/absolute-figure';
import type { PaperColumnId } from '../../derive/paper-columns';
import type { PaperRow } from '../../derive/rows';

const dash = <span className="missing">—</span>;
const num = (n: number | null) => (n === null ? dash : formatCount(n));

/** The paper's best claim: its factor (or stated figure), and which claim it is beneath. */
function bestClaim(r: PaperRow) {
  const c = r.bestClaim === null ? null : r.paper.claims[r.bestClaim];
  if (!c) return dash;
  const reading = readFactor(c);
  const figure = absoluteFigure(c);
  return (
    <span className="best-claim" title={reading?.conversion}>
      {reading ? (
        <span className="factor">{reading.headline}</span>
      ) : (
        <span className="absolute">{figure ? formatFigure(figure) : '—'}</span>
      )}
      <span className="best-claim-what">
        {c.kind}
        {c.metric && c.metric.toLowerCase() !== c.kind ? ` · ${c.metric}` : ''}
      </span>
    </span>
  );
}

export const PAPER_CELLS: CellRenderers<PaperColumnId, PaperRow> = {
  title: (r, { list, terms }) => (
    <>
      <AppLink className="row-link" to={{ page: 'paper', id: r.id, claim: null, list }}>
        <Highlight text={r.paper.title} terms={terms} />
      </AppLink>
      {/* After the link, so the row's first link is its title; CSS shows it at the start. */}
      <StarButton id={r.id} title={r.paper.title} />
    </>
  ),
  org: (r, { terms }) => (r.orgName === null ? dash : <Highlight text={r.orgName} terms={terms} />),
  published: (r) => <DateCell iso={r.paper.publishedOn} inferred={r.paper.dateInferred} />,
  authors: (r) => num(r.paper.authorsCount),
  upvotes: (r) => num(r.paper.upvotes),
  comments: (r) => num(r.paper.comments),
  claims: (r) => (r.claimCount === 0 ? dash : r.claimCount),
  factor: bestClaim,
};
