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

const num = (n: number | null) => (n === null ? null : formatCount(n));

/** Cells that are one short line each (DataTable draws them without a clamp box). */
export const PAPER_SINGLE_LINE: ReadonlySet<PaperColumnId> = new Set([
  'published',
  'authors',
  'upvotes',
  'comments',
  'claims',
]);

/** The paper's best claim: its factor (or stated figure), and which claim it is beneath. */
function bestClaim(r: PaperRow) {
  const c = r.bestClaim === null ? null : r.paper.claims[r.bestClaim];
  if (!c) return null;
  const reading = readFactor(c);
  const figure = absoluteFigure(c);
  const what = c.metric && c.metric.toLowerCase() !== c.kind ? `${c.kind} · ${c.metric}` : c.kind;
  return (
    <>
      {reading ? (
        <span className="factor" title={reading.conversion}>
          {reading.headline}
        </span>
      ) : (
        <span className="absolute">{figure ? formatFigure(figure) : '—'}</span>
      )}
      <span className="best-claim-what">{what}</span>
    </>
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
  org: (r, { terms }) => (r.orgName === null ? null : <Highlight text={r.orgName} terms={terms} />),
  published: (r) =>
    r.paper.publishedOn === null ? null : (
      <DateCell iso={r.paper.publishedOn} inferred={r.paper.dateInferred} />
    ),
  authors: (r) => num(r.paper.authorsCount),
  upvotes: (r) => num(r.paper.upvotes),
  comments: (r) => num(r.paper.comments),
  claims: (r) => (r.claimCount === 0 ? null : r.claimCount),
  factor: bestClaim,
};
