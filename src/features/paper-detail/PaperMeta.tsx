import { AppLink } from '../../components/AppLink';
import { formatLongDate, sourceLocation } from '../../components/format';
import { defaultList } from '../../url/view-state';
import type { Paper } from '../../dataset/schema';

const missing = <span className="missing">not given</span>;

/** Each name links to the papers list filtered to that author. */
function AuthorLinks({ names }: { names: readonly string[] }) {
  return (
    <ul className="author-list">
      {names.map((name, i) => (
        // A name can repeat in a list; the position keeps the keys apart (it never reorders).
        <li key={`${i}:${name}`}>
          <AppLink
            to={{ page: 'list', list: { ...defaultList('papers'), author: name } }}
            title={`Papers by ${name}`}
          >
            {name}
          </AppLink>
        </li>
      ))}
    </ul>
  );
}

/**
 * Organization, date, authors (names link to their papers), upvotes, comments, hardware
 * and the days it was listed; the files it was read from are folded into "Sources".
 */
export function PaperMeta({ paper }: { paper: Paper }) {
  const days = [...new Set(paper.sources.map((s) => s.capturedOn))].sort();
  return (
    <>
      <dl className="paper-meta">
        <dt>Organization</dt>
        <dd>{paper.org ? `${paper.org.name} (${paper.org.handle})` : missing}</dd>
        <dt>Published</dt>
        <dd>
          {paper.publishedOn ? (
            <>
              <time dateTime={paper.publishedOn}>{formatLongDate(paper.publishedOn)}</time>
              {paper.dateInferred ? (
                <span className="inferred-note"> — year inferred: its page showed none</span>
              ) : null}
            </>
          ) : (
            missing
          )}
        </dd>
        <dt>Authors</dt>
        <dd>
          {paper.authors.length ? (
            <AuthorLinks names={paper.authors} />
          ) : (
            (paper.authorsCount ?? missing)
          )}
        </dd>
        <dt>Upvotes</dt>
        <dd>
          {paper.upvotes ?? <span className="missing">not known (no Hub API list has it)</span>}
        </dd>
        <dt>Comments</dt>
        <dd>{paper.comments ?? missing}</dd>
        <dt>Hardware</dt>
        <dd>
          {paper.hardware.length ? (
            paper.hardware.join(', ')
          ) : (
            <span className="missing">none named</span>
          )}
        </dd>
        <dt>Listed on</dt>
        <dd>
          {days.map((d, i) => (
            <span key={d}>
              {i > 0 ? ', ' : ''}
              <time dateTime={d}>{formatLongDate(d)}</time>
            </span>
          ))}
        </dd>
      </dl>
      <details className="paper-sources">
        <summary>Sources</summary>
        <ul className="sources">
          {paper.sources.map((s) => (
            <li key={sourceLocation(s)}>
              <code>{sourceLocation(s)}</code>
              <span className="muted"> captured {formatLongDate(s.capturedOn)}</span>
            </li>
          ))}
        </ul>
      </details>
    </>
  );
}
