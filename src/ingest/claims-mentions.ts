// The lexer: every number expression that could carry a claim — multipliers
// ("1.7x", "2-4 ×", "3times", "tenfold"), percentages, absolute rates
// ("16K tokens/s"), before/after pairs ("from 71s to 29s") and the words
// that mean a factor ("doubles", "by half"). Whether one is a claim is decided
// later, from its context; this module only finds and measures them.
import { parseNumber, WORD_NUMBER_SOURCE, wordNumber } from './claims-numbers';

export type MentionType = 'mult' | 'pct' | 'rate' | 'pair' | 'word';

export interface Mention {
  type: MentionType;
  start: number;
  end: number;
  /** Lower and upper number as stated; equal unless a range was written. */
  low: number;
  high: number;
  isRange: boolean;
  /** "x", "%", "tokens/s", … ; for a pair, the unit of its second number. */
  unit: string;
  /** Pairs: the before and after numbers in one unit, and which one the paper reached. */
  pair?: { before: number; after: number; beforeUnit: string; afterUnit: string };
}

const NUM = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?`;
// A number that is part of a name, an exponent or a fraction is not a quantity.
const FREE = String.raw`(?<![\w.^{}/\-])`;
const TIMES = String.raw`(?:\s?[x×X](?![A-Za-z0-9])|\s?times(?![A-Za-z])|\s?-?\s?fold(?![A-Za-z]))`;
const DASH = String.raw`\s*(?:-|–|—|~|to)\s*`;

const MULT = new RegExp(String.raw`${FREE}(${NUM})(?:${TIMES}?${DASH}(${NUM}))?${TIMES}`, 'g');
const BETWEEN_MULT = new RegExp(String.raw`\bbetween\s+(${NUM})${TIMES}?\s+and\s+(${NUM})${TIMES}`, 'g');
const WORD_MULT = new RegExp(String.raw`\b(${WORD_NUMBER_SOURCE}|twice)(?:(?:\s|-)?(?:times|fold)\b|(?=\s+as\b)|(?=\s+the\b))`, 'gi');
const PCT = new RegExp(String.raw`${FREE}(${NUM})(?:\s?%?${DASH}(${NUM}))?\s?(?:%|percent\b|per cent\b)`, 'g');

const RATE_UNIT = String.raw`(?:tokens?|tok|samples?|images?|img|sequences?|frames?|queries|requests?|req|it)\s?/\s?(?:s|sec)\b(?:\s?/\s?GPU\b)?|(?:tokens|samples|images|frames|queries|requests) per second\b|FPS\b|fps\b|QPS\b|RPS\b|[TPEG][Ff](?:LOP|lop)[Ss]?\s?/\s?(?:s|sec|GPU)\b|[TPE](?:FLOPS|FLOPs|Flops)\b|GFLOPS\b|tokens?\s?/\s?J\b|tokens per joule\b|[TG]FLOPS?\s?/\s?W\b`;
const RATE = new RegExp(String.raw`${FREE}(${NUM})\s?([KkM](?![A-Za-z]))?\s?(${RATE_UNIT})`, 'g');

const PAIR_UNIT = String.raw`%|ms|µs|us|ns|s|secs?|seconds?|mins?|minutes?|h|hrs?|hours?|days?|[KMGT]i?B|tokens?\s?/\s?s|FPS|QPS`;
const AMOUNT = String.raw`(\$)?(${NUM})\s?([KkM](?![A-Za-z]))?\s?(${PAIR_UNIT})?(?![A-Za-z0-9])`;
const FROM_TO = new RegExp(String.raw`\bfrom\s+(?:~|about\s+|around\s+|roughly\s+|over\s+)?${AMOUNT}\s+(?:down\s+|up\s+)?to\s+(?:only\s+|just\s+|about\s+|around\s+|under\s+|~)?${AMOUNT}`, 'g');
const TO_FROM = new RegExp(String.raw`\bto\s+(?:only\s+|just\s+|about\s+|~)?${AMOUNT}\s+from\s+${AMOUNT}`, 'g');
const INSTEAD_OF = new RegExp(String.raw`${FREE}${AMOUNT}\s+instead\s+of\s+(?:the\s+)?${AMOUNT}`, 'g');

const WORDS = /\b(?:(doubl(?:es|ed|ing|e))|(tripl(?:es|ed|ing|e))|(quadrupl(?:es|ed|ing|e))|(halv(?:es|ed|ing|e))|((?:by|in)\s+half)|(?:(an|one|two|three|four|five|six)\s+orders?\s+of\s+magnitude))\b/gi;
const MAGNITUDES: Record<string, number> = { an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6 };

function rangeOf(m: RegExpExecArray, a: number, b: number): Pick<Mention, 'low' | 'high' | 'isRange'> {
  const x = parseNumber(m[a] as string);
  const y = m[b] === undefined ? x : parseNumber(m[b]);
  return { low: Math.min(x, y), high: Math.max(x, y), isRange: x !== y };
}

function scan(re: RegExp, text: string, each: (m: RegExpExecArray) => Mention | null, out: Mention[]): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const mention = each(m);
    if (mention) out.push(mention);
  }
}

function pairMention(m: RegExpExecArray, beforeAt: number, afterAt: number): Mention {
  const amount = (at: number) => ({
    n: parseNumber(m[at + 1] as string, m[at + 2]),
    unit: m[at] ?? m[at + 3] ?? '',
  });
  const before = amount(beforeAt);
  const after = amount(afterAt);
  const unit = after.unit || before.unit;
  return {
    type: 'pair', start: m.index, end: m.index + m[0].length,
    low: after.n, high: after.n, isRange: false, unit,
    pair: { before: before.n, after: after.n, beforeUnit: before.unit || unit, afterUnit: unit },
  };
}

function overlaps(a: Mention, b: Mention): boolean {
  return a.start < b.end && b.start < a.end;
}

/** All mentions, sorted by position; where two overlap, the earlier-listed kind wins (pairs first). */
export function findMentions(text: string): Mention[] {
  const found: Mention[] = [];
  // Cheap literal checks keep the rarer patterns from scanning every abstract.
  const lower = text.toLowerCase();
  const hasFrom = lower.includes('from');
  if (hasFrom) scan(FROM_TO, text, (m) => pairMention(m, 1, 5), found);
  if (hasFrom) scan(TO_FROM, text, (m) => pairMention(m, 5, 1), found);
  if (lower.includes('instead of')) scan(INSTEAD_OF, text, (m) => pairMention(m, 5, 1), found);
  if (lower.includes('between')) scan(BETWEEN_MULT, text, (m) => ({ type: 'mult', start: m.index, end: m.index + m[0].length, unit: 'x', ...rangeOf(m, 1, 2) }), found);
  scan(MULT, text, (m) => ({ type: 'mult', start: m.index, end: m.index + m[0].length, unit: 'x', ...rangeOf(m, 1, 2) }), found);
  if (lower.includes('times') || lower.includes('fold') || lower.includes('twice')) scan(WORD_MULT, text, (m) => {
    const n = m[1]?.toLowerCase() === 'twice' ? 2 : wordNumber(m[1] as string);
    return n === null ? null : { type: 'mult', start: m.index, end: m.index + m[0].length, unit: 'x', low: n, high: n, isRange: false };
  }, found);
  scan(RATE, text, (m) => {
    const n = parseNumber(m[1] as string, m[2]);
    const unit = normalizeRateUnit(m[3] as string);
    return { type: 'rate', start: m.index, end: m.index + m[0].length, unit, low: n, high: n, isRange: false };
  }, found);
  scan(PCT, text, (m) => ({ type: 'pct', start: m.index, end: m.index + m[0].length, unit: '%', ...rangeOf(m, 1, 2) }), found);
  if (['doubl', 'tripl', 'quadrupl', 'halv', 'half', 'magnitude'].some((w) => lower.includes(w))) scan(WORDS, text, (m) => {
    let n = 2;
    if (m[2]) n = 3;
    else if (m[3]) n = 4;
    else if (m[6]) n = 10 ** (MAGNITUDES[m[6].toLowerCase()] ?? 1);
    return { type: 'word', start: m.index, end: m.index + m[0].length, unit: 'x', low: n, high: n, isRange: false };
  }, found);

  const kept: Mention[] = [];
  for (const m of found) if (!kept.some((k) => overlaps(k, m))) kept.push(m);
  return kept.sort((a, b) => a.start - b.start);
}

function normalizeRateUnit(raw: string): string {
  const s = raw.replace(/\s+/g, '');
  if (/^(?:tokens?|tok)\/(?:s|sec)$/.test(s) || /^tokenspersecond$/.test(s)) return 'tokens/s';
  if (/^tokens?\/(?:s|sec)\/GPU$/.test(s)) return 'tokens/s/GPU';
  const flops = /^([TPEG])flops?(?:\/(s|sec|GPU|W))?$/i.exec(s);
  if (flops) return `${flops[1]?.toUpperCase()}FLOPs/${flops[2] === 'GPU' || flops[2] === 'W' ? flops[2] : 's'}`;
  if (/^fps$/i.test(s)) return 'FPS';
  if (/persecond$/.test(s)) return `${s.replace(/persecond$/, '')}/s`;
  if (/tokenperjoule|tokens?\/J/.test(s)) return 'tokens/J';
  return s.replace(/\/sec$/, '/s');
}
