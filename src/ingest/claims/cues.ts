// The words that make a number a claim: a verb before it ("reduces X by"),
// a cue after it ("2x higher throughput"), a noun before it ("speedups of").
import { OVER_NOT_BASELINE } from './context';
import { COMPARISON_FIRST, COMPARISON_IN, COMPARISON_SOURCE } from './lexicon/comparison';
import {
  cueDirection,
  cueNeedsNoun,
  GAIN_BASELINE,
  GAIN_NOUNS,
  GAIN_RATIO_NOUNS,
  SPEED_MODIFIERS,
} from './lexicon/cues';
import { alternation, lastWordSet } from './lexicon/build';
import {
  BY_BEFORE,
  BY_LAST_WORDS,
  FIGURE_QUALIFIED,
  FIGURE_QUALIFIERS,
} from './lexicon/qualifiers';
import { OUTPUT_LENGTH, worseDirection } from './lexicon/nouns';
import { WORSE_NOUN_FIRST } from './lexicon/overheads';
import {
  CAPACITY_VERB,
  HELD_THINGS,
  RATE_TAIL,
  ROOM_VERBS,
  SERVE_VERB,
  SERVED_WORK_WORD,
} from './lexicon/served';
import { STOP_WORD } from './lexicon/stop-words';
import { FINISH_VERB, OUTPERFORM_VERB } from './lexicon/verbs';
import type { RuleName } from './rules';
import { shortMetric, tidyPhrase, type Word } from './phrases';
import { clauseStart } from './sentences';
import {
  endsInPerfNoun,
  isQualityNoun,
  lastVerbIn,
  namesQuality,
  nearestNounIn,
  type NounClass,
  nounOutsideAdjuncts,
  NONPERF,
  type VerbHit,
  wordFlagsAt,
} from './words';
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
import { subjectHead, subjectPhrase } from './verb-factor';
import { work } from './work';

// "speedups of 3x", "the gain is 1.2x", and the gain growing: "the gains grow to 1.9x",
// "the speedup grows from 2.1x to 2.5x" (the claim is the figure it grows to).
const INPUT_LENGTH = /\b(?:context|prompt|input)\s+(?:lengths?|sizes?|tokens)\b/i;
/** A verb of what a system needs or spends, right before the figure: "needs 3x more …". */
const NEEDS_LAST =
  /\b(?:needs?|needed|requires?|required|uses|used|takes|took|costs|consumes?|consumed|spends?|spent|incurs?|incurred)\s+(?:about\s+|roughly\s+|nearly\s+|up\s+to\s+|over\s+)?$/i;
// The gain may name its baseline ("the mean gain over eager mode rises to 1.4x"), shrink
// for another setting and still be a gain ("the speedup falls to 1.5x at 32K", "the savings
// shrink to 19%": a saving of 19%), or be played down ("the gain is a modest 1.3x").
// Any gain noun may carry a ratio or factor ("a throughput gain ratio of", "speedup ratios
// of"), and the figure may carry any figure qualifier ("the gain is still 1.2x", "speedups
// of just 1.1"). "The gain remains 1.2x" is left to the weak verbs (classify.ts).
const NOMINAL_BEFORE = new RegExp(
  String.raw`\b((?:speed-?ups?|accelerations?|reductions?|improvements?|gains?|savings?|increases?|decreases?|boosts?)(?:\s+(?:${alternation(GAIN_RATIO_NOUNS)}))?|gaps?|compression(?:\s+(?:ratios?|rates?|factors?))?)${GAIN_BASELINE}\s+(?:(grows?|grew|rises?|rose|climbs?|climbed|increases?|increased|goes|went|jumps?|jumped|widens?|widened|reach(?:es|ed)?)\s+|(?:shrinks?|shrank|falls?|fell|drops?|dropped|narrows?|narrowed|declines?|declined|decreases?|decreased|eases?|eased)\s+(?=to\b))?(?:(?:rang(?:e|es|ed|ing)\s+)?(?:from|between)|rang(?:e|es|ed|ing)|lies?|of|by|reaching|exceeding|above|beyond|is|was|are|were|reaches|at|to)(?:\s+a\s+(?:more\s+|still\s+)?modest)?\s*${FIGURE_QUALIFIED}$`,
  'i',
);
const CONTRARY_FIRST =
  /^(?:larger|longer|bigger|wider|deeper|earlier|later|slower|heavier|denser|taller|older|extra|overhead|additional|more\s+accurate)$/i;
/** A comparison inside a verb's object: "improves the throughput over X by 2x". */
const COMPARISON_WITHIN = new RegExp(String.raw`\s(?:${COMPARISON_SOURCE})\s`, 'i');
// "with 5x fewer real environment interactions": an agent's episodes and interactions
// with its environment are work counted too.
const WORK_HEAD =
  /\b(?:calls|passes|measurements|queries|evaluations|iterations|rounds|passages|retrievals|lookups|trials|rollouts|invocations|interactions|episodes)$/i;
// Data the system moves, read or written, named by its participle: "data fetched", "bytes
// moved", "memory traffic generated", "pages read from disk".
const DATA_MOVED =
  /^(?:[\w-]+\s+){0,2}?(?:data|bytes|traffic|pages|blocks|records|rows|vectors|embeddings|tensors|activations|weights|I\/O|IO|reads|writes)\s+(?:fetched|read|moved|transferred|loaded|written|sent|received|accessed|generated|shuffled|communicated|exchanged|copied|scanned|streamed|retrieved|pulled|swapped|spilled|offloaded)(?:\s+(?:between|across|over|from|to|into|per|on|in)\b.*)?$/i;
const BUILD_EFFORT_HEAD =
  /^(?:[\w-]+\s+){0,2}?(?:code|source\s+code|lines\s+of\s+code|LoC|effort|engineering|boilerplate|implementation\s+effort)$/i;
// Verbs of spending whose quantity goes unnamed: "communicating 400 times less".
const SPENDING_VERB_BEFORE =
  /\b(communicat(?:es|ing|ed)|transfer(?:s|ring|red)|send(?:s|ing)|sent|consum(?:es|ing|ed)|draw(?:s|ing)|drew|spend(?:s|ing)|spent|cost(?:s|ing)?|allocat(?:es|ing|ed)|occup(?:ies|ying|ied))\s+(?:(?:only|just|about|around|roughly|nearly|up\s+to|over|more\s+than|an?\s+estimated)\s+|[~≈]\s?)*$/i;
const SPENT_BY_VERB = new Map<string, string>([
  ['commu', 'communication'],
  ['trans', 'data transferred'],
  ['send', 'data sent'],
  ['sends', 'data sent'],
  ['sendi', 'data sent'],
  ['sent', 'data sent'],
  ['consu', 'resources'],
  ['draw', 'power'],
  ['draws', 'power'],
  ['drawi', 'power'],
  ['drew', 'power'],
  ['spend', 'cost'],
  ['spent', 'cost'],
  ['cost', 'cost'],
  ['costs', 'cost'],
  ['costi', 'cost'],
  ['alloc', 'memory'],
  ['occup', 'memory'],
]);
const AUTHORS_BEFORE = /\b(?:we|our\s+team)\s+(?:[a-z]+\s+){0,2}$/i;
const DATA_HEAD = /\b(?:data|examples|labels|annotations|demonstrations)$/i;
const AMOUNT_CUE =
  /^(?:more|higher|greater|increases?|increased|lower|less|fewer|reductions?|reduced|decreases?|decreased|lowered)$/i;
const TWO_WORD_CUE = /^speed\s+up$/i;
const SPEEDUP_NOUN = /^(?:speed-?ups?|acceleration)$/i;
const SPEEDUP_SUBJECT =
  /\b(?:speed-?ups?|acceleration)(?:\s+(?:ratios?|factors?))?\b(?:\s+(?:of|for|on)\s+(?:[\w-]+\s+){1,5}?)?\s*(?:shows?|showed|sees?|saw|gets?|got|achieves?|achieved|yields?|yielded|enjoys?|has|had)\s+(?:an?\s+)?(?:(?:average|mean|overall|further|additional|relative)\s+)?$/i;
// "35% above the offered load", "10% above the target": a bar or a load, not a rival.
const ABOVE_BAR =
  /^(?:the|that)\s+(?:[\w-]+\s+){0,2}?(?:targets?|budgets?|loads?|limits?|thresholds?|bounds?|SLOs?|requirements?|deadlines?|goals?|caps?|peaks?)\b/i;
// A rival after "above" may own what is compared ("19% above llama.cpp's Q4_0 path").
const ABOVE_RIVAL = /^(?:the|that|those|[A-Z][\w.-]*|[a-z]+[A-Z.][\w.-]*)(?:'s|’s|'|’)?$/;
const RATE_HEAD_SECOND = /^(?:throughput|goodput|efficiency)$/i;
const BARE_RATE_NOUN = /^(?:throughput|goodput|speed|efficiency|bandwidth|tokens\/s)$/i;
const SPEED_MODIFIER = new RegExp(`^(?:${alternation(SPEED_MODIFIERS)})$`, 'i');
const GAIN_NOUN_CUE = new RegExp(`^(?:${alternation(GAIN_NOUNS)})$`, 'i');
const GROWS_TO_VERB = /^(?:scales?|scaled|grows?|grew|expands?|expanded)$/i;
// After the figure, the size the system now holds: bytes, or a count of what it stores.
const SCALED_TO_SIZE =
  /^\s+to\s+(?:over\s+|more\s+than\s+|about\s+|nearly\s+)?[\d.,]+\s?(?:[KMGTP]i?B\b|(?:[KMBT]|million|billion|trillion)\s+(?:[\w-]+\s+)?(?:parameters|embeddings|entries|rows|vectors|documents|keys|items|users|tokens)\b)/i;
// What grows by itself (the data, the traffic, model sizes in general) is the problem's scale.
const WORKLOAD_GROWTH =
  /\b(?:datasets?|data|corpus|corpora|logs?|traffic|workloads?|demands?|volumes?|sizes?|counts?|footprints?)\s*$/i;
const TREND_AFTER = /\b(?:every|each|per)\s+(?:year|month|generation)\b|\bannually\b|\byearly\b/i;
const BATCH_SUBJECT = /\b(?:(?:micro|mini)-?)?batch(?:es|\s+sizes?)\s*$/i;
const SUBORDINATE_OR_AUTHORS = /\b(?:as|when|if|while|once|until|we|our)\b/i;
const BATCH_MODIFIER = /^(?:maximum|max|effective|global|supported|feasible|achievable)$/i;
const PLAYED_DOWN_LAST = /\b(?:only|just)\s+$/i;
const NOMINAL_LAST = new Set([
  ...lastWordSet(FIGURE_QUALIFIERS),
  // "speedups range between 1.3x and 2x": the lexer's range starts at "between".
  'range',
  'ranges',
  'ranged',
  'ranging',
  'lie',
  'lies',
  'were',
  'of',
  'by',
  'reaching',
  // "compression rates exceeding 18×", "speedups above 2x".
  'exceeding',
  'above',
  'beyond',
  'is',
  'was',
  'are',
  'reaches',
  'at',
  'to',
  'from',
  'between',
  'modest',
]);

export const SERVICE_MISS =
  /\b(?:SLOs?|SLAs?|deadlines?|latency[- ]targets?|(?:latency|TTFT|TPOT)[- ]SLOs?)[- ](?:violations?|violation\s+(?:rates?|ratios?)|miss(?:es|\s+rates?)?|attainment)\b|\b(?:violations?|misses)\s+of\s+(?:the\s+|their\s+|its\s+)?(?:[\w-]+\s+)?(?:SLOs?|SLAs?|deadlines?|latency\s+targets?)\b/i;
const RAISE_VERB = /^(?:increas|rais|grow|grew|inflat|add)/i;
const RATE_WANTED =
  /\b(?:throughput|goodput|speed|QoE|TPS|(?:compression|reduction)\s+(?:ratios?|rates?))$/i;

/** "by [up to] N": the last up/down verb before it and what it acts on. */
const NOUN_BEFORE = /(?:\b(?:a|an)\s+(?:[\d.]+\s*%\s+)?|\d\s*%\s+)$/i;

const WITHSTAND_BEFORE =
  /\b(?:tolerat(?:es?|ed|ing)|withstand(?:s|ing)?|withstood|absorb(?:s|ed|ing)?|handl(?:es?|ed|ing)|surviv(?:es?|ed|ing)|accommodat(?:es?|ed|ing))\s+(?:up\s+to\s+|about\s+|around\s+|nearly\s+|over\s+|more\s+than\s+)?$/i;
const LOAD_HEAD =
  /\b(?:traffic|load|loads|bursts?|spikes?|request\s+rates?|arrival\s+rates?|concurrency|QPS)$/i;
const SCORED_PERFORMANCE =
  /^(?:(?:the\s+)?(?:average|overall|mean|zero-shot|few-shot|downstream|task|benchmark)\s+)?performance(?:\s+of\s.*)?$/i;
const SCORE_MODIFIER =
  /^(?:the\s+)?(?:average|overall|mean|zero-shot|few-shot|downstream|task|benchmark)\s/i;
const BENCHMARKS_AFTER =
  /^\s+(?:on\s+average\s+)?(?:across|on|over)\s+(?:\d+|all|several|multiple|many|the|these|six|five|four|three|ten|seven|eight|nine|twelve)?\s*(?:[\w-]+\s+){0,3}?(?:benchmarks?|tasks?)\b/i;

const IMPROVE_OVER = /^improv(?:e|es|ed|ing)$/i;
const RIVAL_INSIDE = /\S\s+over\s+(?:its\s+own\s+|the\s+|their\s+|our\s+)?\S/i;
const RIVAL_FIRST = /^\s*(?:over|on|upon)\s+/i;
const isMultType = (c: Context) => c.m.type === 'mult' || c.m.type === 'word';
// "by 2x in accuracy": the lead is in a quality named after the figure.
const IN_WORDS = /^\s+in\s+((?:[\w-]+\s*){1,3})/i;
function qualityIn(c: Context): boolean {
  const m = IN_WORDS.exec(c.text.slice(c.m.end, c.m.end + 40));
  return !!m && namesQuality(m[1] as string);
}

const IN_METRIC = /^(.+?)\s+in\s+(?:both\s+|terms\s+of\s+|all\s+of\s+)?(.+)$/i;

/** What an outperforming verb's object names: the system beaten and the metric it lost on. */
function outperformed(
  object: string | null,
  named: NounClass,
  ownVerb: boolean,
): { baseline: string | null; metric: string | null } {
  if (!object) return { baseline: null, metric: null };
  if (!ownVerb) return { baseline: null, metric: named === 'perf' ? object : null };
  const m = IN_METRIC.exec(object);
  if (m && named === 'perf' && endsInPerfNoun(m[2] as string))
    return { baseline: m[1] as string, metric: m[2] as string };
  return { baseline: object, metric: null };
}

// "faster by 2x", "smaller by a factor of four": a comparative right before "by".
const COMPARATIVE_BY =
  /\b(faster|quicker|slower|smaller|cheaper|shorter|higher|lower|better|fewer|less|larger|longer|greater)\s+\(?$/i;
const SPEED_COMPARATIVE = /^(?:faster|quicker|cheaper)$/;

/**
 * "Decoding is faster by a factor of 2.7", "the index is smaller by 4x than HNSW": with no
 * verb before "by", a comparative right before it is the figure's cue, read as "2.7x
 * faster". Its subject names the metric; a quality ("accuracy is higher by 3%") or a word
 * that is no gain ("larger by 2x") is not a claim.
 */
function comparativeBy(c: Context, byStart: number): Decision | null {
  const from = Math.max(c.floor, c.sentence.start, byStart - 24);
  const m = COMPARATIVE_BY.exec(c.text.slice(from, byStart));
  if (!m) return null;
  const word = (m[1] as string).toLowerCase();
  const direction = cueDirection(word);
  if (!direction) return REJECT(c, 'contrary-word');
  const start = from + m.index;
  const subjectFrom = Math.max(c.floor, c.sentence.start, start - 60);
  const nouns = nearestNounIn(c.idx, subjectFrom, start, true, 4);
  if (nouns === 'nonperf') return REJECT(c, 'quality-noun-after');
  if (nouns !== 'perf' && !SPEED_COMPARATIVE.test(word)) return REJECT(c, 'cue-needs-perf-noun');
  return decision(c, 'comparative-by', 'claim', direction, {
    start,
    cue: word,
    metric: shortMetric(subjectBeforeCopula(c.text.slice(subjectFrom, start))),
  });
}

// "(1.8×)", "(up to 2.4x)", "( ~21x": the bracket and the figure's qualifiers before it.
const BRACKET_BEFORE = new RegExp(String.raw`\(\s*${FIGURE_QUALIFIED}$`, 'i');
const BRACKET_CLOSES = /^\s*\)/;

/**
 * Where the bracket opens when a multiple stands alone in brackets right after a
 * performance noun ("throughput (5.9X)", "energy efficiency (1.5X)", "latency (up to
 * 1.9x)"); -1 otherwise. "TeaCache (2.1×)" names a baseline's figure and stays out.
 */
function bracketAfterMetric(c: Context, left: string): number {
  // A multiple only: a percentage in brackets is most often a score ("greedy decoding (58.1%)").
  if (c.m.type !== 'mult' || !left.includes('(')) return -1;
  const open = BRACKET_BEFORE.exec(left);
  if (!open || !BRACKET_CLOSES.test(c.text.slice(c.m.end, c.m.end + 4))) return -1;
  const at = c.m.start - open[0].length;
  // The metric's head may stand a few words back: "lower energy per token (2.4x)".
  return nearestNounIn(c.idx, Math.max(c.sentence.start, c.floor, at - 40), at, true, 3) === 'perf'
    ? at
    : -1;
}

// "better energy efficiency (1.5X)", "lower tail latency (up to 2.2x) than Orca": a
// comparative, up to four words of metric, then the bracket.
const COMPARATIVE_METRIC =
  /\b(better|higher|greater|improved|faster|lower|less|fewer|smaller|shorter|cheaper|reduced)\s+((?:[\w/-]+\s+){0,3}[\w/-]+)\s*$/i;
const BRACKET_MEMBER = /^\s*\)\s*,?\s*(?:and\s+|or\s+)?((?:[\w/-]+\s+){0,3}[\w/-]+)\s*$/i;
const COMPARATIVE_BRACKET_BEFORE =
  /\b(better|higher|greater|improved|faster|lower|less|fewer|smaller|shorter|cheaper|reduced)\s+(?:[\w/-]+\s+){0,4}?[\w/-]+\s*\(\s*[^()]{0,20}$/i;
const DOWN_COMPARATIVE = /^(?:lower|less|fewer|smaller|shorter|cheaper|reduced)$/i;

/**
 * A figure in brackets after a metric that a comparative before it qualifies: the
 * comparative says which way, the bracket how much ("achieves better energy efficiency
 * (1.5X) and throughput (5.9X) than prior designs"). No verb is needed ("by-verb" reads
 * "improves throughput (1.8×)").
 */
export function comparativeBracket(c: Context): Decision | null {
  const left = c.text.slice(Math.max(c.sentence.start, c.m.start - 60), c.m.start);
  const at = bracketAfterMetric(c, left);
  if (at < 0) return null;
  const from = Math.max(c.floor, c.sentence.start, at - 60);
  const own = COMPARATIVE_METRIC.exec(c.text.slice(from, at));
  // "… better energy efficiency (1.5X) and throughput (5.9X)": a later metric in brackets
  // shares the comparative of the bracket before it, and names its own metric.
  const member = own ? null : BRACKET_MEMBER.exec(c.text.slice(from, at));
  const shared =
    member && c.floor > c.sentence.start
      ? COMPARATIVE_BRACKET_BEFORE.exec(
          c.text.slice(Math.max(c.sentence.start, c.floor - 80), c.floor),
        )
      : null;
  const m = own ?? shared;
  if (!m) return null;
  const word = m[1] as string;
  const metric = own ? (own[2] as string) : ((member as RegExpExecArray)[1] as string);
  return decision(c, 'comparative-bracket', 'claim', DOWN_COMPARATIVE.test(word) ? 'down' : 'up', {
    start: own
      ? from + own.index
      : from + (member as RegExpExecArray).index + (member as RegExpExecArray)[0].indexOf(metric),
    cue: word.toLowerCase(),
    metric: shortMetric(metric),
  });
}

export function byVerb(c: Context): Decision | null {
  const left = c.text.slice(Math.max(c.sentence.start, c.m.start - 60), c.m.start);
  // "raises utilization (by 1.38) over X": the figure may stand in brackets after its verb.
  const last = lastWord(left).replace(/^\(/, '');
  const by = BY_LAST_WORDS.has(last) || /[~≈+]$/.test(last) ? BY_BEFORE.exec(left) : null;
  // "improves throughput (1.8×) and reduces latency (2.2×)": a figure in brackets right
  // after its metric reads as "by" it.
  const bracket = by ? -1 : bracketAfterMetric(c, left);
  if (!by && bracket < 0) return null;
  const byStart = by
    ? c.m.start - by[0].length - (c.text[c.m.start - by[0].length - 1] === '(' ? 1 : 0)
    : bracket;
  const phrasal = PHRASAL_BEFORE_BY.exec(c.text.slice(Math.max(c.floor, byStart - 80), byStart));
  if (phrasal) return phrasalByVerb(c, phrasal, byStart);
  const windowStart = Math.max(c.sentence.start, byStart - 160);
  work.steps += byStart - windowStart;
  const v = lastVerbIn(c.text, c.idx, windowStart, byStart);
  if (!v) return comparativeBy(c, byStart);
  // "with a 1% increase in iteration time, and by 28% if …": after an article or a
  // figure the word is a noun, and the "by N" belongs to the verb before it (lists.ts).
  if (NOUN_BEFORE.test(c.text.slice(Math.max(windowStart, v.at - 12), v.at))) return null;
  const verbAt = v.at;
  const verbEnd = v.end;
  // Words after an earlier figure's comparison are not this figure's object.
  const ownFrom = verbAt < c.floor ? ownWordsStart(c.text, c.floor, byStart) : c.floor;
  const objectStart = Math.max(verbEnd, ownFrom);
  // ") and latency (1.9x)": the bracket of the figure before closes no word of this one.
  const lead =
    /^[\s,)]*(?:(?:and|or|but|while|whereas)\s+)?/i.exec(c.text.slice(objectStart, byStart))?.[0]
      .length ?? 0;
  const object = c.text.slice(objectStart, byStart);
  // Only the part after the previous number can be this number's subject.
  const subjectStart = clauseStart(c.text, Math.max(c.sentence.start, c.floor), verbAt);
  const subject = verbAt > c.floor ? c.text.slice(Math.max(subjectStart, c.floor), verbAt) : '';
  let head = subject ? subjectHead(c.idx, c.text, Math.max(subjectStart, c.floor), verbAt) : null;
  // "training throughput for a 235B-parameter MoE model rises by 14%": with no object, the
  // subject's head may stand before an adjunct longer than the few words read above.
  if (head && head.noun === null && !c.text.slice(objectStart, byStart).trim()) {
    const outside = nounOutsideAdjuncts(c.idx, Math.max(subjectStart, c.floor), verbAt);
    if (outside?.noun === 'perf') head = { noun: 'perf', end: outside.end };
  }
  const named = objectNoun(c, objectStart, byStart) ?? head?.noun ?? null;
  // "expands the frontier by 1.7x in throughput", "beats it by 24% in speed": the metric after the number.
  const inMetric = named === 'perf' || named === 'nonperf' ? null : metricAfter(c);
  // "lowers peak context length by 41%", "cuts prompt length by 5x": less input for the
  // model to read is work saved, though "context length" alone names a setting.
  const inputCut = v.direction === 'down' && INPUT_LENGTH.test(object);
  // "improves throughput and F1 by 1.8x and 0.4%, respectively": the first figure goes
  // with the first metric alone, a performance one; the quality figure is settled in lists.ts.
  const firstOfPair =
    named === 'nonperf' || SERVICE_MISS.test(object)
      ? respectivePerfFirst(c, objectStart, byStart)
      : null;
  const nouns = inMetric || inputCut || firstOfPair ? 'perf' : named;
  const isMult = isMultType(c);
  // "improves over the cuBLAS baseline by 1.2x", "improves on prior methods by 2x":
  // improving over or on a rival is outperforming it; the rival is the baseline.
  // "raises the generated megakernel over its own baseline by 1.19–1.66×": a thing raised
  // over a rival by a multiple, no quality named, is the same lead.
  const overRival =
    (IMPROVE_OVER.test(v.word) && RIVAL_FIRST.test(object)) ||
    (v.direction === 'up' &&
      isMultType(c) &&
      named === null &&
      RIVAL_INSIDE.test(object) &&
      !qualityIn(c));
  // "surpasses cuBLAS by 1.18x", "beats the Spark optimizer by 2.35": a multiple lead over a
  // rival, with no quality named, is a speed-up as "outperforms" gives one.
  const beats = overRival || OUTPERFORM_VERB.test(v.word);
  // "outperforms ReAct by 1.4x in success rate": a lead in a quality named after it is none.
  const speedVerb = (v.speed && !(beats && qualityIn(c))) || (beats && isMult && !qualityIn(c));
  // "lowers latency-SLO violation rates by 5x", "cuts deadline misses by 60%": how often
  // requests miss a target is a service level, like SLO attainment, not a speed.
  if (!firstOfPair && (SERVICE_MISS.test(object) || (!object.trim() && SERVICE_MISS.test(subject))))
    return REJECT(c, 'slo-attainment');
  if (verbAt < c.floor) {
    const gapped = gappedByVerb(c, v, byStart, isMult, ownFrom);
    if (gapped) return gapped;
  }
  // "With the freed memory, batch sizes grow by 4.2×": the batch that now fits, room made
  // ("as batch sizes grow by 2x, latency rises" and "we grow the batch" are settings).
  if (
    v.direction === 'up' &&
    verbAt >= c.floor &&
    !object.trim() &&
    BATCH_SUBJECT.test(subject) &&
    !SUBORDINATE_OR_AUTHORS.test(subject)
  )
    return decision(c, 'larger-batches', 'claim', 'up', {
      start: verbAt - subject.trimStart().length,
      verb: v.word,
      cue: 'memory',
      metric: 'batch size',
    });
  // "production models scale by 32x to 90 TB of embedding parameters", "the index grows by
  // 8x to 6 billion vectors": what the system now holds, up to a size named after "to", is
  // room made (memory); "we scale the model by 4x" and a clause of condition are settings.
  if (
    v.direction === 'up' &&
    verbAt >= c.floor &&
    !object.trim() &&
    GROWS_TO_VERB.test(v.word) &&
    SCALED_TO_SIZE.test(c.text.slice(c.m.end, c.m.end + 60)) &&
    !SUBORDINATE_OR_AUTHORS.test(subject) &&
    !WORKLOAD_GROWTH.test(subject) &&
    !TREND_AFTER.test(c.text.slice(c.m.end, c.rightEnd))
  )
    return decision(c, 'scaled-capacity', 'claim', 'up', {
      start: verbAt,
      verb: v.word,
      cue: 'memory',
      metric: tidyPhrase(subject) || null,
    });
  // A speed verb names the change itself: what it acts on is the part made faster
  // ("speeds up the attention layers by 2x"), never a quality it raises.
  if (nouns === 'nonperf' && !speedVerb) return REJECT(c, 'by-verb-quality');
  // The verb belongs to an earlier number ("increases X by 32x …, and by 5.1x"):
  // with no noun of its own, this number is a list member, settled in lists.ts.
  if (verbAt < c.floor && nouns === null) return null;
  if (v.direction === 'up' && !speedVerb && nouns !== 'perf')
    return REJECT(c, 'by-up-verb-not-perf');
  // "outperforms X by 5%" may be a lead in quality; "outpaces X by 22%" is one in speed.
  if (
    v.direction === 'up' &&
    (/^outperf/i.test(v.word) || overRival) &&
    !isMult &&
    nouns !== 'perf'
  )
    return REJECT(c, 'outperform-share');
  if (
    v.direction === 'down' &&
    nouns === null &&
    object.trim().length > 0 &&
    !isMult &&
    !OUTPUT_LENGTH.test(object) &&
    // "shortens responses by 46%", "shortens the rollout phase by 40%": what is shortened
    // is a length or a duration, whatever the noun.
    !/^shorten/i.test(v.word)
  ) {
    // "reduces the gap by 30%": an unknown object is not enough for a percentage.
    return REJECT(c, 'by-down-verb-unknown-object');
  }
  // "improves the throughput over X by 2x": the object holds both the metric and the baseline.
  let compared = COMPARISON_WITHIN.exec(object);
  // "cuts the bytes read over PCIe per decoded token by 3.9x": a path, not a baseline.
  if (
    compared &&
    /^\sover\s$/i.test(compared[0]) &&
    OVER_NOT_BASELINE.test(object.slice(compared.index + compared[0].length))
  )
    compared = null;
  const objectPhrase = tidyPhrase(compared ? object.slice(0, compared.index) : object);
  const comparedWith = compared
    ? tidyPhrase(object.slice(compared.index + compared[0].length))
    : null;
  const subjectWords =
    objectPhrase || !head ? null : subjectPhrase(c.text, Math.max(subjectStart, c.floor), head.end);
  // "outperforms X by 3x": X is what it is compared with, not what was measured.
  const outperform = OUTPERFORM_VERB.test(v.word) || overRival;
  const rival = overRival ? tidyPhrase(object.replace(RIVAL_FIRST, '')) : objectPhrase;
  // "outperforms vLLM in throughput by 2.4x", "… in both throughput (2.4x) and latency
  // (1.9x)": after "in" is the metric; a later member's own performance noun is its metric.
  const beaten = outperform ? outperformed(rival, named, verbAt >= c.floor) : null;
  const metric = outperform
    ? shortMetric(beaten?.metric ?? null)
    : (firstOfPair ?? shortMetric(objectPhrase ?? subjectWords));
  const baseline =
    comparedWith ?? (outperform && verbAt >= c.floor ? (beaten?.baseline ?? null) : null);
  // "the copies increase storage by 9%", "raises latency by 4%": a verb that only says
  // more, on a quantity wanted lower, is a change for the worse ("improves TTFT" is not).
  if (v.direction === 'up' && RAISE_VERB.test(v.word) && worseDirection(metric, 'up'))
    return REJECT(c, 'worse-direction');
  // "halving the link bandwidth reduces throughput by only 11%", "training throughput drops by
  // 3%": less of a rate the system wants more of is what something costs ("reduces the
  // throughput loss" is not; "cuts bandwidth" is a saving of traffic).
  if (v.direction === 'down' && RATE_WANTED.test(metric ?? '')) return REJECT(c, 'worse-direction');
  let start = verbAt >= c.floor ? verbAt : Math.min(c.qualStart, objectStart + lead);
  // "Energy per token drops by 58%": with no object, the subject is what changed, and part of the evidence.
  if (!objectPhrase && subjectWords && verbAt >= c.floor) {
    const at = c.text.lastIndexOf(subjectWords, verbAt);
    if (at >= c.floor) start = at;
  }
  // "we raise the maximum batch size by 4x": a batch the authors chose is a setting; the
  // system raising it ("HeadRouter increases the maximum batch size by 3.5x") is room made.
  if (
    /\bbatch\b/i.test(metric ?? '') &&
    AUTHORS_BEFORE.test(c.text.slice(Math.max(c.sentence.start, verbAt - 24), verbAt))
  )
    return REJECT(c, 'setting-figure');
  // "improves average performance by 2.6% across 38 benchmarks": performance scored on
  // benchmarks or tasks, or averaged, and stated as a percentage is a quality score.
  // "Datasets", "workloads" and "suites" are left out: a system's speed is measured on
  // them too ("improves performance by 23% on the SPEC suite").
  if (
    c.m.type === 'pct' &&
    SCORED_PERFORMANCE.test(metric ?? '') &&
    (SCORE_MODIFIER.test(metric ?? '') || BENCHMARKS_AFTER.test(c.text.slice(c.m.end, c.rightEnd)))
  )
    return REJECT(c, 'by-verb-quality');
  // "improves median TTFT by 27%", "outperforms X by 61% in terms of latency": better for
  // a quantity wanted lower is 27% less of it.
  const direction =
    v.direction === 'up' &&
    c.m.type === 'pct' &&
    (/^improv/i.test(v.word) || outperform) &&
    worseDirection(inMetric?.phrase ?? metric, 'up')
      ? 'down'
      : v.direction;
  return decision(c, 'by-verb', 'claim', direction, {
    start,
    end: inMetric ? inMetric.end : c.m.end,
    verb: v.word,
    metric: inMetric ? inMetric.phrase : metric,
    baseline: inMetric && outperform && verbAt >= c.floor ? rival : baseline,
  });
}

// "throughput and F1 by 1.8x and 0.4%, respectively": two coordinated metrics, each of at
// most three words, and after the first figure a second one, then "respectively".
const PAIRED_METRICS =
  /^\s*(?:the\s+|its\s+|their\s+)?((?:[\w-]+\s+){0,2}?[\w-]+)\s+and\s+(?:the\s+|its\s+|their\s+)?((?:[\w-]+\s+){0,2}?[\w-]+)\s*$/i;
const SECOND_THEN_RESPECTIVELY =
  /^\s*(?:,\s*)?and\s+(?:up\s+to\s+|about\s+|nearly\s+)?[\d.]+\s*(?:%|x|×|\s?points?|\s?pp)?\s*,?\s*respectively\b/i;

/**
 * The first of two paired metrics when it is a performance one and the second a quality
 * ("frame rate and mAP", "peak memory and word error rate"), each read as a noun phrase.
 */
function respectivePerfFirst(c: Context, from: number, to: number): string | null {
  if (!SECOND_THEN_RESPECTIVELY.test(c.text.slice(c.m.end, c.m.end + 60)))
    return respectiveListFirst(c, from, to);
  const object = c.text.slice(from, to);
  const m = PAIRED_METRICS.exec(object);
  if (!m) return null;
  const first = m[1] as string;
  const second = m[2] as string;
  const firstAt = from + object.indexOf(first);
  const secondAt = from + object.lastIndexOf(second);
  if (nearestNounIn(c.idx, firstAt, firstAt + first.length, true) !== 'perf') return null;
  if (
    !SERVICE_MISS.test(second) &&
    nearestNounIn(c.idx, secondAt, secondAt + second.length, true) !== 'nonperf'
  )
    return null;
  return tidyPhrase(first);
}

// "throughput, latency and accuracy by 2x, 30% and 1%, respectively": three or four
// metrics and as many figures.
const MORE_THEN_RESPECTIVELY =
  /^(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:up\s+to\s+|about\s+|nearly\s+)?[\d.]+\s*(?:%|x|×|\s?points?|\s?pp)?){2,3}\s*,?\s*respectively\b/i;
const LIST_SPLIT = /\s*,\s*(?:and\s+)?|\s+and\s+/i;

/** The first of a longer list of metrics when it is a performance one and a later one a quality. */
function respectiveListFirst(c: Context, from: number, to: number): string | null {
  const after = MORE_THEN_RESPECTIVELY.exec(c.text.slice(c.m.end, c.m.end + 90));
  if (!after) return null;
  const figures = 1 + (after[0].match(/[\d.]+/g)?.length ?? 0);
  const object = c.text.slice(from, to).replace(/^\s*(?:the\s+|its\s+|their\s+)?/i, '');
  const items = object.trim().split(LIST_SPLIT);
  if (items.length !== figures || items.some((w) => !w || w.split(/\s+/).length > 3)) return null;
  const first = items[0] as string;
  const at = (phrase: string) => from + c.text.slice(from, to).indexOf(phrase);
  const cls = (phrase: string) =>
    SERVICE_MISS.test(phrase)
      ? 'nonperf'
      : nearestNounIn(c.idx, at(phrase), at(phrase) + phrase.length, true);
  if (cls(first) !== 'perf') return null;
  if (!items.slice(1).some((w) => cls(w) === 'nonperf')) return null;
  return tidyPhrase(first);
}

// Words that end an object's head and open a phrase about it: "the cost per solved task",
// "latency at 100K context", "time to target loss", "input tokens per task".
const PER_TIME = /\bper\s+(?:second|minute|hour|day|GPU-hour|node-hour)\b/i;
const HEAD_ENDS = /\s(?:per|of|at|on|for|in|across|under|with|to|from)\s/i;

/**
 * The class of the noun a verb's object is about. Read from the end, a quality noun
 * may be only where the figure was measured ("cuts the dollar cost per solved task",
 * "shortens time to target loss"): then the head before that phrase decides, when it
 * names a performance quantity; "the number of tasks" has none and stays a quality.
 */
// "improves accuracy over uniform sampling by 11.8%": the object ends where the rival it is
// compared with begins; "sampling" there is the baseline, not what was improved.
const RIVAL_IN_OBJECT =
  /\s(?:over|than|compared\s+(?:to|with)|relative\s+to|versus|vs\.?|against)\s/i;

function objectNoun(c: Context, from: number, until: number): NounClass {
  const rival = RIVAL_IN_OBJECT.exec(c.text.slice(from, until));
  const to =
    rival && /\w/.test(c.text.slice(from, from + rival.index)) ? from + rival.index : until;
  const nearest = nearestNounIn(c.idx, from, to, true);
  // "raises the number of completed jobs per day by 17%": work counted per unit of time is a rate.
  if (nearest === null) return PER_TIME.test(c.text.slice(from, to)) ? 'perf' : null;
  if (nearest !== 'nonperf') return nearest;
  const end = HEAD_ENDS.exec(c.text.slice(from, to));
  if (!end) return nearest;
  const head = nearestNounIn(c.idx, from, from + end.index, true);
  return head === 'perf' || head === 'size' ? head : nearest;
}

// "brings training throughput up by 17%", "drives the cost down by 3x": a verb with no
// direction of its own takes it from its particle.
const PHRASAL_BEFORE_BY =
  /\b(bring|brings|brought|bringing|drive|drives|drove|driving|push|pushes|pushed|pushing)\s+((?:[\w-]+\s+){1,4}?)(up|down)\s+$/i;

// "X needs 20% more time than ours": more of a cost, compared with the paper's own
// system, is the baseline's figure and so a claim; with the paper's own system as the
// subject ("our method uses 3x more memory than LoRA", "it has 2x higher latency than
// vLLM") it is the system's cost.
const OURS_BEFORE =
  /(?:^|[,;:(]\s*|\b(?:that|while|and|but|although|though)\s+)(?:(?:our|its)\s+(?:[\w-]+\s+){1,2}?|we\s+|it\s+|this\s+(?:method|system|approach|design)\s+)(?:[\w-]+\s+){1,2}$/i;
const OURS_AFTER_THAN =
  /^(?:ours\b|our\s|the\s+proposed\b|the\s+new\b|this\s+(?:work|paper|method|system|approach|design)\b|[A-Z][\w-]*'s\s+own\b)/;
function againstOurs(rest: string): boolean {
  const m = COMPARISON_FIRST.exec(rest);
  if (!m) return false;
  return OURS_AFTER_THAN.test(
    rest
      .slice(m[0].length)
      .trimStart()
      .replace(/^(?:that|those)\s+of\s+/i, ''),
  );
}

function phrasalByVerb(c: Context, m: RegExpExecArray, byStart: number): Decision | null {
  const objectStart = byStart - m[0].length + m[0].indexOf(m[2] as string);
  const objectEnd = objectStart + (m[2] as string).trimEnd().length;
  const noun = nearestNounIn(c.idx, objectStart, objectEnd, true);
  if (noun === 'nonperf') return REJECT(c, 'by-verb-quality');
  if (noun !== 'perf') return null;
  const direction: Direction = (m[3] as string).toLowerCase() === 'up' ? 'up' : 'down';
  const metric = shortMetric(tidyPhrase(m[2] as string));
  if (worseDirection(metric, direction)) return REJECT(c, 'worse-direction');
  return decision(c, 'by-verb', 'claim', direction, {
    start: byStart - m[0].length,
    verb: `${m[1]} ${m[3]}`,
    metric,
  });
}

/** "in <performance noun phrase>" right after the number, up to three words. */
function metricAfter(c: Context): { phrase: string; end: number } | null {
  const w = c.right;
  if (w[0]?.text.toLowerCase() !== 'in' || w[0].closes) return null;
  // "by 61% in terms of latency": the metric after "in terms of".
  const from =
    w[1]?.text.toLowerCase() === 'terms' && !w[1].closes && w[2]?.text.toLowerCase() === 'of'
      ? 3
      : 1;
  const words: Word[] = [];
  for (const word of w.slice(from, from + 3)) {
    if (STOP_WORD.test(word.text) || /^\d/.test(word.text)) break;
    words.push(word);
    if (word.closes) break;
  }
  const last = words[words.length - 1];
  if (!last || nearestNounIn(c.idx, (words[0] as Word).start, last.end, false) !== 'perf')
    return null;
  return { phrase: words.map((x) => x.text).join(' '), end: last.end };
}

/**
 * "cuts serving cost by 2x on chat, while keeping quality, and by 3.5x on code";
 * "speeds up A by 1.4x; and B by 2.4x": a later "by N" whose verb stated an earlier
 * figure. The words since that figure are not the verb's object: the last clause
 * before "by" may name a new object ("and memory by 3x"), otherwise the verb's own
 * object is what changed. Null when the list stage should decide.
 */
function gappedByVerb(
  c: Context,
  v: VerbHit,
  byStart: number,
  isMult: boolean,
  ownFrom: number,
): Decision | null {
  const lastClause = Math.max(
    clauseStart(c.text, Math.max(c.sentence.start, c.floor), byStart),
    ownFrom,
  );
  // A noun inside an adjunct ("… by 58% at 32K context and by 141% at 128K") says where the
  // earlier figure was measured, not what this one changes.
  const own = nounOutsideAdjuncts(c.idx, lastClause, byStart)?.noun ?? null;
  if (own === 'nonperf') return REJECT(c, 'by-verb-quality');
  if (own !== null) return null;
  // The verb's object ends at its own "by".
  const by = /\bby\b/i.exec(c.text.slice(v.end, c.floor));
  const objectEnd = by ? v.end + by.index : c.floor;
  const nouns = nearestNounIn(c.idx, v.end, objectEnd, true);
  if (nouns === 'nonperf' && !v.speed) return REJECT(c, 'by-verb-quality');
  if (nouns !== 'perf' && !v.speed && !(v.direction === 'down' && isMult)) return null;
  const outperform = OUTPERFORM_VERB.test(v.word);
  const metric = outperform ? null : shortMetric(tidyPhrase(c.text.slice(v.end, objectEnd)));
  return decision(c, 'gapped-by-verb', 'claim', v.direction, {
    start: byStart,
    verb: v.word,
    metric,
  });
}

const ADJUNCT_ONLY =
  /^[\s,]*(?:(?:on|at|in|for|across)\s+[^\s,;:]+(?:\s+[^\s,;:]+){0,2}\s*,?\s*)?$/i;

/**
 * Where the words of a later "by N" may begin: in "by 3.2x compared with full prefill
 * and by 1.4x", "by 2x compared with vLLM and memory by 3x", the comparison after the
 * earlier figure is that figure's baseline; this figure's own words start after the
 * "and" or comma that closes it.
 */
function ownWordsStart(text: string, floor: number, byStart: number): number {
  const gap = text.slice(floor, byStart);
  // An adjunct may come first: "by 3.3x on average compared with …".
  const marker = COMPARISON_IN.exec(gap);
  if (!marker || !ADJUNCT_ONLY.test(gap.slice(0, marker.index))) return floor;
  const rest = gap.slice(marker.index + marker[0].length);
  const join = /(?:,|\band)\s+(?!.*(?:,|\band)\s)/i.exec(rest);
  return join ? floor + marker.index + marker[0].length + join.index + join[0].length : floor;
}

/** Words after the number that say it is not a gain, and the rule that says so. */
export interface Contrary {
  contrary: RuleName;
}

export interface RightCue {
  /** The rule that read the cue; 'cue-after' unless said otherwise. */
  rule?: RuleName;
  direction: Direction;
  cue: string;
  metric: string | null;
  end: number;
}

// "5.1x more concurrent 32K-token sequences": a size glued to its noun describes the phrase.
const NUMBER_ADJECTIVE = /^\d[\d.,]*[KkMB]?-[A-Za-z]/;
// "fits 2.5x longer sequences", "enables 4x larger micro-batches": a verb of holding
// right before the factor, then what is held.
const HOLDS_RIGHT_BEFORE = new RegExp(
  String.raw`\b(?:${alternation(ROOM_VERBS)})\s+${FIGURE_QUALIFIED}$`,
  'i',
);
const MORE_HELD_ITEMS =
  /^(?:Gaussians|primitives|splats|parameters|experts|vectors|embeddings|adapters|voxels|triangles|layers)$/i;
const ROOM_VERB_NEAR =
  /\b(?:trains?|training|fits?|fitting|holds?|holding|stores?|storing|hosts?|hosting|keeps?|loads?|serves?|runs?)\b/i;
const ONE_DEVICE_IN =
  /\b(?:a\s+single|one|the\s+same)\s+(?:[\w-]+\s+){0,2}?(?:GPUs?|RTX\s*\d+|A100|H100|L4|L40S?|cards?|devices?|nodes?|phones?|boards?|accelerators?)\b/i;
const HELD_THING_LAST = new RegExp(String.raw`\b(?:${alternation(HELD_THINGS)})\s+$`, 'i');
const HOLDS_BEFORE = new RegExp(
  String.raw`\b(?:${alternation(ROOM_VERBS)}|trains?|training|serves?|serving)\s+((?:[\w-]+\s+){1,3}|(?:[\w-]+\s+){1,3}?for\s+(?:[\w-]+\s+){1,2})$`,
  'i',
);

/** Larger inputs or more of a model held: room the memory saved makes (rule larger-inputs). */
function heldInMemory(metric: string | null, end: number): RightCue {
  return { rule: 'larger-inputs', direction: 'up', cue: 'memory', metric, end };
}

/** A cue word within the first few words after the number: "2x higher aggregate throughput". */
export function rightCue(
  c: Context,
): RightCue | Contrary | 'that-of' | 'compare' | 'comparative' | null {
  const w = c.right;
  const first = w[0];
  if (!first) return null;
  const t0 = first.text.toLowerCase();
  if (t0 === 'that' && w[1]?.text.toLowerCase() === 'of') return 'that-of';
  // "29.1 tokens per second, 21% above the llama.cpp baseline": a bare lead over a named
  // system compares the quantity of the claim before it (lists.ts), as "N× more than X".
  if (
    t0 === 'above' &&
    c.m.type !== 'rate' &&
    w[1] &&
    ABOVE_RIVAL.test(w[1].text) &&
    !ABOVE_BAR.test(c.text.slice(w[1].start, w[1].start + 40))
  )
    return 'comparative';
  if (t0 === 'as' && w[1] && /^(?:fast|quick|efficient|cheap)$/i.test(w[1].text)) {
    return { direction: 'up', cue: 'faster', metric: null, end: w[1].end };
  }
  // "serves 2.2x as many concurrent agents": "as many" says what "more" says.
  if (t0 === 'as' && w[1] && /^many$/i.test(w[1].text)) return cueWithNoun(c, 1, 'more', 'up', 1);
  // "2.9x larger batches": room for more work at once is memory capacity.
  // A modifier may stand before the batch: "2.7x larger maximum batch size".
  const batchAt = w[1] && BATCH_MODIFIER.test(w[1].text) ? 2 : 1;
  const batch = w[batchAt];
  if (
    /^(?:larger|bigger)$/.test(t0) &&
    batch &&
    /^(?:micro-?|mini-?)?batch(?:es)?$/i.test(batch.text)
  ) {
    const size = w[batchAt + 1];
    const end = size && /^sizes?$/i.test(size.text) ? size.end : batch.end;
    return { rule: 'larger-batches', direction: 'up', cue: 'memory', metric: 'batch size', end };
  }
  // "2.9x larger micro-batches", "fits 2.5x longer sequences": what a verb of holding
  // right before the factor now holds.
  if (
    /^(?:larger|bigger|longer)$/.test(t0) &&
    w[1] &&
    !STOP_WORD.test(w[1].text) &&
    HOLDS_RIGHT_BEFORE.test(c.text.slice(Math.max(c.sentence.start, c.qualStart - 24), c.qualStart))
  )
    return heldInMemory(w[1].text, w[1].end);
  // "allows systems four times larger on one GPU": what the memory saved lets it hold.
  if (/^(?:larger|bigger|longer)$/.test(t0)) {
    const held = HOLDS_BEFORE.exec(c.clauseLeft.slice(-50));
    // What is held stands before the figure ("graphs four times larger") or right after the
    // comparative ("trains with 4x longer context").
    const after = w[1] && HELD_THING_LAST.test(`${w[1].text} `) ? w[1] : null;
    if (held && (HELD_THING_LAST.test(held[1] as string) || after))
      return heldInMemory(
        after ? after.text : tidyPhrase(held[1] as string),
        after ? after.end : first.end,
      );
  }
  // "lets a single RTX 4090 train scenes with 4.5x more Gaussians", "fits 3x more experts on
  // one GPU": more of what a model or scene is made of, held on the one device named, is
  // room the memory saved makes (without the device it is a setting: "we scale to 2x more
  // parameters").
  if (
    t0 === 'more' &&
    w[1] &&
    MORE_HELD_ITEMS.test(w[1].text) &&
    ROOM_VERB_NEAR.test(c.clauseLeft.slice(-60)) &&
    ONE_DEVICE_IN.test(c.text.slice(c.sentence.start, c.sentence.end))
  )
    return heldInMemory(w[1].text, w[1].end);
  if (CONTRARY_FIRST.test(t0) || (t0 === 'more' && w[1] && /^accurate$/i.test(w[1].text)))
    return { contrary: 'contrary-word' };
  // "needs 3.2x more distance computations to reach the same recall": more of what a
  // system spends is its cost ("saves 1.6x more compute" stays a gain).
  // "the baseline needs 20% more time than X" compares, and is read as any comparison.
  if (
    t0 === 'more' &&
    NEEDS_LAST.test(c.clauseLeft.slice(-30)) &&
    !/\bthan\b/i.test(c.text.slice(first.end, c.rightEnd))
  )
    return { contrary: 'worse-direction' };
  // "with a 1% slowdown", "a 3% throughput penalty" is a cost, not a gain; so is "a 0.3%
  // drop" unless a performance noun follows ("a 40% drop in latency").
  if (WORSE_NOUN_FIRST.test(t0) || (w[1] && WORSE_NOUN_FIRST.test(w[1].text)))
    return { contrary: 'worse-direction' };
  if (
    /^drops?$/.test(t0) &&
    nearestNounIn(c.idx, first.end, (w[Math.min(w.length, 5) - 1] as Word).end, false) !== 'perf'
  )
    return { contrary: 'worse-direction' };
  // "3x throughput": a rate noun right after a multiplier is what it multiplies.
  if (c.m.type !== 'pct' && BARE_RATE_NOUN.test(t0))
    return { direction: 'up', cue: t0, metric: first.text, end: first.end };
  // "11x storage efficiency", "3x token throughput": one modifier before the rate noun.
  const second = w[1];
  if (
    c.m.type !== 'pct' &&
    second &&
    !first.closes &&
    RATE_HEAD_SECOND.test(second.text) &&
    !STOP_WORD.test(t0) &&
    /^[a-z][\w-]*$/i.test(t0) &&
    !cueDirection(t0) &&
    !(w[2] && (cueDirection(w[2].text) || /^per$/i.test(w[2].text)))
  ) {
    const cue = second.text.toLowerCase();
    return { direction: 'up', cue, metric: `${first.text} ${second.text}`, end: second.end };
  }
  if (COMPARISON_FIRST.test(c.text.slice(first.start, c.rightEnd))) return 'compare';
  for (let i = 0; i < w.length && i < 5; i++) {
    const word = w[i] as Word;
    const lower = word.text.toLowerCase();
    const two = w[i + 1] ? `${lower} ${(w[i + 1] as Word).text.toLowerCase()}` : '';
    const isTwo = TWO_WORD_CUE.test(two);
    if (/^\/?\d/.test(lower)) return null; // the next figure's words are its own ("4×/6× smaller")
    const dir = isTwo ? 'up' : cueDirection(lower);
    if (dir && lower === 'sooner') return soonerCue(c, i);
    if (dir) return cueWithNoun(c, i, isTwo ? 'speedup' : lower, dir, isTwo ? i + 1 : i);
    // "an 84% relative reduction": "relative" opens a comparison only before "to".
    if (STOP_WORD.test(lower) && !(lower === 'relative' && !/^to$/i.test(w[i + 1]?.text ?? '')))
      return null;
    if (wordFlagsAt(c.idx, word.start) & NONPERF) return { contrary: 'quality-word-after' };
    if (word.closes) return null;
  }
  return null;
}

const TIME_TO = /^to$/i;

function cueWithNoun(
  c: Context,
  at: number,
  cue: string,
  direction: Direction,
  cueLast: number,
): RightCue | Contrary | 'comparative' {
  const w = c.right;
  // The noun phrase after the cue: "lower [time per output token] than"; "faster in [measured latency]".
  let i = cueLast + 1;
  if ((w[cueLast] as Word).closes) i = w.length;
  // Any comparative of amount too: "24.1× higher in energy efficiency", "2.5x lower in
  // terms of peak memory" (a quality after "in" is still a quality: "4x higher in accuracy").
  if (
    w[i]?.text.toLowerCase() === 'in' &&
    /^(?:faster|cheaper|better|higher|lower|less|fewer|smaller|shorter|greater|speedups?|speed-ups?|accelerations?|improvements?|gains?|reductions?|savings?|increases?|decreases?|boosts?|enhancements?)$/.test(
      cue,
    )
  ) {
    i++;
    if (w[i]?.text.toLowerCase() === 'terms' && w[i + 1]?.text.toLowerCase() === 'of') i += 2;
  }
  const postWords: Word[] = [];
  for (; i < w.length && postWords.length < 5; i++) {
    const word = w[i] as Word;
    // "time to first token" is one noun: its "to" ends no phrase.
    if (
      STOP_WORD.test(word.text) &&
      word.text.toLowerCase() !== 'per' &&
      !(
        TIME_TO.test(word.text) &&
        /^time$/i.test(postWords[postWords.length - 1]?.text ?? '') &&
        /^(?:first|the)$/i.test(w[i + 1]?.text ?? '')
      )
    )
      break;
    // The next number's own words; "32K-token" is an adjective of this phrase.
    if (/^[\d~≈]/.test(word.text) && !NUMBER_ADJECTIVE.test(word.text)) break;
    postWords.push(word);
    if (word.closes) break;
  }
  if (postWords.length > 0 && /^per$/i.test((postWords[postWords.length - 1] as Word).text))
    postWords.pop();
  const post = postWords.map((x) => x.text).join(' ');
  const phraseEnd =
    postWords.length > 0 ? (postWords[postWords.length - 1] as Word).end : (w[cueLast] as Word).end;
  const nouns = nearestNounIn(c.idx, (w[0] as Word).start, phraseEnd, false);
  // The noun before the number, read only by the few branches that need it.
  let left: NounClass | undefined;
  const leftNouns = () =>
    left === undefined ? (left = nearestNounIn(c.idx, c.clauseLeftStart, c.qualStart, true)) : left;
  const end = phraseEnd;
  // With no words after the cue, the words before it ("2x [higher] …") name the metric.
  const metric =
    tidyPhrase(post) ??
    tidyPhrase(
      w
        .slice(0, at)
        .map((x) => x.text)
        .join(' '),
    );
  const result: RightCue = { direction, cue, metric, end };
  // Only cues of amount say which way the quantity moved ("speed-up in latency" is a
  // gain), and with "than X" after it the figure may be the baseline's ("X needs 20%
  // more time than ours"): then it stays a claim.
  // "tolerating up to 7x higher burst traffic", "absorbs 3x larger load spikes": more load
  // withstood is serving capacity, not more of a cost.
  if (
    direction === 'up' &&
    LOAD_HEAD.test(post) &&
    WITHSTAND_BEFORE.test(c.text.slice(Math.max(c.clauseLeftStart, c.m.start - 40), c.m.start))
  )
    return { ...result, rule: 'load-withstood', cue: 'throughput' };
  if (
    AMOUNT_CUE.test(cue) &&
    (direction === 'up' || direction === 'down') &&
    worseDirection(tidyPhrase(post), direction) &&
    (!COMPARISON_FIRST.test(c.text.slice(end, c.rightEnd).trimStart()) ||
      (direction === 'up' &&
        OURS_BEFORE.test(c.clauseLeft.slice(-60)) &&
        !againstOurs(c.text.slice(end, c.rightEnd).trimStart())))
  )
    return { contrary: 'worse-direction' };
  // "Throughput is 8% lower than AdamW": with no noun after the cue, the subject is what moved.
  if (
    AMOUNT_CUE.test(cue) &&
    (direction === 'up' || direction === 'down') &&
    postWords.length === 0 &&
    worseDirection(subjectBeforeCopula(c.clauseLeft), direction)
  )
    return { contrary: 'worse-direction' };
  const served = cue === 'more' ? servedKind(c, postWords) : null;
  if (served) return { ...result, rule: 'served-work', cue: served };
  // "delivers 1.3x more speedup": more of a gain is that gain.
  if (AMOUNT_CUE.test(cue) && direction === 'up' && SPEEDUP_NOUN.test(postWords[0]?.text ?? ''))
    return { ...result, cue: 'speedup' };
  // "43% less data fetched from storage", "30% fewer bytes moved", "less memory traffic
  // generated": data the system moves or reads, named by its participle, is I/O it spends.
  if (direction === 'down' && /^(?:less|fewer|lower)$/.test(cue) && DATA_MOVED.test(post))
    return { ...result, rule: 'data-moved', cue: 'memory' };
  // "matches full replay with 6x less replay data": the same result from less data is a saving.
  if (direction === 'down' && /^(?:less|fewer)$/.test(cue) && DATA_HEAD.test(post))
    return { ...result, rule: 'less-data', cue: 'data' };
  // "10x fewer hardware measurements", "58% fewer retrieval calls": the same result from
  // less work counted, whatever quality it is matched at.
  if (direction === 'down' && cue === 'fewer' && WORK_HEAD.test(post))
    return { ...result, rule: 'fewer-work', cue: 'work' };
  // "1.6 to 2.3 times faster task completion": after a speed cue a quality word may only
  // modify the head ("task"); the head decides.
  const speedHead =
    nouns === 'nonperf' &&
    (cue === 'faster' || cue === 'quicker') &&
    postWords.length > 1 &&
    postWords.slice(1).every((x) => !isQualityNoun(x.text));
  if (nouns === 'nonperf' && !speedHead) return { contrary: 'quality-noun-after' };
  // "with an order of magnitude less code", "40% less engineering effort": what building the
  // system costs its authors, not what running it costs (the head noun only: "2x faster
  // code generation" is a speed).
  // "1.42x-1.73x faster code" is code that runs faster: a speed cue's head is what runs.
  if (BUILD_EFFORT_HEAD.test(post) && !/^(?:faster|quicker)$/i.test(cue))
    return { contrary: 'quality-noun-after' };
  // "while communicating 400 times less", "transfers 5x less than X", "draws 40% less": with
  // no noun after the cue, a verb of spending right before the figure names what is spent.
  if (direction === 'down' && postWords.length === 0 && /^(?:less|fewer|lower)$/i.test(cue)) {
    const spent = SPENDING_VERB_BEFORE.exec(
      c.text.slice(Math.max(c.clauseLeftStart, c.qualStart - 40), c.qualStart),
    );
    const stem = spent?.[1]?.toLowerCase().slice(0, 5);
    if (spent && stem && !AUTHORS_BEFORE.test(c.clauseLeft))
      return { ...result, rule: 'spent-less', metric: SPENT_BY_VERB.get(stem) ?? null };
  }
  if (cueNeedsNoun(cue)) {
    if (nouns === 'perf') return result;
    // "an order of magnitude improvement in terms of acceleration", "a 2x gain in speed-up":
    // a gain said to be in a speed-up (its head noun) is that speed-up.
    if (nouns === null && SPEEDUP_NOUN.test(postWords[postWords.length - 1]?.text ?? ''))
      return { ...result, cue: 'speedup' };
    // "up to 1.48x end-to-end improvement", "a 2x wall-clock gain": a multiple of a gain
    // whose only modifier is one of speed is a speed-up.
    if (
      nouns === null &&
      c.m.type === 'mult' &&
      at === cueLast &&
      at > 0 &&
      SPEED_MODIFIER.test((w[at - 1] as Word).text) &&
      GAIN_NOUN_CUE.test(cue)
    )
      return { ...result, cue: 'speedup', metric: null };
    // "…than vLLM, and 2.1x more than SGLang": a bare comparative after another
    // comparison takes its list neighbour's words, not the neighbour's baseline as a metric.
    const bare = nouns === null && postWords.length === 0;
    if (bare && COMPARISON_FIRST.test(afterCue(c, cueLast)) && COMPARISON_IN.test(c.clauseLeft))
      return 'comparative';
    if (bare && leftNouns() === 'perf') return { ...result, metric: lastWords(c.clauseLeft, 3) };
    if (bare && COMPARISON_FIRST.test(afterCue(c, cueLast))) return 'comparative';
    return { contrary: 'cue-needs-perf-noun' };
  }
  // "comes within two points of X and is 12x cheaper than Y": "cheaper" names its own
  // quantity, the cost, whatever quality the clause names before it.
  if (direction === 'down' && nouns === null && cue !== 'cheaper' && leftNouns() === 'nonperf') {
    const subject = perfSubject(c);
    if (!subject) return { contrary: 'down-cue-after-quality' };
    return { ...result, metric: subject };
  }
  // "an FID of 3.95 (41% lower)", "a perplexity of 7.1 (12% lower than X)": a bracketed
  // change right after a level says how that level moved; the noun of the level, before
  // the bracket, is what moved.
  if (direction === 'down' && nouns === null && leftNouns() === null) {
    const level = levelBeforeBracket(c);
    if (level === 'nonperf') return { contrary: 'down-cue-after-quality' };
  }
  if (
    direction === 'down' &&
    nouns === null &&
    postWords.length === 0 &&
    (leftNouns() === 'perf' || leftNouns() === 'size')
  ) {
    return { ...result, metric: lastWords(c.clauseLeft, 3) };
  }
  return result;
}

/**
 * "agents finish tasks 1.7x sooner", "reaches the target loss 2x sooner": the time
 * to an end point shrinks. What finishes may be anything (even a quality target),
 * but the verb must say something finishes: "the device overheats 2x sooner" is no gain.
 */
function soonerCue(c: Context, at: number): RightCue | Contrary {
  // The verb may belong to an earlier figure: "finishes 1.8x sooner than A, and 1.3x sooner than B".
  const before = c.text.slice(Math.max(c.sentence.start, c.qualStart - 120), c.qualStart);
  if (!FINISH_VERB.test(before)) return { contrary: 'sooner-without-finishing' };
  return { direction: 'down', cue: 'sooner', metric: null, end: (c.right[at] as Word).end };
}

/** Right before the figure, an opening bracket after a level: "an FID of 3.95 (". */
const AFTER_LEVEL_BRACKET = /\d[\d.,]*\s*[%\w]*\s*\(\s*$/;

/**
 * The class of the nearest noun before a level the figure sits in brackets after
 * ("an FID of 3.95 (41% lower)": nonperf), read back at most five words within its
 * clause; null when the figure is no bracketed change after a level.
 */
function levelBeforeBracket(c: Context): NounClass {
  const before = c.text.slice(Math.max(c.sentence.start, c.qualStart - 24), c.qualStart);
  const m = AFTER_LEVEL_BRACKET.exec(before);
  if (!m) return null;
  const levelAt = c.qualStart - before.length + m.index;
  const from = clauseStart(c.text, Math.max(c.sentence.start, levelAt - 60), levelAt);
  return nearestNounIn(c.idx, from, levelAt, true, 5);
}

/** "Throughput is " → "Throughput": the subject of a copula right before the number. */
/**
 * "latency at 90% recall is 41% lower", "training time to that accuracy is 1.35x shorter":
 * a quality inside an adjunct says where the subject was measured; the subject's head, read
 * back to its clause's start (the figure in the adjunct aside), is what moved.
 */
function perfSubject(c: Context): string | null {
  const from = clauseStart(c.text, Math.max(c.sentence.start, c.qualStart - 80), c.qualStart);
  const head = nounOutsideAdjuncts(c.idx, from, c.qualStart);
  return head?.noun === 'perf' ? tidyPhrase(c.text.slice(from, head.end)) : null;
}

function subjectBeforeCopula(left: string): string | null {
  // "a TTFT that is 8% higher": the noun a relative pronoun stands for is the subject.
  const m =
    /([\w-]+)\s+(?:(?:that|which)\s+)?(?:is|are|was|were|becomes|remains|stays|gets)\s+$/i.exec(
      left.slice(-40),
    );
  return m ? (m[1] as string) : null;
}

/** The text after the cue word, to its clause's end. */
function afterCue(c: Context, cueLast: number): string {
  return c.text.slice((c.right[cueLast] as Word).end, c.rightEnd).trimStart();
}

/**
 * "serves 37% more requests", "12x more queries per second", "holds 3.2x more
 * sequences": the kind of a "more <work>" claim, from its verb or its per-time
 * tail; null when the words say neither.
 */
const SAME_MEMORY =
  /\b(?:within|in|under|with|using)\s+(?:the\s+)?same\s+(?:GPU\s+)?(?:memory|VRAM|HBM)\b/i;

const TIME_TAIL = new Set(['second', 'minute', 'hour', 'day']);
const PRODUCING_VERB =
  /^(?:collect\w*|complet\w*|produc\w*|process\w*|generat\w*|finish\w*|solv\w*|label\w*|annotat\w*|record\w*)$/i;
const FAILURE_WORD =
  /^(?:errors?|failures?|crash\w*|mistakes?|faults?|violations?|collisions?|interventions?|stalls?|timeouts?|retries|drops?)$/i;
function servedKind(c: Context, post: readonly Word[]): 'throughput' | 'memory' | null {
  const words = post.map((w) => w.text.toLowerCase());
  const per = words.indexOf('per');
  const head = per < 0 ? words : words.slice(0, per);
  // "operators collected 41% more successful demonstrations per hour": whatever the
  // system lets its users produce, counted per unit of time, is a rate.
  if (
    !head.some((w) => SERVED_WORK_WORD.has(w)) &&
    per >= 0 &&
    TIME_TAIL.has(words[per + 1] ?? '') &&
    PRODUCING_VERB.test(lastWord(c.clauseLeft)) &&
    !head.some((w) => FAILURE_WORD.test(w))
  )
    return 'throughput';
  if (!head.some((w) => SERVED_WORK_WORD.has(w))) return null;
  // "ingests 4x more frames within the same memory budget": held at once, in memory.
  if (SAME_MEMORY.test(c.text.slice(c.m.end, c.rightEnd))) return 'memory';
  if (per >= 0 && RATE_TAIL.has(words[per + 1] ?? '')) return 'throughput';
  const verb = lastWord(c.clauseLeft);
  if (SERVE_VERB.test(verb)) return 'throughput';
  if (CAPACITY_VERB.test(verb)) return 'memory';
  return null;
}

export function fromCue(c: Context, cue: RightCue): Decision {
  // The words just before ("while costing 43% less") can name the kind when the cue does not.
  return decision(c, cue.rule ?? 'cue-after', 'claim', cue.direction, {
    end: cue.end,
    cue: cue.cue,
    metric: cue.metric,
    verb: lastTwoWords(c.clauseLeft),
  });
}

export interface Nominal {
  index: number;
  word: string;
  /** "the speedup grows from 2.1x to 2.5x": a change, whose claim is the figure it reaches. */
  grows: boolean;
}

const PLURAL_RATIO = /^compression\s+\w+s$/i;
const REACHING_LINK = /\b(?:exceeding|above|beyond|reaching)\s/i;

export function nominalBefore(left: string): Nominal | null {
  const last = lastWord(left);
  if (!NOMINAL_LAST.has(last)) return null;
  const tailAt = Math.max(0, left.length - 60);
  const m = NOMINAL_BEFORE.exec(left.slice(tailAt));
  // "achieves compression rates exceeding 18x" is a result; "compression factors of 4-8 are
  // common" speaks of ratios in general: plural ratios only with a link of reaching.
  if (m && PLURAL_RATIO.test(m[1] as string) && !REACHING_LINK.test(m[0])) return null;
  // "Compression ratios above 4x are common": a level reached with nothing before it in its
  // clause (no verb of the system's) speaks of ratios in general.
  if (m && REACHING_LINK.test(m[0]) && !/\w/.test(left.slice(0, tailAt + m.index))) return null;
  // "but wall-clock speedups of only 1.2x": a gain played down is how abstracts report
  // others' results or a limit, seldom their own; other rules read it.
  return m && !PLAYED_DOWN_LAST.test(m[0])
    ? {
        index: tailAt + m.index,
        word: m[1] as string,
        grows: m[2] !== undefined && last === 'from',
      }
    : null;
}

/**
 * Where the gain's own noun phrase starts: "At 512K tokens the gap grows to 1.5x" opens with a
 * setting whose nouns ("tokens") say nothing of the gain, so only "the gap" is read.
 */
function subjectFrom(left: string, nominal: Nominal): number {
  if (!/^\s*(?:at|on|for|with|in|under|across|beyond)\s/i.test(left)) return 0;
  const det = /\b(?:the|its|our|their|this|these)\s+(?:[\w-]+\s+){0,3}$/i.exec(
    left.slice(0, nominal.index),
  );
  return det ? det.index : 0;
}

export function nominalCue(c: Context, nominal: Nominal, left: string): Decision {
  const word = nominal.word.toLowerCase().split(/\s+/)[0] as string;
  const direction: Direction = /^(?:reduction|decrease|saving|compression)/.test(word)
    ? 'down'
    : 'up';
  const needsNoun = /^(?:improvement|gain|increase|boost|reduction|decrease|saving|gap)/.test(word);
  // "the gap grows to 1.5x" only ever restates a speed claim before it; a gap stated as a
  // share ("the accuracy gap shrinks to 0.4%") is how close a quality came.
  if (word.startsWith('gap') && c.m.type !== 'mult' && c.m.type !== 'word')
    return REJECT(c, 'nominal-not-perf');
  // "gains of 3.1x in decode speed and 3.9x in energy": the metric stops at the next member.
  const afterNoun = /^\s*in\s+((?:(?!(?:and|or)\b|\d)[\w-]+\s*){1,4})/i.exec(
    c.text.slice(c.m.end, c.rightEnd),
  );
  const metric = afterNoun
    ? tidyPhrase(afterNoun[1] as string)
    : lastWords(left.slice(0, nominal.index), 3);
  const nouns = afterNoun
    ? nearestNounIn(c.idx, c.m.end, c.m.end + afterNoun[0].length, false)
    : nearestNounIn(
        c.idx,
        subjectFrom(left, nominal) + c.clauseLeftStart,
        c.clauseLeftStart + nominal.index,
        true,
      );
  // "a p95 latency increase of 9%", "a throughput reduction of 5%": a change for the worse.
  if (/^(?:increase|boost|reduction|decrease)/.test(word) && worseDirection(metric, direction))
    return REJECT(c, 'worse-direction');
  // A speed-up needs no noun to be one; the words before it only matter for vaguer gains.
  if (nouns === 'nonperf' && (needsNoun || afterNoun)) return REJECT(c, 'nominal-not-perf');
  const words = {
    start: c.clauseLeftStart + nominal.index,
    cue: word,
    metric: afterNoun ? metric : null,
    end: afterNoun ? c.m.end + afterNoun[0].trimEnd().length : c.m.end,
    final: nominal.grows && c.m.isRange,
  };
  // "the speedup ratio of the translated operators shows an average improvement of 41.2%": a
  // subject that names a speed-up says what improved.
  if (
    needsNoun &&
    direction === 'up' &&
    nouns === null &&
    SPEEDUP_SUBJECT.test(left.slice(subjectFrom(left, nominal), nominal.index))
  )
    return decision(c, 'nominal-before', 'claim', direction, { ...words, cue: 'speedup' });
  // "at 8K the gain is 1.2x": a gain that names no metric may be an earlier claim's,
  // restated for another setting; lists.ts decides from the claims before it.
  if (
    needsNoun &&
    direction === 'up' &&
    nouns === null &&
    /^(?:improvement|gain|boost|gap)/.test(word)
  )
    return decision(c, 'gain-without-metric', 'uncued', direction, words);
  if (needsNoun && direction === 'up' && nouns !== 'perf') return REJECT(c, 'nominal-not-perf');
  return decision(c, 'nominal-before', 'claim', direction, words);
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
