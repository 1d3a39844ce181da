import { httpsUrl } from '../../dataset/links';
import type { Paper, PaperLinks as Links } from '../../dataset/schema';
import { arxivSearchUrl, huggingFaceSearchUrl } from './lookup-links';

// Outside pages for a paper. The dataset's links are checked again here: only an
// https: URL becomes a link, so a hand-edited dataset cannot slip in javascript: or
// data: addresses. Without any (a paper seen only in page captures), title searches.

const LABELS: readonly (readonly [keyof Links, string])[] = [
  ['arxiv', 'arXiv abstract'],
  ['pdf', 'PDF'],
  ['huggingFace', 'Hugging Face page'],
  ['project', 'Project page'],
  ['code', 'Code'],
];

function ExternalLink({ href, children }: { href: string; children: string }) {
  return (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {children}
    </a>
  );
}

export function PaperLinks({ paper }: { paper: Paper }) {
  const links = LABELS.flatMap(([key, label]) => {
    const href = httpsUrl(paper.links[key]);
    return href ? [{ key, label, href }] : [];
  });
  if (links.length === 0) {
    return (
      <p className="lookup">
        Look it up:{' '}
        <ExternalLink href={huggingFaceSearchUrl(paper.title)}>Hugging Face papers</ExternalLink> ·{' '}
        <ExternalLink href={arxivSearchUrl(paper.title)}>arXiv</ExternalLink>
      </p>
    );
  }
  return (
    <nav className="lookup" aria-label="Links">
      {paper.arxivId ? <span className="muted">arXiv {paper.arxivId}: </span> : null}
      {links.map((l, i) => (
        <span key={l.key}>
          {i > 0 ? ' · ' : null}
          <ExternalLink href={l.href}>{l.label}</ExternalLink>
        </span>
      ))}
    </nav>
  );
}
