import type { ReactNode } from 'react';
import { AppLink } from '../../components/AppLink';
import { formatClaimFigure } from '../../components/format';
import { Highlight } from '../../components/Highlight';
import type { ClaimRow } from '../../derive/rows';
import type { ListView } from '../../url/view-state';

const text = (s: string | null, terms: readonly string[]) =>
  s === null || s === '' ? (
    <span className="missing">—</span>
  ) : (
    <Highlight text={s} terms={terms} />
  );

export function renderClaimCell(
  id: string,
  r: ClaimRow,
  list: ListView,
  terms: readonly string[],
): ReactNode {
  const c = r.claim;
  switch (id) {
    case 'paper':
      return (
        <AppLink className="row-link" to={{ page: 'paper', id: r.paper.id, claim: r.index, list }}>
          <Highlight text={r.paper.paper.title} terms={terms} />
        </AppLink>
      );
    case 'factor':
      return (
        <span className={c.factor === null ? 'absolute' : 'factor'}>{formatClaimFigure(c)}</span>
      );
    case 'kind':
      return <span className={`kind kind-${c.kind}`}>{c.kind}</span>;
    case 'metric':
      return text(c.metric, terms);
    case 'baseline':
      return text(c.baseline, terms);
    case 'hardware':
      return text(c.hardware, terms);
    case 'condition':
      return text(c.condition, terms);
    case 'evidence':
      return (
        <q className="evidence">
          <Highlight text={c.text} terms={terms} />
        </q>
      );
    default:
      return null;
  }
}
