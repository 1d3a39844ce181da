// A verb's change stated with no "by": "throughput rises 1.55 times", "raises
// prefill throughput up to 7.2×", "reduces memory use 4x", "speeds up training
// 2.1x". Abstracts drop the preposition as often as they keep it; the verb, its
// object or subject and the figure must still sit together in one short phrase.
import { worseDirection } from './lexicon/nouns';
import { STOP_WORD } from './lexicon/stop-words';
import { OUTPERFORM_VERB } from './lexicon/verbs';
import { shortMetric, tidyPhrase, wordsIn } from './phrases';
import { clauseStart } from './sentences';
import {
  lastVerbIn,
  nearestNounIn,
  type NounClass,
  nounOutsideAdjuncts,
  type WordIndex,
} from './words';
import { type Context, decision, type Decision, REJECT } from './decision';

/** Words that may stand inside a verb's object: "the throughput of the server". */
const OBJECT_GLUE = /^(?:the|its|their|our|of|per|a|an)$/i;
const MAX_OBJECT_WORDS = 6;

/**
 * The part of a subject a verb's change is about: its last few words, or, when
 * those hold no noun the lexicon knows, the words before its last "of":
 * "decoding throughput of a 57B MoE model improves" is about throughput.
 */
export function subjectHead(
  idx: WordIndex,
  text: string,
  from: number,
  to: number,
): { noun: NounClass; end: number } {
  const near = nearestNounIn(idx, from, to, true, 5);
  // "the time per output token of the 1B model at batch size 1 falls": the
  // quality noun sits in an adjunct; the head before it says what changed.
  if (near === 'nonperf') {
    const outside = nounOutsideAdjuncts(idx, from, to);
    if (outside?.noun === 'perf') return { noun: 'perf', end: outside.end };
  }
  if (near !== null) return { noun: near, end: to };
  // Searched within the subject only: a scan back through the abstract for every figure would not be linear.
  const of = text.slice(from, to).lastIndexOf(' of ');
  if (of < 0) return { noun: null, end: to };
  return { noun: nearestNounIn(idx, from, from + of, true, 3), end: from + of };
}

/** The last few words of a subject up to its head (subjectHead's end): read only when a claim needs them. */
export function subjectPhrase(text: string, from: number, end: number): string | null {
  const words = text.slice(from, end).trim().split(/\s+/);
  let first = Math.max(0, words.length - 4);
  // "the latency of the decode step drops": the head before "of" is what changed.
  const of = words.indexOf('of', Math.max(0, first - 1));
  if (of >= 0 && of <= first + 1) first = Math.max(0, of - 1);
  return tidyPhrase(words.slice(first).join(' '));
}

function objectHead(c: Context, from: number, to: number): NounClass {
  const near = nearestNounIn(c.idx, from, to, true);
  if (near !== null) return near;
  const of = c.text.slice(from, to).indexOf(' of ');
  return of < 0 ? null : nearestNounIn(c.idx, from, from + of, true, 3);
}

export function verbThenFactor(c: Context): Decision | null {
  const from = Math.max(c.clauseLeftStart, c.floor);
  const v = lastVerbIn(c.text, c.idx, from, c.qualStart);
  if (!v || OUTPERFORM_VERB.test(v.word)) return null;
  const gap = wordsIn(c.text, v.end, c.qualStart, MAX_OBJECT_WORDS + 1);
  if (gap.length > MAX_OBJECT_WORDS) return null;
  for (const w of gap) {
    if (w.closes || /^\d/.test(w.text)) return null;
    if (STOP_WORD.test(w.text) && !OBJECT_GLUE.test(w.text)) return null;
  }
  // "compresses the denoising of the first action eightfold": with no class nearest the
  // figure, the head before "of" is what changed.
  const object = gap.length > 0 ? objectHead(c, v.end, c.qualStart) : null;
  const subjectStart = Math.max(clauseStart(c.text, from, v.at), from);
  const subject =
    gap.length === 0 && v.at > subjectStart ? subjectHead(c.idx, c.text, subjectStart, v.at) : null;
  const nouns = object ?? subject?.noun ?? null;
  if (nouns === 'nonperf') return null;
  // A speed verb needs no performance noun: "speeds up the sampler 2x".
  if (nouns !== 'perf' && !(v.speed && gap.length > 0)) return null;
  const phrase =
    gap.length > 0
      ? tidyPhrase(c.text.slice(v.end, c.qualStart))
      : subject
        ? subjectPhrase(c.text, subjectStart, subject.end)
        : null;
  if (worseDirection(phrase, v.direction === 'down' ? 'down' : 'up'))
    return REJECT(c, 'worse-direction');
  // "throughput rises 1.55 times": with no object, the subject is part of the evidence.
  const at = gap.length === 0 && phrase ? c.text.lastIndexOf(phrase, v.at) : -1;
  return decision(c, 'verb-then-factor', 'claim', v.direction, {
    start: at >= from ? at : v.at,
    verb: v.word,
    metric: shortMetric(phrase),
  });
}
