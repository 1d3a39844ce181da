// Decides, for one number expression, whether the words around it make it a
// performance claim, in which direction ("faster" vs "less memory" vs "% of
// the cost"), and what it measures. Lists ("2.8x, 2.6x and 2.2x") and pairs
// ("from 71s to 29s") are settled later, in claims-assemble.ts.
import {
  BY_BEFORE, cueDirection, cueNeedsNoun, type Direction, NONPERF_NOUN, QUALIFIER_BEFORE, STOP_WORD,
} from './claims-lexicon';
import type { Mention } from './claims-mentions';
import { shortMetric, tidyPhrase, type Word, wordsIn } from './claims-phrases';
import { clauseEnd, clauseStart, type Span } from './claims-text';
import { lastVerbIn, nearestNounIn, NONPERF, type WordIndex, wordFlagsAt } from './claims-words';
import { HARDWARE_AHEAD } from './hardware';

/**
 * claim: the words make it a claim. weak: a multiplier compared with something
 * ("2.6x over Splitwise") — a claim, whose kind a neighbour may tell better.
 * uncued: nothing either way; a claim only as part of a list of claims.
 * reject: the words say it is something else (a count, a size, an accuracy).
 */
export type Status = 'claim' | 'weak' | 'uncued' | 'reject';

export interface Decision {
  status: Status;
  direction: Direction;
  start: number;
  end: number;
  /** The cue word ("faster", "compression") and verb ("reduces"), for the claim's kind. */
  cue: string | null;
  verb: string | null;
  metric: string | null;
  /** A baseline read off the phrase itself ("1% of the cost of MovieGen"). */
  baseline: string | null;
}

interface Context {
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

const REJECT = (c: Context): Decision => ({
  status: 'reject', direction: 'up', start: c.qualStart, end: c.m.end, cue: null, verb: null, metric: null, baseline: null,
});

function decision(c: Context, status: Status, direction: Direction, extra: Partial<Decision> = {}): Decision {
  return { status, direction, start: c.qualStart, end: c.m.end, cue: null, verb: null, metric: null, baseline: null, ...extra };
}

const UTIL_AFTER = /^\s*(?:(?:model|hardware|GPU|compute|memory|bandwidth|tensor[- ]core|FLOPs?|flops|SM|average|peak)\s+)*(?:utili[sz]ation|MFU|HFU)\b(?:\s*\((?:MFU|HFU)\))?/i;
const PEAK_AFTER = /^\s*of\s+(?:the\s+)?(?:[\w-]+(?:'s)?\s+){0,2}(?:peak|maximum|max|theoretical)\b(?:\s+(?:FLOPs\/s|FLOPs|FLOPS|performance|throughput|bandwidth|compute|memory bandwidth))*/i;
const UTIL_BEFORE = /\b(?:MFU|HFU|utili[sz]ation)(?:\s+rate)?\s+(?:of|to|at|is|was|reaches|reached|reaching|around|about|near|above|over|up to)?\s*$/i;
const PARITY_BEFORE = /\b(?:within|below|under|less than|lower than|at most)\s+$/i;
const NOMINAL_BEFORE = /\b(speed-?ups?|accelerations?|reductions?|improvements?|gains?|savings?|increases?|decreases?|boosts?|compression(?:\s+(?:ratio|rate|factor))?)\s+(?:of|by|reaching|is|was|are|reaches|at|to)\s*$/i;
const WEAK_VERB_BEFORE = /\b(?:reach\w*|achiev\w*|deliver\w*|yield\w*|attain\w*|provid\w*|offer\w*|obtain\w*|giv\w*|show\w*|is|are|was|were|being|runs?|becomes?|remains?)\s+$/i;
const SPEED_NOMINAL = /\b(?:speed-?ups?|gains?|accelerations?|improvements?)\b/i;
const COST_OF = /^\s*of\s+(?:the\s+|its\s+|their\s+|our\s+|a\s+|an\s+)?((?:[\w-]+(?:'s)?\s+){0,2}?)(costs?|compute|computation|time|memory|FLOPs|energy|budget|price|latency|GPU[- ]hours|steps|training steps|iterations|power|storage|footprint|runtime|emissions|resources|(?:KV[- ])?cache|training time|inference time|wall-clock time)\b/i;
const OVERHEAD_BEFORE = /\b(?:costs?|adds?|incurs?|accounts?\s+for|introduces?|spends?|takes?\s+up|occupies)\s+(?:only\s+|just\s+)?$/i;
const REMOVE_BEFORE = /\b(sav(?:e|es|ed|ing)|cut(?:s|ting)?|eliminat\w*|remov\w*|reduc\w*|trim\w*|slash\w*)\s+(?:(?:up to|about|around|nearly|over|more than|roughly)\s+)?$/i;
const AVOIDED_AFTER = /^\s*(?:is|are|was|were|can be|could be)\s+(?:avoided|saved|eliminated|removed|cut)\b/i;
const CONTRARY_FIRST = /^(?:larger|longer|bigger|wider|deeper|earlier|later|slower|heavier|denser|taller|older|extra|overhead|additional|more\s+accurate)$/i;
const VIDEO_NEAR = /\b(?:videos?|clips?|frames|animation|movies?)\b/i;
const BASELINE_BEFORE = /\b(?:vs\.?|versus|compared\s+(?:to|with)|than|against)\b/i;
const COMPARE_FIRST = /^(?:over|than|compared|relative|vs\.?|versus|against)$/i;
const RATIO_NOUN = /^(?:throughput|speed|performance|efficiency|bandwidth|capacity|rate)$/i;
const TWO_WORD_CUE = /^speed\s+up$/i;
const BARE_RATE_NOUN = /^(?:throughput|goodput|speed|efficiency|bandwidth|tokens\/s)$/i;

/** The last word of `s`, lowercased: a cheap guard before patterns anchored at the number. */
function lastWord(s: string): string {
  const t = s.trimEnd();
  return t.slice(t.lastIndexOf(' ') + 1).toLowerCase();
}

const QUALIFIER_LAST = new Set(['to', 'of', 'as', 'about', 'around', 'roughly', 'approximately', 'nearly', 'almost', 'over', 'than', 'least', 'much', 'high', 'average', '~', '≈', '>']);
const BY_LAST = new Set(['by', 'to', 'of', 'as', 'about', 'around', 'roughly', 'approximately', 'nearly', 'almost', 'over', 'than', 'least', 'much', 'average', 'only', 'just', '~', '≈']);
const NOMINAL_LAST = new Set(['of', 'by', 'reaching', 'is', 'was', 'are', 'reaches', 'at', 'to']);
const UTIL_LAST = new Set(['mfu', 'hfu', 'utilization', 'utilisation', 'rate', 'of', 'to', 'at', 'is', 'was', 'reaches', 'reached', 'reaching', 'around', 'about', 'near', 'above', 'over', 'up']);

function context(text: string, idx: WordIndex, m: Mention, sentence: Span, floor: number): Context {
  const near = text.slice(Math.max(sentence.start, m.start - 40), m.start);
  const w = lastWord(near);
  const q = QUALIFIER_LAST.has(w) || /[~≈>]$/.test(w) ? QUALIFIER_BEFORE.exec(near) : null;
  const qualStart = m.start - (q ? q[0].length : 0);
  const clauseLeftStart = Math.max(clauseStart(text, sentence.start, qualStart), floor);
  const rightEnd = clauseEnd(text, m.end, Math.min(sentence.end, m.end + 120));
  return {
    text, idx, m, sentence, floor, qualStart,
    clauseLeft: text.slice(clauseLeftStart, qualStart),
    clauseLeftStart,
    right: wordsIn(text, m.end, rightEnd, 8),
    rightEnd,
  };
}

export function classify(text: string, idx: WordIndex, m: Mention, sentence: Span, floor: number): Decision {
  const c = context(text, idx, m, sentence, floor);
  switch (m.type) {
    case 'rate': return rate(c);
    case 'pct': return percent(c);
    case 'mult': return multiplier(c);
    case 'word': return factorWord(c);
    case 'pair': return REJECT(c); // pairs are decided in claims-pairs.ts
  }
}

function rate(c: Context): Decision {
  const first = c.right[0]?.text ?? '';
  if (c.m.unit === 'FPS' && (VIDEO_NEAR.test(c.clauseLeft) || VIDEO_NEAR.test(first))) return REJECT(c);
  // "compared to 8 tokens/s for llama.cpp" is the baseline's figure, not a claim.
  if (BASELINE_BEFORE.test(c.clauseLeft)) return REJECT(c);
  if (/\b(?:in|by)\s+comparison\b|\bwhereas\b/i.test(c.text.slice(c.sentence.start, c.m.start))) return REJECT(c);
  const of = /^\s*of\s+((?:[\w-]+\s+){0,3}?(?:throughput|performance|speed|inference throughput))\b/i.exec(c.text.slice(c.m.end, c.rightEnd));
  return decision(c, 'claim', 'abs', { cue: c.m.unit, metric: of ? tidyPhrase(of[1] as string) : null });
}

/** "by [up to] N": the last up/down verb before it and what it acts on. */
function byVerb(c: Context): Decision | null {
  const left = c.text.slice(Math.max(c.sentence.start, c.m.start - 60), c.m.start);
  const last = lastWord(left);
  const by = BY_LAST.has(last) || /[~≈]$/.test(last) ? BY_BEFORE.exec(left) : null;
  if (!by) return null;
  const byStart = c.m.start - by[0].length;
  const windowStart = Math.max(c.sentence.start, byStart - 160);
  const v = lastVerbIn(c.text, c.idx, windowStart, byStart);
  if (!v) return null;
  const verbAt = v.at;
  const verbEnd = v.end;
  const objectStart = Math.max(verbEnd, c.floor);
  const lead = /^[\s,]*(?:(?:and|or|but|while|whereas)\s+)?/i.exec(c.text.slice(objectStart, byStart))?.[0].length ?? 0;
  const object = c.text.slice(objectStart, byStart);
  const subjectStart = clauseStart(c.text, c.sentence.start, verbAt);
  const subject = verbAt > c.floor ? c.text.slice(Math.max(subjectStart, c.floor), verbAt) : '';
  const nouns = nearestNounIn(c.idx, objectStart, byStart, true) ?? (subject ? nearestNounIn(c.idx, Math.max(subjectStart, c.floor), verbAt, true, 5) : null);
  const speedVerb = v.speed;
  const isMult = c.m.type === 'mult' || c.m.type === 'word';
  if (nouns === 'nonperf') return REJECT(c);
  // The verb belongs to an earlier number ("increases X by 32x …, and by 5.1x"):
  // with no noun of its own, this number is a list member, settled in claims-lists.ts.
  if (verbAt < c.floor && nouns === null) return null;
  if (v.direction === 'up' && !speedVerb && nouns !== 'perf') return REJECT(c);
  if (v.direction === 'up' && /^outp/i.test(v.word) && !isMult && nouns !== 'perf') return REJECT(c);
  if (v.direction === 'down' && nouns === null && object.trim().length > 0 && !isMult) {
    // "reduces the gap by 30%": an unknown object is not enough for a percentage.
    return REJECT(c);
  }
  // "improves the throughput over X by 2x": the object holds both the metric and the baseline.
  const compared = /\s(?:over|than|compared\s+(?:to|with)|relative\s+to|versus|vs\.?)\s/i.exec(object);
  const objectPhrase = tidyPhrase(compared ? object.slice(0, compared.index) : object);
  const comparedWith = compared ? tidyPhrase(object.slice(compared.index + compared[0].length)) : null;
  const subjectPhrase = objectPhrase || !subject ? null : tidyPhrase(subject.split(/\s+/).slice(-4).join(' '));
  // "outperforms X by 3x": X is what it is compared with, not what was measured.
  const outperform = /^(?:outperform|outpac|surpass|exceed|beat)/i.test(v.word);
  const metric = outperform ? null : shortMetric(objectPhrase ?? subjectPhrase);
  const baseline = comparedWith ?? (outperform && verbAt >= c.floor ? objectPhrase : null);
  let start = verbAt >= c.floor ? verbAt : Math.min(c.qualStart, objectStart + lead);
  // "Energy per token drops by 58%": with no object, the subject is what changed, and part of the evidence.
  if (!objectPhrase && subjectPhrase && verbAt >= c.floor) {
    const at = c.text.lastIndexOf(subjectPhrase, verbAt);
    if (at >= c.floor) start = at;
  }
  return decision(c, 'claim', v.direction, { start, verb: v.word, metric, baseline });
}

interface RightCue {
  direction: Direction;
  cue: string;
  metric: string | null;
  end: number;
}

/** A cue word within the first few words after the number: "2x higher aggregate throughput". */
function rightCue(c: Context): RightCue | 'contrary' | 'ratio' | 'that-of' | 'compare' | null {
  const w = c.right;
  const first = w[0];
  if (!first) return null;
  const t0 = first.text.toLowerCase();
  if (t0 === 'the' && w[1] && RATIO_NOUN.test(w[1].text) && w[2]?.text.toLowerCase() === 'of') return 'ratio';
  if (t0 === 'that' && w[1]?.text.toLowerCase() === 'of') return 'that-of';
  if (t0 === 'as' && w[1] && /^(?:fast|quick|efficient|cheap)$/i.test(w[1].text)) {
    return { direction: 'up', cue: 'faster', metric: null, end: w[1].end };
  }
  if (CONTRARY_FIRST.test(t0) || (t0 === 'more' && w[1] && /^accurate$/i.test(w[1].text))) return 'contrary';
  // "3x throughput": a rate noun right after a multiplier is what it multiplies.
  if (c.m.type !== 'pct' && BARE_RATE_NOUN.test(t0)) return { direction: 'up', cue: t0, metric: first.text, end: first.end };
  if (COMPARE_FIRST.test(t0)) return 'compare';
  for (let i = 0; i < w.length && i < 5; i++) {
    const word = w[i] as Word;
    const lower = word.text.toLowerCase();
    const two = w[i + 1] ? `${lower} ${(w[i + 1] as Word).text.toLowerCase()}` : '';
    const isTwo = TWO_WORD_CUE.test(two);
    const dir = isTwo ? 'up' : cueDirection(lower);
    if (dir) return cueWithNoun(c, i, isTwo ? 'speedup' : lower, dir, isTwo ? i + 1 : i);
    if (STOP_WORD.test(lower)) return null;
    if (wordFlagsAt(c.idx, word.start) & NONPERF) return 'contrary';
    if (word.closes) return null;
  }
  return null;
}

function cueWithNoun(c: Context, at: number, cue: string, direction: Direction, cueLast: number): RightCue | 'contrary' {
  const w = c.right;
  const pre = w.slice(0, at).map((x) => x.text).join(' ');
  // The noun phrase after the cue: "lower [time per output token] than"; "faster in [measured latency]".
  let i = cueLast + 1;
  if ((w[cueLast] as Word).closes) i = w.length;
  if (w[i]?.text.toLowerCase() === 'in' && /^(?:faster|cheaper|better|speedups?|speed-ups?|improvements?|gains?|reductions?|savings?|increases?|decreases?|boosts?|enhancements?)$/.test(cue)) i++;
  const postWords: Word[] = [];
  for (; i < w.length && postWords.length < 5; i++) {
    const word = w[i] as Word;
    if (STOP_WORD.test(word.text) && word.text.toLowerCase() !== 'per') break;
    if (/^[\d~≈]/.test(word.text)) break; // the next number's own words
    postWords.push(word);
    if (word.closes) break;
  }
  if (postWords.length > 0 && /^per$/i.test((postWords[postWords.length - 1] as Word).text)) postWords.pop();
  const post = postWords.map((x) => x.text).join(' ');
  const phraseEnd = postWords.length > 0 ? (postWords[postWords.length - 1] as Word).end : (w[cueLast] as Word).end;
  const nouns = nearestNounIn(c.idx, (w[0] as Word).start, phraseEnd, false);
  const leftNouns = nearestNounIn(c.idx, c.clauseLeftStart, c.qualStart, true);
  const end = postWords.length > 0 ? (postWords[postWords.length - 1] as Word).end : (w[cueLast] as Word).end;
  const metric = tidyPhrase(post) ?? tidyPhrase(pre);
  const result: RightCue = { direction, cue, metric, end };
  if (nouns === 'nonperf') return 'contrary';
  if (cueNeedsNoun(cue)) {
    if (nouns === 'perf') return result;
    if (nouns === null && postWords.length === 0 && leftNouns === 'perf') return { ...result, metric: lastWords(c.clauseLeft, 3) };
    return 'contrary';
  }
  if (direction === 'down' && nouns === null && leftNouns === 'nonperf') return 'contrary';
  if (direction === 'down' && nouns === null && postWords.length === 0 && (leftNouns === 'perf' || leftNouns === 'size')) {
    return { ...result, metric: lastWords(c.clauseLeft, 3) };
  }
  return result;
}

function lastWords(s: string, n: number): string | null {
  const t = s.trimEnd();
  let at = t.length;
  for (let k = 0; k < n && at > 0; k++) at = t.lastIndexOf(' ', at - 1);
  return tidyPhrase(t.slice(at + 1));
}

function lastTwoWords(s: string): string {
  const t = s.trimEnd();
  const a = t.lastIndexOf(' ');
  return t.slice(a < 0 ? 0 : t.lastIndexOf(' ', a - 1) + 1);
}

function fromCue(c: Context, cue: RightCue): Decision {
  // The words just before ("while costing 43% less") can name the kind when the cue does not.
  return decision(c, 'claim', cue.direction, { end: cue.end, cue: cue.cue, metric: cue.metric, verb: lastTwoWords(c.clauseLeft) });
}

function percent(c: Context): Decision {
  const after = c.text.slice(c.m.end, c.rightEnd);
  const util = UTIL_AFTER.exec(after) ?? PEAK_AFTER.exec(after);
  if (util) return decision(c, 'claim', 'abs', { end: c.m.end + util[0].length, cue: 'utilization', metric: tidyPhrase(util[0].replace(/^\s*of\s+/i, '')) });
  const left = c.text.slice(c.clauseLeftStart, c.qualStart);
  // Patterns anchored at the number only ever need its last few words.
  const tailAt = Math.max(0, left.length - 60);
  const utilTail = UTIL_LAST.has(lastWord(left)) ? UTIL_BEFORE.exec(left.slice(tailAt)) : null;
  const utilBefore = utilTail ? { index: tailAt + utilTail.index } : null;
  if (utilBefore && lastWord(left) !== 'by') {
    const nounStart = c.clauseLeftStart + utilBefore.index;
    const phraseStart = c.clauseLeftStart + (/(?:(?:model|hardware|GPU|compute|memory|bandwidth|FLOPs?|average)\s+)*$/i.exec(left.slice(0, utilBefore.index))?.index ?? utilBefore.index);
    return decision(c, 'claim', 'abs', { start: Math.min(phraseStart, nounStart), cue: 'utilization', metric: tidyPhrase(left.slice(phraseStart - c.clauseLeftStart).replace(/\s+(?:of|to|at|is|was|reaches|reached|reaching|around|about|near|above|over|up to)?\s*$/i, '')) });
  }
  const parity = c.text.slice(Math.max(c.sentence.start, c.qualStart - 20), c.qualStart);
  if (/^(?:within|below|under|than|most)$/.test(lastWord(parity)) && PARITY_BEFORE.test(parity)) return REJECT(c);

  const by = byVerb(c);
  if (by) return by;

  const cue = rightCue(c);
  if (cue && typeof cue === 'object') return fromCue(c, cue);
  if (cue === 'contrary') return REJECT(c);

  // "reduces memory to 30% of the original": what is left is 30%.
  if (/\bto\s+(?:only\s+|just\s+)?$/i.test(left.slice(-20))) {
    const v = lastVerbIn(c.text, c.idx, c.clauseLeftStart, c.qualStart);
    if (v && v.direction === 'down' && nearestNounIn(c.idx, v.end, c.qualStart, true) !== 'nonperf') {
      const ofEnd = /^\s*of\s+(?:the\s+|its\s+)?(?:original|baseline|full|dense|uncompressed)?(?:\s+[\w-]+){0,2}/i.exec(after);
      return decision(c, 'claim', 'of', { start: v.at, end: c.m.end + (ofEnd ? ofEnd[0].length : 0), verb: v.word, metric: shortMetric(tidyPhrase(c.text.slice(v.end, c.qualStart).replace(/\bto\s+(?:only\s+|just\s+)?$/i, ''))) });
    }
  }

  const costOf = COST_OF.exec(after);
  if (costOf) {
    const nounPhrase = `${costOf[1] ?? ''}${costOf[2] ?? ''}`;
    NONPERF_NOUN.lastIndex = 0;
    if (NONPERF_NOUN.test(costOf[1] ?? '')) return REJECT(c);
    const idiom = /^time$/i.test(nounPhrase.trim()) && /^\s*of\s+the\s+time\b/i.test(after);
    if (idiom || OVERHEAD_BEFORE.test(c.text.slice(Math.max(c.sentence.start, c.qualStart - 30), c.qualStart))) return REJECT(c);
    const end = c.m.end + costOf[0].length;
    const rest = c.text.slice(end, c.rightEnd);
    // "saves 42.5% of training costs" removes that share; "at 18% of the cost" keeps it.
    const removes = REMOVE_BEFORE.exec(c.text.slice(Math.max(c.sentence.start, c.qualStart - 40), c.qualStart));
    if (removes) {
      return decision(c, 'claim', 'down', { start: c.qualStart - removes[0].length, end, cue: 'savings', verb: removes[1] ?? null, metric: tidyPhrase(nounPhrase) });
    }
    if (AVOIDED_AFTER.test(rest)) {
      const avoided = AVOIDED_AFTER.exec(rest) as RegExpExecArray;
      return decision(c, 'claim', 'down', { end: end + avoided[0].length, cue: 'savings', metric: tidyPhrase(nounPhrase) });
    }
    const of = /^\s+of\s+((?:[A-Z0-9][\w.-]*\w|the|a|an)(?:\s+[A-Z0-9][\w.-]*\w){0,3})/.exec(rest);
    const baseline = of ? tidyPhrase((of[1] as string).replace(/'s$/, '')) : null;
    return decision(c, 'claim', 'of', { end: of ? end + of[0].length : end, cue: 'cost', metric: tidyPhrase(nounPhrase), baseline });
  }

  const nominal = nominalBefore(left);
  if (nominal) return nominalCue(c, nominal, left);

  if (/^\s*of\b/i.test(after)) return REJECT(c);
  return decision(c, 'uncued', 'up');
}

function nominalBefore(left: string): { index: number; word: string } | null {
  if (!NOMINAL_LAST.has(lastWord(left))) return null;
  const tailAt = Math.max(0, left.length - 60);
  const m = NOMINAL_BEFORE.exec(left.slice(tailAt));
  return m ? { index: tailAt + m.index, word: m[1] as string } : null;
}

function nominalCue(c: Context, nominal: { index: number; word: string }, left: string): Decision {
  const word = nominal.word.toLowerCase().split(/\s+/)[0] as string;
  const direction: Direction = /^(?:reduction|decrease|saving|compression)/.test(word) ? 'down' : 'up';
  const needsNoun = /^(?:improvement|gain|increase|boost|reduction|decrease|saving)/.test(word);
  const afterNoun = /^\s*in\s+((?:[\w-]+\s*){1,4})/i.exec(c.text.slice(c.m.end, c.rightEnd));
  const metric = afterNoun ? tidyPhrase(afterNoun[1] as string) : lastWords(left.slice(0, nominal.index), 3);
  const nouns = afterNoun
    ? nearestNounIn(c.idx, c.m.end, c.m.end + afterNoun[0].length, false)
    : nearestNounIn(c.idx, c.clauseLeftStart, c.clauseLeftStart + nominal.index, true);
  if (nouns === 'nonperf' || (needsNoun && direction === 'up' && nouns !== 'perf')) return REJECT(c);
  return decision(c, 'claim', direction, {
    start: c.clauseLeftStart + nominal.index, cue: word, metric: afterNoun ? metric : null,
    end: afterNoun ? c.m.end + afterNoun[0].trimEnd().length : c.m.end,
  });
}

function multiplier(c: Context): Decision {
  const after = c.text.slice(c.m.end, c.rightEnd);
  // "4x H100", "8× A100 GPUs": a count of devices; "3 x 3": a shape.
  if (HARDWARE_AHEAD.test(after) || /^\s*(?:[x×]\s*)?\d/.test(after)) return REJECT(c);
  const left = c.text.slice(c.clauseLeftStart, c.qualStart);
  if (/\^\s*\{?\s*$/.test(left.slice(-5))) return REJECT(c);

  const by = byVerb(c);
  if (by) return by;

  const cue = rightCue(c);
  if (cue && typeof cue === 'object') return fromCue(c, cue);
  if (cue === 'contrary') return REJECT(c);
  if (cue === 'ratio') {
    const noun = (c.right[1] as Word).text;
    return decision(c, 'claim', 'up', { cue: noun, metric: noun });
  }

  const nominal = nominalBefore(left);
  if (nominal) return nominalCue(c, nominal, left);
  const to = raisedTo(c, left);
  if (to) return to;
  if (cue === 'compare') return decision(c, 'weak', 'up');
  if (cue === 'that-of') return decision(c, 'uncued', 'up');
  if (WEAK_VERB_BEFORE.test(left.slice(-30)) && (SPEED_NOMINAL.test(left.slice(-80)) || nearestNounIn(c.idx, c.clauseLeftStart, c.qualStart, true) === 'perf')) {
    return decision(c, 'weak', 'up', { metric: null });
  }
  return decision(c, 'uncued', 'up');
}

/** "boosts the maximum generation throughput to 5.76 times": the verb's object reaches N times itself. */
function raisedTo(c: Context, left: string): Decision | null {
  if (!/\bto\s+$/i.test(left.slice(-10))) return null;
  const v = lastVerbIn(c.text, c.idx, c.clauseLeftStart, c.qualStart);
  if (!v || v.direction !== 'up') return null;
  const object = c.text.slice(v.end, c.qualStart).replace(/\bto\s+$/i, '');
  if (nearestNounIn(c.idx, v.end, c.qualStart, true) !== 'perf' && !v.speed) return null;
  return decision(c, 'claim', 'up', { start: v.at, verb: v.word, metric: shortMetric(tidyPhrase(object)) });
}

/** "doubles", "halves", "by half", "an order of magnitude": factors spelled in words. */
function factorWord(c: Context): Decision {
  const raw = c.text.slice(c.m.start, c.m.end).toLowerCase();
  if (/magnitude/.test(raw)) return multiplier(c);
  const down = /halv|half/.test(raw);
  if (/^(?:by|in)\s+half/.test(raw)) {
    const by = byVerb({ ...c });
    if (by && by.status === 'claim') return { ...by, end: c.m.end, direction: 'down' };
    const v = lastVerbIn(c.text, c.idx, c.clauseLeftStart, c.qualStart);
    if (!v || v.direction !== 'down') return REJECT(c);
    const noun = nearestNounIn(c.idx, v.end, c.qualStart, true);
    if (noun !== 'perf' && noun !== 'size') return REJECT(c);
    return decision(c, 'claim', 'down', { start: v.at, verb: v.word, metric: shortMetric(tidyPhrase(c.text.slice(v.end, c.qualStart))) });
  }
  // "throughput doubles", "doubles the throughput", "memory … is halved".
  const subject = lastWords(c.clauseLeft, 5);
  // The object ends at the first preposition: "doubled [throughput] on chat traffic".
  const objectWords: Word[] = [];
  for (const w of c.right) {
    if (objectWords.length >= 4 || (STOP_WORD.test(w.text) && !/^(?:the|a|an|its|their|our)$/i.test(w.text))) break;
    objectWords.push(w);
    if (w.closes) break;
  }
  const object = tidyPhrase(objectWords.map((w) => w.text).join(' '));
  const objectEnd = objectWords[objectWords.length - 1]?.end ?? c.m.end;
  const objectNoun = object ? nearestNounIn(c.idx, c.m.end, objectEnd, false) : null;
  const subjectNoun = subject ? nearestNounIn(c.idx, c.clauseLeftStart, c.qualStart, true, 5) : null;
  if (objectNoun === 'perf' && !/^(?:at|on|in|for|with|by|when|while)\b/i.test(object ?? '')) {
    return decision(c, 'claim', down ? 'down' : 'up', { end: objectEnd, cue: raw, metric: object });
  }
  if (subjectNoun === 'perf') {
    return decision(c, 'claim', down ? 'down' : 'up', { start: c.clauseLeftStart + Math.max(0, c.clauseLeft.search(/\S/)), cue: raw, metric: subject });
  }
  return REJECT(c);
}
