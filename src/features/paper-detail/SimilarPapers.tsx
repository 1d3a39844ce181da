import { AppLink } from '../../components/AppLink';
import type { PaperRow } from '../../derive/rows';
import type { ListView } from '../../url/view-state';

export interface SimilarRow {
  row: PaperRow;
  /** Terms both papers are about: the reason it is listed. */
  shared: string[];
}

interface Props {
  /** null while the index is still being built. */
  similar: SimilarRow[] | null;
  list: ListView;
}

/** The papers most like this one (TF-IDF cosine over title and abstract), with what they share. */
export function SimilarPapers({ similar, list }: Props) {
  return (
    <section aria-labelledby="similar-heading" className="similar">
      <h2 id="similar-heading">Similar papers</h2>
      {similar === null ? (
        <p className="muted" role="status">
          Finding similar papers…
        </p>
      ) : similar.length === 0 ? (
        <p className="muted">No other paper here shares enough of its words.</p>
      ) : (
        <ol className="similar-list">
          {similar.map((s) => (
            <li key={s.row.id}>
              <AppLink to={{ page: 'paper', id: s.row.id, claim: null, list }}>
                {s.row.paper.title}
              </AppLink>
              <span className="muted similar-why">shares: {s.shared.join(', ')}</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
