// The page parser: the text of one Daily Papers capture in, cards and
// diagnostics out. Pure and linear. Every non-blank line ends up in the header
// chrome, in a card, or in a diagnostic naming its line.
import type { Diagnostic, Org } from '../dataset/schema';
import { parseDateLine, isPossibleMonthDay, isValidYMD, type DateLine } from './dates';
import { normalizeSpace, quoteLine, splitLines } from './text';

export interface DatedLine extends DateLine {
  line: number;
}

export interface PageCard {
  /** 1-based line of the title. */
  line: number;
  title: string;
  abstract: string;
  authorsCount: number | null;
  org: Org | null;
  /** The card's date as printed (year may be null); null when absent or not a calendar date. */
  date: DatedLine | null;
  comments: number | null;
  /** False when the card has no footer at all (no authors/org, no `·`, no date). */
  hasFooter: boolean;
  /** Every line this card consumed. */
  lines: number[];
}

export interface PageParse {
  file: string;
  /** The page's own date under the header (`Nov 3`): the capture day. */
  pageDate: DatedLine | null;
  /** Lines recognized as header chrome (including the page date). */
  headerLines: number[];
  cards: PageCard[];
  diagnostics: Diagnostic[];
}

export const HEADER_CHROME: readonly string[] = [
  'new',
  'Get trending papers in your email inbox!',
  'Subscribe',
  'Daily Papers',
  'byAK and the research community',
];
const CHROME = new Set(HEADER_CHROME);

type Kind = 'chrome' | 'authors' | 'sep' | 'date' | 'text';

interface Token {
  kind: Kind;
  line: number;
  text: string;
  blankBefore: boolean;
  authors?: number;
  date?: DateLine;
}

const AUTHORS_RE = /^• *(\d{1,6}) +authors?$/i;

function classify(text: string, line: number, blankBefore: boolean): Token {
  if (CHROME.has(text)) return { kind: 'chrome', line, text, blankBefore };
  if (text === '·') return { kind: 'sep', line, text, blankBefore };
  const a = AUTHORS_RE.exec(text);
  if (a) return { kind: 'authors', line, text, blankBefore, authors: Number(a[1]) };
  const d = parseDateLine(text);
  if (d) return { kind: 'date', line, text, blankBefore, date: d };
  return { kind: 'text', line, text, blankBefore };
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let blank = true;
  const lines = splitLines(text);
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i]!.trim();
    if (t === '') {
      blank = true;
      continue;
    }
    tokens.push(classify(t, i + 1, blank));
    blank = false;
  }
  return tokens;
}

/** First line holding a NUL: text decoded from a binary file. */
function nulLine(text: string): number | null {
  const at = text.indexOf('\u0000');
  if (at < 0) return null;
  let line = 1;
  for (let i = 0; i < at; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

export function parsePage(text: string, file: string): PageParse {
  const result: PageParse = { file, pageDate: null, headerLines: [], cards: [], diagnostics: [] };
  const warn = (line: number, message: string) =>
    result.diagnostics.push({ file, line, severity: 'warning', message });
  const fail = (line: number, message: string) =>
    result.diagnostics.push({ file, line, severity: 'error', message });

  const binaryAt = nulLine(text);
  if (binaryAt !== null) {
    fail(binaryAt, `not a page capture: ${file} holds binary data (a NUL byte on line ${binaryAt})`);
    return result;
  }
  const tokens = tokenize(text);
  if (tokens.length === 0) {
    fail(1, `not a page capture: ${file} is empty`);
    return result;
  }

  let i = 0;
  // Header: chrome lines and the page's date, before the first card.
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (t.kind === 'chrome') {
      result.headerLines.push(t.line);
    } else if (t.kind === 'date' && result.pageDate === null) {
      result.headerLines.push(t.line);
      result.pageDate = checkedDate(t, warn);
      if (t.date!.comments !== null) warn(t.line, `the page date ${quoteLine(t.text)} carries a trailing number; ignored it`);
    } else break;
    i++;
  }

  // Cards. `isOrg(k)`: a text line directly followed by `·` (or the date) sits in the footer slot.
  const isOrg = (k: number) => {
    const next = tokens[k + 1];
    return tokens[k]!.kind === 'text' && next !== undefined && (next.kind === 'sep' || next.kind === 'date');
  };
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (t.kind === 'chrome') {
      warn(t.line, `header line ${quoteLine(t.text)} below the first paper; ignored it`);
      i++;
      continue;
    }
    if (t.kind !== 'text') {
      warn(t.line, `${describe(t)} ${quoteLine(t.text)} with no paper above it; ignored it`);
      i++;
      continue;
    }
    const next = tokens[i + 1];
    if (next === undefined || next.kind !== 'text') {
      warn(t.line, `title ${quoteLine(t.text)} has no abstract; skipped it`);
      i++;
      continue;
    }
    const card: PageCard = {
      line: t.line, title: normalizeSpace(t.text), abstract: '', authorsCount: null, org: null,
      date: null, comments: null, hasFooter: false, lines: [t.line, next.line],
    };
    const parts = [next.text];
    i += 2;
    // A paragraph wrapped over several lines stays one abstract.
    while (i < tokens.length && tokens[i]!.kind === 'text' && !tokens[i]!.blankBefore && !isOrg(i)) {
      parts.push(tokens[i]!.text);
      card.lines.push(tokens[i]!.line);
      i++;
    }
    card.abstract = normalizeSpace(parts.join(' '));
    i = readFooter(tokens, i, card, isOrg, warn);
    result.cards.push(card);
  }

  if (result.cards.length === 0) {
    fail(1, `not a page capture: no papers found in ${file}`);
  } else if (result.headerLines.length === 0 && !result.cards.some((c) => c.hasFooter)) {
    fail(1, `not a page capture: ${file} has neither the Daily Papers header nor any paper footer (\`• N authors\`, \`·\`, a date)`);
  }
  return result;
}

function describe(t: Token): string {
  return t.kind === 'authors' ? 'author count' : t.kind === 'sep' ? 'footer separator' : 'date line';
}

/** A date line that names a possible day, else a warning and null. */
function checkedDate(t: Token, warn: (line: number, message: string) => void): DatedLine | null {
  const d = t.date!;
  const ok = d.year === null ? isPossibleMonthDay(d.month, d.day) : isValidYMD({ year: d.year, month: d.month, day: d.day });
  if (!ok) {
    warn(t.line, `${quoteLine(t.text)} is not a calendar date; left the date empty`);
    return null;
  }
  if (d.yearWithoutComma) warn(t.line, `read ${d.year} in ${quoteLine(t.text)} as a year (Hugging Face writes "Mon D, YYYY")`);
  return { ...d, line: t.line };
}

/** Footer: (`• N authors` | org line)? `·`? date? — in that order, each optional. */
function readFooter(
  tokens: Token[],
  start: number,
  card: PageCard,
  isOrg: (k: number) => boolean,
  warn: (line: number, message: string) => void,
): number {
  let i = start;
  const t0 = tokens[i];
  if (t0?.kind === 'authors') {
    card.authorsCount = t0.authors!;
    card.lines.push(t0.line);
    card.hasFooter = true;
    i++;
  } else if (t0 && isOrg(i)) {
    const text = normalizeSpace(t0.text);
    const space = text.indexOf(' ');
    card.org = space < 0 ? { handle: text, name: text } : { handle: text.slice(0, space), name: text.slice(space + 1) };
    card.lines.push(t0.line);
    card.hasFooter = true;
    i++;
  }
  let sep: Token | null = null;
  if (tokens[i]?.kind === 'sep') {
    sep = tokens[i]!;
    card.lines.push(sep.line);
    card.hasFooter = true;
    i++;
  }
  const d = tokens[i];
  if (d?.kind === 'date') {
    card.lines.push(d.line);
    card.hasFooter = true;
    card.date = checkedDate(d, warn);
    card.comments = d.date!.comments;
    i++;
  } else if (sep) {
    warn(sep.line, `the footer of ${quoteLine(card.title)} has no date line after "·"`);
  }
  return i;
}
