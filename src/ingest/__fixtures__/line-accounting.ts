// Test helper: checks the parser's promise that every non-blank line of a
// capture ends up in the header, in exactly one card, or in a diagnostic — and
// that a line said to be in a card really is reflected in that card.
import { parseDateLine } from '../dates';
import { HEADER_CHROME, type PageCard, type PageParse } from '../page';

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

function reflected(text: string, card: PageCard): boolean {
  const t = squash(text);
  if (`${card.title} ${card.abstract}`.includes(t)) return true;
  if (t === '·') return true;
  const authors = /^• *(\d+) +authors?$/i.exec(t);
  if (authors) return card.authorsCount === Number(authors[1]);
  if (card.org && `${card.org.handle} ${card.org.name}` === t) return true;
  if (card.org && card.org.handle === t && card.org.name === t) return true;
  const date = parseDateLine(t);
  return date !== null && (card.comments === date.comments || card.date === null);
}

/** Problems found; an empty list means every line is accounted for. */
export function unaccountedLines(text: string, page: PageParse): string[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const owner = new Map<number, string>();
  const problems: string[] = [];
  const claim = (line: number, who: string) => {
    if (owner.has(line)) problems.push(`line ${line} claimed by ${owner.get(line)} and ${who}`);
    owner.set(line, who);
  };
  for (const l of page.headerLines) {
    claim(l, 'header');
    const t = lines[l - 1]!.trim();
    if (!HEADER_CHROME.includes(t) && parseDateLine(t) === null) problems.push(`header line ${l} ${JSON.stringify(t)} is not chrome`);
  }
  const diagnosed = new Set(page.diagnostics.map((d) => d.line));
  page.cards.forEach((c, n) => {
    for (const l of c.lines) {
      claim(l, `card ${n}`);
      // A damaged footer line stays in its card (so it is not read as another paper) with a warning.
      if (!reflected(lines[l - 1]!, c) && !diagnosed.has(l)) problems.push(`line ${l} ${JSON.stringify(lines[l - 1])} is not reflected in card ${n}`);
    }
  });
  lines.forEach((text, k) => {
    const line = k + 1;
    if (text.trim() !== '' && !owner.has(line) && !diagnosed.has(line)) problems.push(`line ${line} ${JSON.stringify(text.slice(0, 60))} is lost`);
  });
  return problems;
}
