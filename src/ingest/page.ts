// The page parser: the text of one Daily Papers capture in, cards and
// diagnostics out. Pure and linear. Every non-blank line ends up in the header
// chrome, in a card, or in a diagnostic naming its line.
import type { Diagnostic, Org } from '../dataset/schema';
import { parseDateLine, isPossibleMonthDay, isValidYMD, type DateLine } from './dates';
import { normalizeSpace, ownCopy, quoteLine, splitLines } from './text';

interface DatedLine extends DateLine {
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
// Hugging Face prints "•" only before the author count: a short bullet line naming
// authors that is not "• N authors" ("• five authors") is a damaged count, still the
// footer's first line.
const BULLET_RE = /^•[^•]{0,30}\bauthor[^•]{0,12}$/i;
// Shaped like a card date ("Octember 6", "Oct 6th", "6 Oct"): a short word-and-number
// line in the footer's date slot is a damaged date, not the next paper's title.
const DATE_LIKE_RE =
  /^(?:[A-Za-z]{2,12}\.? +\d{1,4}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)? +[A-Za-z]{3,12})\b[^.]{0,24}$/;

function classify(text: string, line: number, blankBefore: boolean): Token {
  if (CHROME.has(text)) return { kind: 'chrome', line, text, blankBefore };
  if (text === '·') return { kind: 'sep', line, text, blankBefore };
  const a = AUTHORS_RE.exec(text);
  if (a) return { kind: 'authors', line, text, blankBefore, authors: Number(a[1]) };
  if (BULLET_RE.test(text)) return { kind: 'authors', line, text, blankBefore };
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
  if (!text.includes('\u0000')) return null;
  return splitLines(text).findIndex((l) => l.includes('\u0000')) + 1;
}

type Warn = (line: number, message: string) => void;

/** A paragraph (text lines with no blank between) or a card footer. */
type Unit =
  | { kind: 'para'; lines: Token[] }
  | {
      kind: 'footer';
      authors: Token | null;
      org: Token | null;
      sep: Token | null;
      date: Token | null;
    };

// An org line is short: a long text before `·` is an abstract whose footer lost a line.
const MAX_ORG_LENGTH = 100;

function isOrgAt(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  const next = tokens[k + 1];
  return (
    t.kind === 'text' &&
    t.text.length <= MAX_ORG_LENGTH &&
    next !== undefined &&
    (next.kind === 'sep' || next.kind === 'date')
  );
}

/** A text line right under the footer's `·`, shaped like a date but not one. */
function isDamagedDateAt(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  return t !== undefined && t.kind === 'text' && !t.blankBefore && DATE_LIKE_RE.test(t.text);
}

/** Groups tokens after the header into paragraphs and footers; chrome below the header is reported and dropped. */
function toUnits(tokens: readonly Token[], start: number, warn: Warn): Unit[] {
  const units: Unit[] = [];
  let i = start;
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (t.kind === 'chrome') {
      warn(t.line, `header line ${quoteLine(t.text)} below the first paper; ignored it`);
      i++;
    } else if (t.kind === 'text' && !isOrgAt(tokens, i)) {
      const last = units[units.length - 1];
      if (last?.kind === 'para' && !t.blankBefore) last.lines.push(t);
      else units.push({ kind: 'para', lines: [t] });
      i++;
    } else {
      // Footer parts in their order, each optional: (authors | org)? `·`? date?
      const f: Unit & { kind: 'footer' } = {
        kind: 'footer',
        authors: null,
        org: null,
        sep: null,
        date: null,
      };
      if (t.kind === 'authors') f.authors = tokens[i++]!;
      else if (t.kind === 'text') f.org = tokens[i++]!;
      if (tokens[i]?.kind === 'sep') f.sep = tokens[i++]!;
      if (tokens[i]?.kind === 'date') f.date = tokens[i++]!;
      else if (f.sep && isDamagedDateAt(tokens, i)) f.date = tokens[i++]!;
      units.push(f);
    }
  }
  return units;
}

export function parsePage(text: string, file: string): PageParse {
  const result: PageParse = { file, pageDate: null, headerLines: [], cards: [], diagnostics: [] };
  const warn: Warn = (line, message) =>
    result.diagnostics.push({ file, line, severity: 'warning', message });
  const fail: Warn = (line, message) =>
    result.diagnostics.push({ file, line, severity: 'error', message });

  const binaryAt = nulLine(text);
  if (binaryAt !== null) {
    fail(
      binaryAt,
      `not a page capture: ${file} holds binary data (a NUL byte on line ${binaryAt})`,
    );
    return result;
  }
  const tokens = dropRepeats(tokenize(text), warn);
  if (tokens.length === 0) {
    fail(1, `not a page capture: ${file} is empty`);
    return result;
  }

  const i = readHeader(tokens, result, warn);

  // Cards anchor on footers: the two paragraphs before a footer are its title and
  // abstract; paragraphs before those pair up into cards without a footer.
  let pending: Token[][] = [];
  for (const u of toUnits(tokens, i, warn)) {
    if (u.kind === 'para') {
      pending.push(u.lines);
      continue;
    }
    let head: Token[];
    let body: Token[];
    if (pending.length >= 2) {
      const t = titleBeforeSplitAbstract(pending);
      head = pending[t]!;
      body = pending.slice(t + 1).flat();
      for (const para of pending.slice(t + 2))
        warn(
          para[0]!.line,
          `a blank line inside the abstract of ${quoteLine(joinLines(head))}; joined the paragraphs (a title is one line, an abstract ends with a full stop)`,
        );
      pairUp(pending.slice(0, t), 'before-footer', result, warn);
    } else if (pending.length === 1 && pending[0]!.length >= 2) {
      // The blank line between title and abstract is missing.
      head = pending[0]!.slice(0, 1);
      body = pending[0]!.slice(1);
    } else {
      for (const p of pending) skipped(p, 'has no title or no abstract next to it', warn);
      for (const t of footerTokens(u))
        warn(t.line, `${describe(t)} ${quoteLine(t.text)} with no paper above it; ignored it`);
      pending = [];
      continue;
    }
    pending = [];
    const card = makeCard(head, body);
    applyFooter(card, u, warn);
    result.cards.push(card);
  }
  pairUp(pending, 'at-end', result, warn);
  result.cards.sort((a, b) => a.line - b.line);

  if (result.cards.length === 0) {
    fail(1, `not a page capture: no papers found in ${file}`);
  } else if (result.headerLines.length === 0 && !result.cards.some((c) => c.hasFooter)) {
    fail(
      1,
      `not a page capture: ${file} has neither the Daily Papers header nor any paper footer (\`• N authors\`, \`·\`, a date)`,
    );
  }
  result.diagnostics.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return result;
}

// Longer than this, a one-line paragraph is an abstract, not a title.
const MAX_TITLE_LENGTH = 300;
// Blank lines inside one abstract that are mended; more, and the paragraphs pair up as usual.
const MAX_ABSTRACT_BREAKS = 3;

/** One line, not too long, no closing full stop: how every paper title reads ("?" is fine). */
function isTitleLike(para: readonly Token[]): boolean {
  const text = para[0]!.text;
  return para.length === 1 && text.length <= MAX_TITLE_LENGTH && !text.endsWith('.');
}

/**
 * Index of the title among the paragraphs before a footer. Normally the second to last;
 * when the last few do not read as a title and a title-like one precedes them, the
 * abstract had blank lines inside it, and those paragraphs are all abstract.
 */
function titleBeforeSplitAbstract(paras: readonly Token[][]): number {
  const plain = paras.length - 2;
  for (let k = plain; k >= Math.max(0, plain - MAX_ABSTRACT_BREAKS); k--) {
    if (isTitleLike(paras[k]!)) return k;
  }
  return plain;
}

/**
 * The header runs to the last chrome line before any card footer, then the page
 * date. Stray text up there (site navigation copied along) is reported.
 */
function readHeader(tokens: readonly Token[], result: PageParse, warn: Warn): number {
  let last = -1;
  for (let k = 0; k < tokens.length; k++) {
    const kind = tokens[k]!.kind;
    if (kind === 'authors' || kind === 'sep') break;
    if (kind === 'chrome') last = k;
  }
  if (last < 0) return 0;
  const takeDate = (t: Token) => {
    result.headerLines.push(t.line);
    result.pageDate = checkedDate(t, warn);
    if (t.date!.comments !== null)
      warn(t.line, `the page date ${quoteLine(t.text)} carries a trailing number; ignored it`);
  };
  for (let k = 0; k <= last; k++) {
    const t = tokens[k]!;
    if (t.kind === 'chrome') result.headerLines.push(t.line);
    else if (t.kind === 'date' && result.headerLines.length > 0 && result.pageDate === null)
      takeDate(t);
    else warn(t.line, `${quoteLine(t.text)} in the page header is not part of a paper; ignored it`);
  }
  const next = tokens[last + 1];
  if (next?.kind === 'date' && result.pageDate === null) {
    takeDate(next);
    return last + 2;
  }
  return last + 1;
}

/** A line repeated right below itself is a copy glitch: keep one, say so. */
function dropRepeats(tokens: Token[], warn: Warn): Token[] {
  const out: Token[] = [];
  for (const t of tokens) {
    const prev = out[out.length - 1];
    if (prev && !t.blankBefore && prev.text === t.text) {
      warn(t.line, `repeats line ${prev.line}; ignored it`);
      continue;
    }
    out.push(t);
  }
  return out;
}

function joinLines(tokens: Token[]): string {
  return normalizeSpace(
    tokens.length === 1 ? tokens[0]!.text : tokens.map((t) => t.text).join(' '),
  );
}

function makeCard(head: Token[], body: Token[]): PageCard {
  return {
    line: head[0]!.line,
    // Own copies: the cards outlive the capture's text, which need not stay in memory.
    title: ownCopy(joinLines(head)),
    abstract: ownCopy(joinLines(body)),
    authorsCount: null,
    org: null,
    date: null,
    comments: null,
    hasFooter: false,
    lines: [...head, ...body].map((t) => t.line),
  };
}

/**
 * Paragraphs with no footer after them, paired title/abstract. An odd one out is
 * stray text: before a footed card it is the first (junk above the card), at the
 * end of the page the last (a title whose abstract is missing).
 */
function pairUp(
  unmended: Token[][],
  where: 'before-footer' | 'at-end',
  result: PageParse,
  warn: Warn,
): void {
  const paras = mendSplitAbstract(unmended, warn);
  let from = 0;
  let to = paras.length;
  if (paras.length % 2 === 1) {
    const odd = where === 'before-footer' ? paras[from++]! : paras[--to]!;
    if (odd.length >= 2) {
      // Title and abstract with the blank line between them lost.
      const card = makeCard(odd.slice(0, 1), odd.slice(1));
      result.cards.push(card);
    } else {
      skipped(odd, 'is not part of any paper (no title/abstract pair)', warn);
    }
  }
  for (let k = from; k + 1 < to; k += 2) result.cards.push(makeCard(paras[k]!, paras[k + 1]!));
}

/**
 * Footerless paragraphs pair up as title and abstract, so an odd count means a stray
 * paragraph, or an abstract split by a blank line: two abstract-like paragraphs in a
 * row where an abstract is due. The first such pair is joined, with a warning.
 */
function mendSplitAbstract(paras: Token[][], warn: Warn): Token[][] {
  if (paras.length % 2 === 0) return paras;
  for (let i = 2; i < paras.length; i += 2) {
    if (isTitleLike(paras[i - 1]!) || isTitleLike(paras[i]!)) continue;
    if (!isTitleLike(paras[i - 2]!)) return paras;
    warn(
      paras[i]![0]!.line,
      `a blank line inside the abstract of ${quoteLine(joinLines(paras[i - 2]!))}; joined the paragraphs (a title is one line, an abstract ends with a full stop)`,
    );
    return [...paras.slice(0, i - 1), [...paras[i - 1]!, ...paras[i]!], ...paras.slice(i + 1)];
  }
  return paras;
}

/** Every line of a skipped paragraph gets its own diagnostic, so none goes unreported. */
function skipped(para: Token[], why: string, warn: Warn): void {
  for (const t of para) warn(t.line, `${quoteLine(t.text)} ${why}; skipped it`);
}

function footerTokens(f: Unit & { kind: 'footer' }): Token[] {
  return [f.authors, f.org, f.sep, f.date].filter((t): t is Token => t !== null);
}

function describe(t: Token): string {
  return t.kind === 'authors'
    ? 'author count'
    : t.kind === 'sep'
      ? 'footer separator'
      : t.kind === 'date'
        ? 'date line'
        : 'organization line';
}

/** A date line that names a possible day, else a warning and null. */
function checkedDate(t: Token, warn: Warn): DatedLine | null {
  const d = t.date!;
  const ok =
    d.year === null
      ? isPossibleMonthDay(d.month, d.day)
      : isValidYMD({ year: d.year, month: d.month, day: d.day });
  if (!ok) {
    warn(t.line, `${quoteLine(t.text)} is not a calendar date; left the date empty`);
    return null;
  }
  if (d.yearWithoutComma)
    warn(
      t.line,
      `read ${d.year} in ${quoteLine(t.text)} as a year (Hugging Face writes "Mon D, YYYY")`,
    );
  return { ...d, line: t.line };
}

function applyFooter(card: PageCard, f: Unit & { kind: 'footer' }, warn: Warn): void {
  card.hasFooter = true;
  for (const t of footerTokens(f)) card.lines.push(t.line);
  if (f.authors?.authors !== undefined) card.authorsCount = f.authors.authors;
  else if (f.authors)
    warn(
      f.authors.line,
      `${quoteLine(f.authors.text)} is not an author count like "• 5 authors"; left the count empty`,
    );
  if (f.org) {
    const text = ownCopy(normalizeSpace(f.org.text));
    const space = text.indexOf(' ');
    card.org =
      space < 0
        ? { handle: text, name: text }
        : { handle: text.slice(0, space), name: text.slice(space + 1) };
  }
  if (f.date?.date) {
    card.date = checkedDate(f.date, warn);
    card.comments = f.date.date.comments;
  } else if (f.date) {
    warn(
      f.date.line,
      `${quoteLine(f.date.text)} is not a date line like "Oct 6", "Feb 26 3" or "Oct 4, 2024"; left the date empty`,
    );
  } else if (f.sep) {
    warn(f.sep.line, `the footer of ${quoteLine(card.title)} has no date line after "·"`);
  }
}
