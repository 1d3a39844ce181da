// Decides, for one number expression, whether the words around it make it a
// performance claim, in which direction ("faster" vs "less memory" vs "% of
// the cost"), and what it measures. Lists ("2.8x, 2.6x and 2.2x") and pairs
// ("from 71s to 29s") are settled later, in lists.ts and pairs.ts.
import { COMPARISON_IN } from './lexicon/comparison';
import {
  JOB_NOUN_SOURCE,
  OPERATION_VERB_SOURCE,
  PEOPLE_SUBJECT_SOURCE,
  WHOLE_JOB_SOURCE,
  PASSIVE_DONE_SOURCE,
  WORK_NOUN_SOURCE,
} from './lexicon/durations';
import { alternation } from './lexicon/build';
import { GAIN_NOUNS } from './lexicon/cues';
import { NONPERF_NOUN, SPENT_NOUNS, worseDirection } from './lexicon/nouns';
import {
  BREAKDOWN_VERB_LAST,
  ITEM_SHARE_LAST,
  OVERHEAD_NOUN,
  SETTING_BEFORE,
  SETTING_NOUN_NEXT,
  SETTING_OPENER_LAST,
  SPENT_AFTER,
  WORSE_VERB_BY,
} from './lexicon/overheads';
import { STOP_WORD } from './lexicon/stop-words';
import { LEVEL_QUALIFIER } from './lexicon/qualifiers';
import {
  AFTER_EVENT_AFTER,
  AFTER_EVENT_BEFORE,
  BASELINE_TIME_BEFORE,
  BEST_LATENCY_AT_BEFORE,
  EVERY_PRODUCE_BEFORE,
  EVERY_PRODUCED_BEFORE,
  FIRST_OUTPUT_ACTIVE,
  TIME_SAVED_AFTER,
  TIME_SAVED_BEFORE,
  NEEDS_TIME_BEFORE,
  RUN_TIME_IS_BEFORE,
  TAKING_TO_AFTER,
  ON_ONE_DEVICE_AFTER,
  FIRST_OUTPUT_BEFORE,
  IN_DURATION_BEFORE,
  LATENCY_AFTER,
  RECOVERY_PAUSE_AFTER,
  JOB_TIME_LEAD,
  JOB_TIME_OF_AFTER,
  LATENCY_HELD_BEFORE,
  LATENCY_OF_BEFORE,
  type Mention,
  PER_UNIT_AFTER,
  REACTION_BEFORE,
  REACTION_VERB_ON,
} from './mentions';
import { WORD_NUMBER_SOURCE } from './numbers';
import { shortMetric, tidyPhrase, type Word } from './phrases';
import { clauseStart, perSentence, type Span } from './sentences';
import {
  endsInPerfNoun,
  isPerfNoun,
  lastVerbIn,
  namesQuality,
  nearestNounIn,
  type WordIndex,
} from './words';
import { HARDWARE_AHEAD, HARDWARE_NAME_SOURCE } from './hardware';
import { readPhrase } from './context';
import {
  byVerb,
  comparativeBracket,
  fromCue,
  nominalBefore,
  nominalCue,
  raisedTo,
  rightCue,
} from './cues';
import {
  type Context,
  context,
  decision,
  type Decision,
  lastWord,
  lastWords,
  REJECT,
} from './decision';
import {
  formatShareFigure,
  hardwareSpecFigure,
  hypotheticalFigure,
  othersFigure,
  reportedAfter,
} from './others';
import { HARDWARE_LEVEL_SOURCE } from './lexicon/others';
import { amount } from './amounts';
import { timesTheQuantity } from './ratio';
import { verbThenFactor } from './verb-factor';
import { work } from './work';

export type { Decision } from './decision';

/** A share of a baseline's amount: "of that of vLLM", "of the original", "of X's". */
const BASELINE_SHARE =
  /^\s*of\s+(?:that|those|the\s+(?:original|baseline|previous|prior|existing|naive|default|standard|uncompressed|dense)\b|[\w.-]+['’]s?\b)/i;

const UTIL_AFTER =
  /^\s*(?:(?:model|hardware|GPU|compute|memory|bandwidth|tensor[- ]core|FLOPs?|flops|SM|average|peak)\s+)*(?:utili[sz]ation|MFU|HFU)\b(?:\s*\((?:MFU|HFU)\))?/i;
// "71% of the MFU of FlashAttention-3": a share of another system's utilization is
// still a utilization figure the paper reaches.
const UTIL_OF_AFTER =
  /^\s*of\s+(?:the\s+)?(?:MFU|HFU|(?:model\s+)?FLOPs?\s+utili[sz]ation|utili[sz]ation)\s+(?:of|achieved\s+by|reached\s+by)\s+(?:the\s+)?[\w.-]+/i;
const BUDGET_AFTER =
  /^\s*(?:token\s+|step\s+|time\s+)?(?:budgets?|allowances?|quotas?|lengths?|context)\b/i;
const PEAK_AFTER =
  /^\s*of\s+(?:the\s+|its\s+|their\s+)?(?:(?!(?:at|in|on|for|with|during|under|of|to)\b)[\w.-]+(?:['’]s)?\s+){0,4}(?:peak|maximum|max|theoretical)\b(?:\s+(?:FLOPs\/s|FLOPs|FLOPS|performance|throughput|bandwidth|compute|memory bandwidth))*|^\s*of\s+(?:the\s+)?(?:ideal|optimal|achievable|attainable)\s+(?:(?:aggregate|total|end-to-end|system)\s+)?(?:throughput|bandwidth|FLOPs\/s|TFLOPS)\b/i;
// "89% of memory bandwidth", "80% of the achievable HBM bandwidth": a share of a
// hardware limit is its utilization, as a share of peak is.
const BANDWIDTH_AFTER =
  /^\s*of\s+(?:the\s+|its\s+)?(?:(?:available|achievable|attainable|sustained|GPU|device)\s+)?(?:HBM|DRAM|DDR\d?|memory|HBM3e?|link|network|interconnect|NVLink|PCIe|InfiniBand|RDMA)\s+bandwidth\b/i;
// "keeps the cluster more than 95% busy", "rollout GPUs stay busy 93% of the time": how
// much of the time the system keeps the hardware working is its utilization. "The servers
// are busy 40% of the time" describes a load, not a result.
const KEPT_BEFORE = /\b(?:stays?|stayed|remains?|remained|kept|keeps?|keeping)\b[^,;.]{0,40}$/i;
const BUSY_LEFT = /\bbusy\s+(?:for\s+)?$/i;
// "kept 96% of the CPU nodes busy": a share of the devices kept working, as of the time.
const BUSY_AFTER =
  /^\s*(?:of\s+(?:the\s+|its\s+|their\s+|our\s+)?(?:[\w-]+\s+){0,3}?(?:GPUs|nodes|cores|devices|accelerators|workers|servers|machines|chips|SMs|CPUs)\s+)?busy\b/i;
const OF_THE_TIME = /^\s*of\s+the\s+time\b/i;

function busyShare(c: Context, after: string): Decision | null {
  const left = c.text.slice(Math.max(c.sentence.start, c.qualStart - 60), c.qualStart);
  if (!KEPT_BEFORE.test(left)) return null;
  const tail = BUSY_AFTER.exec(after) ?? (BUSY_LEFT.test(left) ? OF_THE_TIME.exec(after) : null);
  if (!tail) return null;
  return decision(c, 'utilization-after', 'claim', 'abs', {
    end: c.m.end + tail[0].length,
    cue: 'utilization',
    metric: 'busy time',
  });
}
const BANDWIDTH_USED_BEFORE =
  /\b(?:occup\w*|consum\w*|uses?|using|takes?\s+up|costs?|needs?|requires?)\s+(?:(?:only|just|less\s+than|under|about|roughly|up\s+to|at\s+most)\s+)*$/i;
// "Model FLOPs utilization during generation reaches 31%": a short adjunct may
// stand between the noun and its verb.
const UTIL_BEFORE =
  /\b(?:MFU|HFU|utili[sz]ation)(?:\s+rate)?(?:\s+(?:during|in|on|for)(?:\s+[\w-]+){1,3}?)?\s+(?:(?:rises|rose|climbs|climbed|increases|increased|grows|grew|improves|improved|jumps|jumped)\s+(?=to\b))?(?:of|to|at|is|was|reaches|reached|reaching|around|about|near|above|over|up to)?\s*$/i;
// The share of requests that meet a latency target is a service level, not a speed:
// "raises SLO attainment by 20%", "keeping 95% of requests within the deadline".
const SLO_SHARE_BEFORE =
  /\battainment(?:\s+rates?)?\s+(?:(?:rises|rose|grows|grew|improves|improved|increases|increased|goes\s+up|climbs|jumps)\s+)?(?:by|of|to|from|reaches|reaching|is|at)?\s*$/i;
// "meet 95% and 99% workflow SLOs", "under a 99% latency SLO": the share an SLO promises,
// a target set, whose figure modifies "SLO" (words before it are its kind, never a
// preposition: "by 40% under tight SLOs" is a claim).
const SLO_LEVEL = String.raw`(?:(?:,|and|or|to|-|–)\s*\d[\d.]*\s?%\s*)?(?:(?!(?:under|within|with|at|for|on|in|and|or|while|of|across|to|than|over|by|when|meeting)\b)[\w-]+\s+){0,2}?SLOs?\b`;
const SLO_SHARE_AFTER = new RegExp(
  String.raw`^\s*${SLO_LEVEL}|` +
    /^\s*(?:(?:SLO|deadline)\s+)?attainment\b|^\s*of\s+(?:all\s+|the\s+)?(?:requests|queries|jobs|calls|tokens)\s+(?:meet\w*|within|under|inside|satisf\w*|hit\w*)\b|^\s*of\s+(?:[\w-]+\s+){1,3}?(?:within|inside|under)\s+(?:their|its|the|a|an)\s+(?:[\w-]+\s+){0,2}?(?:budgets?|SLOs?|targets?|deadlines?|objectives?|limits?)\b/i
      .source,
  'i',
);
// "availability above 99.9%", "99.95% uptime": how often a service is up, a service
// level like the share of requests on time, not a speed.
const SERVICE_LEVEL_BEFORE =
  /\b(?:availability|uptime|durability|reliability)\s+(?:of|above|over|at|near|around|is|was|stays|remains|reaches|reaching|exceeding|exceeds|beyond|>)?\s*(?:(?:about|around|roughly|nearly|over|above)\s+)?$/i;
const SERVICE_LEVEL_AFTER =
  /^\s*(?:(?:service|request|replica)\s+)?(?:availability|uptime|durability)\b/i;
// A cache's hit rate says how often it is useful, not how fast the system is.
const HIT_RATE_BEFORE =
  /\bhit(?:[- ]rates?|[- ]ratios?)\s+(?:of|above|over|at|around|near|is|was|reaches|to|from|by)?\s*$/i;
const HIT_RATE_AFTER =
  /^\s*(?:(?:higher|lower|better|greater|improved)\s+)?(?:(?:cache|expert|prefix|KV|tool-call)\s+)*hit(?:[- ]rates?|[- ]ratios?)\b/i;
// "prior kernels reach only 40% utilization": an absolute figure whose subject is
// earlier work describes the baseline, not the paper.
// "Earlier memory-augmented world models such as WorldMem run at about 3 FPS": the
// subject may name examples before its verb, but never the paper ("…, our kernel reaches").
const PRIOR_WORK_SUBJECT =
  /\b(?:prior|previous|existing|earlier|older|conventional|competing|baseline|state-of-the-art|(?:widely|commonly)[- ]used|popular|mainstream|standard|off-the-shelf)\s+(?:(?!(?:we|our|us|and|or|but|than|which|that)\b)[\w.-]+\s+){0,6}?(?:reach\w*|achiev\w*|attain\w*|get|gets|hit\w*|deliver\w*|sustain\w*|run\w*|use\w*|only)\b[^,;]*$/i;
// The noun a saving verb's factor is about, right after it: "saves 3.4x energy", "saves
// 2x off-chip memory traffic" (a modifier or two, then the head).
const SAVED_LIST_MEMBERS =
  /^(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:up\s+to\s+|about\s+|nearly\s+)?\d[\d.,]*\s?[x×X](?![A-Za-z]))+/;
const SAVED_NOUN_AFTER =
  /^\s+((?:[A-Za-z][\w-]*\s+){0,2}?([A-Za-z][\w/-]*))(?=\s*(?:$|[,;.)]|\s(?:and|over|than|relative|compared|versus|vs|on|in|for|across|with|while|when|at|per)\b))/;
const DIRECT_SAVING =
  /\b(sav(?:e|es|ed|ing)|cut(?:s|ting)?|shav(?:e|es|ed|ing)|shrink(?:s|ing)?)\s+(?:(?:another|a\s+further|an\s+extra|a\s+total\s+of)\s+)?$/i;
const PRIOR_WORK_WORD =
  /\b(?:prior|previous|existing|earlier|older|conventional|competing|baseline|state-of-the-art|(?:widely|commonly)[- ]used|popular|mainstream|standard|off-the-shelf)\b/i;
// "a port we profiled reaches only 33% of peak": a share of peak played down is a
// shortfall that motivates the paper, not a level it reaches.
const SHORTFALL_BEFORE = /\b(?:only|merely|barely)\s+(?:about\s+|around\s+|roughly\s+)?$/i;
/** The full pattern only runs where one of its words occurs: most clauses have none. */
function priorWork(clause: string): boolean {
  return PRIOR_WORK_WORD.test(clause) && PRIOR_WORK_SUBJECT.test(clause);
}
const SAVING_LAST = new Set([
  'save',
  'saves',
  'saved',
  'saving',
  'cut',
  'cuts',
  'cutting',
  'shave',
  'shaves',
  'shaved',
  'shaving',
  'shrink',
  'shrinks',
  'shrinking',
  'another',
  'further',
  'extra',
  'of',
]);
const NAMED_SUBJECT = /^\s*(?:the\s+)?(?!(?:On|At|In|For|With|Under)\b)[A-Z][\w.-]*\s/;
const MARKER_RIGHT_BEFORE =
  /\b(?:compared\s+(?:to|with)|against|versus|vs\.?|relative\s+to|(?:up|down)\s+from)\s+$/i;
const EVENT_ITEMS =
  /\b(?:steps|cases|runs|iterations|episodes|trials|requests|queries|samples|instances|tasks|frames|turns|sessions|rounds|batches|prompts|problems|calls|jobs)\s*$/i;
const REACHED_IN =
  /\b(?:reach\w*|converg\w*|match\w*|attain\w*|achiev\w*|recover\w*|finish\w*|complet\w*|train\w*|gets?|hits?|solv\w*)\b/i;
const OPERATING_POINT_BEFORE =
  /\b(?:at|under)\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:latency|TTFT|TPOT|TBT|time\s+per\s+output\s+token)\s+of\s+(?:about\s+|around\s+|roughly\s+|[~≈]\s?)?$/i;
const LOAD_AFTER_COMPARED =
  /^\s*(?:of|than)\s+[^,;]*?\s(?:up\s+to|at|under|until)\s+(?:about\s+|around\s+)?$/i;
const GENERIC_SYSTEM_BEFORE =
  /\b(?:a|an|any)\s+(?:[\w-]+\s+)?(?:system|method|engine|design|scheduler|paper|kernel|framework)\s+(?:that\s+)?(?:report(?:s|ing)?|claim(?:s|ing)?|advertis(?:es|ing))\s+(?:(?:up\s+to|about|a|an)\s+)?$/i;
const HABITUAL_BEFORE =
  /\b(?:typically|usually|commonly|generally)\s+(?:[\w-]+\s+){1,2}?(?:(?:about|around|only|up\s+to)\s+)?(?:[\d.]+\s*(?:–|-|to\s)\s*)?$/i;
const WORSE_AFTER = /^\s*(?:worse|poorer)\b/i;
const PAST_STATE_LAST = new Set(['previously', 'formerly', 'originally']);
const RIVAL_LEVEL_BEFORE = /\b(?:above|below|beyond|exceeding|surpassing|over|than)\s+the\s+$/i;
const MARKER_LAST = new Set(['to', 'with', 'against', 'versus', 'vs', 'vs.', 'from']);
// "speed is unchanged at 21 tokens/s": a level kept, not a gain.
const UNCHANGED_BEFORE = /\b(?:unchanged|unaffected|flat|steady)\s+(?:at\s+)?$/i;
// "produces the model at under 6% of the pre-training cost", "trained for less than 3% of
// the compute": what the system spends, bounded; "the budget is below 40% of …" and "less
// than 3% of the cost model's parameters" are no such thing.
const SPEND_BOUND_BEFORE =
  /\b(?:at|for|using|requir\w*|need\w*|cost\w*|consum\w*|spend\w*|takes|took)\s+(?:only\s+|just\s+)?(?:under|below|less\s+than)\s+(?:about\s+|roughly\s+|~)?$/i;
// "peak GPU memory stays below a third of the model's full size": memory held under a
// share of a size is a saving too ("sketches that cost under 1% of a block's size" are a part's).
const HELD_BOUND_BEFORE =
  /\b(?:stays?|stayed|remains?|remained|is\s+kept|are\s+kept)\s+(?:under|below|less\s+than)\s+(?:about\s+|roughly\s+|~)?$/i;
const SHARE_OF_HELD =
  /^\s*of\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,2}?(?:memory|footprint|size)\b/i;
const SHARE_OF_SPEND =
  /^\s*of\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:cost|costs|budget|price|compute|FLOPs|GPU[- ]hours|energy)\b(?!\s+models?\b|'s)/i;
const PARITY_BEFORE = /\b(?:within|below|under|less than|lower than|at most)\s+$/i;
const WEAK_VERB_BEFORE =
  /\b(?:reach\w*|achiev\w*|deliver\w*|yield\w*|attain\w*|provid\w*|offer\w*|obtain\w*|giv\w*|show\w*|is|are|was|were|being|runs?|becomes?|remains?)\s+$/i;
const MULT_IN_METRIC =
  /^\s+in\s+(?:terms\s+of\s+)?((?:(?!(?:and|or|with|on|for|at|given|than|over)\b)[\w-]+\s+){0,2}?[\w/-]+)(?=\s*(?:[,;)]|\.(?!\d)|$|\s(?:and|or|with|on|for|at|given|than|over|compared|relative|versus)\b))/i;
const RELATIVE_BEFORE = /\b(?:which|who|that)\s+(?:[\w-]+\s+)?$/i;
// The figure's phrase ends: punctuation, the end, or an adjunct or list word.
const PHRASE_ENDS_AFTER =
  /^(?:\s*[,;)]|\.(?!\d)|\s*$|\s+(?:on|in|for|across|at|and|with|over|under|when|while|respectively)\b)/i;
// A speed-up stated as a multiple: "speeds up … by 8.3×", "a 2.1x speedup", "3x faster".
const SPEEDUP_STATED =
  /\d\s?[x×](?![\w])(?:[^.;]|\.(?=\d)){0,40}\b(?:speed-?ups?|faster|quicker|acceleration)\b|\b(?:speed-?ups?|speeds?\s+up|accelerates?|faster)\b(?:[^.;]|\.(?=\d)){0,80}\d\s?[x×](?![\w])/i;
const AT_A_BEFORE = /\b(?:at|with|under|for)\s+(?:a|an)\s+$/i;
const PRONOUN_WEAK_VERB =
  /\b(?:it|ours)\s+(?:still\s+|also\s+)?(?:reach(?:es)?|achieves|delivers|gives|yields|attains|gets)\s+(?:up\s+to\s+|about\s+|around\s+|nearly\s+)?$/i;
/**
 * "speeds up decoding by 1.8x on chat, rising to 2.6x on code": a participle of growth right
 * after a comma carries the claim before it to another setting (lists.ts decides whether a
 * claim is there). "with the acceptance rate rising to 80%" names a subject of its own.
 */
const RISING_AFTER_COMMA =
  /,\s*(?:and\s+)?(?:rising|growing|increasing|climbing|going\s+up)\s+(?:further\s+)?to\s+$/i;
const SPEED_NOMINAL = /\b(?:speed-?ups?|gains?|accelerations?|improvements?)\b/i;
// Up to three modifiers ("of the original model's GPU memory"), none a preposition
// ("38% of requests from the cache" is a share of requests).
const COST_NOUN = String.raw`((?:(?!(?:from|to|in|on|with|for|by|at|per|via)\b)[\w-]+(?:'s)?\s+){0,3}?)(costs?|compute|computation|time|memory|FLOPs|energy|budget|price|latency|GPU[- ]hours|steps|training steps|iterations|power|storage|footprint|runtime|emissions|resources|(?:KV[- ])?cache|training time|inference time|wall-clock time|bill|spend|spending|calls|bandwidth|(?<!(?:batch|context|sequence|window|step|block|chunk|page|tile|group|vocabulary|hidden|beam|kernel|patch)\s)size)\b`;
const COST_OF = new RegExp(
  String.raw`^\s*of\s+(?:the\s+|its\s+|their\s+|our\s+|a\s+|an\s+)?${COST_NOUN}`,
  'i',
);
// A fraction may drop the "of": "at 1/5 the price".
const FRACTION_OF = new RegExp(
  String.raw`^\s*(?:of\s+)?(?:the\s+|its\s+|their\s+|our\s+|a\s+|an\s+)${COST_NOUN}`,
  'i',
);
const SPENDING_BEFORE =
  /\b(?:us(?:es|ing|ed)|consum(?:es|ing|ed)|needs?|needing|requires?|requiring|with|spends?|spending)\s+(?:only\s+|just\s+|about\s+|roughly\s+)?$/i;
// Whose spending a share is of: a possessive or an "of" naming another system.
const THEIRS_IN_COST = /\b(?:teacher|baseline|original|uncompressed|reference)(?:'s|s')?\s/i;
const THEIRS_AFTER_COST =
  /^\s+of\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,3}?(?:deployment|baseline|system|loop|pipeline|[A-Z][\w.-]*\w)\b/;
const OVERHEAD_BEFORE =
  /\b(?:costs?|adds?|incurs?|accounts?\s+for|introduces?|spends?|spent|takes?\s+up|occupies)\s+(?:only\s+|just\s+)?(?:[\d.]+%\s+of\s+(?:[\w-]+\s+){1,3}?(?:and|,)\s+)?$/i;
/** A clause of time or condition opened before a factor verb's subject: "when its GPUs are doubled". */
const CONDITION_SUBJECT =
  /\b(?:when|whenever|if|once|each\s+time|every\s+time|as\s+(?:the|its|their))\s+[^,;]*$/i;
/**
 * A gerund and its object opening the clause as the subject of a verb of using:
 * "Refreshing the index consumes …" ("Streaming replication uses …" is a noun).
 */
const GERUND_UPKEEP =
  /^\s*[A-Za-z]+ing\s+(?:the|a|an|its|their|our|each|every|all|these|this|those)\s+(?:[\w-]+\s+){0,6}?(?:uses|used|consumes|consumed|takes|took|occupies|occupied)\s+(?:only\s+|just\s+|about\s+|roughly\s+)?$/;
const REMOVE_BEFORE =
  /\b(sav(?:e|es|ed|ing)|fre(?:e|es|ed|eing)|reclaim\w*|cut(?:s|ting)?|eliminat\w*|remov\w*|reduc\w*|trim\w*|slash\w*)\s+(?:(?:an?\s+)?(?:additional|further|extra|another)\s+)?(?:(?:up to|about|around|nearly|over|more than|roughly)\s+)?$/i;
// The work a model or index does, counted: a share of it removed is a saving.
// Input tokens ("removes 90% of the visual tokens") are a pruning budget, a setting.
const WORK_OF =
  /^\s*of\s+(?:the\s+|its\s+|their\s+)?(?:(?!(?:visual|image|video|vision|input|prompt|context|patch)\b)[\w-]+\s+){0,2}?(?:tokens|embeddings|computations|evaluations|calls|lookups|operations)\b/i;
// The model's parameters, a share of which a method removes: "of embedding parameters",
// "of the weights", "of its attention parameters".
const PARAMETERS_OF =
  /^\s*of\s+(?:the\s+|its\s+|their\s+|our\s+|all\s+)?(?:[\w-]+\s+){0,2}?(?:parameters|params|weights)\b/i;
const PRUNE_BEFORE =
  /\b(prun\w*|spars\w*|drop(?:s|ped|ping)?|discard\w*|zero(?:s|es|ed|ing)?\s+out)\s+(?:(?:up to|about|around|nearly|over|more than|roughly)\s+)?$/i;
// "saves 34% of the GPUs", "frees 35% of GPU capacity", "saves 27% of warehouse spend": the
// machines or money a deployment needs, saved. Only after a verb of saving: "we remove 25% of
// the nodes" is how an experiment injects failures.
const RESOURCE_OF =
  /^\s*of\s+(?:the\s+|its\s+|their\s+|our\s+)?(?:[\w-]+\s+){0,2}?(?:GPUs|GPU\s+capacity|accelerators|nodes|servers|machines|instances|hosts|spend|spending)\b/i;
const SAVING_VERB = /^(?:sav|fre|reclaim|cut)/i;
// "saves 31% energy per request", "cuts 40% memory": the share saved of what a system
// spends, with no "of" (a share of tokens without one is a pruning budget, a setting).
const SPENT_RIGHT_AFTER = new RegExp(
  String.raw`^\s+(?:[\w-]+\s+)?(?:${alternation(SPENT_NOUNS)})\b`,
  'i',
);
const AVOIDED_AFTER =
  /^\s*(?:is|are|was|were|can be|could be)\s+(?:avoided|saved|eliminated|removed|cut)\b/i;
// A frequency is a system's rate only when the words say it runs at it: "the control rate rises to 45 Hz".
// "produces pose updates at 400 Hz": what the system outputs, at a rate; a sensor that
// produces readings at a rate is a spec (SENSOR_SUBJECT).
const SYSTEM_RATE_NEAR =
  /\b(?:reach\w*|achiev\w*|sustain\w*|control\w*|rates?|frequenc\w*|loops?|real[- ]time|inference|polic\w*|planner|planning|runs?|running|operat\w*|acts?|acting|decisions?|throughput|produc(?:es|ing)|emit(?:s|ting)|updates|estimates)\b/i;
const SENSOR_SUBJECT = /\b(?:cameras?|sensors?|IMUs?|LiDARs?|microphones?|radars?)\b/i;
const LINK_RUNS_AT =
  /\b(?:links?|bus|PCIe|NVLink|interconnects?|network|NICs?|memory|HBM|DRAM|SSDs?|disks?|drives?|ports?|channels?)\s+(?:[\w-]+\s+){0,2}?(?:runs?|operates?)\s+at\s+(?:about\s+|up\s+to\s+)?$/i;
// "Compression runs at 190 GB/s per H100": work that runs at a bandwidth reaches it.
const REACH_VERB =
  /\b(?:reach\w*|achiev\w*|sustain\w*|deliver\w*|attain\w*|saturat\w*|(?:runs?|running|operates?|proceeds?)\s+at)\b/i;
const CONTRAST_AFTER_REACH = new RegExp(
  String.raw`${REACH_VERB.source}(?![^]*\b(?:reach\w*|achiev\w*|sustain\w*|deliver\w*|attain\w*))[^]*\b(?:while|whereas|but|although|though)\s`,
  'i',
);
// "compresses logs at 28.4 MB/s", "a compression speed of 11.3 MB/s", "decoding throughput of
// 2.1 GB/s": the speed of the system's own work on data is a rate it reaches, not a spec.
const DATA_WORK_RATE =
  /\b(?:(?:de)?compress(?:es|ed|ing)?|encod(?:es|ed|ing)|decod(?:es|ed|ing)|ingest(?:s|ed|ing)?|process(?:es|ed|ing)?|load(?:s|ed|ing)?|scan(?:s|ned|ning)?|pars(?:es|ed|ing)|index(?:es|ed|ing)?|deduplicat(?:es|ed|ing)|serializ(?:es|ed|ing)|checkpoint(?:s|ed|ing)?|restor(?:es|ed|ing))\s+(?:[\w-]+\s+){0,4}?at\s+(?:about\s+|up\s+to\s+|over\s+|roughly\s+)?$|\b(?:(?:de)?compression|encoding|decoding|ingestion|processing|loading|scan|scanning|parsing|indexing|deduplication|serialization|checkpointing|restore)\s+(?:speeds?|throughputs?|rates?)\s+(?:of|is|was|reaches|reached)\s+(?:about\s+|up\s+to\s+|over\s+|roughly\s+)?$/i;
const ON_DEVICE_AFTER = new RegExp(
  String.raw`^\s+on\s+(?:a\s+single\s+|one\s+|a\s+|an\s+|the\s+)?${HARDWARE_NAME_SOURCE}`,
  'i',
);
const ATTRIBUTIVE_BEFORE = /\b(?:a|an)\s+$/i;
const THE_BEFORE = /\b(?:a|an|the)\s+$/i;
const BUILT_FOR_RATE_AFTER =
  /^\s+(?:[a-z][\w-]*\s+){0,2}?(?:controllers?|polic(?:y|ies)|cameras?|sensors?)\b/i;
const AGENT_AT_BEFORE =
  /\b(?:polic(?:y|ies)|controllers?|agents?)\s+(?:(?:that|which)\s+acts?\s+)?at\s+(?:up\s+to\s+)?(?:[\d.]+\s*(?:–|-|to\s)\s*)?$/i;
const ATTRIBUTIVE_NOUN =
  /^(?:control|sampling|frame|camera|update|refresh|target|clock|input|output|video|audio|signal)\b/i;
const BATCH_SIZE = /\b(?:(?:micro|mini)-?)?batch(?:es|\s+sizes?)\b/i;
// "…, and they double the per-GPU micro-batch size": what the savings do, not the authors.
const RESULT_SUBJECT_LAST =
  /\b(?:they|it|this|these|which|savings|memory|footprint)\s+(?:also\s+|further\s+|even\s+|then\s+)?$/i;
// A saving that makes room: "lets us double the batch size", "allowing to triple the batch size".
const ENABLING_BEFORE =
  /\b(?:lets?|letting|allows?|allowing|enables?|enabling|permits?)\b(?:\s+(?:us|it|them|one|users))?(?:\s+to)?\s+$/i;
const LEVEL = String.raw`(?:the\s+|a\s+|an\s+|its\s+|their\s+|(?:the\s+)?GPU'?s\s+)?(?:${HARDWARE_LEVEL_SOURCE})\b`;
const LEVEL_MARKER = String.raw`(?:than|relative\s+to|compared\s+(?:with|to)|over|versus|vs\.?)`;
// "… lower access latency of shared memory relative to global memory": the figure's noun
// belongs to one level, compared with another.
const LEVEL_OF_AFTER = new RegExp(
  String.raw`^\s*(?:lower|higher|greater|faster|slower|smaller|larger|more|less|wider|shorter)?\s*(?:[\w-]+\s+){0,3}?of\s+${LEVEL}(?:\s+[\w-]+){0,2}?,?\s+${LEVEL_MARKER}\s+(?:that\s+of\s+)?${LEVEL}`,
  'i',
);
// "SRAM offers 10x higher bandwidth than HBM", "NVLink is 7x faster than PCIe": a level as
// the subject, another after the marker.
const LEVEL_SUBJECT = new RegExp(
  String.raw`^\s*(?:[\w-]+\s+){0,2}?${LEVEL}\s+(?:[\w-]+\s+){0,3}?$`,
  'i',
);
const LEVEL_COMPARED_AFTER = new RegExp(
  String.raw`^[^,;]{0,50}?\b${LEVEL_MARKER}\s+(?:that\s+of\s+)?${LEVEL}`,
  'i',
);

// Both patterns above need a comparison marker after the figure; most figures have none
// within reach, and this look costs less than the two anchored patterns.
const LEVEL_MARKER_ANY = /than|relative|compared|over|versus|vs/i;

function hardwareLevelsCompared(
  text: string,
  sentence: Span,
  clauseLeft: string,
  end: number,
): boolean {
  const after = text.slice(end, Math.min(sentence.end, end + 120));
  if (!LEVEL_MARKER_ANY.test(after)) return false;
  if (LEVEL_OF_AFTER.test(after)) return true;
  return (
    !/\b(?:we|our|ours|us)\b/i.test(clauseLeft) &&
    LEVEL_SUBJECT.test(clauseLeft) &&
    LEVEL_COMPARED_AFTER.test(after)
  );
}
const DEVICE_CLASSES = String.raw`(?:(?:mobile|edge|embedded|IoT|wearable|low-power|battery-powered|consumer|desktop|laptop|server|server-class|datacenter|data-center|cloud|flagship|commodity)\s+)*(?:microcontrollers?|MCUs?|phones?|smartphones?|devices?|GPUs?|CPUs?|NPUs?|SoCs?|servers?|desktops?|laptops?|workstations?|boards?|wearables?|accelerators?)`;
const DEVICE_CLASS_SUBJECT = new RegExp(
  String.raw`^\s*(?:[\w-]+\s+){0,2}?(?:(?:their|its|such\s+devices'|these\s+devices'|the\s+devices'|(?:[\w-]+\s+){0,2}?${DEVICE_CLASSES}'?s?)\s+)?(?:(?:on-chip|on-device|available|total|memory|peak)\s+)?(?:memory|SRAM|RAM|DRAM|flash|storage|compute|bandwidth|memory\s+bandwidth|power\s+budgets?|battery|energy\s+budgets?)\s+(?:is|are|was|were)\s+(?:about\s+|roughly\s+|around\s+|nearly\s+|up\s+to\s+|some\s+)?(?:[\w.]+\s+to\s+)?$|^\s*(?:[\w-]+\s+){0,2}?${DEVICE_CLASSES}\s+(?:have|has|offer|offers|provide|provides|come\s+with|ship\s+with)\s+(?:about\s+|roughly\s+|around\s+|nearly\s+|up\s+to\s+|some\s+)?$`,
  'i',
);
const DEVICE_CLASS_COMPARED = new RegExp(
  String.raw`^[^,;]{0,40}?\b(?:than|compared\s+(?:with|to)|relative\s+to)\s+(?:(?:that|those)\s+of\s+)?(?:the\s+|a\s+|an\s+|typical\s+)?${DEVICE_CLASSES}\b`,
  'i',
);
const DATA_WORK_VERB =
  /\b(?:process\w*|ingest\w*|deduplicat\w*|filter\w*|scan\w*|index\w*|sustain\w*|handl\w*|reach\w*|compress\w*|transcod\w*|encod\w*|decod\w*|tokeniz\w*|load\w*|writ\w*|read\w*|moves?|moving|transfers?|transferring|streams?|streaming|throughput\s+(?:of|is|reaches))\b/i;
const FLOP_COUNT = /FLOPs?$|FLOPS$/i;
const COMPUTE_SPENT_BEFORE =
  /\b(?:costs?|costing|requires?|requiring|needs?|needing|consumes?|consuming|spends?|spending|takes?|taking|totals?|totaling|amounts?\s+to|of\s+which|budget\s+of|(?:compute|computation|cost)\s+of)\s+(?:only\s+|just\s+|about\s+|around\s+|roughly\s+|nearly\s+|over\s+|more\s+than\s+|[~≈]\s?)?$/i;
const COMPUTE_SPENT_AFTER =
  /^\s+(?:(?:are|is|were|was|get|gets)\s+(?:spent|used|consumed|needed|required)\b|(?:per|for\s+(?:each|every|one|a|an))\s+(?!(?:GPU|device|chip|node|card|accelerator|socket|watt|W)\b)[\w-]+|of\s+(?:compute|computation)\b)/i;
const STREAMS_AT =
  /\bstream(?:s|ing)?\s+(?:[\w-]+\s+){0,2}?at\s+(?:about\s+|up\s+to\s+|[~≈]\s?)?$/i;
const RATE_CHOSEN =
  /(?:^\s*|\b(?:that|with|using|under)\s+)(?:a|an)\s+(?:[\w-]+\s+)?rate\s+of\s+(?:only\s+|just\s+)?$/i;
const LOAD_SET =
  /\b(?:under|at|with)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:load|arrival\s+rate|request\s+rate|offered\s+load|traffic)\s+of\s+(?:about\s+|around\s+|roughly\s+)?$/i;
const OFFERED_LOAD =
  /\b(?:users?|clients?|customers?|traces?|workloads?|load\s+generators?|generators?|benchmarks?|applications?|tenants?|senders?|producers?|devices?|sensors?)\s+(?:[\w-]+\s+){0,2}?(?:send|sends|sent|issue|issues|issued|submit|submits|submitted|replay|replays|replayed|generate|generates|generated|offer|offers|emit|emits|produce|produces|push|pushes)\s+(?:up\s+to\s+|about\s+|roughly\s+|around\s+|over\s+|nearly\s+)?$/i;
const RATE_NEEDED =
  /\b(?:needs?|needed|requires?|required|demands?|call\s+for)\b[^,;]{0,40}?\b(?:of|at)\s+(?:least\s+)?$/i;
const RATE_PROMISED =
  /\b(?:theoretical|nominal|rated|advertised|datasheet)\b[^,;]{0,40}?\b(?:is|of|at)\s+(?:about\s+|roughly\s+|around\s+)?$/i;
const VIDEO_NEAR = /\b(?:videos?|clips?|frames|animation|movies?)\b/i;
const UTIL_LAST = new Set([
  'mfu',
  'hfu',
  'utilization',
  'utilisation',
  'rate',
  'of',
  'to',
  'at',
  'is',
  'was',
  'reaches',
  'reached',
  'reaching',
  'around',
  'about',
  'near',
  'above',
  'over',
  'up',
]);

/** After an article, a figure that opens a noun phrase: "a 4x faster link". */
const ARTICLE_BEFORE = /\b(?:an?)\s+$/i;
/** The rest of that noun phrase, then a modal and its verb; no relative clause, no comma. */
const MODAL_AFTER =
  /^\s*(?:(?!(?:that|which|who|and|or|but|than|over|to|of|in|on|for|with)\b)[\w-]+\s+){1,4}?(?:could|would|might)\s+(?!not\b)[a-z]+/i;

const INDEFINITE_RELATIVE_BEFORE =
  /\b(?:a|an|any)\s+(?:[\w-]+\s+){0,2}?(?:that|which)\s+(?:is|runs|looks|seems|gets)\s+(?:(?:about|nearly|roughly|almost|up\s+to)\s+)?$/i;
const MODAL_OF_SUBJECT_AFTER =
  /^(?:(?!\b(?:and|or|but|while|which|that|we|our)\b)[^,;:.]){0,70}?\b(?:can|could|may|might)\s+(?!not\b)[a-z]+/i;
const RELIED_ON_BEFORE =
  /\b(?:it|they|we|the\s+[\w-]+)\s+(?:relies|rely|relied|builds|build|built|depends|depend|draws|draw)\s+on\s+(?:is|are|was|were|runs?)\s+(?:(?:about|nearly|roughly|up\s+to)\s+)?$/i;

function modalSubject(text: string, c: Context): boolean {
  if (!ARTICLE_BEFORE.test(c.clauseLeft.slice(-4))) return false;
  const after = text.slice(c.m.end, Math.min(c.sentence.end, c.m.end + 60));
  if (!(after.includes('could') || after.includes('would') || after.includes('might')))
    return false;
  return MODAL_AFTER.test(after);
}

export function classify(
  text: string,
  idx: WordIndex,
  m: Mention,
  sentence: Span,
  floor: number,
): Decision {
  const c = context(text, idx, m, sentence, floor);
  if (
    othersFigure(text, idx, sentence, c.clauseLeft, c.clauseLeftStart) ||
    reportedAfter(text, m.end)
  )
    return REJECT(c, 'prior-work-figure');
  if (hypotheticalFigure(text, idx, sentence, c.clauseLeft, c.clauseLeftStart))
    return REJECT(c, 'hypothetical');
  // "a 4x faster weight transfer could make it preferable", "an 8x larger cache would absorb
  // the burst": the figure names a thing supposed, the subject of a modal, not a result.
  if (modalSubject(text, c)) return REJECT(c, 'hypothetical');
  // "a kernel that is twice as fast for one shape can be much slower for another": a figure
  // in the relative clause of an indefinite subject of a modal is an example in an argument.
  if (
    INDEFINITE_RELATIVE_BEFORE.test(c.clauseLeft.slice(-60)) &&
    MODAL_OF_SUBJECT_AFTER.test(text.slice(c.m.end, Math.min(c.sentence.end, c.m.end + 80)))
  )
    return REJECT(c, 'hypothetical');
  // "The FP8 instruction it relies on is 2x faster than the standard path": what a thing
  // the method builds on offers, not what the method gives.
  if (RELIED_ON_BEFORE.test(c.clauseLeft.slice(-60))) return REJECT(c, 'hardware-spec');
  // "a system reporting 3x higher throughput may deliver lower goodput": a figure of any
  // system at all, an example in an argument, not a result of the paper's.
  if (GENERIC_SYSTEM_BEFORE.test(c.clauseLeft.slice(-50))) return REJECT(c, 'hypothetical');
  // A share ("71% of peak") is a utilization the paper reaches; only a multiple is a spec.
  if (
    (m.type === 'mult' || m.type === 'word') &&
    hardwareSpecFigure(text, sentence, c.qualStart, m.end)
  )
    return REJECT(c, 'hardware-spec');
  if (m.type === 'pct' && formatShareFigure(text, sentence, c.qualStart, m.end))
    return REJECT(c, 'hardware-spec');
  // "their memory is two to three orders of magnitude smaller than that of phones",
  // "microcontrollers have 1000x less RAM than smartphones": one class of device set
  // against another, the gap a paper sets out from, not a result.
  if (
    (m.type === 'mult' || m.type === 'word' || m.type === 'pct') &&
    // The comparison after the figure first: it is rarer, and the subject pattern, tried
    // at every factor and share, costs more.
    DEVICE_CLASS_COMPARED.test(text.slice(m.end, Math.min(sentence.end, m.end + 80))) &&
    DEVICE_CLASS_SUBJECT.test(c.clauseLeft) &&
    !/\b(?:we|our|ours|us)\b/i.test(c.clauseLeft)
  )
    return REJECT(c, 'hardware-spec');
  // "exploiting the 12–15x lower access latency of shared memory relative to global memory",
  // "SRAM offers 10x higher bandwidth than HBM": one level of the memory hierarchy (or one
  // link) set against another is a hardware fact the design exploits, not a result.
  if (
    (m.type === 'mult' || m.type === 'word' || m.type === 'pct') &&
    hardwareLevelsCompared(text, sentence, c.clauseLeft, m.end)
  )
    return REJECT(c, 'hardware-spec');
  if ((m.type === 'pct' || m.type === 'mult') && openingSetting(text, sentence, m))
    return REJECT(c, 'setting-figure');
  // "compared with 2.4× reported for Medusa", "against 11% for the baseline", "up from 31%":
  // the figure right after a comparison marker is the baseline's.
  const before = text.slice(Math.max(sentence.start, c.qualStart - 30), c.qualStart);
  if (MARKER_LAST.has(lastWord(before)) && MARKER_RIGHT_BEFORE.test(before))
    return REJECT(c, 'baseline-figure');
  // "far above the 3× rate of Gzip", "beyond the 1.4x of earlier kernels": a figure the
  // paper's result is set above or below, named with "the", is the rival's.
  if (lastWord(before) === 'the' && RIVAL_LEVEL_BEFORE.test(before))
    return REJECT(c, 'baseline-figure');
  // "Voxelization, previously 35% of frame time, …": the state before the paper's change.
  if (PAST_STATE_LAST.has(lastWord(before))) return REJECT(c, 'baseline-figure');
  // "whereas TeaCache reaches 2.3×": a contrast whose subject is a named system (for
  // rates any contrast, below); "whereas on GSM8K they are 71% shorter" stays the paper's.
  const contrast = contrastEnd(text, sentence);
  if (m.type !== 'rate' && contrast <= m.start && NAMED_SUBJECT.test(text.slice(contrast, m.start)))
    return REJECT(c, 'contrast-figure');
  // "the chosen configuration is 6% worse than …": a loss, never a member of a claim's list.
  if ((m.type === 'pct' || m.type === 'mult') && WORSE_AFTER.test(text.slice(m.end, m.end + 12)))
    return REJECT(c, 'worse-direction');
  switch (m.type) {
    case 'rate':
      return rate(c);
    case 'pct':
      return percent(c);
    case 'mult':
      return multiplier(c);
    case 'word':
      return factorWord(c);
    case 'time':
      return duration(c);
    case 'amount':
      if (baselineInClause(c.clauseLeft)) return REJECT(c, 'baseline-figure');
      if (priorWork(c.clauseLeft)) return REJECT(c, 'prior-work-figure');
      return amount(c);
    case 'pair':
      throw new Error('pairs are decided in pairs.ts');
  }
}

const CONTRAST = /\b(?:in|by)\s+comparison\b|\bwhereas\b/gi;

/** Where the sentence's first "whereas" / "in comparison" ends (Infinity if none): found once per sentence, not once per number. */
const contrastEnd = perSentence((text: string, sentence: Span): number => {
  work.steps += sentence.end - sentence.start;
  CONTRAST.lastIndex = 0;
  const m = CONTRAST.exec(text.slice(sentence.start, sentence.end));
  return m ? sentence.start + m.index + m[0].length : Number.POSITIVE_INFINITY;
});

// How densely a tokenizer, codec or sensor samples its input is a design setting,
// not a speed: "a tokenizer that emits 12.5 tokens per second of audio", "models that
// encode audio at 25 or 50 tokens per second", "a variable token rate that averages 6
// tokens per second", "recorded with four cameras at 30 FPS". Making output at a rate
// ("synthesizes speech at 180 tokens per second", "decodes 90 tokens/s on a phone")
// stays a rate the system reaches.
const SHARED_RATE_TAIL =
  /^(?:,\s+(?:and\s+)?|\s+(?:and|or)\s+)[\d.,]+\s?[a-z]+\s?(?:\/\s?s\b|per\s+second\b)/i;
const OF_SIGNAL_AFTER =
  /^\s*of\s+(?:(?:input|raw|recorded)\s+)?(?:audio|speech|sound|video|signal)\b/i;
const SAMPLED_BEFORE =
  /\b(?:(?:audio|speech|acoustic|variable|average|fixed|native)\s+(?:token|frame)\s+rates?\b[^,;]*|\b(?:encod|tokeni[sz]|represent|emit|digiti[sz])\w*\s+(?:(?:the|its|raw|input)\s+)?(?:audio|speech|sound|waveforms?|signals?)\s+at\s+(?:[\d.]+\s+(?:or|and|to)\s+)?|\b(?:cameras?|sensors?|microphones?)\s+(?:(?:running|operating|recording|capturing|sampled)\s+)?at\s+(?:about\s+|around\s+|[~≈]\s?)?)$/i;
const TOKEN_OR_FRAME_UNIT = /^(?:tokens\/s|FPS|Hz)$/;

function representationRate(c: Context): boolean {
  if (!TOKEN_OR_FRAME_UNIT.test(c.m.unit)) return false;
  if (ON_DEVICE_AFTER.test(c.text.slice(c.m.end, c.rightEnd))) return false;
  if (OF_SIGNAL_AFTER.test(c.text.slice(c.m.end, c.m.end + 30))) return true;
  // "12 tokens and 25 tokens per second of audio": the unit written once, after the list.
  const shared = SHARED_RATE_TAIL.exec(c.text.slice(c.m.end, c.m.end + 50));
  if (
    shared &&
    OF_SIGNAL_AFTER.test(c.text.slice(c.m.end + shared[0].length, c.m.end + shared[0].length + 30))
  )
    return true;
  work.steps += 100;
  return SAMPLED_BEFORE.test(c.text.slice(Math.max(c.sentence.start, c.m.start - 100), c.m.start));
}

/** An upper bound right before a rate: "below", "under", "less than", "at most". */
const RATE_UNDER =
  /(?<!\bno\s)(?<!\bnot\s)\b(?:below|under|less\s+than|fewer\s+than|lower\s+than|at\s+most|no\s+more\s+than|no\s+higher\s+than|not\s+exceed(?:ing)?|only|merely|just|barely)\s+(?:about\s+|around\s+|roughly\s+|approximately\s+|~\s?)?$/i;

function rate(c: Context): Decision {
  const first = c.right[0]?.text ?? '';
  if (UNCHANGED_BEFORE.test(c.clauseLeft.slice(-30))) return REJECT(c, 'parity-bound');
  if (representationRate(c)) return REJECT(c, 'representation-rate');
  // "clips at 24 FPS" describes the video; "frames at 26 FPS on a single H100" is
  // how fast the system makes them.
  // "streams video at 16 FPS": a stream is made as it plays, so its frame rate is the system's.
  if (
    c.m.unit === 'FPS' &&
    (VIDEO_NEAR.test(c.clauseLeft) || VIDEO_NEAR.test(first)) &&
    !ON_DEVICE_AFTER.test(c.text.slice(c.m.end, c.rightEnd)) &&
    !STREAMS_AT.test(c.clauseLeft.slice(-40))
  )
    return REJECT(c, 'video-frame-rate');
  // "a rate of 6.25 embeddings per second preserves accuracy": a rate chosen, as a subject.
  if (RATE_CHOSEN.test(c.clauseLeft.slice(-40))) return REJECT(c, 'setting-figure');
  // "Under a load of 12 requests per second, …": the offered load an experiment ran at.
  if (LOAD_SET.test(c.clauseLeft.slice(-50))) return REJECT(c, 'setting-figure');
  // "users send 30 messages per second", "the trace replays 2,000 events per second": the
  // load the experiment offers, not a rate the system reaches.
  if (OFFERED_LOAD.test(c.clauseLeft.slice(-80))) return REJECT(c, 'setting-figure');
  // "tasks need control loops of 30 Hz or more": a rate some task requires, not one reached.
  if (RATE_NEEDED.test(c.clauseLeft.slice(-60))) return REJECT(c, 'rate-requirement');
  // "processes 2.3 TB of text per hour", "ingests 40 GB/h": data the system works through;
  // "the cluster generates 2 TB of logs per day" describes a workload.
  if (
    /^[KMGTP]B/.test(c.m.unit) &&
    /(?:hour|day|minute|\/h|\/hr|\/min)$/.test(c.m.unit) &&
    !DATA_WORK_VERB.test(c.clauseLeft.slice(-60))
  )
    return REJECT(c, 'setting-figure');
  // "The theoretical FP8 peak of the device is 2,615 TFLOPS": what the hardware promises.
  if (RATE_PROMISED.test(c.clauseLeft.slice(-60))) return REJECT(c, 'hardware-spec');
  // "a 10-second clip costs roughly 700 PFLOPs, of which 590 PFLOPs are spent in
  // attention", "needs 2.1 TFLOPs per token": a count of operations a workload needs,
  // not a rate reached ("reaches 1.1 PFLOPs on 64 GPUs" is one).
  if (
    FLOP_COUNT.test(c.text.slice(c.m.start, c.m.end)) &&
    (COMPUTE_SPENT_BEFORE.test(c.clauseLeft.slice(-50)) ||
      COMPUTE_SPENT_AFTER.test(c.text.slice(c.m.end, c.m.end + 40)))
  )
    return REJECT(c, 'compute-amount');
  if (
    c.m.unit === 'Hz' &&
    ((!SYSTEM_RATE_NEAR.test(c.clauseLeft.slice(-80)) && !SYSTEM_RATE_NEAR.test(first)) ||
      SENSOR_SUBJECT.test(c.clauseLeft.slice(-80)))
  )
    return REJECT(c, 'signal-frequency');
  // "at a 10 Hz control rate", "a 24 FPS stream": a rate used as an adjective names a setting.
  if (ATTRIBUTIVE_BEFORE.test(c.clauseLeft.slice(-6)) && ATTRIBUTIVE_NOUN.test(first))
    return REJECT(c, 'setting-figure');
  // "destabilizes a 50 Hz controller", "a 20 FPS automotive camera", "the 200 Hz
  // policies", "policies at 25 Hz were the most robust", "an agent that acts at 100
  // Hz": the rate a controller or sensor was built or trained for, not one reached
  // ("the controller runs at 200 Hz on the robot's CPU" names where it is reached).
  if (
    !ON_DEVICE_AFTER.test(c.text.slice(c.m.end, c.rightEnd)) &&
    ((THE_BEFORE.test(c.clauseLeft.slice(-6)) &&
      BUILT_FOR_RATE_AFTER.test(c.text.slice(c.m.end, c.m.end + 40))) ||
      AGENT_AT_BEFORE.test(c.clauseLeft.slice(-50)))
  )
    return REJECT(c, 'setting-figure');
  // "2,900 GB/s in the memory-bound regime" is reached; "a 900 GB/s link" is a spec.
  if (/B\/s$/.test(c.m.unit)) {
    const before = c.text.slice(Math.max(c.sentence.start, c.m.start - 120), c.m.start);
    // "…, while the disk offers 2 GB/s": no contrast between the verb of reaching and the figure.
    const reached =
      (REACH_VERB.test(before) && !CONTRAST_AFTER_REACH.test(before)) ||
      (DATA_WORK_RATE.test(c.clauseLeft.slice(-70)) && !EARLIER_WORK.test(c.clauseLeft));
    // "the PCIe link runs at 32 GB/s": hardware running at its rate is its spec.
    if (!reached || LINK_RUNS_AT.test(c.clauseLeft)) return REJECT(c, 'bandwidth-spec');
  }
  // "decode rates below 15 tokens/s", "runs at fewer than 5 FPS": a rate held under a
  // bound is a shortfall someone suffers, never one a system claims ("above 30 tokens/s",
  // "at least 25 FPS" are reached); so is a rate played down ("it reaches only 2 to 9
  // FPS", "decodes at merely 4 tokens/s": a rate is wanted high, and "only" says it is low).
  work.steps += 30;
  if (RATE_UNDER.test(c.text.slice(Math.max(c.sentence.start, c.m.start - 30), c.m.start)))
    return REJECT(c, 'rate-shortfall');
  if (priorWork(c.clauseLeft)) return REJECT(c, 'prior-work-figure');
  // "policies of this size typically run at 4–6 Hz on the robot": what such systems
  // usually reach, the state of practice the paper sets out from.
  if (HABITUAL_BEFORE.test(c.clauseLeft.slice(-60)) && !/\b(?:we|our|ours)\b/i.test(c.clauseLeft))
    return REJECT(c, 'prior-work-figure');
  // "compared to 8 tokens/s for llama.cpp" is the baseline's figure, not a claim.
  // "… 2.1x faster than X on a laptop GPU and reaches 18.5 Hz on a Jetson": a verb of its
  // own after "and" ends the comparison.
  if (baselineInClause(c.clauseLeft)) return REJECT(c, 'baseline-figure');
  if (contrastEnd(c.text, c.sentence) <= c.m.start) return REJECT(c, 'contrast-figure');
  const of =
    /^\s*of\s+((?:[\w-]+\s+){0,3}?(?:throughput|performance|speed|inference throughput))\b/i.exec(
      c.text.slice(c.m.end, c.rightEnd),
    );
  return decision(c, 'absolute-rate', 'claim', 'abs', {
    cue: c.m.unit,
    metric: of ? tidyPhrase(of[1] as string) : null,
  });
}

// The verbs whose object a system makes, and the time it takes to make it is the
// paper's: "generates a 5-second clip in 149 seconds", "reranking 100 passages in
// 23 ms". Past participles are left out: "a router trained in 40 minutes" is a setup step.
const PRODUCE_VERB =
  /\b(generat(?:es|e|ing)|produc(?:es|e|ing)|render(?:s|ing)?|synthesi[sz](?:es|e|ing)|prefill(?:s|ing)?|rerank(?:s|ing)?|transcrib(?:es|e|ing)|reconstruct(?:s|ing)?|predicts|predicting|decodes|decoding|trains)\b/gi;
// "a scene is trained in 48 seconds": in 3D reconstruction the scene is the output,
// and fitting it is making it; "the router is trained in 40 minutes" is a setup step.
const SCENE_FITTED = new RegExp(
  String.raw`\b(?:scenes?|rooms?|avatars?|meshes|mesh)\s+(?:is|are|was|were|can\s+be)\s+(trained|reconstructed|optimi[sz]ed|fitted|fit)\s+in\s+${LEVEL_QUALIFIER}$`,
  'i',
);
// "a 1024×1024 decode takes 11 ms", "the full training run for the 7B model takes 90
// minutes": an operation of the system, a few words of setting at most, then "takes".
const OPERATION_TAKES = new RegExp(
  String.raw`^\s*(?:(?:on|with)\s+(?:[\w-]+\s+){1,4}?,?\s*)?(?:[^,;:]{1,80}?\b(?:so|such)?\s*that\s+)?((?:(?:the|a|an|one|each|every|full|whole|complete|typical|single|end-to-end|[\w×-]*\d[\w×-]*)\s+)*(?:decode|decoding|inference|generation|forward\s+pass|sampling|rendering|reconstruction|prediction|transcription|(?:pre-?)?training(?:\s+run)?|fine-tuning(?:\s+run)?)(?:\s+(?:step|pass|call|iteration))?(?:\s+(?:for|of)\s+(?:[\w.-]+\s+){1,4}?)?)\s*(?:takes|took)\s+${LEVEL_QUALIFIER}$`,
  'i',
);
// The same with any piece of the system's work as the subject, and "takes" in the
// present: a gerund with its object ("Scaling out a hot shard takes 4.2 seconds",
// "Deduplicating a 400M-document crawl takes 2.6 hours"), or a noun of work done
// ("a full decision takes 9 ms", "weight resharding between the engines takes 1.8 s").
// An opening phrase before a comma may stand first ("Including feature extraction, …").
const WORK_TAKES = new RegExp(
  String.raw`^\s*(?:[^,;:]{1,60},\s*)?((?:(?:the|a|an|one|each|every|full|whole|complete|typical|single|end-to-end|[\w×-]*\d[\w×.,-]*)\s+)*(?:[A-Za-z-]+ing(?:\s+(?:out|up|down|back))?(?:\s+(?!takes\b)[\w.,×'’-]+){0,16}?|(?:[\w-]+\s+)?(?:${WORK_NOUN_SOURCE})s?(?:\s+(?:for|of|between|across|on|over|from|after|during|in|with|against)\s+(?:[\w.,-]+\s+){1,7}?)?))\s*takes?\s+${LEVEL_QUALIFIER}$`,
  'i',
);
// Preparing the method, not running it: "Tuning the thresholds takes 2 hours".
// Training a model is the run itself ("Training a 7B model takes 3 days"); training
// a part of the method, or calibrating it, is not.
const SETUP_GERUND =
  /^\s*(?:[^,;:]{1,60},\s*)?(?:calibration\b|(?:fine-?tuning|training|tuning|calibrating|fitting|profiling|preparing|collecting|labell?ing|annotating|learning|pre-?computing)\b(?!\s+(?:a|an|the|our)\s+(?:[\w.-]+\s+){0,2}?(?:model|LLM|network|transformer)s?\b))/i;
// "Restoring from a checkpoint often takes hours": what the work usually costs sets the
// scene; the paper's own time is stated plainly.
const HABITUAL =
  /\b(?:often|typically|usually|commonly|routinely|generally|currently|today|still|alone|otherwise|can|may|might|could)\b/i;
// "must be answered within 200 ms", "has to respond within": a bar set, not a result.
const REQUIRED =
  /\b(?:must|should|has\s+to|have\s+to|needs?\s+to|required\s+to|is\s+required|are\s+required|provided|as\s+long\s+as|assuming|unless|if)\b/i;
// The one device a time was measured on, named anywhere in its sentence: "On an A100
// it generates …", "… in 38 seconds on a 16-core CPU".
const ON_DEVICE = new RegExp(
  String.raw`\bon\s+(?:a\s+single\s+|one\s+|a\s+|an\s+|the\s+(?:[\w-]+['’]s\s+)?)(?:[\w-]+\s+){0,2}?(?:${HARDWARE_NAME_SOURCE}|CPUs?\b|laptops?\b|phones?\b|smartphones?\b)`,
  'i',
);
// A count that opens a noun phrase: "2B", "40,000", "tens", "hundreds of", "millions of".
const COUNT_WORD = /^(?:\d|(?:tens|dozens|hundreds|thousands|millions|billions|trillions)$)/i;
// The object is a noun phrase: no second verb or clause ("training and completes recovery in").
const NOT_IN_OBJECT = /^(?:and|or|but|while|which|that|then|to)$/i;
// Work over a volume of data is a batch job, its time a whole run's (kind speedup): "sorts
// 4 TB of click logs", "removes repeated spans from 1.6 TB of text".
const DATA_VOLUME = /\b\d[\d.,]*\s?[KMGTP]B\s+of\b/;
// A capitalized modifier after "and" inside the object, not a verb of a second clause.
const AND_MODIFIER = /^[A-Z][a-z]+$|^[A-Z][\w-]*\d[\w-]*$/;
const RESULT_AFTER =
  /^[^;]{0,80}?(?:\bon\s+(?:a\s+single|one)\s|\b(?:faster|quicker|speed-?ups?|accelerat\w*)\b)/i;
const AUTHORS_SUBJECT = /\b(?:we|our\s+team)\b/i;
// What is written out on a schedule, not made as the system's output.
const RECORD_OUTPUT =
  /\b(?:checkpoints?|snapshots?|logs?|backups?|reports?|summar(?:y|ies)|metrics|evaluations?|samples\s+for\s+evaluation)\b/i;
// What sets the pace of a system's input rather than doing its work.
const PACE_SETTER =
  /\b(?:cameras?|sensors?|lidars?|microphones?|environments?|simulators?|users?|clients?|traces?|workloads?|streams?|devices?\s+clock)\b/i;
const TRAINED_PASSIVE = new RegExp(
  String.raw`\b(?:is|are|was|were|can\s+be|gets?)\s+(?:fully\s+)?(?:trained|pre-?trained|fine-?tuned|distilled)\s+(?:(?:on|with|using|from|for)\s+(?:[\w.,×-]+\s+){1,6}?)?(?:in|within)\s+${LEVEL_QUALIFIER}$`,
  'i',
);
// The parts of a method trained to set it up: "the router is trained in 40 minutes".
const METHOD_PART =
  /\b(?:routers?|heads?|probes?|predictors?|drafts?|drafters?|draft\s+models?|adapters?|classifiers?|gates?|gating|selectors?|controllers?|estimators?|scorers?|tokenizers?|proxies|proxy|surrogates?|reward\s+models?|critics?|value\s+models?|filters?|policies|policy)\b/i;
const RTF_NAMED_AFTER = /^\s?(?:RTF|real[- ]time\s+factor)\b/i;
const EARLIER_WORK =
  /\b(?:prior|previous|existing|earlier|older|original|conventional|competing|baseline|traditional|classical|operational|current|stock|default)\b/i;
const HELD_BOUND_BESIDE =
  /\b(?:while|whilst|and|,)\s+(?:still\s+)?(?:keeping|holding|maintaining)\b[^,;]*\b(?:below|under|within)\s+(?:[\w~≈<]+\s+)*$/i;
const LEFT_EXPOSED_AFTER =
  /^\s+(?:(?:is\s+|are\s+)?(?:left|remaining|still|stays?|remains?)\s+)?(?:exposed|unhidden|un-hidden|visible|unoverlapped|non-overlapped|uncovered|on\s+the\s+critical\s+path)\b/i;
const LONGER_AFTER = /^\s+(?:longer|more|slower|extra|additional)\b/i;
const JOB_COMPOUND_SPAN = /^\d+(?:\.\d+)?-(?:hour|day|minute)\s/;
const INJECTED_DELAY =
  /\b(?:injected|simulated|emulated|artificial|added|network|link|WAN|round-trip|RTT|propagation)\s+(?:[\w-]+\s+)?(?:delays?|latenc(?:y|ies)|lag)\b/i;
const TARGET_WORD = /\b(?:target|SLO|deadline|budget|bound|limit|constraint|requirement)s?\b/i;
// "one hour of audio is transcribed in 19 seconds", "a complete 512px image is produced in
// 0.7 s": the system's output as a passive subject. "is trained in" is a setup step
// (scenes aside, SCENE_FITTED).
// "are isolated and recovered in under 20 seconds": a first participle may come before.
const PASSIVE_DONE = new RegExp(
  String.raw`\b(?:is|are|was|were|can\s+be|gets?)\s+(?:fully\s+)?(?:[a-z]+ed\s+and\s+)?(${PASSIVE_DONE_SOURCE})\s+(?:in|within)\s+${LEVEL_QUALIFIER}$`,
  'i',
);

// "moves each checkpoint 30 s earlier": an event shifted by a schedule, not time saved.
const SHIFTED =
  /\b(?:moves?|moved|shifts?|shifted|schedules?|scheduled|fires?|fired|delays?|delayed)\b/i;
const AT_BEFORE = new RegExp(String.raw`\bat\s+${LEVEL_QUALIFIER}$`, 'i');
const TAKING_BEFORE = new RegExp(String.raw`\btaking\s+${LEVEL_QUALIFIER}$`, 'i');
const WE_RUN_IN = new RegExp(
  String.raw`\bwe\s+(?:(?:can|then|also|now)\s+)?(?:[^,;:.]{1,100}?\s+and\s+)?(train|pre-?train|fine-tune|sample|generate|render|simulate|solve|process|reconstruct|forecast|produce|complete|finish|run)\s+((?:(?!(?:and|or|but|while|which|that|to)\b)(?:\d[\d,.]*|[^,;:\s]+)\s+){1,10}?)(?:in|within)\s+${LEVEL_QUALIFIER}$`,
  'i',
);
// The hardware names hold the device words (GPUs, nodes, chips, accelerators …) and TPU.
const RUN_ON_HARDWARE_AFTER = new RegExp(
  String.raw`^\s+(?:on|using)\s+(?:a\s+single\s+|one\s+|an?\s+|\d[\d,]*\s+)(?:[\w-]+\s+){0,2}?(?:${HARDWARE_NAME_SOURCE}|CPUs?\b)`,
  'i',
);
const FRONTED_TIME_LEFT = new RegExp(String.raw`^\s*(?:in|within)\s+${LEVEL_QUALIFIER}$`, 'i');
const FRONTED_WORK_AFTER = new RegExp(
  String.raw`^\s*,\s*((?:[\w.-]+\s+){1,4}?)(generates|produces|renders|synthesi[sz]es|reconstructs|predicts|forecasts|trains|decodes|transcribes|${OPERATION_VERB_SOURCE})\b`,
  'i',
);
const REFERENCE_SUBJECT =
  /\b(?:teachers?|reference|vanilla|dense\s+model|full\s+model|original\s+model|unmodified)\b/i;
const SPENDS_TIME_BEFORE = new RegExp(
  String.raw`\b(?:takes|took|needs|needed|requires|required)\s+${LEVEL_QUALIFIER}$`,
  'i',
);
const TAKES_BEFORE = new RegExp(String.raw`\btakes?\s+${LEVEL_QUALIFIER}$`, 'i');

/** An absolute duration: a latency the system reaches, or the time it takes to make its output. */
function duration(c: Context): Decision {
  if (
    baselineInClause(c.clauseLeft) ||
    BASELINE_TIME_BEFORE.test(c.text.slice(Math.max(c.sentence.start, c.m.start - 40), c.m.start))
  )
    return REJECT(c, 'baseline-figure');
  if (contrastEnd(c.text, c.sentence) <= c.m.start) return REJECT(c, 'contrast-figure');
  const left = c.text.slice(c.clauseLeftStart, c.qualStart);
  // "must be answered within 200 ms", "provided latency stays below 2 µs": a bar set.
  if (REQUIRED.test(left)) return REJECT(c, 'setting-figure');
  // "0.155 RTF on a notebook CPU": a real-time factor named after its figure.
  const rtfAfter =
    c.m.unit === 'RTF' ? RTF_NAMED_AFTER.exec(c.text.slice(c.m.end, c.m.end + 20)) : null;
  if (rtfAfter) {
    if (
      TARGET_WORD.test(c.text.slice(c.m.end, c.m.end + 40)) ||
      TARGET_WORD.test(left.slice(-40)) ||
      /\b(?:needs?|requires?|demands?)\s+(?:an?\s+)?$/i.test(left)
    )
      return REJECT(c, 'setting-figure');
    return decision(c, 'latency-named-after', 'claim', 'abs', {
      end: c.m.end + rtfAfter[0].length,
      cue: 'latency',
      metric: 'RTF',
    });
  }
  // "needs an inference time under 20 ms to stay stable": what a task needs, a bar; "needs
  // only 11 ms to produce an asset" is the time the work takes.
  if (
    /\b(?:needs?|requires?|demands?)\b/i.test(left) &&
    /^\s+(?:to|in\s+order\s+to)\s+[a-z]/i.test(c.text.slice(c.m.end, c.m.end + 20)) &&
    !(SPENDS_TIME_BEFORE.test(left) && TAKING_TO_AFTER.test(c.text.slice(c.m.end, c.m.end + 90)))
  )
    return REJECT(c, 'setting-figure');
  // "existing samplers reach a generation time of 12 s": earlier work's time.
  if (priorWork(c.clauseLeft)) return REJECT(c, 'prior-work-figure');
  // "A 3-hour fine-tuning run is enough": the mention is the run, its length its modifier.
  if (JOB_COMPOUND_SPAN.test(c.text.slice(c.m.start, c.m.end))) {
    const not = setupOrSceneTime(c, left);
    if (not) return not;
    return decision(c, 'run-length', 'claim', 'abs', {
      cue: 'time',
      verb: 'training',
      metric: tidyPhrase(c.text.slice(c.m.start, c.m.end).replace(/^\S+\s+/, '')),
    });
  }
  // "requiring only 20 hours of finetuning on a single GPU": a run's length named after it.
  const jobOf = JOB_TIME_LEAD.test(left)
    ? JOB_TIME_OF_AFTER.exec(c.text.slice(c.m.end, c.m.end + 60))
    : null;
  if (jobOf) {
    if (METHOD_PART.test(left)) return REJECT(c, 'setup-time');
    const not = setupOrSceneTime(c, left);
    if (not) return not;
    return decision(c, 'run-length', 'claim', 'abs', {
      start: c.qualStart - (JOB_TIME_LEAD.exec(left) as RegExpExecArray)[0].length,
      end: c.m.end + jobOf[0].length,
      cue: 'time',
      verb: 'training',
      metric: tidyPhrase(jobOf[0].replace(/^\s+of\s+/i, '')),
    });
  }
  // "detects pedestrians 38 ms earlier than the RGB detector", "saves 90-220 ms per query":
  // time saved, as an amount; a sensor's or a schedule's offset ("the camera fires 5 ms
  // earlier") is the setting.
  const sooner = TIME_SAVED_AFTER.exec(c.text.slice(c.m.end, c.m.end + 30));
  if (sooner || TIME_SAVED_BEFORE.test(left)) {
    if (TARGET_WORD.test(left.slice(-40)) || PACE_SETTER.test(left) || SHIFTED.test(left))
      return REJECT(c, 'setting-figure');
    const saves = sooner ? null : TIME_SAVED_BEFORE.exec(left);
    const per = PER_UNIT_AFTER.exec(c.text.slice(c.m.end, c.m.end + 40));
    return decision(c, 'time-saved', 'claim', 'abs', {
      start: saves ? c.qualStart - saves[0].length : c.qualStart,
      end: c.m.end + (sooner ? sooner[0].length : per ? per[0].length : 0),
      cue: 'latency',
      metric: null,
    });
  }
  // "The time-to-solution for training HelioCast on 2,048 GPUs is 94 minutes": a whole run's
  // time stated with a copula, the paper's run length (the baseline's or earlier work's not).
  const runIs = RUN_TIME_IS_BEFORE.exec(
    c.text.slice(Math.max(c.sentence.start, c.m.start - 80), c.m.start),
  );
  if (runIs) {
    if (TARGET_WORD.test(left.slice(-40))) return REJECT(c, 'setting-figure');
    if (EARLIER_WORK.test(runIs[0]) || REFERENCE_SUBJECT.test(runIs[0]))
      return REJECT(c, 'baseline-figure');
    if (HABITUAL.test(left) || openingSentence(c)) return REJECT(c, 'scene-setting-time');
    return decision(c, 'run-length', 'claim', 'abs', {
      start: c.m.start - runIs[0].length,
      cue: 'time',
      verb: 'training',
      metric: null,
    });
  }
  const perUnit = PER_UNIT_AFTER.exec(c.text.slice(c.m.end, c.m.end + 40));
  if (perUnit) {
    // "a budget of 50 ms per token" sets a bar; "adds 0.3 ms per step" is an overhead.
    if (TARGET_WORD.test(left.slice(-40))) return REJECT(c, 'setting-figure');
    // "the gate itself costs under 1 ms per step": what an added part costs is an overhead.
    if (PER_UNIT_OVERHEAD.test(left.slice(-80))) return REJECT(c, 'overhead-share');
    // "Filter training takes 40 seconds per query": preparing the method is a setup step.
    if (/\btraining\b/i.test(left)) return REJECT(c, 'setup-time');
    if (AUTHORS_SUBJECT.test(left) || PEOPLE_SUBJECT.test(left)) return REJECT(c, 'setup-time');
    return decision(c, 'time-per-unit', 'claim', 'abs', {
      start: c.clauseLeftStart + Math.max(0, left.search(/\S/)),
      end: c.m.end + perUnit[0].length,
      cue: 'latency',
      metric: tidyPhrase(perUnit[0]),
    });
  }
  const latency = LATENCY_OF_BEFORE.exec(
    c.text.slice(Math.max(c.sentence.start, c.m.start - 80), c.m.start),
  );
  if (latency) {
    // "a TTFT target of 2 s" sets a bar; "a p99 latency of 3.8 ms" reports one.
    if (TARGET_WORD.test(left.slice(-40))) return REJECT(c, 'setting-figure');
    // "sustains 14,800 tokens per second per node at a TPOT of 50 ms", "2x more requests
    // at a P99 latency of 200 ms": the operating point an earlier figure of the clause was
    // measured at, not a latency result of its own.
    if (
      OPERATING_POINT_BEFORE.test(
        c.text.slice(Math.max(c.sentence.start, c.m.start - 50), c.m.start),
      ) &&
      c.floor > c.sentence.start &&
      !/[,;:]/.test(c.text.slice(c.floor, c.m.start))
    )
      return REJECT(c, 'setting-figure');
    return decision(c, 'absolute-latency', 'claim', 'abs', {
      start: c.m.start - latency[0].length,
      cue: 'latency',
      metric: tidyPhrase(
        latency[0].replace(/\s+(?:of|is|was|are|were|reaches|reaching|as|down)\b.*$/is, ''),
      ),
    });
  }
  const best = BEST_LATENCY_AT_BEFORE.exec(
    c.text.slice(Math.max(c.sentence.start, c.m.start - 80), c.m.start),
  );
  if (best) {
    if (TARGET_WORD.test(left.slice(-40))) return REJECT(c, 'setting-figure');
    return decision(c, 'absolute-latency', 'claim', 'abs', {
      start: c.m.start - best[0].length,
      cue: 'latency',
      metric: 'latency',
    });
  }
  const pause = RECOVERY_PAUSE_AFTER.exec(c.text.slice(c.m.end, c.m.end + 50));
  if (pause) {
    // "the restart baseline incurs a 40 s recovery pause": the baseline's, not ours.
    if (EARLIER_WORK.test(left) || baselineInClause(c.clauseLeft))
      return REJECT(c, 'baseline-figure');
    if (REQUIRED.test(left) || TARGET_WORD.test(left.slice(-40)))
      return REJECT(c, 'setting-figure');
    return decision(c, 'recovery-pause', 'claim', 'abs', {
      end: c.m.end + pause[0].length,
      cue: 'latency',
      metric: 'recovery time',
    });
  }
  const named = LATENCY_AFTER.exec(c.text.slice(c.m.end, c.m.end + 60));
  if (named) {
    // "a 40 ms latency target", "adds 3 ms of latency": a bar set, or what a part costs.
    if (TARGET_WORD.test(left.slice(-40))) return REJECT(c, 'setting-figure');
    if (LATENCY_ADDED.test(left.slice(-40))) return REJECT(c, 'overhead-share');
    // "76% accuracy at 1.2 ms latency on a phone": the operating point a quality is read at.
    if (AT_BEFORE.test(left.slice(-20))) return REJECT(c, 'setting-figure');
    return decision(c, 'latency-named-after', 'claim', 'abs', {
      end: c.m.end + named[0].length,
      cue: 'latency',
      metric: tidyPhrase(named[0].replace(/^\s+of\s+/i, '')),
    });
  }
  const near = c.text.slice(Math.max(c.sentence.start, c.m.start - 80), c.m.start);
  const held = LATENCY_HELD_BEFORE.exec(near);
  if (held) {
    if (TARGET_WORD.test(left.slice(-40))) return REJECT(c, 'setting-figure');
    // "the injected network delay stays below 5 ms": a delay the experiment sets.
    if (INJECTED_DELAY.test(near)) return REJECT(c, 'setting-figure');
    // "doubles throughput while keeping TPOT under 50 ms": a bound held beside another
    // result is the bar that result was measured under; "keeps latency below 1 ms" alone
    // and "while keeping latency at 14 ms" report a level.
    if (HELD_BOUND_BESIDE.test(near.slice(0, held.index + held[0].length)))
      return REJECT(c, 'setting-figure');
    // "keeps TPOT under 40 ms for every tenant": a bound promised to each of a population is
    // a service level, not a level measured.
    if (
      /\b(?:below|under|within)\s+(?:[\w~≈<]+\s+)*$/i.test(near) &&
      /^\s+(?:for|across|to)\s+(?:every|each|all)\b/i.test(c.text.slice(c.m.end, c.m.end + 20))
    )
      return REJECT(c, 'setting-figure');
    // "reduces per-frame training time to 3.4 s": a whole run's time brought down.
    const run = WHOLE_JOB.test(held[0]);
    return decision(c, 'latency-held', 'claim', 'abs', {
      start: c.m.start - near.length + held.index,
      cue: run ? 'time' : 'latency',
      verb: run ? 'training' : null,
      metric: run ? null : 'latency',
    });
  }
  if (FIRST_OUTPUT_BEFORE.test(near) || FIRST_OUTPUT_ACTIVE.test(near))
    return decision(c, 'first-output-time', 'claim', 'abs', {
      start: c.clauseLeftStart + Math.max(0, c.clauseLeft.search(/\S/)),
      cue: 'latency',
      metric: 'time to first output',
    });
  if (REACTION_BEFORE.test(near)) {
    const verb = REACTION_VERB_ON.exec(near);
    return decision(c, 'reaction-time', 'claim', 'abs', {
      start: c.m.start - (verb ? verb[0].length : 0),
      cue: 'latency',
      metric: 'reaction time',
    });
  }
  const event = AFTER_EVENT_AFTER.test(c.text.slice(c.m.end, c.m.end + 24))
    ? AFTER_EVENT_BEFORE.exec(near)
    : null;
  if (event) {
    if (AUTHORS_SUBJECT.test(left) || PEOPLE_SUBJECT.test(left)) return REJECT(c, 'setup-time');
    return decision(c, 'time-after-event', 'claim', 'abs', {
      start: c.m.start - near.length + event.index,
      cue: 'latency',
      metric: 'reaction time',
    });
  }
  const measured = () =>
    RESULT_AFTER.test(c.text.slice(c.m.end, Math.min(c.sentence.end, c.m.end + 120))) ||
    ON_DEVICE.test(c.text.slice(c.m.end, Math.min(c.sentence.end, c.m.end + 80))) ||
    ON_DEVICE.test(c.text.slice(Math.max(c.sentence.start, c.m.start - 200), c.m.start));
  // "Zephyr needs 45 seconds on a single H100": the system's time on one named device.
  if (
    NEEDS_TIME_BEFORE.test(left) &&
    ON_ONE_DEVICE_AFTER.test(c.text.slice(c.m.end, c.m.end + 40)) &&
    measured()
  ) {
    if (AUTHORS_SUBJECT.test(left) || PEOPLE_SUBJECT.test(left)) return REJECT(c, 'setup-time');
    // "needs 5 ms on a single core to stay stable": what a task needs, a bar.
    if (
      /^[^,;.]{0,40}?\bto\s+(?:stay|keep|remain|meet|be|react|avoid|reach|work)\b/i.test(
        c.text.slice(c.m.end, c.m.end + 60),
      )
    )
      return REJECT(c, 'setting-figure');
    if (EARLIER_WORK.test(left) || HABITUAL.test(left) || openingSentence(c))
      return REJECT(c, 'scene-setting-time');
    const verb = /\b(?:needs|requires)\b/i.exec(left) as RegExpExecArray;
    return decision(c, 'takes-time', 'claim', 'abs', {
      start: c.clauseLeftStart + verb.index,
      cue: 'time',
      metric: null,
    });
  }
  const takes = OPERATION_TAKES.exec(left);
  if (takes) {
    const subject = takes[1] as string;
    // The length of a whole training run is a result on any number of devices
    // ("training takes 9 days on 32 GPUs"); one operation needs its device named.
    const wholeRun = /train|run\b/i.test(subject);
    if (!wholeRun && !measured()) return REJECT(c, 'duration-not-a-result');
    return decision(c, 'takes-time', 'claim', 'abs', {
      start: c.clauseLeftStart + left.indexOf(subject),
      cue: 'time',
      verb: /train|run\b/i.test(subject) ? 'training' : null,
      metric: tidyPhrase(subject),
    });
  }
  const workTakes = TAKES_BEFORE.test(left) ? WORK_TAKES.exec(left) : null;
  // "Restores take at most 0.4 s longer than from a full checkpoint": time added, a cost.
  if (workTakes && LONGER_AFTER.test(c.text.slice(c.m.end, c.m.end + 20)))
    return REJECT(c, 'worse-direction');
  if (workTakes) {
    const subject = workTakes[1] as string;
    if (SETUP_GERUND.test(left) || AUTHORS_SUBJECT.test(left) || PEOPLE_SUBJECT.test(left))
      return REJECT(c, 'setup-time');
    if (HABITUAL.test(left) || openingSentence(c)) return REJECT(c, 'scene-setting-time');
    return decision(c, 'work-takes-time', 'claim', 'abs', {
      start: c.clauseLeftStart + left.indexOf(subject),
      cue: 'time',
      verb: WHOLE_JOB.test(subject) ? 'training' : null,
      metric: tidyPhrase(subject),
    });
  }
  // "…, taking 17 ms on a phone to render one image": the participle of a result clause,
  // then the work it times after "to"; the device may stand between.
  if (TAKING_BEFORE.test(left) && TAKING_TO_AFTER.test(c.text.slice(c.m.end, c.m.end + 90))) {
    // The participle's subject is the main clause's: the whole sentence before it.
    const main = c.text.slice(c.sentence.start, c.m.start);
    const not = setupOrSceneTime(c, main);
    if (not) return not;
    return decision(c, 'takes-time', 'claim', 'abs', {
      start: c.m.start - (TAKING_BEFORE.exec(left) as RegExpExecArray)[0].length,
      cue: 'time',
      metric: null,
    });
  }
  // "our method takes about 4 minutes on a single RTX 3090 to reconstruct a scene", "X needs
  // only 11 ms to produce an asset": the finite verb, its subject the clause's.
  if (SPENDS_TIME_BEFORE.test(left) && TAKING_TO_AFTER.test(c.text.slice(c.m.end, c.m.end + 90))) {
    const not = setupOrSceneTime(c, left);
    if (not) return not;
    // "For reference, the teacher needs about 2,870 s to render a clip": the baseline's time.
    if (REFERENCE_SUBJECT.test(left)) return REJECT(c, 'baseline-figure');
    return decision(c, 'takes-time', 'claim', 'abs', {
      start: c.qualStart - (SPENDS_TIME_BEFORE.exec(left) as RegExpExecArray)[0].length,
      cue: 'time',
      metric: null,
    });
  }
  // "Lattice-3B was trained in 11 days on 64 A100 GPUs", "the students are trained on 4M
  // images within 5 hours": the paper's model trained, a run length (corpus conventions);
  // a part of the method ("the router is trained in 40 minutes") is a setup step.
  const trained = SCENE_FITTED.test(left) ? null : TRAINED_PASSIVE.exec(left);
  if (trained) {
    const subject = left.slice(0, trained.index);
    if (
      AUTHORS_SUBJECT.test(subject) ||
      PEOPLE_SUBJECT.test(subject) ||
      METHOD_PART.test(subject) ||
      !subject.trim()
    )
      return REJECT(c, 'setup-time');
    if (HABITUAL.test(left) || openingSentence(c)) return REJECT(c, 'scene-setting-time');
    return decision(c, 'passive-operation-time', 'claim', 'abs', {
      start: c.clauseLeftStart + Math.max(0, left.search(/\S/)),
      cue: 'time',
      verb: 'training',
      metric: tidyPhrase(subject) || null,
    });
  }
  const passive = PASSIVE_DONE.exec(left);
  if (passive) {
    if (AUTHORS_SUBJECT.test(left) || PEOPLE_SUBJECT.test(left)) return REJECT(c, 'setup-time');
    if (HABITUAL.test(left) || openingSentence(c)) return REJECT(c, 'scene-setting-time');
    const subject = left.slice(0, passive.index).trim();
    return decision(c, 'passive-operation-time', 'claim', 'abs', {
      start: c.clauseLeftStart + Math.max(0, left.search(/\S/)),
      cue: 'time',
      verb: WHOLE_JOB.test(left) ? 'training' : (passive[1] ?? null),
      metric: tidyPhrase(subject) || null,
    });
  }
  const fitted = SCENE_FITTED.exec(left);
  if (fitted) {
    if (!measured()) return REJECT(c, 'duration-not-a-result');
    return decision(c, 'time-to-produce', 'claim', 'abs', {
      start: c.clauseLeftStart + fitted.index,
      cue: 'time',
      verb: 'trains',
      metric: 'scene',
    });
  }
  // "the network produces a flow estimate every 4.8 ms": one output each T is the time
  // each takes; a sensor's or a user's pace ("the camera produces a frame every 33 ms") is
  // the setting.
  const every = EVERY_PRODUCE_BEFORE.exec(left);
  if (every) {
    const subject = left.slice(0, every.index);
    if (AUTHORS_SUBJECT.test(subject) || PEOPLE_SUBJECT.test(subject) || PACE_SETTER.test(subject))
      return REJECT(c, 'setup-time');
    return decision(c, 'time-to-produce', 'claim', 'abs', {
      start: c.clauseLeftStart + every.index,
      cue: 'time',
      verb: every[1] ?? null,
      metric: tidyPhrase(every[2] ?? '') || null,
    });
  }
  const everyOutput = EVERY_PRODUCED_BEFORE.exec(left.replace(/^\s+/, ''));
  if (everyOutput) {
    const output = everyOutput[1] as string;
    if (PACE_SETTER.test(output) || RECORD_OUTPUT.test(output)) return REJECT(c, 'setup-time');
    return decision(c, 'time-to-produce', 'claim', 'abs', {
      start: c.clauseLeftStart + Math.max(0, left.search(/\S/)),
      cue: 'time',
      verb: everyOutput[2] ?? null,
      metric: tidyPhrase(output) || null,
    });
  }
  const intransitiveTime = intransitive(c, left);
  if (intransitiveTime) return intransitiveTime;
  const toTarget = timeToTarget(c, left);
  if (toTarget) return toTarget;
  // "In under 70 seconds, Borealis produces 5-day forecasts": the time fronted before the
  // clause whose work it times (the subject and a verb of the system's work after the comma).
  if (FRONTED_TIME_LEFT.test(left) && c.clauseLeftStart === c.sentence.start) {
    const work = FRONTED_WORK_AFTER.exec(c.text.slice(c.m.end, c.m.end + 80));
    if (work) {
      if (AUTHORS_SUBJECT.test(work[1] as string) || PEOPLE_SUBJECT.test(work[1] as string))
        return REJECT(c, 'setup-time');
      if (EARLIER_WORK.test(work[1] as string) || REFERENCE_SUBJECT.test(work[1] as string))
        return REJECT(c, 'baseline-figure');
      if (openingSentence(c)) return REJECT(c, 'scene-setting-time');
      return decision(c, 'time-to-produce', 'claim', 'abs', {
        start:
          c.qualStart - (FRONTED_TIME_LEFT.exec(left) as RegExpExecArray)[0].trimStart().length,
        cue: 'time',
        verb: (work[2] as string).toLowerCase(),
        metric: null,
      });
    }
  }
  // "<verb> <object> in T": the verb is the last production verb of the clause,
  // with an object of a few words and no clause break before "in". With no "in" or
  // "within" before the time there is no such frame, and the verb scans are not needed.
  if (!IN_DURATION_BEFORE.test(left)) return jobDone(c, left);
  // "we sample 10,000 ensemble members in 38 minutes on 64 TPU v5e chips", "we train
  // performant models in 24 hours on a single GPU": the authors' own run, timed on the
  // hardware it ran on, is a run length; a part of the method trained on the side ("we train
  // the router in 20 minutes on one GPU") is set up, and with no hardware named the work
  // may be people's ("we annotate 500 clips in 3 hours").
  const runFrom = Math.max(c.sentence.start, c.qualStart - 200);
  const runLeft = c.text.slice(runFrom, c.qualStart);
  const weRun =
    /\bwe\b/i.test(runLeft) && RUN_ON_HARDWARE_AFTER.test(c.text.slice(c.m.end, c.m.end + 60))
      ? WE_RUN_IN.exec(runLeft)
      : null;
  if (weRun) {
    if (METHOD_PART.test(weRun[2] as string) || HABITUAL.test(left) || openingSentence(c))
      return REJECT(c, 'setup-time');
    return decision(c, 'operation-time', 'claim', 'abs', {
      start:
        runFrom +
        weRun.index +
        weRun[0].lastIndexOf(weRun[1] as string, weRun[0].length - (weRun[2] as string).length),
      cue: 'time',
      verb: 'training',
      metric: tidyPhrase(weRun[2] as string),
    });
  }
  PRODUCE_VERB.lastIndex = 0;
  let verb: RegExpExecArray | null = null;
  let produced: RegExpExecArray | null = null;
  for (let v = PRODUCE_VERB.exec(left); v; v = PRODUCE_VERB.exec(left)) {
    // "completes prefill in 41 s": a production word right before "in" is the object.
    if (IN_DURATION_BEFORE.test(left.slice(v.index + v[0].length).replace(/^\s+/, ' '))) {
      produced = v;
      break;
    }
    verb = v;
  }
  // Other work the system does on an object: "loads a 70B checkpoint in 6.1 s".
  OPERATION_VERB.lastIndex = verb ? verb.index + verb[0].length : 0;
  let operation: RegExpExecArray | null = null;
  for (let v = OPERATION_VERB.exec(left); v; v = OPERATION_VERB.exec(left)) operation = v;
  if (operation) verb = operation;
  else if (produced && !verb) verb = produced;
  // "<verb> <object> in T": with no "in" or "within" before the time ("makes prefilling a
  // prompt take 30 minutes") there is no such frame.
  if (!verb || !IN_DURATION_BEFORE.test(left)) return jobDone(c, left);
  // "generates a 10-day forecast (27 GB of data) in 75 s": a bracket inside the object
  // says what the output is, no clause.
  const object = left
    .slice(verb.index + verb[0].length)
    .replace(IN_DURATION_BEFORE, '')
    .replace(OBJECT_BRACKET, ' ');
  const words = object.trim().split(/\s+/).filter(Boolean);
  if (operation && words.length === 0) return jobDone(c, left);
  // A verb of the system's work may carry a longer object than one of making an output
  // ("completes a full run of a 30-task evaluation suite with a 70B model in 19 hours"), and
  // so may an output timed on the one device named ("predicts the mesh of an object from a
  // single photo within 4 s on one A100").
  if (
    words.length === 0 ||
    words.length > (operation || (words.length <= 18 && measured()) ? 18 : 10) ||
    // "renders a 10-second, six-camera clip in 14 s": a comma between two modifiers stays in the object.
    /[;:()]|,\s(?![\w]+-[\w]+\s)/.test(object) ||
    // "fine-tunes a 70B model to 128K context in 41 hours": "to" before a figure is a setting.
    // "over a graph with 2B nodes and 40B edges": "and" before a count joins two parts of the
    // data the work runs over, not two clauses.
    words.some(
      (w, i) =>
        NOT_IN_OBJECT.test(w) &&
        !(w === 'to' && /^\d/.test(words[i + 1] ?? '')) &&
        // "brings an endpoint from zero to its first token in 0.9 s": "to" closes a "from".
        !(w === 'to' && words.slice(0, i).some((x) => /^from$/i.test(x))) &&
        !(w === 'and' && COUNT_WORD.test(words[i + 1] ?? '')) &&
        // "deduplicates 412 GB of crawled Chinese and English text": "and" between two
        // modifiers of one noun, the second capitalized (a language, a source, a name).
        !(w === 'and' && AND_MODIFIER.test(words[i + 1] ?? '') && i + 2 < words.length),
    )
  )
    return decision(c, 'no-cue', 'uncued', 'up');
  // "renders a 10-minute video in 1.3 hours, 7.8x slower than the GPU build" is a cost;
  // slower than real time is the pace of the paper's own run (corpus conventions).
  if (
    /^[^;]{0,30}?\bslower\b(?!\s+than\s+real[- ]time)/i.test(
      c.text.slice(c.m.end, Math.min(c.sentence.end, c.m.end + 120)),
    )
  )
    return REJECT(c, 'worse-direction');
  // "we obtain a model that produces a clip in 90 ms": a relative clause's verb has the
  // model, not the authors, as its subject.
  const subject = left.slice(0, verb.index);
  if (AUTHORS_SUBJECT.test(subject) && !/\b(?:that|which)\s+$/i.test(subject))
    return REJECT(c, 'setup-time');
  if (operation) {
    // "annotators label a clip in 5 minutes": people, not the system.
    if (PEOPLE_SUBJECT.test(left.slice(0, verb.index))) return REJECT(c, 'setup-time');
    // An operation of the system, timed: the paper's own absolute time.
    return decision(c, 'operation-time', 'claim', 'abs', {
      start: c.clauseLeftStart + verb.index,
      cue: 'time',
      verb:
        WHOLE_JOB.test(left.slice(verb.index)) || DATA_VOLUME.test(object)
          ? 'training'
          : (verb[1] ?? null),
      metric: tidyPhrase(object),
    });
  }
  // A finite verb reports what the system does ("the model produces a 512px image in
  // 2.7 seconds"); a participle after a colon or comma ("…: generating a 10-second
  // video in 10 seconds") spells out a claim already made, unless it names the one
  // device or the gain of its own.
  if (!/s$/i.test(verb[1] ?? '') && !measured()) return REJECT(c, 'duration-not-a-result');
  return decision(c, 'time-to-produce', 'claim', 'abs', {
    start: c.clauseLeftStart + verb.index,
    cue: 'time',
    verb: verb[1] ?? null,
    metric: tidyPhrase(object),
  });
}

const OBJECT_BRACKET = /\s\([^()]{1,60}\)(?=\s|$)/g;
const LATENCY_ADDED = new RegExp(
  String.raw`\b(?:adds?|adding|added|introduces?|introducing|incurs?|incurring|costs?|cost\s+of|injects?|simulat\w*|emulat\w*|only\s+adds?)\s+${LEVEL_QUALIFIER}$`,
  'i',
);
const PER_UNIT_OVERHEAD =
  /\b(?:adds?|adding|overhead|extra|additional|incurs?|itself|gate|router|predictor|selector|controller|probe|monitor)\b/i;
const OPERATION_VERB = new RegExp(String.raw`\b(${OPERATION_VERB_SOURCE})\b`, 'gi');
const WHOLE_JOB = new RegExp(String.raw`\b(?:${WHOLE_JOB_SOURCE})\b`, 'i');
const PEOPLE_SUBJECT = new RegExp(String.raw`\b(?:${PEOPLE_SUBJECT_SOURCE})\b`, 'i');
// "A complete tuning session finishes in 52 minutes", "Pruning Llama-3-8B completes in
// 11 minutes": a whole job, or a gerund naming one, as the subject.
// An opening adjunct may come first ("For a 4,096-GPU job the search finishes in 40 s"),
// and the subject may hold a setting and a coordinated verb ("The run consumed 1.4M
// GPU-hours and finished in 47 days"), but no second clause.
const JOB_DONE = new RegExp(
  String.raw`^\s*(?:(?:for|on|at|across|with|using)\s+(?:[^,;:]|,(?=\d)){1,50}?(?:,\s+|\s+(?=the\s)))?((?:(?:a|an|the|each|one|its|our|[\w.,×-]+)\s+){0,4}?(?:${WORK_NOUN_SOURCE}|[a-z]+ing))(\s+(?:(?!(?:while|whereas|but|than|compared|versus|which|that|we)\b)\S+\s+){0,8}?)?(?:completes|finishes|completed|finished|completing|finishing|(?:is|was)\s+(?:completed|finished|done))\s+(?:in|within)\s+${LEVEL_QUALIFIER}$`,
  'i',
);

/**
 * Whether the figure stands in the abstract's first sentence, which states the problem
 * ("…; rebuilding the index for 100M vectors takes 3.5 hours"), not the paper's result.
 */
// "matches full fine-tuning using only 8% of the training examples", "generates only 31% of
// the tokens the baseline uses": the same result from a share of the work or data, played
// down with "only", is a saving (factor 100/X). Without "only" a share used is a setting
// ("trained on 10% of the data"); a verb after it ("only 8% of the tokens are visual")
// makes the share a fact about the input.
const ONLY_BEFORE = /\b(?:only|just|merely)\s+$/i;
const WORK_SHARE_OF =
  /^\s*of\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,3}?(tokens|examples|samples|calls|queries|steps|iterations|evaluations|rollouts|FLOPs|compute|bandwidth|GPU[- ]hours|CoTs|traces|chains|paths|activations)\b/i;
const VERB_AFTER_SHARE =
  /^\s+(?:is|are|was|were|come|comes|came|go|goes|went|remain|remains|need|needs|get|gets)\b/i;

// "matches Qwen2.5-VL-3B … while using one eighth of the visual tokens", "keeps 96% of its
// score with one ninth of the tokens": the same result, stated first, from a share of the
// work says what "only" says ("trained with 35% of the data" alone is a setting).
const SAME_RESULT_BEFORE =
  /\b(?:match(?:es|ed|ing)?|keeps|kept|retain(?:s|ed|ing)?|preserv(?:es|ed|ing)|maintain(?:s|ed|ing)?|recover(?:s|ed|ing)?|rivals?|within|on\s+par\s+with|the\s+same\s+(?:accuracy|quality|score))\b/i;
const USING_LAST =
  /\b(?:(?:while\s+)?using|with|while\s+needing|uses|needs|requires)\s+(?:about\s+|roughly\s+|around\s+)?$/i;

function onlyShareOfWork(c: Context, after: string): Decision | null {
  const near = c.text.slice(Math.max(c.sentence.start, c.qualStart - 24), c.qualStart);
  const only = ONLY_BEFORE.test(near.slice(-10));
  if (
    !only &&
    !(USING_LAST.test(near) && SAME_RESULT_BEFORE.test(c.text.slice(c.sentence.start, c.qualStart)))
  )
    return null;
  // "keeps only 10% of the visual tokens", "recomputes only 12% of tokens": a budget of
  // which tokens the method touches, a setting.
  const touched =
    /\b(?:keep\w*|retain\w*|select\w*|sampl\w*|prun\w*|recomput\w*|process\w*|attend\w*|updat\w*|reus\w*|cach\w*)\s+(?:only|just|merely)\s+$/i.exec(
      c.text.slice(Math.max(c.sentence.start, c.qualStart - 30), c.qualStart),
    );
  // "matches the accuracy of the unpruned model while processing only 23% of the original
  // tokens": the work done, after the same result, is a saving; a budget kept is not.
  if (
    touched &&
    !(
      /^(?:process|attend)/i.test(touched[0].trimStart()) &&
      SAME_RESULT_BEFORE.test(c.text.slice(c.sentence.start, c.qualStart))
    )
  )
    return null;
  // "Only 8% of the tokens …" opening the sentence names a share of the input, not a result.
  if (!/\S/.test(c.text.slice(c.sentence.start, c.qualStart).replace(ONLY_BEFORE, ''))) return null;
  const m = WORK_SHARE_OF.exec(after);
  if (!m || VERB_AFTER_SHARE.test(after.slice(m[0].length))) return null;
  // A share of the data with no "only" stays the setting it was trained at.
  if (!only && /^(?:examples|samples)$/i.test(m[1] as string)) return null;
  return decision(c, 'only-share-of-work', 'claim', 'of', {
    start:
      c.qualStart -
      (/(?:only|just|merely)\s+$/i.exec(c.text.slice(0, c.qualStart))?.[0].length ?? 0),
    end: c.m.end + m[0].length,
    cue: /^(?:examples|samples|data)$/i.test(m[1] as string) ? 'data' : 'work',
    metric: tidyPhrase(m[0].replace(/^\s*of\s+(?:the\s+|its\s+|their\s+)?/i, '')),
  });
}

/** The subject of a copula right before the figure: "[prefill throughput] is 3x …". */
const COPULA_SUBJECT =
  /((?:[\w-]+\s+){0,2}?([\w-]+))\s+(?:is|are|was|were|becomes|became|remains|stays)\s+$/i;

/**
 * "prefill throughput is 3.0x that of the dense model": N times that of something is a claim
 * when the subject is a rate wanted higher and N is above one, or a quantity spent and N is
 * below one ("its memory footprint is 0.4x that of FP16", 2.5x less). "Its vocabulary is 3x
 * that of the base model" and "its latency is 2x that of X" stay out.
 */
function thatOf(c: Context, left: string): Decision {
  const subject = COPULA_SUBJECT.exec(left.slice(-60));
  const head = subject?.[2] ?? null;
  const start = subject
    ? c.clauseLeftStart + left.length - Math.min(60, left.length) + subject.index
    : c.qualStart;
  const end = c.m.end + (/^\s*that\s+of\b/i.exec(c.text.slice(c.m.end))?.[0].length ?? 0);
  // "… that of the BF16 model": what follows is the baseline's noun phrase.
  const baseline = readPhrase(c.text, end, c.sentence.end, 1);
  const words = {
    start,
    end,
    baseline: baseline ? tidyPhrase(baseline.text) : null,
    metric: subject
      ? tidyPhrase((subject[1] as string).replace(/^.*\b(?:the|its|their|our|this)\s+/i, ''))
      : null,
  };
  if (head && c.m.low >= 1 && worseDirection(head, 'down'))
    return decision(c, 'subject-that-of', 'claim', 'up', words);
  if (head && c.m.high < 1 && worseDirection(head, 'up'))
    return decision(c, 'subject-that-of', 'claim', 'of', words);
  return decision(c, 'that-of', 'uncued', 'up');
}

/** Where the participle of RISING_AFTER_COMMA starts, or null. */
function risingAt(c: Context): number | null {
  const from = Math.max(c.sentence.start, c.qualStart - 40);
  const m = RISING_AFTER_COMMA.exec(c.text.slice(from, c.qualStart));
  return m ? from + m.index + (/^,\s*/.exec(m[0]) as RegExpExecArray)[0].length : null;
}

function openingSentence(c: Context): boolean {
  return (
    c.text.slice(0, c.sentence.start).trim() === '' && c.text.slice(c.sentence.end).trim() !== ''
  );
}

/**
 * A time that is no claim of the paper's run: the authors or people as its subject set it up
 * (rule setup-time); earlier work as its subject, a habit, or the opening sentence set the
 * scene (rule scene-setting-time). `left` is what a habit is looked for in.
 */
function setupOrSceneTime(c: Context, subject: string, left = subject): Decision | null {
  if (AUTHORS_SUBJECT.test(subject) || PEOPLE_SUBJECT.test(subject)) return REJECT(c, 'setup-time');
  if (EARLIER_WORK.test(subject) || HABITUAL.test(left) || openingSentence(c))
    return REJECT(c, 'scene-setting-time');
  return null;
}

const DONE_VERB_LAST = new RegExp(
  String.raw`(?:completes|finishes|completed|finished|completing|finishing|(?:is|was)\s+(?:completed|finished|done))\s+(?:in|within)\s+${LEVEL_QUALIFIER}$`,
  'i',
);

/** A whole job that finishes in T: its length is a result, kind speedup. */
// "A 13B model checkpoints in 1.7 seconds", "the index rebuilds in 4 s", "a cold
// replica starts in 0.9 s": the system's work with no object, its subject before it.
const INTRANSITIVE_IN = new RegExp(
  String.raw`\b(loads|starts|restarts|recovers|resumes|rebuilds|checkpoints|boots|converges|trains|warms\s+up|reconfigures|migrates|(?:scales|fails)\s+(?:out|up|down|over))\s+(?:in|within)\s+${LEVEL_QUALIFIER}$`,
  'i',
);

function intransitive(c: Context, left: string): Decision | null {
  const v = INTRANSITIVE_IN.exec(left);
  if (!v) return null;
  const subject = left.slice(0, v.index);
  if (!/\w/.test(subject)) return null;
  // "A typical scene trains in about 90 s" is the run; "the router trains in 40 minutes" a
  // part of the method set up.
  const trains = /^trains$/i.test(v[1] as string);
  if (trains && METHOD_PART.test(subject)) return REJECT(c, 'setup-time');
  const not = setupOrSceneTime(c, subject, left);
  if (not) return not;
  return decision(c, 'operation-time', 'claim', 'abs', {
    start: c.clauseLeftStart + Math.max(0, left.search(/\S/)),
    cue: 'time',
    verb: trains || /^converges$/i.test(v[1] as string) ? 'training' : (v[1] ?? null),
    metric: tidyPhrase(subject) || null,
  });
}

// "we train a ResNet-50 to 75% top-1 accuracy in 18 minutes", "reaches 94% test accuracy
// on CIFAR-10 in 26 seconds", "brings BERT-Large to the target accuracy in 76 minutes": the
// time to a target quality is the length of the run (kind speedup), the authors' too; a part
// of the method trained to a score ("the router reaches 90% accuracy in 10 minutes") is setup.
const TIME_TO_TARGET = new RegExp(
  String.raw`\b((?:pre-?|re-?)?train(?:s|ing)?|fine-?tun(?:e|es|ing)|reach(?:es|ing)?|attain(?:s|ing)?|hits?|converges?|brings?)\s+(?:[^,;:]{0,80}?\s)?(?:to\s+)?(?:(?:[\d.]+\s?%?|the\s+target|a\s+target|its\s+target|the\s+reference|the\s+same)\s+(?:[\w-]+\s+){0,3}?(?:accuracy|perplexity|loss|BLEU|F1|score|quality|mAP|WER|AUC)\b|(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:accuracy|perplexity|loss|BLEU|F1|score|mAP|WER|AUC)\s+of\s+(?:about\s+|roughly\s+)?[\d.]+\s?%?)(?:\s+(?:on|of|for)\s+[^,;:()]{1,40}?)?\s+(?:in|within)\s+${LEVEL_QUALIFIER}$`,
  'i',
);

const TARGET_QUALITY_BEFORE = new RegExp(
  String.raw`\b(?:accuracy|perplexity|loss|BLEU|F1|score|quality|mAP|WER|AUC)\b[^,;:()]{0,45}\b(?:in|within)\s+${LEVEL_QUALIFIER}$`,
  'i',
);

// "Most of these results are obtained with only 5M training images within 7 hours", "this
// accuracy is reached in 40 minutes": the run that got the results, timed (kind speedup).
const RESULTS_OBTAINED = new RegExp(
  String.raw`\b(results?|accuracy|quality|performance|scores?|numbers)\s+(?:[\w-]+\s+){0,3}?(?:is|are|was|were)\s+(?:all\s+)?(?:obtained|achieved|reached|attained)\s+(?:(?:on|with|using|from|for|after|by)\s+(?:[\w.,×-]+\s+){1,7}?)?(?:in|within)\s+${LEVEL_QUALIFIER}$`,
  'i',
);

const OBTAINED_WORD = /(?:obtain|achiev|reach|attain)ed\s/;
const DONE_WORD = /complet|finish|done/i;

function timeToTarget(c: Context, clauseLeft: string): Decision | null {
  // Literal guards first: the patterns are only worth trying after their words.
  const obtained = OBTAINED_WORD.test(clauseLeft) ? RESULTS_OBTAINED.exec(clauseLeft) : null;
  if (obtained) {
    const subject = clauseLeft.slice(0, obtained.index);
    if (EARLIER_WORK.test(subject) || /\b(?:their|its)\b/i.test(subject) || openingSentence(c))
      return REJECT(c, 'scene-setting-time');
    return decision(c, 'time-to-target', 'claim', 'abs', {
      start: c.clauseLeftStart + obtained.index,
      cue: 'time',
      verb: 'training',
      metric: 'time to the results',
    });
  }
  if (!TARGET_QUALITY_BEFORE.test(clauseLeft.slice(-90))) return null;
  // The target's figure ("to 75% top-1 accuracy") ends the clause's scan: read back past it.
  const from = Math.max(c.sentence.start, c.qualStart - 200);
  const left = c.text.slice(from, c.qualStart);
  work.steps += left.length;
  const m = TIME_TO_TARGET.exec(left);
  if (!m) return null;
  const subject = left.slice(0, m.index);
  if (PEOPLE_SUBJECT.test(subject) || METHOD_PART.test(left.slice(0, m.index + m[0].length)))
    return REJECT(c, 'setup-time');
  if (EARLIER_WORK.test(subject) || HABITUAL.test(left) || openingSentence(c))
    return REJECT(c, 'scene-setting-time');
  return decision(c, 'time-to-target', 'claim', 'abs', {
    start: from + m.index,
    cue: 'time',
    verb: 'training',
    metric: 'time to target quality',
  });
}

const JOB_NOUN_WORD = new RegExp(String.raw`\b(?:${JOB_NOUN_SOURCE})\b`, 'i');

function jobDone(c: Context, clauseLeft: string): Decision {
  let left = clauseLeft;
  let base = c.clauseLeftStart;
  // "The run consumed 1.4M GPU-hours and finished in 47 days": the figure before stops the
  // clause's scan at it; the subject is read back a bounded stretch past it.
  if (c.clauseLeftStart === c.floor && c.floor > c.sentence.start && /^\s*and\s/i.test(left)) {
    base = clauseStart(c.text, Math.max(c.sentence.start, c.qualStart - 160), c.qualStart);
    work.steps += c.qualStart - base;
    left = c.text.slice(base, c.qualStart);
  }
  const done = DONE_WORD.test(left) ? JOB_DONE.exec(left) : null;
  if (!done || AUTHORS_SUBJECT.test(left) || PEOPLE_SUBJECT.test(left))
    return decision(c, 'no-cue', 'uncued', 'up');
  // "The run consumed 1.4M GPU-hours and finished in 47 days": the claim is the second verb's.
  const coordinated = /\band\s/i.test(done[2] ?? '');
  // "…, and reconfiguration completes within 12 µs": the conjunction is no part of the subject.
  const lead = /^(?:and|or|but|with)\s+/i.exec(done[1] as string)?.[0].length ?? 0;
  return decision(c, 'run-length', 'claim', 'abs', {
    start:
      base + (coordinated ? left.search(DONE_VERB_LAST) : left.indexOf(done[1] as string) + lead),
    cue: 'time',
    // "recovery completes in 12 s", "each query finishes in 3 ms": one operation, not a run.
    verb:
      JOB_NOUN_WORD.test(`${done[1]}${done[2] ?? ''}`) || /ing$/i.test(done[1] as string)
        ? 'training'
        : null,
    metric: tidyPhrase(done[1] as string),
  });
}

/**
 * A comparison marker in the clause makes a duration the baseline's ("compared
 * with 40 minutes for X"), but not "over 12,000 configurations" (a count) nor a
 * comparison that an "and" closes before the figure's own verb ("… compared with
 * on-demand instances and completes a run in 19 hours").
 */
// "over 12,000 configurations", "a graph over one billion vectors": a count, not a comparison.
const OVER_A_COUNT = new RegExp(
  String.raw`^\s*(?:(?:more|fewer|less)\s+than\s+|(?:about|nearly|roughly|almost|some)\s+)?(?:\d|(?:one|${WORD_NUMBER_SOURCE}|a|several|many|hundreds|thousands|millions|billions)\s+(?:\d|hundred|thousand|million|billion|trillion)\b)`,
  'i',
);
// "a question over the full hour is answered in 1.2 s": a span of time, not a baseline.
const OVER_A_SPAN =
  /^\s*(?:(?:the|a|an|one)\s+)?(?:(?:full|whole|entire|complete)\s+)?(?:hours?|days?|minutes?|weeks?|months?|episodes?|sessions?)\b/i;
// "occupied less than 5 MB": a bound on the number, not a comparison.
const BOUND_LAST = /\b(?:less|fewer|more|lower)\s+than\s*$/i;
// "matching against a 10M-vector index", "verification against the full database": what
// the system looks things up in or checks them with, not a system it is compared with.
const AGAINST_DATA =
  /^\s+(?:(?:a|an|the|its|our|their|each|every|one|this)\s+)?(?:[\w.-]+\s+){0,4}?(?:maps?|index(?:es)?|indices|databases?|corpus|corpora|tables?|dictionar(?:y|ies)|catalogu?es?|graphs?|stores?|datastores?|collections?|repositor(?:y|ies)|codebases?|knowledge\s+bases?|galler(?:y|ies)|libraries|library|memory\s+banks?|lexicons?|gazetteers?|snapshots?|schemas?|datasets?|logs?|streams?|traces?)\b/i;
function baselineInClause(left: string): boolean {
  const m = COMPARISON_IN.exec(left);
  if (!m) return false;
  const rest = left.slice(m.index + m[0].length);
  if (/^than$/i.test(m[0]) && rest.trim() === '' && BOUND_LAST.test(left)) return false;
  if (/^(?:over|than)$/i.test(m[0]) && OVER_A_COUNT.test(rest)) return baselineInClause(rest);
  // "(8x slower than real time) for less than $30": real time is a pace, not a baseline.
  if (/^than$/i.test(m[0]) && /^\s*real[- ]time\b/i.test(rest))
    return baselineInClause(rest.replace(/^\s*real[- ]time/i, ''));
  if (/^over$/i.test(m[0]) && OVER_A_SPAN.test(rest)) return baselineInClause(rest);
  // "retrieval against a map of 1M entries takes 3.4 ms": the data the work is run on.
  // "an epoch over the 2B-edge graph takes 5 hours", "a pass over the click logs": the same
  // data after "over".
  if (/^(?:against|over)$/i.test(m[0]) && AGAINST_DATA.test(rest)) return baselineInClause(rest);
  // "… over BM25 and a dense retriever while answering queries in 9.8 ms": a gerund
  // after "while" opens the figure's own phrase.
  // "… than the baselines and a faster compression speed of 28.4 MB/s": a second object of
  // the verb, a rate of its own, after "and".
  return !/\band\s+(?:then\s+)?[a-z]+s\s|\bwhile\s+[a-z]+ing\s|\band\s+(?:a|an|its|their)\s+(?:[\w-]+\s+){0,4}?(?:speed|throughput|goodput|rate|bandwidth)\s+of\s+(?:about\s+|up\s+to\s+|over\s+)?$/i.test(
    rest,
  );
}

// "costs one fifth as much as X", "uses 30% as much memory as X", "half as many GPUs as":
// a share of what another system spends (group 1: much or many; group 2: what is spent).
const AS_MUCH_AFTER = /^\s+as\s+(much|many|little|few)\b((?:\s+(?!as\b)[\w-]+){0,5}?)\s+as\b/i;
// What the share is of, when it is named: a quantity spent, or devices and work counted.
const AS_MUCH_SPENT = new RegExp(
  String.raw`\b(?:${alternation(SPENT_NOUNS)}|GPUs|nodes|servers|machines|accelerators|devices|replicas|chips|cores|data|steps|iterations|evaluations|tokens|parameters|samples|memory\s+traffic)$`,
  'i',
);
// With nothing named, the verb says what is spent: "costs", "uses", "needs", "consumes".
const AS_MUCH_VERB =
  /\b(cost|costs|costing|uses|using|needs|needing|requires|requiring|consumes|consuming|spends|spending|draws|drawing|takes|taking|occupies|stores|moves|transfers|reads|fetches)\s+(?:only\s+|just\s+|about\s+|around\s+|roughly\s+|approximately\s+|nearly\s+|[~≈]\s?)*$/i;

/** "costs one fifth as much as X": the system spends that share of what X spends. */
function shareAsMuch(c: Context, after: string): Decision | null {
  const m = AS_MUCH_AFTER.exec(after);
  if (!m) return null;
  // "as many bytes from disk as": what is spent ends at its first preposition.
  const named = (m[2] as string)
    .trim()
    .replace(/\s+(?:from|on|in|over|per|for|at|to|across|with)\b.*$/i, '');
  const nearStart = Math.max(c.sentence.start, c.m.start - 50);
  const verb = AS_MUCH_VERB.exec(c.text.slice(nearStart, c.m.start));
  if (named ? !AS_MUCH_SPENT.test(named) : !verb) return REJECT(c, 'share-of-other');
  // "We use half as many GPUs in the ablation": a setting the authors chose.
  if (/\bwe\s+(?:[a-z]+\s+){0,2}$/i.test(c.clauseLeft)) return REJECT(c, 'setting-figure');
  const end = c.m.end + m[0].length;
  const found = readPhrase(c.text, end, c.sentence.end, 1);
  const verbWord = ((verb?.[1] as string | undefined) ?? '').toLowerCase();
  return decision(c, 'share-as-much', 'claim', 'of', {
    start: verb ? nearStart + verb.index : c.qualStart,
    end: found ? found.end : end,
    cue: 'cost',
    metric: named ? tidyPhrase(named) : verbWord.startsWith('cost') ? 'cost' : null,
    baseline: found ? tidyPhrase(found.text) : null,
  });
}

const CAP_BEFORE =
  /\b(?:capp(?:ed|ing)|caps?|limit(?:ed|ing|s)?|throttl(?:ed|ing|es)|lock(?:ed|ing|s)?|pinn(?:ed|ing)|clamp(?:ed|ing|s)?)\s+(?:[\w-]+\s+){0,3}?(?:at|to)\s+(?:(?:about|roughly|around|only|just)\s+)?$/i;
/** What a cap is set on: a power or clock limit, or the maximum of one. */
const CAPPED_KNOB_AFTER =
  /^\s*of\s+(?:the\s+|its\s+|their\s+|each\s+)?(?:[\w-]+\s+){0,2}?(?:power|clocks?|frequency|TDP|maximum|max|nameplate|rated|thermal)\b/i;
const AREA_SHARE_AFTER =
  /^\s*,?\s+and\s+(?:(?:only|just|about|roughly)\s+)?\d[\d.]*\s*%\s+of\s+(?:the\s+|its\s+)?(?:(?:total|chip|die|silicon|SoC)\s+)?area\b/i;
const ROUTED_BEFORE =
  /\b(?:escalat\w*|rout(?:e|es|ed|ing)|sends?|sending|sent|offload\w*|forward\w*|defer\w*|delegat\w*|dispatch\w*|hands?\s+off|assign\w*)\s+(?:(?:only|just|about|around|roughly|nearly|almost|over|under)\s+)?$/i;
const TO_PLACE_AFTER =
  /^\s*of\s+(?:the\s+|its\s+|their\s+|all\s+)?(?:[\w-]+\s+){0,3}?to\s+(?:the|a|an|its|their)\s/i;

// "a 98% faster rate over torch.compile", "89% fast-1 rate": the share of the tasks on which
// the output beats a baseline, a success rate; "runs at a 30% faster rate" is a speed.
const FASTER_RATE_AFTER = /^\s*(?:faster|fast[_-]?[1p])\s+rates?\b/i;

function percent(c: Context): Decision {
  const after = c.text.slice(c.m.end, c.rightEnd);
  // "capping at 70% of the board power", "with the clock locked to 40% of its maximum": a
  // cap the experiment sets is a setting, not a share the system spends or reaches.
  if (
    CAPPED_KNOB_AFTER.test(after) &&
    CAP_BEFORE.test(c.text.slice(Math.max(c.sentence.start, c.m.start - 30), c.m.start))
  )
    return REJECT(c, 'setting-figure');
  if (
    FASTER_RATE_AFTER.test(after) &&
    !/\bat\s+an?\s+(?:\w+\s+)?$/i.test(
      c.text.slice(Math.max(c.sentence.start, c.m.start - 20), c.m.start),
    )
  )
    return REJECT(c, 'share-of-items');
  const asMuch = shareAsMuch(c, after);
  if (asMuch) return asMuch;
  const busy = busyShare(c, after);
  if (busy) return priorWork(c.clauseLeft) ? REJECT(c, 'prior-work-figure') : busy;
  const util =
    UTIL_AFTER.exec(after) ??
    PEAK_AFTER.exec(after) ??
    BANDWIDTH_AFTER.exec(after) ??
    UTIL_OF_AFTER.exec(after);
  // "scales to 64 GPUs at 87% efficiency", "a weak-scaling efficiency of 91%": how much
  // of the ideal speedup more devices give is a utilization the system reaches.
  const scaling = util ? null : scalingEfficiency(c, after);
  if (scaling) return scaling;
  if (util && priorWork(c.clauseLeft)) return REJECT(c, 'prior-work-figure');
  // "stays within 5% of an unloaded server up to 90% utilization": the load a bound holds
  // at, after the figure before it and what that figure is compared with.
  if (
    util &&
    c.floor > c.sentence.start &&
    LOAD_AFTER_COMPARED.test(c.text.slice(c.floor, c.m.start))
  )
    return REJECT(c, 'setting-figure');
  // "uses 80% of its maximum budget": how much of an allowance was used, not of the hardware.
  if (
    util &&
    BUDGET_AFTER.test(c.text.slice(c.m.end + util[0].length, c.m.end + util[0].length + 20))
  )
    return REJECT(c, 'setting-figure');
  // "the extra traffic occupies 4% of link bandwidth": what a part uses of a link is its cost.
  if (
    util &&
    BANDWIDTH_AFTER.test(after) &&
    BANDWIDTH_USED_BEFORE.test(c.text.slice(Math.max(c.sentence.start, c.m.start - 40), c.m.start))
  )
    return REJECT(c, 'overhead-share');
  if (
    util &&
    SHORTFALL_BEFORE.test(c.text.slice(Math.max(c.sentence.start, c.m.start - 30), c.m.start))
  )
    return REJECT(c, 'utilization-shortfall');
  if (util)
    return decision(c, 'utilization-after', 'claim', 'abs', {
      end: c.m.end + util[0].length,
      cue: 'utilization',
      metric: tidyPhrase(util[0].replace(/^\s*of\s+/i, '')),
    });
  const left = c.text.slice(c.clauseLeftStart, c.qualStart);
  // Patterns anchored at the number only ever need its last few words.
  const tailAt = Math.max(0, left.length - 60);
  const utilTail = UTIL_LAST.has(lastWord(left)) ? UTIL_BEFORE.exec(left.slice(tailAt)) : null;
  const utilBefore = utilTail ? { index: tailAt + utilTail.index } : null;
  if (utilBefore && lastWord(left) !== 'by') {
    const nounStart = c.clauseLeftStart + utilBefore.index;
    const phraseStart =
      c.clauseLeftStart +
      (/(?:(?:model|hardware|GPU|compute|memory|bandwidth|FLOPs?|average)\s+)*$/i.exec(
        left.slice(0, utilBefore.index),
      )?.index ?? utilBefore.index);
    return decision(c, 'utilization-before', 'claim', 'abs', {
      start: Math.min(phraseStart, nounStart),
      cue: 'utilization',
      metric: tidyPhrase(
        left
          .slice(phraseStart - c.clauseLeftStart)
          .replace(
            /\s+(?:of|to|at|is|was|reaches|reached|reaching|around|about|near|above|over|up to)?\s*$/i,
            '',
          ),
      ),
    });
  }
  const parity = c.text.slice(Math.max(c.sentence.start, c.qualStart - 20), c.qualStart);
  if (
    /^(?:within|below|under|than|most)$/.test(lastWord(parity)) &&
    PARITY_BEFORE.test(parity) &&
    // "at under 6% of the pre-training cost": a share of what is spent, bounded, is a saving.
    !(
      c.m.type === 'pct' &&
      SPEND_BOUND_BEFORE.test(
        c.text.slice(Math.max(c.sentence.start, c.m.start - 40), c.m.start),
      ) &&
      SHARE_OF_SPEND.test(c.text.slice(c.m.end, c.rightEnd))
    ) &&
    !(
      c.m.type === 'pct' &&
      HELD_BOUND_BEFORE.test(c.text.slice(Math.max(c.sentence.start, c.m.start - 40), c.m.start)) &&
      SHARE_OF_HELD.test(c.text.slice(c.m.end, c.rightEnd)) &&
      /\b(?:memory|footprint|KV[- ]cache|VRAM)\b/i.test(c.clauseLeft)
    )
  )
    return REJECT(c, 'parity-bound');

  if (
    SLO_SHARE_BEFORE.test(left.slice(-60)) ||
    SLO_SHARE_AFTER.test(after) ||
    SERVICE_LEVEL_BEFORE.test(left.slice(-60)) ||
    SERVICE_LEVEL_AFTER.test(after)
  )
    return REJECT(c, 'slo-attainment');
  const worse = settingOrWorse(c, left);
  if (worse) return worse;
  if (HIT_RATE_BEFORE.test(left.slice(-40)) || HIT_RATE_AFTER.test(after))
    return REJECT(c, 'hit-rate');

  const by = byVerb(c);
  if (by) return by;
  const bracketed = comparativeBracket(c);
  if (bracketed) return bracketed;

  const cue = rightCue(c);
  if (cue && typeof cue === 'object' && 'cue' in cue) return fromCue(c, cue);
  if (cue && typeof cue === 'object' && 'contrary' in cue) return REJECT(c, cue.contrary);
  if (cue === 'comparative') return decision(c, 'bare-comparative', 'uncued', 'up');

  // "the savings shrink to 19%": a gain that shrinks is still that gain, not what is left.
  const shrunkGain = /\bto\s+$/i.test(left.slice(-6)) ? nominalBefore(left) : null;
  if (shrunkGain) return nominalCue(c, shrunkGain, left);
  // "reduces memory to 30% of the original": what is left is 30%.
  if (/\bto\s+(?:only\s+|just\s+)?$/i.test(left.slice(-20))) {
    const v = lastVerbIn(c.text, c.idx, c.clauseLeftStart, c.qualStart);
    const object = v ? nearestNounIn(c.idx, v.end, c.qualStart, true) : null;
    // "accuracy drops to 21% on the hardest split": a quality that falls, with no object,
    // is what the verb's subject names; a share of it is no saving.
    if (
      v &&
      v.direction === 'down' &&
      object === null &&
      nearestNounIn(c.idx, c.clauseLeftStart, v.at, true, 3) === 'nonperf'
    )
      return REJECT(c, 'share-of-quality');
    if (v && v.direction === 'down' && object !== 'nonperf') {
      const ofEnd =
        /^\s*of(?:\s+(?:the|its))?(?:\s+(?:original|baseline|full|dense|uncompressed))?(?:\s+[\w-]+){0,2}/i.exec(
          after,
        );
      // "pipeline bubbles shrink to 4% of step time": what is left of an overhead is still one.
      OVERHEAD_NOUN.lastIndex = 0;
      if (OVERHEAD_NOUN.test(c.text.slice(c.clauseLeftStart, v.end)))
        return REJECT(c, 'overhead-share');
      // "reduces the estimation overhead to 9% of the full attention latency": an overhead
      // brought down to a share of the work it rides on is still an overhead; brought down
      // to a share of a baseline's ("to 9% of that of vLLM", "of the original") it is a saving.
      OVERHEAD_NOUN.lastIndex = 0;
      if (
        OVERHEAD_NOUN.test(c.text.slice(v.end, c.qualStart)) &&
        ofEnd &&
        !BASELINE_SHARE.test(after)
      )
        return REJECT(c, 'overhead-share');
      return decision(c, 'reduced-to-share', 'claim', 'of', {
        start: v.at,
        end: c.m.end + (ofEnd ? ofEnd[0].length : 0),
        verb: v.word,
        // "Peak memory … is cut to one third": a passive verb's subject is what shrank.
        metric:
          shortMetric(
            tidyPhrase(
              c.text.slice(v.end, c.qualStart).replace(/\bto\s+(?:only\s+|just\s+)?$/i, ''),
            ),
          ) ??
          shortMetric(
            tidyPhrase(
              c.text
                .slice(c.clauseLeftStart, v.at)
                .replace(/\s+(?:is|are|was|were|gets|got|can\s+be)\s*$/i, ''),
            ),
          ),
      });
    }
  }

  const fraction = !/[%t]$/.test(c.text.slice(c.m.start, c.m.end));
  const costOf = (fraction ? FRACTION_OF : COST_OF).exec(after);
  if (costOf) {
    const nounPhrase = `${costOf[1] ?? ''}${costOf[2] ?? ''}`;
    NONPERF_NOUN.lastIndex = 0;
    if (NONPERF_NOUN.test(costOf[1] ?? '')) return REJECT(c, 'share-of-quality');
    const idiom = /^time$/i.test(nounPhrase.trim()) && /^\s*of\s+the\s+time\b/i.test(after);
    if (idiom) return REJECT(c, 'share-of-the-time');
    // "using 35% of the cross-region bandwidth" spends it; "reaches 80% of the link
    // bandwidth" is how much of it a transfer fills.
    // So is "needs a tenth of the synthesis calls"; "85% of calls hit the cache" counts items.
    if (
      /^(?:bandwidth|calls)$/i.test(costOf[2] ?? '') &&
      !SPENDING_BEFORE.test(c.text.slice(Math.max(c.sentence.start, c.qualStart - 30), c.qualStart))
    )
      return REJECT(c, 'share-of-other');
    const end = c.m.end + costOf[0].length;
    const rest = c.text.slice(end, c.rightEnd);
    // "the run costs one twentieth of the teacher's post-training compute", "costs 44% of
    // the cloud bill of an in-memory deployment": a share of what another system spends is
    // a saving, not the overhead of a part.
    const theirs = THEIRS_IN_COST.test(costOf[1] ?? '') || THEIRS_AFTER_COST.test(rest);
    // "takes only 2.4% of the power and 1.8% of the area": a share of power beside a share of
    // chip area is what a part costs the chip, played down or not.
    if (!theirs && AREA_SHARE_AFTER.test(rest)) return REJECT(c, 'overhead-share');
    if (
      !theirs &&
      // "costs 3.1% of chip area and 2.4% of power": the second share follows the same verb.
      OVERHEAD_BEFORE.test(
        c.text
          .slice(Math.max(c.sentence.start, c.qualStart - 60), c.qualStart)
          .replace(SHARES_BEFORE, ''),
      )
    )
      return REJECT(c, 'overhead-share');
    // "Keeping the replicas up to date uses 9% of host memory bandwidth": upkeep named by a
    // gerund subject, and what it uses is its overhead ("our cache uses 40% of the memory
    // of vLLM" names whose spending it is, above).
    if (
      !theirs &&
      GERUND_UPKEEP.test(c.clauseLeft) &&
      !/^\s+(?:of|than|compared|relative|versus|vs)\b/i.test(rest)
    )
      return REJECT(c, 'overhead-share');
    // "keeps the estimation overhead at about 9% of the attention time": the share is the overhead.
    OVERHEAD_NOUN.lastIndex = 0;
    if (OVERHEAD_NOUN.test(c.clauseLeft)) return REJECT(c, 'overhead-share');
    // "communication takes 35% to 60% of decoding time": a part's share of the whole,
    // unless it is played down as the paper's saving ("takes only 18% of the time").
    // The verb may stand before a list or range the share ends ("took between 61% and 87%
    // of step time", "account for 40%, 35% and 25% of latency, memory and energy").
    if (
      BREAKDOWN_VERB_LAST.test(
        c.text
          .slice(Math.max(c.sentence.start, c.qualStart - 80), c.qualStart)
          .replace(SHARES_BEFORE, '')
          .slice(-30),
      ) &&
      !/\b(?:only|just|merely|less\s+than|under)\b/i.test(c.text.slice(c.qualStart, c.m.start))
    )
      return REJECT(c, 'breakdown-share');
    // "completes 27% of the steps", "agrees with the graders on 86% of steps": the share of
    // items a result holds for is a success rate, not what the system spends.
    if (ITEM_SHARE_LAST.test(left.slice(-40))) return REJECT(c, 'share-of-items');
    // "escalates 18% of steps to the large model", "routes 40% of queries to a small model":
    // which items go where is how the work is split, not what the system spends.
    if (
      ROUTED_BEFORE.test(left.slice(-40)) &&
      TO_PLACE_AFTER.test(c.text.slice(c.m.end, c.rightEnd))
    )
      return REJECT(c, 'share-of-items');
    // "is fully overlapped in 93% of steps", "errors occur in 2.4% of steps": how often
    // something happens, not what the system spends; "reaches the loss in 60% of the
    // steps" takes that share of the work.
    if (
      /\bin\s+(?:(?:only|just|about|around|roughly|nearly|almost|over|under|fewer\s+than|more\s+than)\s+)?$/i.test(
        left.slice(-30),
      ) &&
      EVENT_ITEMS.test(nounPhrase) &&
      !REACHED_IN.test(c.clauseLeft)
    )
      return REJECT(c, 'share-of-items');
    // "41% of step time is spent waiting for data": what a part takes of the whole.
    if (SPENT_AFTER.test(rest)) return REJECT(c, 'breakdown-share');
    // "leaves only 0.4% of communication time exposed", "with 3% of the step left on the
    // critical path": the part still showing is an overhead, not what the system spends.
    if (LEFT_EXPOSED_AFTER.test(rest)) return REJECT(c, 'overhead-share');
    // "saves 42.5% of training costs" removes that share; "at 18% of the cost" keeps it.
    const removes = REMOVE_BEFORE.exec(
      c.text.slice(Math.max(c.sentence.start, c.qualStart - 40), c.qualStart),
    );
    if (removes) {
      return decision(c, 'share-removed', 'claim', 'down', {
        start: c.qualStart - removes[0].length,
        end,
        cue: 'savings',
        verb: removes[1] ?? null,
        metric: tidyPhrase(nounPhrase),
      });
    }
    if (AVOIDED_AFTER.test(rest)) {
      const avoided = AVOIDED_AFTER.exec(rest) as RegExpExecArray;
      return decision(c, 'share-avoided', 'claim', 'down', {
        end: end + avoided[0].length,
        cue: 'savings',
        metric: tidyPhrase(nounPhrase),
      });
    }
    // "of MovieGen", "of the FP16 model": a name, never a lone article ("of the old one").
    const of = /^\s+of\s+((?:(?:the|a|an)\s+)?[A-Z0-9][\w.-]*\w(?:\s+[A-Z0-9][\w.-]*\w){0,3})/.exec(
      rest,
    );
    // "of an in-memory deployment on multi-GPU instances", "of a naive loop": another
    // system, read as a whole noun phrase.
    const ofAt = THEIRS_AFTER_COST.test(rest)
      ? end + (/^\s+of\s+/.exec(rest) as RegExpExecArray)[0].length
      : -1;
    const phrase = ofAt >= 0 ? readPhrase(c.text, ofAt, c.sentence.end, 1) : null;
    const baseline = phrase
      ? tidyPhrase(phrase.text)
      : of
        ? tidyPhrase((of[1] as string).replace(/'s$/, ''))
        : null;
    return decision(c, 'share-of-cost', 'claim', 'of', {
      end: phrase ? phrase.end : of ? end + of[0].length : end,
      cue: 'cost',
      metric: tidyPhrase(nounPhrase),
      baseline,
    });
  }

  const nominal = nominalBefore(left) ?? nominalAbove(c);
  if (nominal) return nominalCue(c, nominal, left);

  // "removes 38% of the token embeddings", "saves 31% of generated tokens": a verb that
  // removes a share of the work itself. ("keeping 10% of the tokens" is a setting.)
  const removes = REMOVE_BEFORE.exec(
    c.text.slice(Math.max(c.sentence.start, c.qualStart - 40), c.qualStart),
  );
  const removed = removes ? WORK_OF.exec(after) : null;
  if (removes && removed)
    return decision(c, 'share-removed', 'claim', 'down', {
      start: c.qualStart - removes[0].length,
      end: c.m.end + removed[0].length,
      cue: 'savings',
      verb: removes[1] ?? null,
      metric: tidyPhrase(removed[0].replace(/^\s*of\s+(?:the\s+|its\s+|their\s+)?/i, '')),
    });
  // "removing 96-98% of embedding parameters", "prunes 90% of the weights": a share of the
  // model's parameters removed leaves the rest, a compression (factor 100/(100-X)); the
  // authors removing a share ("we prune 50% of the weights") set a ratio to study.
  const pruned = removes || PRUNE_BEFORE.test(left) ? PARAMETERS_OF.exec(after) : null;
  if (pruned) {
    if (AUTHORS_SUBJECT.test(c.clauseLeft)) return REJECT(c, 'setting-figure');
    const verb = removes ?? PRUNE_BEFORE.exec(left);
    // "when removing 50% of the weights, accuracy drops", "after pruning 60% of the
    // parameters": the condition an experiment ran under ("while removing" is a result).
    const verbAt = verb ? c.qualStart - verb[0].length : c.qualStart;
    if (
      /\b(?:when|after|if|once|upon|before|until|by)\s+$/i.test(
        c.text.slice(Math.max(c.sentence.start, verbAt - 12), verbAt),
      )
    )
      return REJECT(c, 'setting-figure');
    return decision(c, 'share-removed', 'claim', 'down', {
      start: c.qualStart - (verb ? verb[0].length : 0),
      end: c.m.end + pruned[0].length,
      cue: 'compression',
      verb: verb?.[1] ?? null,
      metric: tidyPhrase(pruned[0].replace(/^\s*of\s+(?:the\s+|its\s+|their\s+|our\s+)?/i, '')),
    });
  }
  const resource = removes && SAVING_VERB.test(removes[1] ?? '') ? RESOURCE_OF.exec(after) : null;
  if (removes && resource)
    return decision(c, 'share-removed', 'claim', 'down', {
      start: c.qualStart - removes[0].length,
      end: c.m.end + resource[0].length,
      cue: 'resources',
      verb: removes[1] ?? null,
      metric: tidyPhrase(resource[0].replace(/^\s*of\s+(?:the\s+|its\s+|their\s+|our\s+)?/i, '')),
    });
  const spent = removes ? SPENT_RIGHT_AFTER.exec(after) : null;
  if (removes && spent)
    return decision(c, 'share-saved', 'claim', 'down', {
      start: c.qualStart - removes[0].length,
      end: c.m.end + spent[0].length,
      cue: 'savings',
      verb: removes[1] ?? null,
      metric: tidyPhrase(spent[0]),
    });
  const rising = risingAt(c);
  if (rising !== null) return decision(c, 'rise-without-claim', 'uncued', 'up', { start: rising });
  const onlyShare = onlyShareOfWork(c, after);
  if (onlyShare) return onlyShare;
  const rateShare = shareOfRate(c, left, after);
  if (rateShare) return rateShare;
  if (/^\s*of\b/i.test(after)) return REJECT(c, 'share-of-other');
  const verb = verbThenFactor(c);
  if (verb) return verb;
  const signed = signedGain(c);
  if (signed) return signed;
  return decision(c, 'no-cue', 'uncued', 'up');
}

const PER_TIME_AFTER = /\bper\s+(?:second|minute|hour|day)\b|\/\s?s\b/i;
/**
 * "+29% throughput", "+15% to +29% tokens per second over X": a plus sign before a
 * percentage says the quantity named right after it went up, as "higher" would.
 */
function signedGain(c: Context): Decision | null {
  if (c.text.charCodeAt(c.m.start - 1) !== 43 /* + */) return null;
  const words: Word[] = [];
  for (const word of c.right) {
    if (STOP_WORD.test(word.text) && word.text.toLowerCase() !== 'per') break;
    if (/^\d/.test(word.text)) break;
    words.push(word);
    if (word.closes || words.length >= 4) break;
  }
  const last = words[words.length - 1];
  if (!last) return null;
  const phrase = c.text.slice((words[0] as Word).start, last.end);
  const nouns = nearestNounIn(c.idx, (words[0] as Word).start, last.end, false);
  if (nouns === 'nonperf') return REJECT(c, 'quality-noun-after');
  if (nouns !== 'perf' && !PER_TIME_AFTER.test(phrase)) return null;
  const metric = tidyPhrase(phrase);
  if (metric && worseDirection(metric, 'up')) return REJECT(c, 'worse-direction');
  return decision(c, 'signed-gain', 'claim', 'up', {
    start: c.qualStart - 1,
    end: last.end,
    cue: 'higher',
    metric,
  });
}

const EFFICIENCY_AFTER = /^\s*(?:(?:(?:weak|strong)[- ])?scaling\s+|parallel\s+)?efficiency\b/i;
// "Weak scaling from 64 to 2,048 GPUs stays above 90%": weak or strong scaling named alone is
// its efficiency, and a span of devices may stand between it and its verb.
const SCALING_SPAN = String.raw`(?:\s+(?:from|across|on|up\s+to|to)\s+[\d,]+(?:\s+to\s+[\d,]+)?\s+(?:GPUs|nodes|devices|chips|GCDs|accelerators|cores|ranks))?`;
const SCALING_EFFICIENCY_BEFORE = new RegExp(
  String.raw`\b(?:(?:(?:weak|strong)[- ])?(?:scaling|parallel)\s+efficiency${SCALING_SPAN}\s+(?:of|is|was|reaches|reaching|at|(?:stays|remains|stayed|remained|holds|held)(?:\s+(?:at|above|over|near|around))?)|(?:weak|strong)[- ]scaling${SCALING_SPAN}\s+(?:stays|remains|stayed|remained|holds|held)(?:\s+(?:at|above|over|near|around))?)\s+(?:about\s+|around\s+|over\s+|above\s+|[~≈]\s?)?$`,
  'i',
);
const SCALING_NEAR = /\b(?:scal(?:es|ed|ing)|parallel|GPUs|nodes|devices|chips)\b/i;

/** A scaling or parallel efficiency reached, written after the number or before it. */
function scalingEfficiency(c: Context, after: string): Decision | null {
  const eff = EFFICIENCY_AFTER.exec(after);
  const near = c.text.slice(Math.max(c.sentence.start, c.m.start - 80), c.m.start);
  if (
    eff &&
    (/scal|parallel/i.test(eff[0]) ||
      SCALING_NEAR.test(near) ||
      SCALING_NEAR.test(after.slice(0, 60)))
  ) {
    if (priorWork(c.clauseLeft)) return REJECT(c, 'prior-work-figure');
    return decision(c, 'scaling-efficiency', 'claim', 'abs', {
      end: c.m.end + eff[0].length,
      cue: 'utilization',
      metric: tidyPhrase(eff[0]),
    });
  }
  const before = SCALING_EFFICIENCY_BEFORE.exec(near);
  if (!before) return null;
  if (priorWork(c.clauseLeft)) return REJECT(c, 'prior-work-figure');
  return decision(c, 'scaling-efficiency', 'claim', 'abs', {
    start: c.m.start - before[0].length,
    cue: 'utilization',
    metric: 'scaling efficiency',
  });
}

/**
 * "with a compression ratio of 88%", "at 70% sparsity": a setting the method ran
 * at; "low load inflates it by 2.3x": a change for the worse.
 */
const OVERHEAD_OF_BEFORE =
  /\b(?:an?\s+|the\s+|its\s+|their\s+)?(?:(?:small|modest|negligible|minor|runtime|memory|extra|added|total)\s+)?(?:overheads?|slowdowns?|penalty|penalties)\s+of\s+(?:only\s+|just\s+|about\s+|around\s+|roughly\s+|under\s+|below\s+|less\s+than\s+|at\s+most\s+|[<≤~≈]\s?)*$/i;

// Shares listed before the last one, with what joins them: "61% and ", "40%, 35% and ",
// "between 12% and ".
const SHARES_BEFORE =
  /(?:[~≈]?\d[\d.]*\s?%\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or|to)\s+|[-–]\s*))+$/;

function settingOrWorse(c: Context, left: string): Decision | null {
  const tail = left.slice(-80);
  if (SETTING_BEFORE.test(tail)) return REJECT(c, 'setting-figure');
  // "with 25% and 50% expert reduction": the opener may stand before the list the figure ends.
  if (
    (SETTING_OPENER_LAST.test(tail) ||
      (c.floor > c.sentence.start &&
        SETTING_OPENER_LAST.test(
          c.text
            .slice(Math.max(c.sentence.start, c.qualStart - 60), c.qualStart)
            .replace(SHARES_BEFORE, ''),
        ))) &&
    SETTING_NOUN_NEXT.test(c.text.slice(c.m.end, Math.min(c.sentence.end, c.m.end + 50)))
  )
    return REJECT(c, 'setting-figure');
  if (/\bat\s+(?:a|the)\s+(?:small\s+)?cost\s+of\s+$/i.test(tail))
    return REJECT(c, 'overhead-share');
  // "adds an overhead of $<$1\% while reaching 90% MFU", "a slowdown of only 3%": what the
  // method costs, named by the noun before "of", is no member of the claim after it.
  if (tail.includes('of') && OVERHEAD_OF_BEFORE.test(tail)) return REJECT(c, 'overhead-share');
  if (WORSE_VERB_BY.test(tail)) return REJECT(c, 'worse-direction');
  return null;
}

// "reaches up to 83% of the decoding speed of native MLC-LLM", "retains 90% of the
// throughput of the GPU build": the system's rate as a share of another system's, a
// result it reaches (factor N/100, below one when it is slower). "Performance" is left
// out: "retains 95% of the performance of the teacher" is a quality; so is a share of an
// ideal or oracle system's speed ("78% of the speed of an idealized system"), which is how
// close to the bound the system comes.
const REACH_BEFORE =
  /\b(?:reach(?:es|ed|ing)?|achiev(?:e|es|ed|ing)|attain(?:s|ed|ing)?|deliver(?:s|ed|ing)?|retain(?:s|ed|ing)?|recover(?:s|ed|ing)?|sustain(?:s|ed|ing)?|preserv(?:e|es|ed|ing)|(?:runs?|running|operat(?:es|ing))\s+at)\s+(?:up\s+to\s+|about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+|~|≈)?$/i;
// What a rival's speed is named by; "performance" only with the rival as its owner (a
// model's "zero-shot performance" is a quality).
const RATE_OWNED = String.raw`(?:speed|throughput|goodput|performance|tokens\s+per\s+second|TPS|frame\s+rate|FPS)`;
const OF_RATE_OF =
  /^\s*of\s+(?:the\s+|its\s+)?((?:[\w-]+\s+){0,2}?(?:speed|throughput|goodput|tokens\s+per\s+second|frame\s+rate|FPS))\s+(?:of|achieved\s+by|reached\s+by)\s+(?!light\b|(?:an?\s+|the\s+)?(?:ideal|idealized|idealised|oracle|optimal|perfect|theoretical)\b)/i;
// "128% of MegaBlocks' performance", "91% of cuBLAS's throughput": the rival named as the
// owner of the rate; "84% of native performance": the same code run natively.
const OF_THEIR_RATE = new RegExp(
  String.raw`^\s*of\s+(?:(?:the\s+)?([A-Z][\w.-]*(?:\s+[A-Z0-9][\w.-]*){0,2})(?:'s|’s|'|’)|(native|bare-metal|hand-tuned|vendor-tuned))\s+((?:[\w-]+\s+){0,2}?${RATE_OWNED})\b`,
);
// Group 2 never matches: the groups line up with OF_THEIR_RATE's (owner, native, rate).
const OF_NAMED_RATE = new RegExp(
  String.raw`^\s*of\s+(?!(?:GPU|CPU|TPU|NPU|HBM|DRAM|SRAM|SSD|PCIe|NVLink|FP\d+|BF16|INT\d)\b)([a-z]*[A-Z][\w.-]*)()\s+((?:[\w-]+\s+)?${RATE_OWNED})\b`,
);
// "98% of X's original performance", "96% of Llama's full performance": a model's own
// performance before it was pruned or compressed, a quality whatever the sentence runs on.
const PERFORMANCE_KEPT =
  /\b(?:original|full|zero-shot|few-shot|downstream|task|uncompressed|unpruned|dense)\s+performance\b/i;
const RUNNING_CODE =
  /\b(?:kernels?|GPUs?|CPUs?|device|devices|hardware|engine|runtime|library|batch(?:es)?|tokens|[A-Z]{1,3}\d{2,4})\b/;
// "on MMLU", "across GLUE tasks": a named benchmark after the share (a device name, "A100",
// is letters then digits).
const BENCHMARK_AFTER =
  /^\s+(?:on|across)\s+(?!(?:[A-Z]{1,3}\d{2,4}|an?|the|one|two)\b)[A-Z]|\bbenchmarks?\b|\btasks\b/;
function shareOfRate(c: Context, left: string, after: string): Decision | null {
  if (c.m.type !== 'pct' || !REACH_BEFORE.test(left.slice(-60))) return null;
  const possessed = OF_THEIR_RATE.exec(after);
  // "97% of cuBLAS performance", "112% of CUTLASS throughput": the name as a modifier.
  const modified = possessed ? null : OF_NAMED_RATE.exec(after);
  const owned = possessed ?? modified;
  if (owned) {
    const owner = possessed ? possessed[1] : (owned[1] as string);
    const at = c.m.end + owned[0].indexOf(owner ?? (owned[2] as string));
    const baseline = owner
      ? owner
      : (readPhrase(c.text, at, Math.min(c.sentence.end, at + 100), 1)?.text ?? null);
    const metric = owned[3] as string;
    // "93% of GPT-4's performance on MMLU", "retains 97% of BERT's performance": a model's
    // performance is most often its quality; it is speed only where the sentence speaks of
    // running code on hardware ("the kernel reaches 128% of MegaBlocks' performance at 32
    // tokens on an A100", "84% of native performance on the same device").
    if (
      /performance/i.test(metric) &&
      (PERFORMANCE_KEPT.test(metric) ||
        (owner !== undefined &&
          !RUNNING_CODE.test(c.text.slice(c.sentence.start, c.sentence.end))) ||
        namesQuality(c.text.slice(c.m.end + owned[0].length, c.rightEnd)) ||
        BENCHMARK_AFTER.test(c.text.slice(c.m.end + owned[0].length, c.rightEnd)))
    )
      return REJECT(c, 'share-of-quality');
    return decision(c, 'share-of-rate', 'claim', 'share', {
      end: c.m.end + owned[0].length,
      cue: /performance/i.test(metric) ? 'speedup' : 'throughput',
      metric: tidyPhrase(metric),
      baseline: baseline ? tidyPhrase(baseline) : null,
    });
  }
  const m = OF_RATE_OF.exec(after);
  if (!m) return null;
  const at = c.m.end + m[0].length;
  const theirs = readPhrase(c.text, at, Math.min(c.sentence.end, at + 100), 1);
  return decision(c, 'share-of-rate', 'claim', 'share', {
    end: c.m.end + m[0].indexOf(m[1] as string) + (m[1] as string).length,
    cue: 'throughput',
    metric: tidyPhrase(m[1] as string),
    baseline: theirs?.text ?? null,
  });
}

// "reaches compression ratios above 9x", "speedups beyond 3x": a level qualifier right after
// the gain noun is its link (the qualifier is cut from the words before the figure).
const ABOVE_QUALIFIER = /^(?:above|beyond|exceeding)\s/i;
function nominalAbove(c: Context): ReturnType<typeof nominalBefore> {
  if (c.qualStart >= c.m.start || !ABOVE_QUALIFIER.test(c.text.slice(c.qualStart, c.m.start)))
    return null;
  return nominalBefore(c.text.slice(c.clauseLeftStart, c.m.start));
}

const TIMES_THE_BATCH = /^\s+(?:the|a|its|their)\s+(?:[\w-]+\s+)?batch(?:\s+sizes?|es)?\b/i;
function multiplier(c: Context): Decision {
  const after = c.text.slice(c.m.end, c.rightEnd);
  // "4x H100", "8× A100 GPUs": a count of devices; "3 x 3": a shape.
  // "5.4× GPU latency reduction": a fraction of a device is no count.
  if (Number.isInteger(c.m.low) && HARDWARE_AHEAD.test(after)) return REJECT(c, 'device-count');
  if (/^\s*(?:[x×]\s*)?\d/.test(after)) return REJECT(c, 'dimension');
  const left = c.text.slice(c.clauseLeftStart, c.qualStart);
  if (/\^\s*\{?\s*$/.test(left.slice(-5))) return REJECT(c, 'exponent');
  // "keeps median latency within 1.1x of a resident deployment": a bound on a difference.
  if (/\bwithin\s+$/i.test(left.slice(-8)) && /^\s+of\b/i.test(after))
    return REJECT(c, 'parity-bound');

  // "which allows twice the batch size on the same cluster": room for more work at once,
  // as "lets us double the batch size" is.
  const batch = TIMES_THE_BATCH.exec(c.text.slice(c.m.end, Math.min(c.sentence.end, c.m.end + 40)));
  if (batch && ENABLING_BEFORE.test(left.slice(-30)))
    return decision(c, 'larger-batches', 'claim', 'up', {
      end: c.m.end + batch[0].length,
      cue: 'memory',
      metric: 'batch size',
    });
  const worse = settingOrWorse(c, left);
  if (worse) return worse;
  const by = byVerb(c);
  if (by) return by;
  const bracketed = comparativeBracket(c);
  if (bracketed) return bracketed;

  // "structured pruning saves 9x", "coding saves another 2x": a saving verb's object is the factor.
  const saves = SAVING_LAST.has(lastWord(left)) ? DIRECT_SAVING.exec(left.slice(-40)) : null;
  if (saves && !rightCue(c)) {
    // "saves 27x energy", "saves up to 4x DRAM power": what is saved, named right after.
    const what = SAVED_NOUN_AFTER.exec(after);
    const named = what && isPerfNoun(what[2] as string) ? what : null;
    // "saves 5.8x and 4.1x energy": the noun after the list's last member names it for all.
    const ahead = named ? '' : c.text.slice(c.m.end, Math.min(c.sentence.end, c.m.end + 120));
    const members = named ? null : SAVED_LIST_MEMBERS.exec(ahead);
    const listed = members ? SAVED_NOUN_AFTER.exec(ahead.slice(members[0].length)) : null;
    const listedNoun = listed && isPerfNoun(listed[2] as string) ? listed[1]?.trim() : null;
    return decision(c, 'verb-on-factor', 'claim', 'down', {
      start: c.qualStart - saves[0].length,
      verb: saves[1] ?? null,
      ...(named ? { end: c.m.end + named[0].length, metric: named[1]?.trim() ?? null } : {}),
      ...(listedNoun ? { metric: listedNoun } : {}),
    });
  }

  const cue = rightCue(c);
  if (cue && typeof cue === 'object' && 'cue' in cue) return fromCue(c, cue);
  if (cue && typeof cue === 'object' && 'contrary' in cue) return REJECT(c, cue.contrary);
  if (cue === 'comparative') return decision(c, 'bare-comparative', 'uncued', 'up');
  // "evaluated at a 4x horizon", "with a 2x upsampling factor": a multiple used as an
  // adjective names the setting, unless a cue or a performance noun follows it.
  if (
    !cue &&
    AT_A_BEFORE.test(left.slice(-12)) &&
    c.right[0] &&
    !STOP_WORD.test(c.right[0].text) &&
    nearestNounIn(c.idx, c.m.end, c.right[0].end, false) !== 'perf'
  )
    return REJECT(c, 'setting-figure');
  const quantity = timesTheQuantity(c);
  if (quantity) return quantity;

  // "a speedup factor between 1.4 and 2.1": the lexer's range opens with "between", the
  // gain's link.
  const nominal =
    nominalBefore(left) ??
    (c.text.startsWith('between', c.m.start) ? nominalBefore(`${left}between `) : null) ??
    nominalAbove(c);
  if (nominal) return nominalCue(c, nominal, left);
  const rising = risingAt(c);
  if (rising !== null) return decision(c, 'rise-without-claim', 'uncued', 'up', { start: rising });
  const to = raisedTo(c, left);
  if (to) return to;
  const verb = verbThenFactor(c);
  if (verb) return verb;
  if (cue === 'compare') return decision(c, 'compared-multiplier', 'weak', 'up');
  if (cue === 'that-of') return thatOf(c, left);
  if (WEAK_VERB_BEFORE.test(left.slice(-30))) {
    const nouns = nearestNounIn(c.idx, c.clauseLeftStart, c.qualStart, true);
    const gain = SPEED_NOMINAL.exec(left.slice(-80));
    // "the BLEU gain remains 1.4": a gain or improvement on a quality is none of speed.
    if (
      nouns === 'perf' ||
      (gain && !(nouns === 'nonperf' && /^(?:gain|improvement)/i.test(gain[0])))
    )
      return decision(c, 'weak-verb-perf', 'weak', 'up', { metric: null });
    // "PrimLM speeds up search by 8.3×. MT-PrimLM achieves 4.2× and 2.5× on CPU and GPU
    // workloads": a bare multiple attained, its phrase ended, names the speed-up the
    // sentence before stated (a nominal claim); a quality in its clause makes it none.
    if (
      nouns === null &&
      PHRASE_ENDS_AFTER.test(after) &&
      // "…than that of TeaCache, which reaches 1.9× on Wan2.1": a relative clause's subject
      // is whatever it hangs on, often a rival.
      !RELATIVE_BEFORE.test(left.slice(-40)) &&
      SPEEDUP_STATED.test(c.text.slice(Math.max(0, c.sentence.start - 300), c.sentence.start))
    )
      return decision(c, 'weak-verb-perf', 'weak', 'up', { metric: null });
  }
  // "reduced computational costs (62× in wall-clock time, 1,394× in FLOPs)", "gains of
  // 3x in throughput": a bare multiple in a performance metric named right after it.
  // A later member of a list ("…, 1.8x in area efficiency") joins its neighbour's claim and
  // baseline in lists.ts.
  const inMetric =
    after.startsWith(' in ') && !/(?:,|\band|\bor)\s*$/.test(left)
      ? MULT_IN_METRIC.exec(after)
      : null;
  // "grows the vocabulary 2x in size" is no gain: a size alone may grow either way.
  if (
    inMetric &&
    endsInPerfNoun(inMetric[1] as string) &&
    !namesQuality(inMetric[1] as string) &&
    !/\b(?:size|sizes|length|scale)$/i.test(inMetric[1] as string)
  )
    return decision(c, 'multiple-in-metric', 'claim', 'up', {
      end: c.m.end + inMetric[0].length,
      metric: tidyPhrase(inMetric[1] as string),
    });
  // "…a 2.4x speedup, and on the larger model it reaches 2.1x": "it" and a plain verb
  // restate the claim before, for another setting (lists.ts decides whether one is there).
  if (PRONOUN_WEAK_VERB.test(left.slice(-40)))
    return decision(c, 'gain-without-metric', 'uncued', 'up', { metric: null });
  return decision(c, 'no-cue', 'uncued', 'up');
}

const COUNTED_WORK =
  /^(?:tokens|steps|iterations|evaluations|calls|computations|passes|queries|lookups|operations)$/i;

/** "doubles", "halves", "by half", "an order of magnitude": factors spelled in words. */
/** The sentence opens with a phrase of setting: "At a", "Under a node-level cap of", "With an". */
// "Keeping 20% of the cache as heavy hitters, X reaches …", "Retaining only 10% of the
// tokens, the model …": an opening participle of a budget kept or used sets the scene too.
const OPENING_SETTING =
  /^(?:(?:at|under|with|for)\s+(?:an?\s+)?(?:[\w-]+\s+){0,3}?(?:of\s+)?|(?:keeping|retaining|using|evicting|pruning|dropping|sampling|caching|selecting|storing|reserving|offloading|allocating)\s+(?:only\s+|just\s+|about\s+|roughly\s+)?)$/i;
/** …that holds no word of a gain before its comma (or the main clause's subject): "At 2x lower cost, …" is a claim. */
const SETTING_TO_COMMA = /^[^,;:.]{0,60}?(?:,|(?=\s+(?:the|this|our|its|we|it)\s))/i;
const GAIN_NOUN_WORD = new RegExp(String.raw`\b(?:${alternation(GAIN_NOUNS)})\b`, 'i');
const GAIN_WORD =
  /\b(?:lower|less|fewer|faster|higher|smaller|more|shorter|cheaper|better|speedups?|savings?|improvements?|gains?)\b/i;

/**
 * "At a 30% parameter reduction, the model keeps 94% of its accuracy", "Under a cap of
 * 70% of nameplate power, X delivers …": a figure in the phrase that opens the sentence,
 * before its comma, is the setting the result after the comma was measured at.
 */
function openingSetting(text: string, sentence: Span, m: Mention): boolean {
  if (m.start - sentence.start > 40) return false;
  const lead = text.slice(sentence.start, m.start);
  if (!OPENING_SETTING.test(lead)) return false;
  // "With a speedup ratio of 2.2x, …" names a gain reached; "With a speedup target of 3x" a goal.
  if (GAIN_NOUN_WORD.test(lead) && !/\btargets?\b/i.test(lead)) return false;
  const rest = SETTING_TO_COMMA.exec(text.slice(m.end, Math.min(sentence.end, m.end + 61)));
  return rest !== null && !GAIN_WORD.test(rest[0]);
}

/** A gerund's object, then the finite verb whose subject the gerund is: "… the bandwidth reduces". */
const GERUND_SUBJECT =
  /^\s+(?:the\s+|its\s+|their\s+|a\s+)?(?:[\w-]+\s+){0,4}?(?:reduces|increases|cuts|raises|lowers|costs|slows|hurts|changes|leaves|keeps|has|is|makes|improves|degrades|lengthens|shortens|adds)\b/i;

/**
 * The head of a subject, past an adverb and a "per" phrase: "inference cost per solved
 * problem" is cost, "peak memory also" memory; "malleable training jobs" is jobs, which
 * names no performance quantity.
 */
function subjectHeadNoun(subject: string): 'perf' | null {
  const words = subject
    .replace(/\s+(?:also|further|even|then|still)\s*$/i, '')
    .replace(/\s+per\s+[^,;]*$/i, '')
    .trim()
    // "checkpoint files shrink": the files are what they hold.
    .replace(/(\S)\s+files?$/i, '$1')
    .split(/\s+/);
  return isPerfNoun(words[words.length - 1] ?? '') ? 'perf' : null;
}

function factorWord(c: Context): Decision {
  const raw = c.text.slice(c.m.start, c.m.end).toLowerCase();
  if (/magnitude/.test(raw)) return multiplier(c);
  const down = /halv|half/.test(raw);
  // "both halves", "the two halves": a noun, not a verb.
  if (raw === 'halves' && /\b(?:both|two|the|its|their|these|those)\s+$/i.test(c.clauseLeft))
    return REJECT(c, 'factor-word-not-perf');
  // "We use half as many GPUs in the ablation": a setting the authors chose.
  if (raw.startsWith('half as') && /\bwe\s+(?:[a-z]+\s+){1,2}$/i.test(c.clauseLeft))
    return REJECT(c, 'setting-figure');
  if (/^(?:by|in)\s/.test(raw)) {
    const by = byVerb({ ...c });
    if (by && by.status === 'claim') return { ...by, end: c.m.end, direction: 'down' };
    const v = lastVerbIn(c.text, c.idx, c.clauseLeftStart, c.qualStart);
    if (v?.direction !== 'down') return REJECT(c, 'half-without-down-verb');
    const object = c.text.slice(v.end, c.qualStart);
    // "Peak memory falls by about half": with no object, the verb's subject is what fell.
    const subject = /\S/.test(object) ? null : c.text.slice(c.clauseLeftStart, v.at);
    const noun = subject
      ? subjectHeadNoun(subject)
      : nearestNounIn(c.idx, v.end, c.qualStart, true);
    if (noun !== 'perf' && noun !== 'size') return REJECT(c, 'half-not-perf');
    return decision(c, 'halved-after-down-verb', 'claim', 'down', {
      start: subject ? c.clauseLeftStart + subject.search(/\S|$/) : v.at,
      verb: v.word,
      metric: shortMetric(tidyPhrase(subject ?? object)),
    });
  }
  // "Halving the link bandwidth reduces throughput by 11%": a gerund that opens the
  // sentence (or a clause after a colon or semicolon) and has a verb of its own after its
  // object is the setting an experiment varied, not a result (", halving the traffic" after
  // a comma is a result clause, read below).
  if (raw.endsWith('ing') && GERUND_SUBJECT.test(c.text.slice(c.m.end, c.rightEnd))) {
    const before = c.text.slice(c.sentence.start, c.m.start);
    if (/(?:^|[:;])\s*$/.test(before)) return REJECT(c, 'setting-figure');
  }
  // "throughput doubles", "doubles the throughput", "memory … is halved".
  const subject = lastWords(c.clauseLeft, 5);
  // The object ends at the first preposition: "doubled [throughput] on chat traffic".
  const objectWords: Word[] = [];
  let cap = 4;
  let counted = false;
  let throughOf = false;
  for (const w of c.right) {
    // "halves the number of reasoning tokens": the object is what is counted.
    // "doubling the number of microbatches": through "of" either way; only less of work
    // counted is a saving.
    if (
      /^of$/i.test(w.text) &&
      /^(?:number|amount|count)$/i.test(objectWords[objectWords.length - 1]?.text ?? '')
    ) {
      objectWords.push(w);
      cap = objectWords.length + 3;
      counted = down;
      throughOf = true;
      continue;
    }
    if (
      objectWords.length >= cap ||
      (STOP_WORD.test(w.text) && !/^(?:the|a|an|its|their|our)$/i.test(w.text))
    )
      break;
    objectWords.push(w);
    if (w.closes) break;
  }
  const object = tidyPhrase(objectWords.map((w) => w.text).join(' '));
  const objectEnd = objectWords[objectWords.length - 1]?.end ?? c.m.end;
  const objectNoun = object ? nearestNounIn(c.idx, c.m.end, objectEnd, false) : null;
  const subjectNoun = subject
    ? nearestNounIn(c.idx, c.clauseLeftStart, c.qualStart, true, 5)
    : null;
  const way = down ? 'down' : 'up';
  if (worseDirection(object, way) || (objectNoun !== 'perf' && worseDirection(subject, way)))
    return REJECT(c, 'worse-direction');
  // "lets us double the batch size": room for more work at once, as in "2.9x larger batches".
  if (
    !down &&
    object &&
    BATCH_SIZE.test(object) &&
    (ENABLING_BEFORE.test(
      c.text.slice(Math.max(c.sentence.start, c.qualStart - 30), c.qualStart),
    ) ||
      RESULT_SUBJECT_LAST.test(c.clauseLeft.slice(-30)))
  )
    return decision(c, 'larger-batches', 'claim', 'up', {
      end: objectEnd,
      cue: 'memory',
      metric: 'batch size',
    });
  // "doubles the number of steps" is more work, no gain.
  if (throughOf && !down) return REJECT(c, 'factor-word-not-perf');
  // "halves the reasoning tokens", "halves the model size": less of a size is a saving too.
  // Through "the number of", only work counted: "halves the number of stored weights" is a layout.
  const objectWanted = counted
    ? COUNTED_WORK.test(objectWords[objectWords.length - 1]?.text ?? '')
    : objectNoun === 'perf' || (down && objectNoun === 'size');
  if (objectWanted && !/^(?:at|on|in|for|with|by|when|while)\b/i.test(object ?? '')) {
    return decision(c, 'factor-word-object', 'claim', down ? 'down' : 'up', {
      end: objectEnd,
      cue: raw,
      metric: object,
    });
  }
  // "… hides the latency but still doubles the hardware needed": a verb with an object of
  // its own changes the object, never its subject.
  const ownObject = /^(?:the|a|an|its|their|our|this|that)$/i.test(objectWords[0]?.text ?? '');
  // "… gains no throughput when its number of GPUs is doubled", "as the context doubles":
  // a subject that doubles inside a clause of time or condition is the change the
  // experiment made, a setting.
  if (subjectNoun === 'perf' && !ownObject && CONDITION_SUBJECT.test(c.clauseLeft))
    return REJECT(c, 'setting-figure');
  if (subjectNoun === 'perf' && !ownObject) {
    return decision(c, 'factor-word-subject', 'claim', down ? 'down' : 'up', {
      start: c.clauseLeftStart + Math.max(0, c.clauseLeft.search(/\S/)),
      cue: raw,
      metric: subject,
    });
  }
  return REJECT(c, 'factor-word-not-perf');
}
