// Verbs that say a quantity went up or down: "reduces latency by 2x", "throughput
// rises by 30%". A capitalized word is a name, not a verb (see words.ts).
import { alternation, wordsRegex } from './build';

export const UP_VERBS = [
  'accelerat*',
  'speed up',
  'speeds up',
  'speeding up',
  'sped up',
  'improv*',
  'increas*',
  'boost*',
  'rais*',
  'enhanc*',
  'outperform*',
  'outpac*',
  'surpass*',
  'exceed*',
  'beat*',
  'lift*',
  'grow*',
  'grew',
  'multipl*',
  'rise',
  'rises',
  'rose',
  'rising',
  'jump*',
  'amplif*',
  'expand*',
  'widen*',
  'broaden*',
  // "data-parallel throughput scales 7.4x on 8 GPUs": a performance noun that scales has grown.
  'scale',
  'scales',
  'scaled',
] as const;

export const DOWN_VERBS = [
  'reduc*',
  'cut',
  'cuts',
  'cutting',
  'lower',
  'lowers',
  'lowered',
  'lowering',
  'decreas*',
  'shrink*',
  'shrunk',
  'shrank',
  'save',
  'saves',
  'saved',
  'saving',
  'slash*',
  'trim*',
  'drop*',
  'fall',
  'falls',
  'falling',
  'fell',
  'declin*',
  'compress*',
  'diminish*',
  'shorten*',
  'minimis*',
  'minimiz*',
  'curtail*',
  'lessen*',
  'mitigat*',
  'alleviat*',
] as const;

/** Verbs about speed whatever their object ("accelerates decoding by 2x"). */
export const SPEED_VERB_STEMS = [
  'accelerat*',
  'speed*',
  'sped*',
  'outperform*',
  'outpac*',
] as const;

export const UP_VERB = wordsRegex(UP_VERBS, 'gi');
export const DOWN_VERB = wordsRegex(DOWN_VERBS, 'gi');
export const SPEED_VERB = new RegExp(`^(?:${alternation(SPEED_VERB_STEMS)})`, 'i');

/** Verbs that compare with a rival rather than measure a quantity: their object is the baseline. */
const OUTPERFORM_VERB_STEMS = ['outperform*', 'outpac*', 'surpass*', 'exceed*', 'beat*'] as const;
export const OUTPERFORM_VERB = new RegExp(`^(?:${alternation(OUTPERFORM_VERB_STEMS)})`, 'i');

/** Verbs of reaching an end point: "finishes 28% sooner", "first token arrives 1.3x sooner". */
export const FINISH_VERBS = [
  'finish*',
  'complet*',
  'converg*',
  'reach*',
  'arriv*',
  // "the first token appears 3.7x sooner": an output shows up at its end point.
  'appear*',
  'respond*',
  'return*',
  'answer*',
  'end',
  'ends',
  'done',
  'ready',
] as const;

export const FINISH_VERB = wordsRegex(FINISH_VERBS);
