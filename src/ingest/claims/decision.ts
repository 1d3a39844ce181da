// What the classifier decides about one number, and the context it reads it
// in: the clause before it, the words after it, where its own words may begin.
import { QUALIFIER_BEFORE, QUALIFIER_LAST_WORDS } from './lexicon/qualifiers';
import type { Mention } from './mentions';
import type { RuleName } from './rules';
import { tidyPhrase, type Word, wordsIn } from './phrases';
import { clauseEnd, clauseStart, type Span } from './sentences';
import type { WordIndex } from './words';
import { work } from './work';

/**
 * claim: the words make it a claim. weak: a multiplier compared with something
 * ("2.6x over Splitwise") — a claim, whose kind a neighbour may tell better.
 * uncued: nothing either way; a claim only as part of a list of claims.
 * reject: the words say it is something else (a count, a size, an accuracy).
 */
/** Which way the number moves its metric: up (faster), down (less), of ("30% of the cost"), abs (a rate). */
/** 'share': a share of a rate another system reaches ("83% of the decoding speed of X"), factor N/100. */
export type Direction = 'up' | 'down' | 'of' | 'abs' | 'share';

export type Status = 'claim' | 'weak' | 'uncued' | 'reject';

export interface Decision {
  status: Status;
  /** The rule that decided (rules.ts). */
  rule: RuleName;
  direction: Direction;
  start: number;
  end: number;
  /** The cue word ("faster", "compression") and verb ("reduces"), for the claim's kind. */
  cue: string | null;
  verb: string | null;
  metric: string | null;
  /** A baseline read off the phrase itself ("1% of the cost of MovieGen"). */
  baseline: string | null;
  /** "grows from 2.1x to 2.5x": the two figures are a change, and the claim is the second. */
  final?: boolean;
}

export interface Context {
  text: string;
  idx: WordIndex;
  m: Mention;
  sentence: Span;
  /** Where this number's own words may begin: the previous number's end, or the sentence start. */
  floor: number;
  qualStart: number;
  /** Text of the clause before the number (qualifiers excluded), not reaching back past `floor`. */
  clauseLeft: string;
  clauseLeftStart: number;
  right: Word[];
  rightEnd: number;
}

export const REJECT = (c: Context, rule: RuleName): Decision => ({
  status: 'reject',
  rule,
  direction: 'up',
  start: c.qualStart,
  end: c.m.end,
  cue: null,
  verb: null,
  metric: null,
  baseline: null,
});

export function decision(
  c: Context,
  rule: RuleName,
  status: Status,
  direction: Direction,
  extra: Partial<Decision> = {},
): Decision {
  return {
    status,
    rule,
    direction,
    start: c.qualStart,
    end: c.m.end,
    cue: null,
    verb: null,
    metric: null,
    baseline: null,
    ...extra,
  };
}

/** The last word of `s`, lowercased: a cheap guard before patterns anchored at the number. */
export function lastWord(s: string): string {
  // s.trimEnd() without the copy: this runs several times for every number.
  let end = s.length;
  while (end > 0 && trimmedAtEnd(s.charCodeAt(end - 1))) end--;
  return s.slice(s.lastIndexOf(' ', end - 1) + 1, end).toLowerCase();
}

/** The characters trimEnd() removes: ECMAScript white space and line terminators. */
function trimmedAtEnd(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

export function context(
  text: string,
  idx: WordIndex,
  m: Mention,
  sentence: Span,
  floor: number,
): Context {
  const near = text.slice(Math.max(sentence.start, m.start - 40), m.start);
  const w = lastWord(near);
  const end = w.charCodeAt(w.length - 1);
  const q =
    QUALIFIER_LAST_WORDS.has(w) || end === 126 || end === 0x2248 || end === 62 // ~ ≈ >
      ? QUALIFIER_BEFORE.exec(near)
      : null;
  const qualStart = m.start - (q ? q[0].length : 0);
  // The scan stops at the previous number: reading back to the sentence start for
  // every number would make a long run of numbers quadratic.
  let clauseLeftStart = Math.max(
    clauseStart(text, Math.max(sentence.start, floor), qualStart),
    floor,
  );
  // "renders a 10-second, six-camera clip in 14 s": a comma between two modifiers of one
  // noun is no clause break.
  if (
    clauseLeftStart > floor &&
    text.charCodeAt(clauseLeftStart - 1) === 44 &&
    COORDINATE_AFTER.test(text.slice(clauseLeftStart, clauseLeftStart + 40)) &&
    COORDINATE_BEFORE.test(text.slice(Math.max(floor, clauseLeftStart - 30), clauseLeftStart - 1))
  )
    clauseLeftStart = Math.max(
      clauseStart(text, Math.max(sentence.start, floor), clauseLeftStart - 1),
      floor,
    );
  work.steps += qualStart - clauseLeftStart;
  const rightEnd = clauseEnd(text, m.end, Math.min(sentence.end, m.end + 120));
  return {
    text,
    idx,
    m,
    sentence,
    floor,
    qualStart,
    clauseLeft: text.slice(clauseLeftStart, qualStart),
    clauseLeftStart,
    right: wordsIn(text, m.end, rightEnd, 8),
    rightEnd,
  };
}

const COORDINATE_BEFORE = /\b(?:a|an|the|its|their|each|one)\s+[\w.]+-[\w-]+$/i;
const COORDINATE_AFTER = /^\s*[\w.]+-[\w-]+\s+[a-z]/;

export function lastWords(s: string, n: number): string | null {
  const t = s.trimEnd();
  let at = t.length;
  for (let k = 0; k < n && at > 0; k++) at = t.lastIndexOf(' ', at - 1);
  return tidyPhrase(t.slice(at + 1));
}

export function lastTwoWords(s: string): string {
  const t = s.trimEnd();
  const a = t.lastIndexOf(' ');
  return t.slice(a < 0 ? 0 : t.lastIndexOf(' ', a - 1) + 1);
}
