// Word lists that decide whether a number is a performance claim and of what
// kind. Each list is about English usage in systems abstracts, not about any
// one paper: "reduce … by", "N× higher <noun>", "N% of the cost".
import type { ClaimKind } from '../../dataset/schema';

export type Direction = 'up' | 'down' | 'of' | 'abs';

/** Qualifiers that belong to the stated number ("up to 2x", "about 1.7x"). */
export const QUALIFIER_BEFORE =
  /(?:\b(?:up to|upwards of|about|around|roughly|approximately|nearly|almost|over|more than|greater than|at least|as much as|as high as|an average of|on average|a factor of)\s+|[~≈>]\s?)+$/i;
/** Left context ending in "by [qualifier]": the number measures a verb's change. */
export const BY_BEFORE =
  /\bby(?:\s+(?:up to|about|around|roughly|approximately|nearly|almost|over|more than|at least|as much as|an average of|on average|a factor of|only|just))*\s+[~≈]?\s?$/i;

export const UP_VERB =
  /\b(?:accelerat\w*|speed(?:s|ing)?\s+up|sped\s+up|improv\w*|increas\w*|boost\w*|rais\w*|enhanc\w*|outperform\w*|outpac\w*|surpass\w*|exceed\w*|beat\w*|lift\w*|grow\w*|grew|multipl\w*|rises?|rose|rising|jump\w*|amplif\w*)\b/gi;
export const DOWN_VERB =
  /\b(?:reduc\w*|cut(?:s|ting)?|lower(?:s|ed|ing)?|decreas\w*|shrink\w*|shrunk|shrank|sav(?:e|es|ed|ing)|slash\w*|trim\w*|drop\w*|fall(?:s|ing)?|fell|declin\w*|compress\w*|diminish\w*|shorten\w*|minimi[sz]\w*|curtail\w*|lessen\w*)\b/gi;
/** Verbs that are about speed whatever their object. */
export const SPEED_VERB = /^(?:accelerat|speed|sped|outperform|outpac)/i;

/** Nouns that make a change a performance change. */
export const PERF_NOUN =
  /\b(?:throughput|goodput|speeds?|efficien\w*|latenc\w*|time|runtime|wall-?clock|TTFT|TPOT|TBT|memory|footprint|(?:KV[- ]?)?cache|VRAM|bandwidth|cost|price|budget|dollars|GPU[- ]?hours|GPUs|energy|power|carbon|emissions?|FLOPs?|compute|computation|operations|MACs|steps|iterations|tokens\/s|utili[sz]ation|MFU|HFU|performance|inference|training|decoding|prefill|generation|sampling|serving|backward|forward|parameters|weights|size|storage|(?<!-)tokens|evaluations|NFEs?)\b/gi;
/** Nouns of quality, not speed: a change in them is not a performance claim. */
export const NONPERF_NOUN =
  /\b(?:accura\w*|scores?|points?|pp|F1|BLEU|ROUGE[\w-]*|METEOR|CIDEr|perplexity|PPL|errors?|WER|CER|FID|FVD|PSNR|SSIM|LPIPS|mIoU|mAP|AUROC|AUC|top-[15]|pass@\w+|win[- ]rates?|success[- ]rates?|exact[- ]match|recall|quality|sparsity|sparse|gap|margin|preferences?|MOS|loss|rewards?|benchmarks?|tasks?|problems|questions|comparisons|papers|comments|documents|passages|languages|users|data|robustness|fidelity|coherence|diversity|alignment|hallucination\w*|correctness|agreement|consistency|vocabulary|context(?: length)?|resolution|batch size|layers|depth|width)\b/gi;
/** Size nouns: a reduction in them is compression; an increase is not a claim. */
export const SIZE_NOUN = /\b(?:parameters|weights|size|tokens|samples)\b/i;

/**
 * Cue words right after a number, with the direction they give it. A Map, not an
 * object: a word read from an abstract ("constructor", "__proto__") must never find
 * an Object.prototype member.
 */
const CUES = new Map<string, Direction>(
  Object.entries({
    faster: 'up',
    quicker: 'up',
    speedup: 'up',
    speedups: 'up',
    'speed-up': 'up',
    'speed-ups': 'up',
    acceleration: 'up',
    accelerations: 'up',
    higher: 'up',
    more: 'up',
    greater: 'up',
    better: 'up',
    increase: 'up',
    increases: 'up',
    improvement: 'up',
    improvements: 'up',
    gain: 'up',
    gains: 'up',
    boost: 'up',
    boosts: 'up',
    enhancement: 'up',
    enhancements: 'up',
    lower: 'down',
    less: 'down',
    fewer: 'down',
    smaller: 'down',
    shorter: 'down',
    reduction: 'down',
    reductions: 'down',
    decrease: 'down',
    decreases: 'down',
    saving: 'down',
    savings: 'down',
    cheaper: 'down',
    compression: 'down',
    drop: 'down',
    cut: 'down',
  } satisfies Record<string, Direction>),
);
/** Up-cues that say nothing about speed by themselves ("2x more", "10% higher"). */
const NEEDS_NOUN = new Set([
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
]);

export function cueDirection(word: string): Direction | null {
  return CUES.get(word.toLowerCase()) ?? null;
}
export function cueNeedsNoun(word: string): boolean {
  return NEEDS_NOUN.has(word.toLowerCase());
}

/** Words that end a noun phrase in the right context. */
export const STOP_WORD =
  /^(?:than|of|on|in|at|for|with|and|or|over|to|by|from|the|a|an|while|when|which|compared|relative|vs\.?|versus|against|across|under|without|using|respectively|as|but|whereas|across|after|before|per|that|is|are|was|were|its|their|our|this|these|those)$/i;

/**
 * Which of two noun classes is nearer the number decides: "improves generation
 * quality by 5%" is about quality even though "generation" is a process noun.
 * `towardsEnd` says the number comes after the text (left context).
 */
export function nearestNoun(text: string, towardsEnd: boolean): 'perf' | 'nonperf' | 'size' | null {
  const perf = lastOrFirst(PERF_NOUN, text, towardsEnd);
  const nonperf = lastOrFirst(NONPERF_NOUN, text, towardsEnd);
  if (perf === null && nonperf === null) return null;
  const pick =
    nonperf !== null &&
    (perf === null || (towardsEnd ? nonperf.at > perf.at : nonperf.at < perf.at))
      ? 'nonperf'
      : 'perf';
  if (pick === 'perf' && perf && SIZE_NOUN.test(perf.word)) return 'size';
  return pick;
}

function lastOrFirst(re: RegExp, text: string, last: boolean): { at: number; word: string } | null {
  re.lastIndex = 0;
  let found: { at: number; word: string } | null = null;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    found = { at: m.index, word: m[0] };
    if (!last) break;
  }
  return found;
}

/** The last up- or down-verb in `text`, with its direction. */
export function lastVerb(
  text: string,
): { at: number; end: number; word: string; direction: Direction } | null {
  let best: { at: number; end: number; word: string; direction: Direction } | null = null;
  for (const [re, direction] of [
    [UP_VERB, 'up'],
    [DOWN_VERB, 'down'],
  ] as const) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (!best || m.index > best.at)
        best = { at: m.index, end: m.index + m[0].length, word: m[0], direction };
    }
  }
  return best;
}

const KIND_BY_NOUN: [ClaimKind, RegExp][] = [
  ['utilization', /\b(?:MFU|HFU|utili[sz]ation|peak)\b/i],
  ['cost', /\b(?:costs?|costing|cheaper|price|dollars?|budget|GPU[- ]?hours|GPUs)\b|\$/i],
  ['energy', /\b(?:energy|power|carbon|emissions?|joules?|watts?|battery)\b/i],
  [
    'latency',
    /\b(?:latenc\w*|TTFT|TPOT|TBT|time[- ]to[- ]first[- ]token|response time|time[- ]between[- ]tokens|completion time|time)\b/i,
  ],
  [
    'throughput',
    /\b(?:throughput|goodput|tokens?\/s|tokens per second|QPS|requests per second)\b/i,
  ],
  ['memory', /\b(?:memory|footprint|(?:KV[- ]?)?cache|VRAM|storage)\b/i],
  [
    'compute',
    /\b(?:FLOPs?|compute|computation|operations|MACs|steps|iterations|tokens|evaluations|NFEs?)\b/i,
  ],
  ['compression', /\b(?:compression|compress\w*|smaller|parameters|weights|model size|size)\b/i],
  [
    'speedup',
    /\b(?:faster|speed|speedups?|speed-ups?|accelerat\w*|quicker|wall-?clock|runtime)\b/i,
  ],
];
// Metric phrases, verbs and cue words repeat across abstracts: each is looked up once.
const kindCache = new Map<string, ClaimKind | null>();

function nounKind(text: string): ClaimKind | null {
  let kind = kindCache.get(text);
  if (kind !== undefined) return kind;
  kind = null;
  for (const [k, re] of KIND_BY_NOUN) {
    if (re.test(text)) {
      kind = k;
      break;
    }
  }
  if (kindCache.size > 50_000) kindCache.clear();
  kindCache.set(text, kind);
  return kind;
}

const KIND_BY_HEAD = new Map<string, ClaimKind>([
  ['speedup', 'speedup'],
  ['speedups', 'speedup'],
  ['speed-up', 'speedup'],
  ['speed-ups', 'speedup'],
  ['acceleration', 'speedup'],
  ['accelerations', 'speedup'],
  ['compression', 'compression'],
]);

/**
 * Kind of a claim: a kind-naming cue noun ("8x KV-cache compression") wins, then the
 * metric's nouns, then the verb or cue's own meaning, then the direction's default.
 */
export function kindOf(
  cue: string | null,
  metric: string | null,
  verb: string | null,
  direction: Direction,
): ClaimKind {
  const head = cue ? KIND_BY_HEAD.get(cue.toLowerCase()) : undefined;
  if (head) return head;
  for (const text of [metric, verb, cue]) {
    if (!text) continue;
    const kind = nounKind(text);
    if (kind) return kind;
  }
  if (direction === 'of') return 'cost';
  if (direction === 'down') return 'other';
  return 'speedup';
}
