import { formatCount } from '../../components/format';
import { useEffect, useRef } from 'react';
import { useAbstractsReady } from '../../components/abstracts-ready';
import { AppLink } from '../../components/AppLink';
import { useNavigation } from '../../components/navigation';
import { ROUTE_NAMES } from '../../components/route-names';
import { StarButton } from '../../components/StarButton';
import type { PaperRow } from '../../derive/rows';
import type { ListView } from '../../url/view-state';
import { AbstractWithClaims } from './AbstractWithClaims';
import { ClaimList } from './ClaimList';
import { PaperLinks } from './PaperLinks';
import { PaperMeta } from './PaperMeta';
import { SimilarPapers, type SimilarRow } from './SimilarPapers';

export interface Neighbors {
  prev: PaperRow | null;
  next: PaperRow | null;
  /** 1-based position in the list, or null when the paper is not in it. */
  position: number | null;
  total: number;
}

interface Props {
  id: string;
  row: PaperRow | null;
  claim: number | null;
  list: ListView;
  neighbors: Neighbors;
  /** The most similar papers; null while they are being found. */
  similar: SimilarRow[] | null;
}

export function PaperView({ id, row, claim, list, neighbors, similar }: Props) {
  const nav = useNavigation();
  // A shared paper link shows the paper at once; its abstract follows when it is in.
  const abstractReady = useAbstractsReady();
  const heading = useRef<HTMLHeadingElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: focus moves to the heading whenever another paper opens
  useEffect(() => {
    heading.current?.focus();
  }, [id]);
  const back = (
    <AppLink className="back-link" to={{ page: 'list', list }}>
      ← Back to {ROUTE_NAMES[list.route].toLowerCase()}
    </AppLink>
  );
  if (!row) {
    return (
      <article className="paper">
        {back}
        <h1 ref={heading} tabIndex={-1}>
          Paper not found
        </h1>
        <p>
          There is no paper <code>{id}</code> in this dataset. It may have come from a capture that
          is not bundled here.
        </p>
      </article>
    );
  }
  const p = row.paper;
  return (
    <article className="paper">
      <nav className="paper-nav" aria-label="Paper navigation">
        {back}
        {neighbors.position !== null ? (
          <span className="muted">
            {formatCount(neighbors.position)} of {formatCount(neighbors.total)}
          </span>
        ) : null}
        <span className="prev-next">
          {neighbors.prev ? (
            <AppLink
              rel="prev"
              to={{ page: 'paper', id: neighbors.prev.id, claim: null, list }}
              title={neighbors.prev.paper.title}
            >
              ← Previous
            </AppLink>
          ) : null}
          {neighbors.next ? (
            <AppLink
              rel="next"
              to={{ page: 'paper', id: neighbors.next.id, claim: null, list }}
              title={neighbors.next.paper.title}
            >
              Next →
            </AppLink>
          ) : null}
        </span>
      </nav>
      <div className="paper-title">
        <h1 ref={heading} tabIndex={-1}>
          {p.title}
        </h1>
        <StarButton id={p.id} title={p.title} />
      </div>
      <PaperMeta paper={p} />
      <PaperLinks paper={p} />
      <div className="paper-body">
        <section aria-labelledby="abstract-heading">
          <h2 id="abstract-heading">Abstract</h2>
          {abstractReady ? (
            <AbstractWithClaims abstract={p.abstract} claims={p.claims} selected={claim} />
          ) : (
            <p className="muted" role="status">
              Loading the abstract…
            </p>
          )}
        </section>
        <section aria-labelledby="claims-heading" className="paper-claims">
          <h2 id="claims-heading">Claims ({p.claims.length})</h2>
          <ClaimList
            key={id}
            abstract={abstractReady ? p.abstract : null}
            claims={p.claims}
            selected={claim}
            onSelect={(i) =>
              nav.navigate(
                { page: 'paper', id, claim: i === claim ? null : i, list },
                { replace: true },
              )
            }
          />
        </section>
      </div>
      <SimilarPapers similar={similar} list={list} />
    </article>
  );
}
