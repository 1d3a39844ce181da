// Sentence and clause boundaries, as offsets into the abstract.
import { work } from './work';

export interface Span {
  start: number;
  end: number;
}

// A period ends a sentence only before whitespace and a capital, digit or
// bracket, and not after the abbreviations abstracts use mid-sentence.
const SENTENCE_END_AHEAD = /\s+["'([A-Z0-9]/y;
const ABBREVIATION =
  /(?:\b(?:e\.g|i\.e|vs|etc|al|Fig|Figs|Eq|Eqs|approx|cf|Inc|Corp|Ltd|No|Sec|resp)|\b[A-Z])$/;

export function splitSentences(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  // Each of . ! ? found by indexOf, then the words after it tried: half the time of
  // one pattern scanning every character for the three.
  let dot = text.indexOf('.');
  let bang = text.indexOf('!');
  let question = text.indexOf('?');
  for (;;) {
    let at = dot;
    if (bang >= 0 && (at < 0 || bang < at)) at = bang;
    if (question >= 0 && (at < 0 || question < at)) at = question;
    if (at < 0) break;
    if (at === dot) dot = text.indexOf('.', at + 1);
    else if (at === bang) bang = text.indexOf('!', at + 1);
    else question = text.indexOf('?', at + 1);
    SENTENCE_END_AHEAD.lastIndex = at + 1;
    if (!SENTENCE_END_AHEAD.test(text)) continue;
    if (ABBREVIATION.test(text.slice(Math.max(start, at - 8), at))) continue;
    out.push({ start, end: at + 1 });
    start = at + 1;
    while (
      start < text.length &&
      (text.charCodeAt(start) === 32 ||
        text.charCodeAt(start) === 10 ||
        text.charCodeAt(start) === 13 ||
        text.charCodeAt(start) === 9)
    )
      start++;
  }
  if (start < text.length) out.push({ start, end: text.length });
  return out;
}

/** Index of the sentence holding `pos` (sentences sorted, non-overlapping). */
export function sentenceIndexAt(sentences: readonly Span[], pos: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((sentences[mid] as Span).start <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Start of the clause that ends at `pos`: just after the last comma, semicolon,
 * colon or opening bracket between `floor` and `pos`. Parenthesised asides that
 * closed before `pos` are skipped over, so "(e.g., A and B) while" stays one clause.
 */
export function clauseStart(text: string, floor: number, pos: number): number {
  const start = scanBack(text, floor, pos);
  work.steps += pos - start;
  return start;
}

function scanBack(text: string, floor: number, pos: number): number {
  let depth = 0;
  for (let i = pos - 1; i >= floor; i--) {
    const c = text.charCodeAt(i);
    if (c === 41 /* ) */) depth++;
    else if (c === 40 /* ( */) {
      if (depth === 0) return i + 1;
      depth--;
    } else if (depth === 0 && (c === 44 || c === 59 || c === 58)) {
      // A comma inside a number ("1,024") is not a clause break.
      if (c === 44 && isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1))) continue;
      return i + 1;
    }
  }
  return floor;
}

/** End of the clause that starts at `pos` (exclusive), mirror of clauseStart. */
export function clauseEnd(text: string, pos: number, ceiling: number): number {
  const end = scanForward(text, pos, ceiling);
  work.steps += end - pos;
  return end;
}

function scanForward(text: string, pos: number, ceiling: number): number {
  let depth = 0;
  for (let i = pos; i < ceiling; i++) {
    const c = text.charCodeAt(i);
    if (c === 40) depth++;
    else if (c === 41) {
      if (depth === 0) return i;
      depth--;
    } else if (depth === 0 && (c === 44 || c === 59 || c === 58)) {
      if (c === 44 && isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1))) continue;
      return i;
    }
  }
  return ceiling;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * `compute(text, sentence)` remembered for the last sentence asked about, so work
 * shared by every number of a sentence is done once: numbers are read in text order,
 * so a sentence's numbers come one after another. One remembered span is cheaper to
 * keep than a WeakMap of every span, which the collector has to trace.
 */
export function perSentence<T>(compute: (text: string, sentence: Span) => T) {
  let lastText: string | null = null;
  let lastSentence: Span | null = null;
  let lastValue: T | undefined;
  return (text: string, sentence: Span): T => {
    if (sentence !== lastSentence || text !== lastText) {
      lastValue = compute(text, sentence);
      lastText = text;
      lastSentence = sentence;
    }
    return lastValue as T;
  };
}
