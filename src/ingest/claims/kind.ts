// The kind of a claim (speedup, latency, memory, …), from the words that made it one.
import type { ClaimKind } from '../../dataset/schema';
import type { Direction } from './decision';
import { kindNamedByCue } from './lexicon/cues';
import { alternation, wordsRegex } from './lexicon/build';
import {
  FIRST_OUTPUT_WORK,
  JOB_TIME_NOUNS,
  KIND_PATTERNS,
  LATENCY_NOUNS,
  ONE_OUTPUT_TIME_NOUNS,
  ONE_OUTPUT_WORK,
  REQUEST_TIME_NOUNS,
  RUN_NOUNS,
  RUN_TIME_MEMORY_NOUNS,
  SHORTENED_TEXT_NOUNS,
  STORED_MODEL_NOUNS,
} from './lexicon/kinds';

const FAST_CUE = /^(?:faster|quicker|sooner)$/i;
// "loads checkpoints 3.4x faster", "generates tokens 3.1x faster", "up to 7.2x faster I/O",
// "pretraining on 8 A100 GPUs runs 1.7x faster": what is done faster is no smaller, spends no
// fewer tokens, holds no less memory and needs no fewer machines: a speed-up.
const FAST_NOT = new Set<ClaimKind>(['compression', 'compute', 'memory', 'cost']);
// "raises MFU to 51.6% and cuts inter-node traffic by 3.4x": a conjoined clause is its own.
const CLAUSE_OR_CONJUNCTION = /[,;:]|\b(?:and|while|whereas|but)\s/g;

// Metric phrases, verbs and cue words repeat across abstracts: each is looked up once.
const kindCache = new Map<string, ClaimKind | null>();

function nounKind(text: string): ClaimKind | null {
  let kind = kindCache.get(text);
  if (kind !== undefined) return kind;
  kind = null;
  for (const [k, re] of KIND_PATTERNS) {
    if (re.test(text)) {
      kind = k;
      break;
    }
  }
  if (kindCache.size > 50_000) kindCache.clear();
  kindCache.set(text, kind);
  return kind;
}

// Kind of a claim: a kind-naming cue noun ("8x KV-cache compression") wins, then the
// metric's nouns, then the verb or cue's own meaning (namedKind), then, for a falling
// factor, its clause's nouns or the claim before it, then the direction's default.

/** The kind a claim's direction gives when no word names one. */
export function directionKind(direction: Direction): ClaimKind {
  if (direction === 'of') return 'cost';
  if (direction === 'down') return 'other';
  return 'speedup';
}

/**
 * The kind of a claim whose metric, verb and cue name none: the nouns of the clause
 * before its figure ("Peak memory per GPU is 41% lower", "time per output token is 24%
 * lower", where the metric read was cut to "per GPU is"); null when they name none either.
 */
export function clauseKind(lead: string): ClaimKind | null {
  let from = 0;
  for (const b of lead.matchAll(CLAUSE_OR_CONJUNCTION)) from = (b.index as number) + b[0].length;
  if (from >= lead.length) return null;
  // "with long jobs the savings shrink to 15%": a verb of shrinking names no size.
  const kind = nounKind(lead.slice(from));
  return kind === 'compression' ? null : kind;
}

/** The kind the words of a claim name (cue noun, metric, verb, cue), or null. */
export function namedKind(
  cue: string | null,
  metric: string | null,
  verb: string | null,
): ClaimKind | null {
  const head = cue ? kindNamedByCue(cue) : undefined;
  if (head) return head;
  const fast = cue !== null && FAST_CUE.test(cue);
  for (const text of [metric, verb, cue]) {
    if (!text) continue;
    const kind = nounKind(text);
    if (kind && !(fast && FAST_NOT.has(kind))) return kind;
  }
  return null;
}

const REQUEST_TIME = wordsRegex([
  ...REQUEST_TIME_NOUNS,
  ...LATENCY_NOUNS,
  ...ONE_OUTPUT_TIME_NOUNS,
]);
// "The runtime brings the cold start of a function from 12 s to 0.8 s": a runtime
// before a time figure is the system, not the run.
const JOB_TIME = wordsRegex([...JOB_TIME_NOUNS, ...RUN_NOUNS.filter((w) => w !== 'runtime')]);
/** Nobody waits hours for one answer: a time this long is the length of a whole run. */
const WHOLE_RUN_SECONDS = 3600;

/**
 * Kind of a stated time or a before/after pair of times ("takes 4.5 hours", "from 41
 * minutes to 2.6 minutes"): a noun of one request or output (latency, TTFT, delay, a
 * time per query, a recovery) makes it latency, a noun of a job, a run or training a speed-up; with neither, a
 * time of an hour or more is a whole run, a speed-up, and a shorter one is `otherwise`.
 */
export function timeKind(
  words: readonly (string | null)[],
  seconds: number,
  otherwise: ClaimKind,
): ClaimKind {
  for (const text of words) if (text && REQUEST_TIME.test(text)) return 'latency';
  for (const text of words) if (text && JOB_TIME.test(text)) return 'speedup';
  return seconds >= WHOLE_RUN_SECONDS ? 'speedup' : otherwise;
}

/** A subject of one answer or of getting back to work: "restores are 2.2x faster". */
const ONE_OUTPUT_SUBJECT = wordsRegex(ONE_OUTPUT_WORK);
const FIRST_OUTPUT_SUBJECT = wordsRegex(FIRST_OUTPUT_WORK);
const SPEED_CUE = /^(?:faster|quicker|sooner|speed-?ups?|accelerations?)$/i;
const LATENCY_GAIN_BEFORE = new RegExp(
  String.raw`\b(?:${alternation(LATENCY_NOUNS)})\s+(?:speed-?ups?|accelerations?)(?:\s+(?:ratios?|factors?))?\s+(?:of\s+)?(?:(?:up\s+to|about|around|roughly|nearly|over)\s+)?$`,
  'i',
);

/**
 * A speed-up of one output's time is a latency: the metric names one ("a 1.9x speed-up
 * in prefill latency", "1.9x faster per turn"), or the clause before the figure does
 * its work ("recovery completes 4.2x faster", "it responds 5.3x faster").
 */
export function speedsOneOutput(cue: string | null, metric: string | null, lead: string): boolean {
  if (metric && REQUEST_TIME.test(metric)) return true;
  if (!cue || !SPEED_CUE.test(cue)) return false;
  // "an average inference latency speedup of 3.1x", "a TTFT speed-up ratio of 2.7x": the
  // gain noun's own modifier names one output's time.
  if (LATENCY_GAIN_BEFORE.test(lead.slice(-80))) return true;
  // The clause the figure is in: after the last comma, semicolon or colon.
  const from = Math.max(lead.lastIndexOf(','), lead.lastIndexOf(';'), lead.lastIndexOf(':')) + 1;
  const clause = lead.slice(from);
  return (
    ONE_OUTPUT_SUBJECT.test(clause) ||
    (clause.includes('first') && FIRST_OUTPUT_SUBJECT.test(clause))
  );
}

const SHORTEN_VERB = /^shorten/i;
const SHORTENED_TEXT = wordsRegex(SHORTENED_TEXT_NOUNS);

/**
 * A claim made by a verb of shortening ("shortens X by 35%") is about the time of X when X
 * is a piece of work and names no time or latency of its own, and about the tokens of X when
 * X is text: the kind `kind` becomes, or null to keep it.
 */
export function shortenedKind(
  verb: string | null,
  metric: string | null,
  kind: ClaimKind,
): ClaimKind | null {
  if (!verb || !SHORTEN_VERB.test(verb) || kind === 'speedup' || kind === 'latency') return null;
  if (metric && SHORTENED_TEXT.test(metric)) return kind === 'compute' ? null : 'compute';
  return 'speedup';
}

const RUN_TIME_MEMORY = wordsRegex(RUN_TIME_MEMORY_NOUNS);
const STORED_MODEL = wordsRegex(STORED_MODEL_NOUNS);
// "shrink AdamW state from 16 bytes to 6 bytes per parameter": what training holds.
const TRAINING_STATE = wordsRegex(['state', 'states', 'activation*', 'gradient*', 'per parameter']);

/**
 * Kind of a before/after pair of sizes: memory a system holds while it runs ("peak
 * memory falls from 40 GB to 12 GB"), unless the words before it name a stored model,
 * file or index, or a verb of shrinking it, and no run-time memory ("the Llama-3-8B
 * checkpoint shrinks from 16.1 GB to 3.4 GB", "shrinks Mixtral-8x7B from 94 GB to 51 GB").
 */
export function sizeKind(words: string): ClaimKind {
  return !RUN_TIME_MEMORY.test(words) && !TRAINING_STATE.test(words) && STORED_MODEL.test(words)
    ? 'compression'
    : 'memory';
}
