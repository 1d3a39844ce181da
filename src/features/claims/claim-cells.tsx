import { AppLink } from '../../components/AppLink';
import type { CellRenderers } from '../../components/cell-renderers';
import { readFactor } from '../../components/claim-reading';
import { formatFigure } from '../../components/format';
import { Highlight } from '../../components/Highlight';
import { absoluteFigure } from '../../derive/absolute-figure';
import type { ClaimColumnId } from '../../derive/claim-columns';
import type { ClaimRow } from '../../derive/rows';
import { EvidenceCell } from './EvidenceCell';

const text = (s: string | null, terms: readonly string[]) =>
  s === null || s === '' ? null : <Highlight text={s} terms={terms} />;

/** Cells that are one short line each (DataTable draws them without a clamp box). */
export const CLAIM_SINGLE_LINE: ReadonlySet<ClaimColumnId> = new Set(['kind']);

export const CLAIM_CELLS: CellRenderers<ClaimColumnId, ClaimRow> = {
  paper: (r, { list, terms }) => (
    <AppLink className="row-link" to={{ page: 'paper', id: r.paper.id, claim: r.index, list }}>
      <Highlight text={r.paper.paper.title} terms={terms} />
    </AppLink>
  ),
  factor: (r) => {
    const reading = readFactor(r.claim);
    return reading ? (
      <span className="factor" title={reading.conversion}>
        {reading.headline}
      </span>
    ) : null;
  },
  value: (r) => {
    const figure = absoluteFigure(r.claim);
    return figure ? <span className="absolute">{formatFigure(figure)}</span> : null;
  },
  kind: (r) => <span className={`kind kind-${r.claim.kind}`}>{r.claim.kind}</span>,
  metric: (r, { terms }) => text(r.claim.metric, terms),
  baseline: (r, { terms }) => text(r.claim.baseline, terms),
  hardware: (r, { terms }) => text(r.claim.hardware, terms),
  condition: (r, { terms }) => text(r.claim.condition, terms),
  // Keyed by claim: table rows are reused for other claims while scrolling, and an
  // open tip belongs to the claim it was opened on.
  evidence: (r, { terms }) => <EvidenceCell key={r.id} row={r} terms={terms} />,
};
