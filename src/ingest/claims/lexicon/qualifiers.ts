// Words that belong to the stated number rather than to the sentence: "up to
// 2x", "about 1.7x", "a factor of 3". The span of a claim includes them.
import { alternation, lastWordSet } from './build';

/** Words of an approximate figure, a factor or a level: "about 2x", "in roughly 3 s". */
const APPROXIMATE = ['about', 'around', 'roughly', 'approximately', 'nearly', 'almost'] as const;

/** Hedges and lower bounds every figure may carry: "up to", "about", "at least" … */
const HEDGES = [
  'up to',
  'upwards of',
  ...APPROXIMATE,
  'over',
  // "the gains remain above 1.3x": a lower bound, as "over".
  'well above',
  'above',
  'more than',
  'greater than',
  'at least',
  'as much as',
  'as high as',
] as const;

export const NUMBER_QUALIFIERS = [
  ...HEDGES,
  'an average of',
  // A summary over a suite stated before the number: "by a geometric mean of 1.9x".
  'a median of',
  'a mean of',
  'a geometric mean of',
  'a geomean of',
  'on average',
  'a factor of',
] as const;

/** Signs that qualify a number the same way ("~2x", "≈ 3x", ">10x"). */
const QUALIFIER_SIGNS = '[~≈>]';

/** Qualifiers (one or more) just before a number. */
export const QUALIFIER_BEFORE = new RegExp(
  String.raw`(?:\b(?:${alternation(NUMBER_QUALIFIERS)})\s+|${QUALIFIER_SIGNS}\s?)+$`,
  'i',
);

/** Last words of the qualifiers: QUALIFIER_BEFORE can only match after one of them. */
export const QUALIFIER_LAST_WORDS = lastWordSet(NUMBER_QUALIFIERS);

/**
 * After "by", a number may also be played down ("by only 3%", "by just 2x") or
 * added to a gain stated before it ("cuts TTFT by a further 40%", "by an additional 9%").
 */
const BY_QUALIFIERS = [
  ...NUMBER_QUALIFIERS,
  // "by factors of 1.9 and 1.4 for the two sizes, respectively": one factor per setting. Not
  // a qualifier elsewhere: "speedup factors of 1.3-2.2" is the gain noun's frame.
  'factors of',
  // "by a factor 3.5", "by a factor between 1.3 and 1.7": "a factor" without its "of".
  'a factor',
  'only',
  'just',
  'a further',
  'an additional',
  'another',
  'an extra',
];

/** Left context ending in "by [qualifier]": the number measures a verb's change. */
// "by +18%": a plus sign restates the direction.
export const BY_BEFORE = new RegExp(
  String.raw`\bby(?:\s+(?:${alternation(BY_QUALIFIERS)}))*\s+[~≈+]?\s?$`,
  'i',
);

/** Last words that can end a BY_BEFORE match. */
export const BY_LAST_WORDS = new Set(['by', ...lastWordSet(BY_QUALIFIERS)]);

/**
 * How abstracts join the two ends of a range: "2-4x", "1.2--28.4×", "1.5–2×", "2~3x", "3-to-5-fold",
 * "2∼3×", "3～4x", "2 to 3×", "by 2.9 up to 17.3". One list for every number frame of
 * the lexer (multipliers, percentages, bare factors, rates); longer spellings first.
 */
export const RANGE_SEPARATORS = [
  '-to-',
  '--',
  '-',
  '–',
  '—',
  '~',
  '∼',
  '～',
  '〜',
  'up to',
  'to',
] as const;

/** The separator with the space around it: the range reader's middle. */
export const RANGE_SEPARATOR = String.raw`\s*(?:${alternation(RANGE_SEPARATORS)})\s*`;

/**
 * Words that qualify a level the system holds or a time it takes: played down,
 * approximate or bounded from above ("takes only 3 s", "in about 2 hours", "finishes in
 * under 40 minutes", "keeps latency below 1 ms", "uses less than 12 MB", "in at most 4
 * s"). One list for every frame of an absolute figure; two may stand together ("just
 * under", "only about").
 */
export const LEVEL_QUALIFIERS = [
  'only',
  'just',
  ...APPROXIMATE,
  'under',
  'below',
  'well under',
  'well below',
  'less than',
  'fewer than',
  'no more than',
  'at most',
  'as little as',
  'as low as',
  'as few as',
] as const;

/** Any run of level qualifiers, each followed by its space, or a sign ("~3 s", "≈ 12 MB", "<1 ms"). */
export const LEVEL_QUALIFIER = String.raw`(?:(?:${alternation(LEVEL_QUALIFIERS)})\s+|[~≈<]\s?)*`;

/**
 * The words every factor frame accepts between its cue and its number ("a speedup of up
 * to 3x", "by roughly 40%", "the gain is still 1.2x", "speedup ratios of ~2x"): hedges,
 * lower bounds and play-downs. A frame asks for them through FIGURE_QUALIFIED, never
 * with a list of its own (a level or a time takes LEVEL_QUALIFIERS).
 */
export const FIGURE_QUALIFIERS = [
  ...HEDGES,
  'as many as',
  'only',
  'just',
  'still',
  // "the overall gain is a modest 1.15": played down, as "only".
  'a modest',
  'a more modest',
  'a still modest',
  // "lifts serving throughput by a further 1.3": added to a gain stated before.
  'a further',
  'an additional',
  'another',
  'an extra',
] as const;

/** Any run of figure qualifiers and signs ("only about", "~", "up to ≈"), possibly none. */
export const FIGURE_QUALIFIED = String.raw`(?:(?:${alternation(FIGURE_QUALIFIERS)})\s+|[~≈]\s?)*`;
