// Cue words right after a number, and the direction they give it: "2x faster",
// "40% less memory", "a 3x reduction". Lookups are Maps and Sets so that a word
// read from an abstract ("constructor") never finds an Object.prototype member.
import type { ClaimKind } from '../../../dataset/schema';
import type { Direction } from '../decision';

/** Up-cues that say nothing about speed by themselves ("2x more", "10% higher"): they need a performance noun. */
export const NOUN_NEEDING_CUES = [
  'higher',
  'more',
  'greater',
  'better',
  'increase',
  'increases',
  'improvement',
  'improvements',
  'gain',
  'gains',
  'boost',
  'boosts',
  'enhancement',
  'enhancements',
] as const;

/** Nouns of a gain in speed, singular and plural: "a 2x speedup", "accelerations of 3x". */
const SPEED_UP_NOUNS = [
  'speedup',
  'speedups',
  'speed-up',
  'speed-ups',
  'acceleration',
  'accelerations',
] as const;

/**
 * Nouns that name a gain by themselves, singular and plural ("a speedup of 2.4", "gains
 * of 1.3x", "the improvement remains 1.2"); a ratio or factor may follow them ("a
 * speedup ratio of", "a throughput gain ratio of", "speedup factors of").
 */
export const GAIN_NOUNS = [
  ...SPEED_UP_NOUNS,
  'gain',
  'gains',
  'improvement',
  'improvements',
  'boost',
  'boosts',
] as const;
/**
 * Modifiers that make a gain noun a gain in speed: "a 1.48x end-to-end improvement", "a
 * 1.3 to 5.4 end-to-end speedup", "a 2x wall-clock gain".
 */
export const SPEED_MODIFIERS = [
  'end-to-end',
  'inference',
  'decoding',
  'prefill',
  'training',
  'sampling',
  'wall-clock',
] as const;
export const GAIN_RATIO_NOUNS = ['ratio', 'ratios', 'factor', 'factors'] as const;
/** A baseline a gain noun may name before its link: "the speedup over the eager baseline is 1.8". */
export const GAIN_BASELINE = String.raw`(?:\s+(?:over|versus|vs\.?|against|relative\s+to|compared\s+(?:with|to))\s+[\w.-]+(?:\s+[\w.-]+){0,2})?`;
/** Words that link a gain noun to its figure: "speedups of", "the gain is", "the gain remains". */
export const GAIN_LINKS = [
  'of',
  'is',
  'was',
  'are',
  'were',
  'remains at',
  'remained at',
  'stays at',
  'stayed at',
  'remains',
  'remained',
  'stays',
  'stayed',
  'reach',
  'reaches',
  'reached',
  'reaching',
] as const;

/**
 * Participles used as adjectives, before the noun they change: "over 22x reduced storage",
 * "24.6% reduced memory usage", "a 1.8x improved throughput". They say which way, not
 * what moved: like "higher" they need a performance noun ("a 50% reduced rank" is none).
 */
const PARTICIPLE_UP_CUES = ['improved', 'increased', 'enhanced', 'boosted'] as const;
const PARTICIPLE_DOWN_CUES = ['reduced', 'decreased', 'lowered', 'shortened'] as const;

export const UP_CUES = [
  'faster',
  'quicker',
  ...SPEED_UP_NOUNS,
  ...NOUN_NEEDING_CUES,
  ...PARTICIPLE_UP_CUES,
] as const;

export const DOWN_CUES = [
  'lower',
  'less',
  'fewer',
  'smaller',
  'shorter',
  'reduction',
  'reductions',
  'decrease',
  'decreases',
  'saving',
  'savings',
  'cheaper',
  'compression',
  'drop',
  'cut',
  // "finishes 28% sooner": the time to finish shrinks.
  'sooner',
  ...PARTICIPLE_DOWN_CUES,
] as const;

/** Cue nouns that name the claim's kind by themselves ("8x KV-cache compression"). */
export const KIND_NAMING_CUES: readonly (readonly [string, ClaimKind])[] = [
  ['speedup', 'speedup'],
  ['speedups', 'speedup'],
  ['speed-up', 'speedup'],
  ['speed-ups', 'speedup'],
  ['acceleration', 'speedup'],
  ['accelerations', 'speedup'],
  ['sooner', 'speedup'],
  ['compression', 'compression'],
  // Set by the served-work and larger-batches rules, which know the kind from the verb,
  // and by data-moved (less data read or moved is memory traffic).
  ['throughput', 'throughput'],
  ['memory', 'memory'],
  // Set by the less-data rule: the same result from less data saves compute.
  ['data', 'compute'],
  // Set by the fewer-work rule: fewer calls, passes or measurements for the same result.
  ['work', 'compute'],
  // Set by the share-removed rule on machines or money saved ("frees 35% of GPU capacity").
  ['resources', 'cost'],
];

const CUES = new Map<string, Direction>([
  ...UP_CUES.map((w) => [w, 'up'] as const),
  ...DOWN_CUES.map((w) => [w, 'down'] as const),
]);
const NEEDS_NOUN = new Set<string>([
  ...NOUN_NEEDING_CUES,
  ...PARTICIPLE_UP_CUES,
  ...PARTICIPLE_DOWN_CUES,
]);
const KIND_BY_CUE = new Map(KIND_NAMING_CUES);

export function cueDirection(word: string): Direction | null {
  return CUES.get(word.toLowerCase()) ?? null;
}
export function cueNeedsNoun(word: string): boolean {
  return NEEDS_NOUN.has(word.toLowerCase());
}
export function kindNamedByCue(word: string): ClaimKind | undefined {
  return KIND_BY_CUE.get(word.toLowerCase());
}
