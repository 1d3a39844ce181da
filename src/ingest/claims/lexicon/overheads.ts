// Words that make a figure a cost the paper pays or a setting it chose, not a
// gain it claims: "with a 1% slowdown", "low load inflates cost by 22x",
// "communication takes 35% of decoding time", "keeps the overhead at 9% of the
// attention time", "with a compression ratio of 88%".
import { alternation, wordsRegex } from './build';
import { GAIN_NOUNS } from './cues';
import { FIGURE_QUALIFIED } from './qualifiers';

/** Nouns for a change for the worse, right after the number: "a 1% slowdown". */
export const WORSE_NOUNS = [
  'slowdown',
  'slowdowns',
  'slow-down',
  'slow-downs',
  'penalty',
  'penalties',
  'degradation',
  'regression',
  'regressions',
] as const;

/** Verbs that make a quantity worse: "inflates it by 2.3x", "bloats the cache by 40%". */
export const WORSE_VERBS = [
  'inflat*',
  'bloat*',
  'degrad*',
  'hurt*',
  'penaliz*',
  'penalis*',
  'worsen*',
  'slows',
  'slowed',
  'slowing',
] as const;

/** Nouns naming an overhead: a share of the time or cost spent on it is not a saving. */
export const OVERHEAD_NOUNS = [
  'overhead',
  'overheads',
  'penalty',
  'slowdown',
  'bubble',
  'bubbles',
  // A cost named as added by the method: "keeping the extra cost to about 8% of …".
  'extra cost',
  'added cost',
  'additional cost',
  'extra time',
  'added time',
  'additional time',
  'extra latency',
  'added latency',
  'additional latency',
  'extra compute',
  'additional compute',
] as const;

/**
 * Verbs by which a part takes its share of the whole: "communication takes 35%
 * of decoding time" is a breakdown, unless "only" makes it the paper's saving.
 */
export const BREAKDOWN_VERBS = [
  'take',
  'takes',
  'took',
  'taking',
  'consume',
  'consumes',
  'consumed',
  'consuming',
  'dominate',
  'dominates',
  'occupy',
  'occupies',
  'occupied',
  'represent',
  'represents',
  'constitute',
  'constitutes',
  'make up',
  'makes up',
] as const;

/**
 * Verbs that count the items a result holds for, right before a share: "completes
 * 27% of the steps", "agrees with the graders on 86% of items", "beats eager on 38% of
 * operators". The share is a success rate, never a part of the cost the system pays.
 */
export const ITEM_SHARE_VERBS = [
  'on',
  'complet*',
  'solv*',
  'resolv*',
  'answer*',
  'reproduc*',
  'pass',
  'passes',
  'passed',
  'fix',
  'fixes',
  'fixed',
  'succeed*',
  'win',
  'wins',
  'won',
] as const;

/**
 * What a share of the whole goes to, after it: "41% of step time is spent waiting for
 * data", "30% of the energy goes to data movement". The share is a part of the cost,
 * not the cost the system brought it down to.
 */
export const SPENT_AFTER_VERBS = [
  'is spent',
  'are spent',
  'was spent',
  'were spent',
  'is wasted',
  'are wasted',
  'was wasted',
  'is lost',
  'are lost',
  'goes to',
  'go to',
  'went to',
] as const;

/** A ratio or rate the method was run at, a setting: "with a compression ratio of 88%". */
export const SETTING_NOUNS = [
  'ratio',
  'ratios',
  'rate',
  'rates',
  'sparsity',
  'budget',
  'keep ratio',
  'retention ratio',
  // "with a speedup ratio target of 3x": a goal set, not one reached.
  'target',
  'targets',
  // "retains 95% of the performance with 25% and 50% expert reduction": how much of the model
  // was removed, the setting its quality is kept at ("with a 40% latency reduction" is a result)
  'expert reduction',
  'parameter reduction',
  'layer reduction',
  'pruning',
] as const;

/**
 * Prepositions that introduce a setting: "at a pruning ratio of 50%", "under 70% sparsity",
 * "for compression ratios from 8x to 200x", "across keep ratios of 10% to 50%".
 */
export const SETTING_OPENERS = ['with', 'at', 'under', 'using', 'for', 'across'] as const;

export const WORSE_NOUN_FIRST = new RegExp(`^(?:${alternation(WORSE_NOUNS)})$`, 'i');
export const WORSE_VERB_BY = new RegExp(
  String.raw`\b(?:${alternation(WORSE_VERBS)})\s+(?:[\w'-]+\s+){0,4}?by\s+(?:(?:up\s+to|about|around|roughly|nearly|almost|over|more\s+than)\s+)?$`,
  'i',
);
export const OVERHEAD_NOUN = wordsRegex(OVERHEAD_NOUNS);
export const BREAKDOWN_VERB_LAST = new RegExp(
  String.raw`\b(?:${alternation(BREAKDOWN_VERBS)})\s+(?:(?:about|around|roughly|nearly|almost|up\s+to|between|over|more\s+than)\s+)?$`,
  'i',
);
// A gain noun's ratio is a result, not a setting ("with a speedup ratio of 3.9x", "at a
// throughput gain ratio of 4x"); its target is a setting again ("with a speedup ratio
// target of 3x").
export const SETTING_BEFORE = new RegExp(
  String.raw`\b(?:${alternation(SETTING_OPENERS)})\s+(?:an?\s+|the\s+)?(?:(?!(?:${alternation(GAIN_NOUNS)})\s+(?:ratios?|rates?|factors?)\s+(?:of\s+)?${FIGURE_QUALIFIED}$)[\w-]+\s+){0,2}?(?:${alternation(SETTING_NOUNS)})\s+(?:(?:of|from|between)\s+)?${FIGURE_QUALIFIED}$`,
  'i',
);
/**
 * The same setting with the figure first: "at a 4x compression ratio", "with a 50%
 * pruning ratio", "under a 2x memory budget", "at 70% sparsity". The opener stands right
 * before the figure (SETTING_OPENER_LAST), the setting noun within two words after it
 * (SETTING_NOUN_NEXT); a comparative or a gain noun between ("at a 3x higher rate", "at a
 * 2x speedup ratio") or an article ("at 2.2x the rate of X") is a result, not a setting.
 */
export const SETTING_OPENER_LAST = new RegExp(
  String.raw`\b(?:${alternation(SETTING_OPENERS)})\s+(?:an?\s+|the\s+)?$`,
  'i',
);
export const SETTING_NOUN_NEXT = new RegExp(
  String.raw`^\s*(?:(?!(?:[\w-]+er|the|its|their|that|more|less|fewer|reduced|increased|improved|${alternation(GAIN_NOUNS)})\b)[\w-]+\s+){0,2}?(?:${alternation(SETTING_NOUNS)})\b`,
  'i',
);
export const ITEM_SHARE_LAST = new RegExp(
  String.raw`\b(?:${alternation(ITEM_SHARE_VERBS)})\s+(?:(?:only|just|about|around|roughly|nearly|almost|over|more\s+than)\s+)?$`,
  'i',
);
export const SPENT_AFTER = new RegExp(
  String.raw`^[^,;:]{0,60}?\b(?:${alternation(SPENT_AFTER_VERBS)})\b`,
  'i',
);
