import { formatLongDate } from '../../components/format';
import type { Paper } from '../../dataset/schema';
import { sourceLocation } from '../../components/format';

const missing = <span className="missing">not given</span>;

/** Organization, date, authors, comments, hardware and the page captures it came from. */
export function PaperMeta({ paper }: { paper: Paper }) {
  return (
    <dl className="paper-meta">
      <dt>Organization</dt>
      <dd>{paper.org ? `${paper.org.name} (${paper.org.handle})` : missing}</dd>
      <dt>Published</dt>
      <dd>
        {paper.publishedOn ? (
          <>
            <time dateTime={paper.publishedOn}>{formatLongDate(paper.publishedOn)}</time>
            {paper.dateInferred ? (
              <span className="inferred-note"> — year inferred (the capture gave none)</span>
            ) : null}
          </>
        ) : (
          missing
        )}
      </dd>
      <dt>Authors</dt>
      <dd>{paper.authorsCount ?? missing}</dd>
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
      <dt>Page captures</dt>
      <dd>
        <ul className="sources">
          {paper.sources.map((s) => (
            <li key={`${s.file}:${s.line}`}>
              <code>{sourceLocation(s)}</code>
              <span className="muted"> captured {s.capturedOn}</span>
            </li>
          ))}
        </ul>
      </dd>
    </dl>
  );
}
