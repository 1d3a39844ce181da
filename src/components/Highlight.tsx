import { splitByTerms } from './highlight-pattern';

/** Text with the search's matched words in <mark>; always React text nodes. */
export function Highlight({ text, terms }: { text: string; terms: readonly string[] }) {
  if (terms.length === 0) return <>{text}</>;
  const pieces = splitByTerms(text, terms);
  return <>{pieces.map((p, i) => (i % 2 === 1 ? <mark key={i}>{p}</mark> : p))}</>;
}
