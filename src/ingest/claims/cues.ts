// The words that make a number a claim: a verb before it ("reduces X by"),
// a cue after it ("2x higher throughput"), a noun before it ("speedups of").
import { COMPARISON_FIRST, COMPARISON_SOURCE } from './lexicon/comparison';
import { cueDirection, cueNeedsNoun } from './lexicon/cues';
import { BY_BEFORE, BY_LAST_WORDS } from './lexicon/qualifiers';
import { STOP_WORD } from './lexicon/stop-words';
import { OUTPERFORM_VERB } from './lexicon/verbs';
import type { RuleName } from './rules';
import { shortMetric, tidyPhrase, type Word } from './phrases';
import { clauseStart } from './sentences';
import { lastVerbIn, nearestNounIn, NONPERF, wordFlagsAt } from './words';
import {
  type Context,
  decision,
  type Decision,
  type Direction,
  lastTwoWords,
  lastWord,
  lastWords,
  REJECT,
} from './decision';
import { work } from './work';

const NOMINAL_BEFORE =
  /\b(speed-?ups?|accelerations?|reductions?|improvements?|gains?|savings?|increases?|decreases?|boosts?|compression(?:\s+(?:ratio|rate|factor))?)\s+(?:of|by|reaching|is|was|are|reaches|at|to)\s*$/i;
const CONTRARY_FIRST =
  /^(?:larger|longer|bigger|wider|deeper|earlier|later|slower|heavier|denser|taller|older|extra|overhead|additional|more\s+accurate)$/i;
const RATIO_NOUN = /^(?:throughput|speed|performance|efficiency|bandwidth|capacity|rate)$/i;
/** A comparison inside a verb's object: "improves the throughput over X by 2x". */
const COMPARISON_WITHIN = new RegExp(String.raw`\s(?:${COMPARISON_SOURCE})\s`, 'i');
const TWO_WORD_CUE = /^speed\s+up$/i;
const BARE_RATE_NOUN = /^(?:throughput|goodput|speed|efficiency|bandwidth|tokens\/s)$/i;
const NOMINAL_LAST = new Set(['of', 'by', 'reaching', 'is', 'was', 'are', 'reaches', 'at', 'to']);

/** "by [up to] N": the last up/down verb before it and what it acts on. */
export function byVerb(c: Context): Decision | null {
  const left = c.text.slice(Math.max(c.sentence.start, c.m.start - 60), c.m.start);
  const last = lastWord(left);
  const by = BY_LAST_WORDS.has(last) || /[~≈]$/.test(last) ? BY_BEFORE.exec(left) : null;
  if (!by) return null;
  const byStart = c.m.start - by[0].length;
  const windowStart = Math.max(c.sentence.start, byStart - 160);
  work.steps += byStart - windowStart;
  const v = lastVerbIn(c.text, c.idx, windowStart, byStart);
  if (!v) return null;
  const verbAt = v.at;
  const verbEnd = v.end;
  const objectStart = Math.max(verbEnd, c.floor);
  const lead =
    /^[\s,]*(?:(?:and|or|but|while|whereas)\s+)?/i.exec(c.text.slice(objectStart, byStart))?.[0]
      .length ?? 0;
  const object = c.text.slice(objectStart, byStart);
  // Only the part after the previous number can be this number's subject.
  const subjectStart = clauseStart(c.text, Math.max(c.sentence.start, c.floor), verbAt);
  const subject = verbAt > c.floor ? c.text.slice(Math.max(subjectStart, c.floor), verbAt) : '';
  const nouns =
    nearestNounIn(c.idx, objectStart, byStart, true) ??
    (subject ? nearestNounIn(c.idx, Math.max(subjectStart, c.floor), verbAt, true, 5) : null);
  const speedVerb = v.speed;
  const isMult = c.m.type === 'mult' || c.m.type === 'word';
  if (nouns === 'nonperf') return REJECT(c, 'by-verb-quality');
  // The verb belongs to an earlier number ("increases X by 32x …, and by 5.1x"):
  // with no noun of its own, this number is a list member, settled in lists.ts.
  if (verbAt < c.floor && nouns === null) return null;
  if (v.direction === 'up' && !speedVerb && nouns !== 'perf')
    return REJECT(c, 'by-up-verb-not-perf');
  if (v.direction === 'up' && /^outp/i.test(v.word) && !isMult && nouns !== 'perf')
    return REJECT(c, 'outperform-share');
  if (v.direction === 'down' && nouns === null && object.trim().length > 0 && !isMult) {
    // "reduces the gap by 30%": an unknown object is not enough for a percentage.
    return REJECT(c, 'by-down-verb-unknown-object');
  }
  // "improves the throughput over X by 2x": the object holds both the metric and the baseline.
  const compared = COMPARISON_WITHIN.exec(object);
  const objectPhrase = tidyPhrase(compared ? object.slice(0, compared.index) : object);
  const comparedWith = compared
    ? tidyPhrase(object.slice(compared.index + compared[0].length))
    : null;
  const subjectPhrase =
    objectPhrase || !subject ? null : tidyPhrase(subject.split(/\s+/).slice(-4).join(' '));
  // "outperforms X by 3x": X is what it is compared with, not what was measured.
  const outperform = OUTPERFORM_VERB.test(v.word);
  const metric = outperform ? null : shortMetric(objectPhrase ?? subjectPhrase);
  const baseline = comparedWith ?? (outperform && verbAt >= c.floor ? objectPhrase : null);
  let start = verbAt >= c.floor ? verbAt : Math.min(c.qualStart, objectStart + lead);
  // "Energy per token drops by 58%": with no object, the subject is what changed, and part of the evidence.
  if (!objectPhrase && subjectPhrase && verbAt >= c.floor) {
    const at = c.text.lastIndexOf(subjectPhrase, verbAt);
    if (at >= c.floor) start = at;
  }
  return decision(c, 'by-verb', 'claim', v.direction, { start, verb: v.word, metric, baseline });
}

/** Words after the number that say it is not a gain, and the rule that says so. */
export interface Contrary {
  contrary: RuleName;
}

export interface RightCue {
  direction: Direction;
  cue: string;
  metric: string | null;
  end: number;
}

/** A cue word within the first few words after the number: "2x higher aggregate throughput". */
export function rightCue(c: Context): RightCue | Contrary | 'ratio' | 'that-of' | 'compare' | null {
  const w = c.right;
  const first = w[0];
  if (!first) return null;
  const t0 = first.text.toLowerCase();
  if (t0 === 'the' && w[1] && RATIO_NOUN.test(w[1].text) && w[2]?.text.toLowerCase() === 'of')
    return 'ratio';
  if (t0 === 'that' && w[1]?.text.toLowerCase() === 'of') return 'that-of';
  if (t0 === 'as' && w[1] && /^(?:fast|quick|efficient|cheap)$/i.test(w[1].text)) {
    return { direction: 'up', cue: 'faster', metric: null, end: w[1].end };
  }
  if (CONTRARY_FIRST.test(t0) || (t0 === 'more' && w[1] && /^accurate$/i.test(w[1].text)))
    return { contrary: 'contrary-word' };
  // "3x throughput": a rate noun right after a multiplier is what it multiplies.
  if (c.m.type !== 'pct' && BARE_RATE_NOUN.test(t0))
    return { direction: 'up', cue: t0, metric: first.text, end: first.end };
  if (COMPARISON_FIRST.test(c.text.slice(first.start, c.rightEnd))) return 'compare';
  for (let i = 0; i < w.length && i < 5; i++) {
    const word = w[i] as Word;
    const lower = word.text.toLowerCase();
    const two = w[i + 1] ? `${lower} ${(w[i + 1] as Word).text.toLowerCase()}` : '';
    const isTwo = TWO_WORD_CUE.test(two);
    const dir = isTwo ? 'up' : cueDirection(lower);
    if (dir) return cueWithNoun(c, i, isTwo ? 'speedup' : lower, dir, isTwo ? i + 1 : i);
    if (STOP_WORD.test(lower)) return null;
    if (wordFlagsAt(c.idx, word.start) & NONPERF) return { contrary: 'quality-word-after' };
    if (word.closes) return null;
  }
  return null;
}

function cueWithNoun(
  c: Context,
  at: number,
  cue: string,
  direction: Direction,
  cueLast: number,
): RightCue | Contrary {
  const w = c.right;
  const pre = w
    .slice(0, at)
    .map((x) => x.text)
    .join(' ');
  // The noun phrase after the cue: "lower [time per output token] than"; "faster in [measured latency]".
  let i = cueLast + 1;
  if ((w[cueLast] as Word).closes) i = w.length;
  if (
    w[i]?.text.toLowerCase() === 'in' &&
    /^(?:faster|cheaper|better|speedups?|speed-ups?|improvements?|gains?|reductions?|savings?|increases?|decreases?|boosts?|enhancements?)$/.test(
      cue,
    )
  )
    i++;
  const postWords: Word[] = [];
  for (; i < w.length && postWords.length < 5; i++) {
    const word = w[i] as Word;
    if (STOP_WORD.test(word.text) && word.text.toLowerCase() !== 'per') break;
    if (/^[\d~≈]/.test(word.text)) break; // the next number's own words
    postWords.push(word);
    if (word.closes) break;
  }
  if (postWords.length > 0 && /^per$/i.test((postWords[postWords.length - 1] as Word).text))
    postWords.pop();
  const post = postWords.map((x) => x.text).join(' ');
  const phraseEnd =
    postWords.length > 0 ? (postWords[postWords.length - 1] as Word).end : (w[cueLast] as Word).end;
  const nouns = nearestNounIn(c.idx, (w[0] as Word).start, phraseEnd, false);
  const leftNouns = nearestNounIn(c.idx, c.clauseLeftStart, c.qualStart, true);
  const end =
    postWords.length > 0 ? (postWords[postWords.length - 1] as Word).end : (w[cueLast] as Word).end;
  const metric = tidyPhrase(post) ?? tidyPhrase(pre);
  const result: RightCue = { direction, cue, metric, end };
  if (nouns === 'nonperf') return { contrary: 'quality-noun-after' };
  if (cueNeedsNoun(cue)) {
    if (nouns === 'perf') return result;
    if (nouns === null && postWords.length === 0 && leftNouns === 'perf')
      return { ...result, metric: lastWords(c.clauseLeft, 3) };
    return { contrary: 'cue-needs-perf-noun' };
  }
  if (direction === 'down' && nouns === null && leftNouns === 'nonperf')
    return { contrary: 'down-cue-after-quality' };
  if (
    direction === 'down' &&
    nouns === null &&
    postWords.length === 0 &&
    (leftNouns === 'perf' || leftNouns === 'size')
  ) {
    return { ...result, metric: lastWords(c.clauseLeft, 3) };
  }
  return result;
}

export function fromCue(c: Context, cue: RightCue): Decision {
  // The words just before ("while costing 43% less") can name the kind when the cue does not.
  return decision(c, 'cue-after', 'claim', cue.direction, {
    end: cue.end,
    cue: cue.cue,
    metric: cue.metric,
    verb: lastTwoWords(c.clauseLeft),
  });
}

export function nominalBefore(left: string): { index: number; word: string } | null {
  if (!NOMINAL_LAST.has(lastWord(left))) return null;
  const tailAt = Math.max(0, left.length - 60);
  const m = NOMINAL_BEFORE.exec(left.slice(tailAt));
  return m ? { index: tailAt + m.index, word: m[1] as string } : null;
}

export function nominalCue(
  c: Context,
  nominal: { index: number; word: string },
  left: string,
): Decision {
  const word = nominal.word.toLowerCase().split(/\s+/)[0] as string;
  const direction: Direction = /^(?:reduction|decrease|saving|compression)/.test(word)
    ? 'down'
    : 'up';
  const needsNoun = /^(?:improvement|gain|increase|boost|reduction|decrease|saving)/.test(word);
  const afterNoun = /^\s*in\s+((?:[\w-]+\s*){1,4})/i.exec(c.text.slice(c.m.end, c.rightEnd));
  const metric = afterNoun
    ? tidyPhrase(afterNoun[1] as string)
    : lastWords(left.slice(0, nominal.index), 3);
  const nouns = afterNoun
    ? nearestNounIn(c.idx, c.m.end, c.m.end + afterNoun[0].length, false)
    : nearestNounIn(c.idx, c.clauseLeftStart, c.clauseLeftStart + nominal.index, true);
  if (nouns === 'nonperf' || (needsNoun && direction === 'up' && nouns !== 'perf'))
    return REJECT(c, 'nominal-not-perf');
  return decision(c, 'nominal-before', 'claim', direction, {
    start: c.clauseLeftStart + nominal.index,
    cue: word,
    metric: afterNoun ? metric : null,
    end: afterNoun ? c.m.end + afterNoun[0].trimEnd().length : c.m.end,
  });
}

/** "boosts the maximum generation throughput to 5.76 times": the verb's object reaches N times itself. */
export function raisedTo(c: Context, left: string): Decision | null {
  if (!/\bto\s+$/i.test(left.slice(-10))) return null;
  const v = lastVerbIn(c.text, c.idx, c.clauseLeftStart, c.qualStart);
  if (v?.direction !== 'up') return null;
  const object = c.text.slice(v.end, c.qualStart).replace(/\bto\s+$/i, '');
  if (nearestNounIn(c.idx, v.end, c.qualStart, true) !== 'perf' && !v.speed) return null;
  return decision(c, 'raised-to', 'claim', 'up', {
    start: v.at,
    verb: v.word,
    metric: shortMetric(tidyPhrase(object)),
  });
}
