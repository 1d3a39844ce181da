// A multiplier of a named quantity: "2.2x the throughput per chip of X",
// "2.9 times the energy efficiency of Y", "at 0.9x of its inference FLOPs",
// "0.3x the memory of Z". Above one, a quantity the system wants more of is a
// gain; below one, a quantity it spends is a saving (factor 1/N); the other two
// ways round are losses.
import { spendsLess, worseDirection } from './lexicon/nouns';
import { STOP_WORD } from './lexicon/stop-words';
import { tidyPhrase, type Word } from './phrases';
import { nearestNounIn } from './words';
import { type Context, decision, type Decision, REJECT } from './decision';

const DETERMINER = /^(?:the|its|their|our|a|an)$/i;
const MAX_METRIC_WORDS = 5;

/** The quantity named right after the multiplier, with or without "of" before it. */
function namedQuantity(c: Context): { phrase: string; end: number } | null {
  const w = c.right;
  let i = 0;
  const lead = w[0]?.text.toLowerCase();
  // "N× the M of X" names M; "N× of [its] M" names M too.
  if (lead === 'of') i++;
  if (w[i] && DETERMINER.test(w[i]!.text)) i++;
  else if (lead !== 'of') return null;
  const words: Word[] = [];
  for (; i < w.length && words.length < MAX_METRIC_WORDS; i++) {
    const word = w[i] as Word;
    const lower = word.text.toLowerCase();
    if (lower === 'of' || lower === 'that') break;
    if (STOP_WORD.test(lower) && lower !== 'per') break;
    if (/^\d/.test(lower)) return null;
    words.push(word);
    if (word.closes) break;
  }
  while (words.length > 0 && /^per$/i.test(words[words.length - 1]!.text)) words.pop();
  const last = words[words.length - 1];
  // "2.2x the rate of the stock loader": a bare "rate" is the system's rate of work (not
  // "the learning rate", "the sampling rate": a setting).
  const bareRate = words.length === 1 && /^rates?$/i.test(last?.text ?? '');
  if (!last || (!bareRate && nearestNounIn(c.idx, words[0]!.start, last.end, false) !== 'perf'))
    return null;
  // "the throughput per chip": the head is before "per".
  const per = words.findIndex((x) => /^per$/i.test(x.text));
  const head = per > 0 ? words.slice(0, per) : words;
  return { phrase: tidyPhrase(head.map((x) => x.text).join(' ')) ?? '', end: last.end };
}

// "a model trained on tokens at four times the rate": how densely the input was
// tokenized, a setting (representation-rate), not a rate of work.
const UNITS_AT_BEFORE = /\b(?:tokens|frames|samples)\s+at\s+(?:about\s+|roughly\s+)?$/i;
// "both engines lose up to 3.1x of their throughput": a loss, not a gain.
const LOSS_VERB_BEFORE =
  /\b(?:los(?:e|es|ing)|lost|sacrific\w*|forfeit\w*|giv(?:e|es|ing)\s+up|gave\s+up)\s+(?:up\s+to\s+|about\s+|around\s+|nearly\s+|roughly\s+|as\s+much\s+as\s+)?$/i;

// "can reduce up to 2.9x the total on-device memory usage", "cuts by 3x the bytes moved": a
// verb of lowering right before the factor acts on the quantity after it.
const DOWN_VERB_RIGHT_BEFORE =
  /\b(?:reduc(?:e|es|ed|ing)|cut(?:s|ting)?|lower(?:s|ed|ing)?|shrink(?:s|ing)?|shrank|decreas(?:e|es|ed|ing)|slash(?:es|ed|ing)?|trim(?:s|med|ming)?)\s+(?:by\s+)?(?:(?:up\s+to|about|around|nearly|roughly|over|more\s+than|as\s+much\s+as)\s+)?$/i;

export function timesTheQuantity(c: Context): Decision | null {
  const q = namedQuantity(c);
  if (!q) return null;
  if (
    /^rates?$/i.test(q.phrase) &&
    UNITS_AT_BEFORE.test(c.clauseLeft.slice(-30)) &&
    !/^\s*(?:of|achieved|reached)\b/i.test(c.text.slice(q.end, q.end + 12))
  )
    return REJECT(c, 'representation-rate');
  if (LOSS_VERB_BEFORE.test(c.clauseLeft.slice(-40))) return REJECT(c, 'worse-direction');
  const below = c.m.high < 1;
  if (
    !below &&
    (spendsLess(q.phrase) || worseDirection(q.phrase, 'up')) &&
    DOWN_VERB_RIGHT_BEFORE.test(c.clauseLeft.slice(-40))
  ) {
    const verb = DOWN_VERB_RIGHT_BEFORE.exec(c.clauseLeft.slice(-40)) as RegExpExecArray;
    return decision(c, 'verb-then-factor', 'claim', 'down', {
      start: c.qualStart - (c.clauseLeft.slice(-40).length - verb.index),
      end: q.end,
      verb: verb[0].trim().split(/\s+/)[0] ?? null,
      metric: q.phrase,
    });
  }
  if (spendsLess(q.phrase)) {
    if (!below) return REJECT(c, 'worse-direction');
    return decision(c, 'fraction-of-spend', 'claim', 'of', {
      end: q.end,
      cue: q.phrase,
      metric: q.phrase,
    });
  }
  if (below || worseDirection(q.phrase, 'up')) return REJECT(c, 'worse-direction');
  return decision(c, 'times-the-rate', 'claim', 'up', { cue: q.phrase, metric: q.phrase });
}
