// The abstract's words, each classified once: is it a performance noun, a
// quality noun, an up- or down-verb? Classification is memoized per word form,
// so an abstract costs one tokenizing pass plus a map lookup per word.
import type { Direction } from './decision';
import { NONPERF_NOUN, PERF_NOUN, SIZE_NOUN } from './lexicon/nouns';
import { DOWN_VERB, SPEED_VERB, UP_VERB } from './lexicon/verbs';
import { work } from './work';

const PERF = 1;
export const NONPERF = 2;
const SIZE = 4;
const UP = 8;
const DOWN = 16;
const SPEED = 32;
/** A count that "per second" after it makes a rate ("requests per second"). */
const RATE_HEAD = 64;
const ADJUNCT = 128;
const CONJUNCTION = 256;

export interface WordIndex {
  text: string;
  starts: number[];
  ends: number[];
  /** -1 until the word is first asked about: most words never are. */
  flags: number[];
}

/**
 * Words are tokenized only in sentences that hold a number: the others are
 * never asked about. `ranges` are those sentences, in order.
 */
export function indexWordsIn(
  text: string,
  ranges: readonly { start: number; end: number }[],
): WordIndex {
  const idx: WordIndex = { text, starts: [], ends: [], flags: [] };
  for (const r of ranges) {
    let i = r.start;
    while (i < r.end) {
      const c = text.charCodeAt(i);
      if (!isLetter(c) && c !== 36) {
        i++;
        continue;
      }
      let j = i + 1;
      while (j < text.length && isTokenChar(text.charCodeAt(j))) j++;
      while (j > i + 1 && !isWordChar(text.charCodeAt(j - 1)) && text.charCodeAt(j - 1) !== 47) j--;
      idx.starts.push(i);
      idx.ends.push(j);
      idx.flags.push(-1);
      i = j;
    }
  }
  return idx;
}

// A word starts with a letter (or $) and runs through letters, digits and
// @/$'’.- ; trailing punctuation is not part of it. Hand-rolled: this runs on
// every word of every sentence that holds a number.
function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
/** An ASCII letter, digit or "_": a character of a `\w` word. */
export function isWordChar(c: number): boolean {
  return isLetter(c) || (c >= 48 && c <= 57) || c === 95;
}
function isTokenChar(c: number): boolean {
  return (
    isWordChar(c) ||
    c === 64 ||
    c === 47 ||
    c === 36 ||
    c === 39 ||
    c === 0x2019 ||
    c === 46 ||
    c === 45
  );
}
const cache = new Map<string, number>();
const CACHE_LIMIT = 200_000;

function test(re: RegExp, s: string): boolean {
  re.lastIndex = 0;
  return re.test(s);
}

const ACCELERATOR_NOUN = /^accelerators?$/i;

/**
 * A verb in the word, not the tail of a compound noun ("all-reduce", "map-reduce"). A verb
 * that heads a compound ("reduce-scatter", "multiply-accumulate") is left as it was: reading
 * it as a noun changes which factors are claims (a 'multiply-accumulate operations by 25%'
 * factor in fresh-43), a change of its own.
 */
function verbIn(re: RegExp, w: string): boolean {
  re.lastIndex = 0;
  const m = re.exec(w);
  return m !== null && !(m.index > 0 && w.charCodeAt(m.index - 1) === 45);
}

function classifyWord(w: string): number {
  let f = cache.get(w);
  if (f !== undefined) return f;
  f = 0;
  PERF_NOUN.lastIndex = 0;
  const perf = PERF_NOUN.exec(w);
  if (perf) f |= SIZE_NOUN.test(perf[0]) ? PERF | SIZE : PERF;
  if (test(NONPERF_NOUN, w)) f |= NONPERF;
  // A capitalized word mid-abstract is a name ("Hugging Face Accelerate"), not a verb.
  const capital = w.charCodeAt(0) >= 65 && w.charCodeAt(0) <= 90;
  // "cost per accelerator": the device, not the verb.
  if (!capital && verbIn(UP_VERB, w) && !ACCELERATOR_NOUN.test(w)) f |= UP;
  if (!capital && verbIn(DOWN_VERB, w)) f |= DOWN;
  if (SPEED_VERB.test(w)) f |= SPEED;
  const lower = w.toLowerCase();
  if (RATE_HEADS.has(lower)) f |= RATE_HEAD;
  if (ADJUNCT_OPENERS.has(lower)) f |= ADJUNCT;
  if (CONJUNCTIONS.has(lower)) f |= CONJUNCTION;
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(w, f);
  return f;
}

/** Whether a word, taken alone, is a performance noun ("latency", "throughput"). */
export function isPerfNoun(word: string): boolean {
  return (classifyWord(word) & PERF) !== 0;
}

/** Whether a phrase names a quality, in one word or two ("accuracy", "success rate"). */
export function namesQuality(phrase: string): boolean {
  NONPERF_NOUN.lastIndex = 0;
  return NONPERF_NOUN.test(phrase);
}

/** Whether a word, taken alone, is a quality noun ("accuracy", "BLEU"). */
export function isQualityNoun(word: string): boolean {
  return (classifyWord(word) & NONPERF) !== 0;
}

// Two-word quality nouns whose second word alone means something else.
const SECOND_OF_PAIR = new Set(['size', 'length', 'rate', 'rates', 'match']);
const LOST = new Set(['loss', 'losses', 'degradation', 'waste']);
const LOST_RATE = /^(?:utili[sz]ation|throughput|goodput|bandwidth)$/i;
const FIRST_OF_PAIR = /^(?:batch|context|sequence|win|success|exact|error|acceptance)$/i;
// "request rates", "query rate": the rate at which work is served is throughput; so is
// the rate a controller or tracker updates at ("the update rate is 16× higher"), and
// the data rate a link carries is bandwidth ("reduces the data rate by 93%").
const WORK_BEFORE_RATE =
  /^(?:request|query|token|frame|sample|image|inference|update|control|decision|data|bit)$/i;

const DATA_MOVED_NEXT =
  /^(?:fetched|read|moved|transferred|loaded|written|sent|received|shuffled|communicated|exchanged|copied|scanned|streamed|swapped|spilled|offloaded)$/;
const RATIO_WORDS = new Set(['ratio', 'ratios', 'rate', 'rates', 'factor', 'factors']);
const MACHINE_BEFORE_HOURS = /^(?:cpu|gpu|tpu|core|node|machine|accelerator|instance)$/;
const WORK_BEFORE_COUNT =
  /^(?:tokens?|requests?|calls?|steps?|flops?|operations?|evaluations?|instructions?|cycles?)$/;

/**
 * Two words whose second is a performance noun only after the first (both lower-cased):
 * machine time ("the CPU hours consumed", "GPU days"), work counted by its unit ("prompt token
 * count"), and how many times smaller an output is ("a 9.8% higher compression ratio", "a 2x
 * higher token reduction ratio": wanted higher; a cache's hit rate stays a quality).
 */
function perfPair(prev: string, w: string): boolean {
  if (w === 'hours' || w === 'days') return MACHINE_BEFORE_HOURS.test(prev);
  // "lowers write amplification by 3.1x": bytes written per byte asked for, no verb.
  if (w === 'amplification') return prev === 'write' || prev === 'read' || prev === 'space';
  if (w === 'count' || w === 'counts') return WORK_BEFORE_COUNT.test(prev);
  return RATIO_WORDS.has(w) && (prev === 'compression' || prev === 'reduction');
}

/** Whether a phrase ends in a performance noun, alone or as the second of such a pair. */
export function endsInPerfNoun(phrase: string): boolean {
  const words = phrase.trim().split(/\s+/);
  const last = words[words.length - 1] ?? '';
  if (isPerfNoun(last)) return true;
  return (
    words.length > 1 &&
    perfPair((words[words.length - 2] as string).toLowerCase(), last.toLowerCase())
  );
}

export const SERVING_BEFORE_CAPACITY =
  /^(?:system|serving|session|request|user|cluster|inference|fleet|GPU|accelerator|compute|provisioned|over-provisioned|reserved|idle)$/i;
const COSTS_NOUN_BEFORE =
  /^(?:reduc(?:es?|ed|ing)|cut(?:s|ting)?|lower(?:s|ed|ing)?|sav(?:es?|ed|ing)|slash(?:es|ed|ing)?|halv(?:es?|ed|ing)|trim(?:s|med|ming)?|decreas(?:es?|ed|ing)|minimiz(?:es?|ed|ing)|rais(?:es?|ed|ing)|increas(?:es?|ed|ing)|the|its|their|our|total|overall|serving|inference|training|compute|API|api|cloud|token|operational|running|deployment|monetary|energy|hardware|infrastructure)$/;
// "the maximum batch size", "the largest feasible batch size": the batch that fits, room
// that saved memory makes; "at batch size 32" is a setting.
const BATCH_LIMIT = /^(?:maximum|max|largest|feasible|achievable|supported|attainable)$/i;
// "the number of layers per token", "experts per token": parts of a model run for each
// unit of work are compute spent; "adds 4 layers" is the model's shape.
const PER_WORK_HEADS = new Set(['layers', 'experts', 'blocks', 'heads']);
const WORK_UNITS = new Set([
  'token',
  'query',
  'request',
  'sample',
  'image',
  'frame',
  'input',
  'example',
  'step',
]);

const SCALE_VERB_NEXT = /^\s+(?:by\b|up\s+to\b|(?:about|nearly|almost|roughly)\s+\d|[\d~≈])/i;

function flagsOf(idx: WordIndex, i: number): number {
  work.steps++;
  const known = idx.flags[i] as number;
  if (known >= 0) return known;
  const w = idx.text.slice(idx.starts[i] as number, idx.ends[i] as number);
  let f = classifyWord(w);
  if (
    (w === 'size' || w === 'sizes') &&
    i > 1 &&
    wordAt(idx, i - 1) === 'batch' &&
    BATCH_LIMIT.test(wordAt(idx, i - 2))
  )
    f = PERF;
  else if (
    SECOND_OF_PAIR.has(w) &&
    i > 0 &&
    FIRST_OF_PAIR.test(idx.text.slice(idx.starts[i - 1] as number, idx.ends[i - 1] as number))
  )
    f = NONPERF;
  else if (
    (w === 'rate' || w === 'rates') &&
    i > 0 &&
    WORK_BEFORE_RATE.test(idx.text.slice(idx.starts[i - 1] as number, idx.ends[i - 1] as number))
  )
    f = PERF;
  // "3.1x more system capacity", "raises serving capacity by 1.7x": how much work a
  // deployment takes on; "model capacity" is a property of a network, not a speed.
  else if (
    (w === 'capacity' || w === 'capacities') &&
    i > 0 &&
    SERVING_BEFORE_CAPACITY.test(
      idx.text.slice(idx.starts[i - 1] as number, idx.ends[i - 1] as number),
    )
  )
    f = PERF;
  // "brings the cold start of a sandbox from 9.4 s to 0.7 s": the time to come up.
  else if (
    (w === 'start' || w === 'starts') &&
    i > 0 &&
    idx.text.slice(idx.starts[i - 1] as number, idx.ends[i - 1] as number).toLowerCase() === 'cold'
  )
    f = PERF;
  // "improves maximum clock frequency by 31%": a design's clock, wanted higher.
  else if ((w === 'frequency' || w === 'frequencies') && i > 0 && wordAt(idx, i - 1) === 'clock')
    f = PERF;
  // "throughput scales 7.4x", "models scale by 32x": a verb of growth only before its
  // figure or "by"; "at the 128-GPU scale, …" is the noun.
  else if (
    (w === 'scale' || w === 'scales' || w === 'scaled') &&
    !SCALE_VERB_NEXT.test(idx.text.slice(idx.ends[i] as number, (idx.ends[i] as number) + 12))
  )
    f = 0;
  // "reduces costs by 58%", "cuts serving costs": the noun after a verb of change or a
  // modifier; "costs 12 times more" and "compression costs about 7%" are the verb.
  else if (w === 'costs' && i > 0 && COSTS_NOUN_BEFORE.test(wordAt(idx, i - 1))) f = PERF;
  // "improves the compression ratio by 5.3%": a noun that names a ratio, not the verb.
  else if ((w === 'compression' || w === 'reduction') && RATIO_WORDS.has(wordAt(idx, i + 1))) f = 0;
  else if (i > 0 && perfPair(wordAt(idx, i - 1), w)) f = PERF;
  // "reduces the data transferred over PCIe by 57%": data a system moves is I/O it spends,
  // not a dataset (a quality noun elsewhere: "on the same data").
  else if (w === 'data' && DATA_MOVED_NEXT.test(wordAt(idx, i + 1))) f = PERF;
  // "reduces area by 14%" is silicon; "the area under the curve" is a quality.
  else if (w === 'area' && wordAt(idx, i + 1) === 'under') f = NONPERF;
  else if (
    PER_WORK_HEADS.has(w) &&
    wordAt(idx, i + 1) === 'per' &&
    WORK_UNITS.has(wordAt(idx, i + 2))
  )
    f = PERF;
  // "GPU utilization loss", "throughput degradation": what a system loses of a rate it
  // wants more of is a performance quantity, not a model's loss.
  if (
    LOST.has(w) &&
    i > 0 &&
    LOST_RATE.test(idx.text.slice(idx.starts[i - 1] as number, idx.ends[i - 1] as number))
  )
    f = PERF;
  // "lowers time-to-accuracy by 29%", "the time to target accuracy": the time a run takes
  // to reach a quality is a speed, not the quality.
  if (f & NONPERF && (TIME_TO_WORD.test(w) || (i > 1 && timeToBefore(idx, i)))) f = PERF;
  // "tokens per second", "requests per joule": a count per unit of time or energy is a rate.
  if (f & (SIZE | RATE_HEAD)) {
    const per = wordAt(idx, i + 1);
    if (per === 'per' && RATE_UNITS.has(wordAt(idx, i + 2))) f = PERF;
  }
  idx.flags[i] = f;
  return f;
}

const RATE_HEADS = new Set([
  'tokens',
  'requests',
  'queries',
  'samples',
  'images',
  'frames',
  'sequences',
]);
const RATE_UNITS = new Set(['second', 'sec', 's', 'joule', 'watt', 'dollar', 'minute', 'hour']);

const TIME_TO_WORD = /^time-to-/i;
/** "time to" right before word i, or before the word before it ("time to target accuracy"). */
function timeToBefore(idx: WordIndex, i: number): boolean {
  if (wordAt(idx, i - 1) === 'to') return wordAt(idx, i - 2) === 'time';
  return i > 2 && wordAt(idx, i - 2) === 'to' && wordAt(idx, i - 3) === 'time';
}

function wordAt(idx: WordIndex, i: number): string {
  return i < idx.starts.length
    ? idx.text.slice(idx.starts[i] as number, idx.ends[i] as number).toLowerCase()
    : '';
}

/** Index of the first word starting at or after `pos`. */
function firstAt(idx: WordIndex, pos: number): number {
  let lo = 0;
  let hi = idx.starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((idx.starts[mid] as number) < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const SPEED_WORDS = new Set(['speed', 'speeds', 'speeding', 'sped']);

export interface VerbHit {
  at: number;
  end: number;
  word: string;
  direction: Direction;
  speed: boolean;
}

/** The last up- or down-verb wholly inside [from, to). "speeds up" counts as one verb. */
const MOTION_WORDS = new Set(['go', 'goes', 'went', 'going', 'come', 'comes', 'came', 'coming']);

export function lastVerbIn(text: string, idx: WordIndex, from: number, to: number): VerbHit | null {
  const first = firstAt(idx, from);
  for (let i = firstAt(idx, to) - 1; i >= first; i--) {
    if ((idx.ends[i] as number) > to) continue;
    const f = flagsOf(idx, i);
    if (f & (UP | DOWN)) {
      const at = idx.starts[i] as number;
      const end = idx.ends[i] as number;
      return {
        at,
        end,
        word: text.slice(at, end),
        direction: f & UP ? 'up' : 'down',
        speed: (f & SPEED) !== 0,
      };
    }
    // "goes down", "went up": a plain verb of motion and its particle.
    if (
      i + 1 < idx.starts.length &&
      (idx.ends[i + 1] as number) <= to &&
      MOTION_WORDS.has(text.slice(idx.starts[i] as number, idx.ends[i] as number).toLowerCase())
    ) {
      const particle = text
        .slice(idx.starts[i + 1] as number, idx.ends[i + 1] as number)
        .toLowerCase();
      if (particle === 'down' || particle === 'up') {
        const at = idx.starts[i] as number;
        const end = idx.ends[i + 1] as number;
        return {
          at,
          end,
          word: text.slice(at, end),
          direction: particle === 'up' ? 'up' : 'down',
          speed: false,
        };
      }
    }
    // "speed up", "sped up": a speed verb made of two words.
    if (
      i + 1 < idx.starts.length &&
      (idx.ends[i + 1] as number) <= to &&
      SPEED_WORDS.has(text.slice(idx.starts[i] as number, idx.ends[i] as number).toLowerCase()) &&
      text.slice(idx.starts[i + 1] as number, idx.ends[i + 1] as number).toLowerCase() === 'up'
    ) {
      const at = idx.starts[i] as number;
      const end = idx.ends[i + 1] as number;
      return { at, end, word: text.slice(at, end), direction: 'up', speed: true };
    }
  }
  return null;
}

export function hasVerbIn(idx: WordIndex, from: number, to: number): boolean {
  for (let i = firstAt(idx, from); i < idx.starts.length && (idx.ends[i] as number) <= to; i++) {
    if (flagsOf(idx, i) & (UP | DOWN)) return true;
  }
  return false;
}

export type NounClass = 'perf' | 'nonperf' | 'size' | null;

/**
 * Which noun class is nearest the number: the last one in [from, to) when the
 * number follows the text, the first one when it precedes it. "improves
 * generation quality by 5%" is about quality although "generation" is a process noun.
 */
export function nearestNounIn(
  idx: WordIndex,
  from: number,
  to: number,
  towardsEnd: boolean,
  maxWords = Infinity,
): NounClass {
  const first = firstAt(idx, from);
  const last = firstAt(idx, to) - 1;
  let seen = 0;
  for (let k = 0; k <= last - first && seen < maxWords; k++, seen++) {
    const i = towardsEnd ? last - k : first + k;
    if ((idx.ends[i] as number) > to) continue;
    const f = flagsOf(idx, i);
    if (f & NONPERF) return 'nonperf';
    if (f & PERF) return f & SIZE ? 'size' : 'perf';
  }
  return null;
}

export function wordFlagsAt(idx: WordIndex, start: number): number {
  const i = firstAt(idx, start);
  return idx.starts[i] === start ? flagsOf(idx, i) : 0;
}

// Words that open an adjunct ("on GSM8K", "at batch size 32"): a quality noun
// inside one says where a figure was measured, not what it measures.
const ADJUNCT_OPENERS = new Set([
  'on',
  'at',
  'for',
  'in',
  'across',
  'under',
  'with',
  'over',
  'than',
  'from',
  'to',
  'versus',
  'vs',
  'against',
]);
const CONJUNCTIONS = new Set(['and', 'or', 'but', 'while']);

function breakBetween(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const ch = text.charCodeAt(k);
    if (ch === 44 || ch === 59) return true; // , ;
  }
  return false;
}

/** Index of the adjunct opener word i is inside (looking back to a comma or conjunction), or -1. */
function adjunctOpener(idx: WordIndex, i: number, first: number): number {
  for (let k = i - 1; k >= first; k--) {
    if (breakBetween(idx.text, idx.ends[k] as number, idx.starts[k + 1] as number)) return -1;
    const f = flagsOf(idx, k);
    if (f & CONJUNCTION) return -1;
    if (f & ADJUNCT) return k;
  }
  return -1;
}

/**
 * The noun nearest `to` in [from, to), adjunct phrases aside ("the time per token
 * of the 1B model at batch size 1" ends at "time"), and where that noun ends.
 * Read from the end, like nearestNounIn: most gaps end at their first noun.
 */
export function nounOutsideAdjuncts(
  idx: WordIndex,
  from: number,
  to: number,
): { noun: 'perf' | 'nonperf'; end: number } | null {
  const first = firstAt(idx, from);
  let i = firstAt(idx, to) - 1;
  while (i >= first) {
    if ((idx.ends[i] as number) > to) {
      i--;
      continue;
    }
    const f = flagsOf(idx, i);
    if (f & (NONPERF | PERF)) {
      const opener = adjunctOpener(idx, i, first);
      if (opener < 0) return { noun: f & NONPERF ? 'nonperf' : 'perf', end: idx.ends[i] as number };
      i = opener - 1;
      continue;
    }
    i--;
  }
  return null;
}

/** Whether the noun nearest `to` in [from, to), adjunct phrases aside, is a quality noun. */
export function qualityNounOutsideAdjuncts(idx: WordIndex, from: number, to: number): boolean {
  return nounOutsideAdjuncts(idx, from, to)?.noun === 'nonperf';
}
