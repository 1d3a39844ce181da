// The lexer: every number expression that could carry a claim — multipliers
// ("1.7x", "2-4 ×", "3times", "tenfold"), percentages, absolute rates
// ("16K tokens/s"), before/after pairs ("from 71s to 29s") and the words
// that mean a factor ("doubles", "by half"). Whether one is a claim is decided
// later, from its context; this module only finds and measures them.
import { findDeviceCounts } from './counts';
import { has, landmark, landmarksIn } from './landmarks';
import { alternation } from './lexicon/build';
import {
  GAIN_BASELINE,
  GAIN_LINKS,
  GAIN_NOUNS,
  GAIN_RATIO_NOUNS,
  SPEED_MODIFIERS,
} from './lexicon/cues';
import { DOWN_VERBS, UP_VERBS } from './lexicon/verbs';
import { FIGURE_QUALIFIED, LEVEL_QUALIFIER, RANGE_SEPARATOR } from './lexicon/qualifiers';
import { RATE_WORK } from './lexicon/served';
import { parseNumber, unitScale, WORD_NUMBER_SOURCE, wordNumber } from './numbers';
import type { RuleName } from './rules';
import { isPerfNoun, namesQuality, SERVING_BEFORE_CAPACITY } from './words';

/** A number that opened no mention, for tracing: where it is and which rule turned it away. */
export interface SkippedNumber {
  start: number;
  end: number;
  rule: RuleName;
}

export type MentionType = 'mult' | 'pct' | 'rate' | 'pair' | 'word' | 'time' | 'amount';

export interface Mention {
  type: MentionType;
  start: number;
  end: number;
  /** Lower and upper number as stated; equal unless a range was written. */
  low: number;
  high: number;
  isRange: boolean;
  /** "x", "%", "tokens/s", … ; for a pair, the unit of its second number. */
  unit: string;
  /** Pairs: the before and after numbers in one unit, and which one the paper reached. */
  pair?: {
    before: number;
    after: number;
    beforeUnit: string;
    afterUnit: string;
    /** Words between the before figure and "to" give its setting: "from 26 s with the stock loader to 0.9 s". */
    setting?: boolean;
    /** "a job that took 4 hours … completes in 1.7 hours": the same work, then and now. */
    thenNow?: boolean;
    /** "…, versus 2.9M for LangMem and 1.1M for Mem0": a later baseline's figure, set against the same. */
    listed?: boolean;
    /** "within 47 s, whereas a full-restart baseline needs 331 s": the baseline, the contrast's subject. */
    theirs?: string;
  };
}

// "1,6x" and "12,5%" write a decimal with a comma; "1,024 GPUs" groups thousands.
const DECIMAL_COMMA = String.raw`\d{1,3},\d{1,2}(?=\s?(?:[x×X](?![A-Za-z0-9])|%))`;
const NUM = String.raw`(?:${DECIMAL_COMMA}|\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?`;
// "50+ times", "10+%": a lower bound, read as the number.
// "a 2.3-times speedup": a hyphen may join "times" as it joins "fold".
const TIMES = String.raw`(?:\+?\s?[x×X]\+?(?![A-Za-z0-9])|\+?(?:\s?|-)times(?![A-Za-z])|\s?-?\s?fold(?![A-Za-z]))`;
// The range reader's middle, shared by every number frame ("2-4x", "1.2--28.4×", "2∼3×",
// "by 2.9 up to 17.3"): lexicon/qualifiers.ts.
const DASH = RANGE_SEPARATOR;

// The lexer visits each number once and tries these sticky patterns at it,
// rather than scanning the whole abstract once per pattern.
// The scan for numbers leaves the decimal comma out: it is rare, and a lookahead at
// every digit of every abstract is not free. mentionAt tries it when a comma follows.
const NUMBER = /(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?/g;
const DECIMAL_COMMA_AHEAD = /,\d{1,2}\s?(?:[x×X](?![A-Za-z0-9])|%)/y;
const MULT = new RegExp(`(${NUM})(?:${TIMES}?${DASH}(${NUM}))?${TIMES}`, 'y');
// "+15% to +29%": a plus sign may repeat on the second end.
const PCT = new RegExp(
  String.raw`(${NUM})(?:\s?%?${DASH}\+?(${NUM}))?\+?\s?(?:%|percent\b|per cent\b)`,
  'y',
);
const WORK = alternation(RATE_WORK);
// Hardware rates are written many ways: "1.2 PFLOPs/s", "468 petaFLOP/s", "12,900 GOPs/s", "45 TOPS/W",
// "187 GOPs/s/W", "982 TOp/s/W".
const RATE_UNIT = String.raw`(?:tokens?|tok|samples?|images?|img|sequences?|frames?|queries|requests?|req|it|${WORK})\s?/\s?(?:s|sec)\b(?:\s?/\s?GPU\b)?|(?:${WORK}) per second\b|FPS\b|fps\b|QPS\b|RPS\b|[TPEG][Ff](?:LOP|lop)[Ss]?\s?/\s?(?:s|sec|GPU)\b|(?:[Pp]eta|[Tt]era|[Ee]xa|[Gg]iga)-?FLOP[Ss]?(?:\s?/\s?s)?\b|[TPE](?:FLOPS|FLOPs|Flops)\b|GFLOPS\b|[TGP]OP[Ss](?:\s?/\s?s)?(?:\s?/\s?W)?\b|[TGP]Op[Ss]?\s?/\s?s(?:\s?/\s?W)?\b|tokens?\s?/\s?J\b|tokens per joule\b|[TG]FLOPS?\s?/\s?W\b|Hz\b|[KMGTP]i?B\s?/\s?s\b|(?:ns|µs|ps)\s?/\s?day\b|(?:nano|pico|micro)seconds?\s+per\s+day\b|simulated\s+(?:years?|days?)\s+per\s+day\b|SYPD\b|MACs?\s?/\s?(?:cycle|clock)\b|MACs?\s+per\s+(?:cycle|clock)\b|[KMGTP]B\s?/\s?(?:h|hr|hour|day|min)\b|[KMGTP]B(?:\s+of\s+(?:[\w-]+\s+)?[\w-]+)?\s+per\s+(?:hour|day|minute)\b`;
// "1.2 million queries per second": the scale may be a word.
// "2,310 output tokens/s", "14,800 generated tokens per second": which tokens may stand between.
const RATE = new RegExp(
  String.raw`(${NUM})\s?([KkM](?![A-Za-z])|million\b|billion\b)?\s?(?:(?:output|generated|decoded|decode|prefill|input|prompt|training)\s+(?=tok))?(${RATE_UNIT})`,
  'y',
);
// "at 4-6 tokens per second": a range of rates, the unit once after the second.
const RATE_RANGE = new RegExp(
  String.raw`(${NUM})${DASH}(${NUM})\s?([KkM](?![A-Za-z])|million\b|billion\b)?\s?(${RATE_UNIT})`,
  'y',
);
// "19.8 tokens and 58.1 tokens per second, respectively": a rate whose "per second" is
// written once, after the last of a list.
const RATE_SHARED = new RegExp(
  String.raw`(${NUM})\s?(tokens|frames|images|samples|queries|requests|sequences)(?=(?:,\s+(?:and\s+)?|\s+(?:and|or)\s+)(?:${NUM})\s?\2\s?(?:/\s?s\b|per\s+second\b))`,
  'y',
);
const PAIR_UNIT = String.raw`(?:GPU|node|accelerator)[- ]?(?:hours|days)|%|bytes|ms|µs|us|ns|s|secs?|seconds?|mins?|minutes?|h|hrs?|hours?|days?|[KMGT]i?B|[mk]?W|[pnµumk]?J|[TPG]FLOP[Ss]|(?:${WORK})\s+per\s+second|tokens(?!\s?/)|tokens?\s?/\s?s|FPS|QPS|Hz|(?:(?:network|function|model|denoising|sampling)\s+)?(?:evaluations|NFEs?|steps|iterations|passes)`;
const AMOUNT = String.raw`(\$)?(${NUM})\s?([KkM](?![A-Za-z]))?\s?(${PAIR_UNIT})?(?![A-Za-z0-9])`;
// "from 26 s with the stock loader to 0.9 s", "from 38 s under FCFS to 2.6 s": the
// setting of the before figure may stand between it and "to" (a few words, no
// figure among them); both figures must then carry a unit.
// The baseline may stand in brackets after the before figure: "from 900 s (FlashAttention-3)
// to 480 s". The after figure may be played down: "to as little as 0.61 GB".
const PAIR_GAP = String.raw`(\s+(?:with|under|using|without|for|per|on|in|at|when|via)(?:\s+(?![\d$~])[\w'’./-]+){1,7}?|\s*\([^()]{1,40}\))?`;
const FROM_TO = new RegExp(
  String.raw`from\s+${FIGURE_QUALIFIED}${AMOUNT}${PAIR_GAP}\s+(?:down\s+|up\s+)?to\s+${LEVEL_QUALIFIER}${FIGURE_QUALIFIED}${AMOUNT}`,
  'y',
);
const TO_FROM = new RegExp(String.raw`to\s+${LEVEL_QUALIFIER}${AMOUNT}\s+from\s+${AMOUNT}`, 'y');
// "9 hours instead of 50"; "takes 3 ms with the swap table instead of 210 ms", "needs
// 9.8 GB of peak memory instead of 71 GB": a few words of setting may follow the first
// figure (no figure or comma among them); both figures must then carry a unit.
const INSTEAD_GAP = String.raw`(\s+(?![\d$~])[\w'’./-]+(?:\s+(?![\d$~])[\w'’./-]+){0,5}?)?`;
const INSTEAD_OF = new RegExp(
  String.raw`${AMOUNT}${INSTEAD_GAP}\s+instead\s+of\s+(?:the\s+)?${AMOUNT}`,
  'y',
);
// "in 9 seconds on one A100, compared with 40 minutes for X": the paper's time, then
// the baseline's; both durations, a few words of setting between.
const TIME_AMOUNT = String.raw`(\$)?(${NUM})\s?([KkM](?![A-Za-z]))?\s?(ms|µs|us|s|secs?|seconds?|mins?|minutes?|h|hrs?|hours?|days?)(?![A-Za-z0-9])`;
// The setting between may say when the time was counted: "95 ms after the text
// arrives, compared with 410 ms", "within 38 s of a failure, compared with 17 minutes",
// "3 ms with ours instead of 210 ms".
const COMPARED_TIMES = new RegExp(
  String.raw`${TIME_AMOUNT}(?:\s+(?:on|with|using|for|at|after|of|in)(?:\s+(?![$~]|\d[\d,.]*\s?(?:ms|µs|us|s|secs?|seconds?|mins?|minutes?|h|hrs?|hours?|days?)\b)[\w'’./-]+){1,9}?)?,?\s+(?:compared\s+(?:with|to)|versus|vs\.?|instead\s+of|against)\s+(?:about\s+|roughly\s+|over\s+|[~≈]\s?)?${TIME_AMOUNT}`,
  'y',
);
// "recovers within 47 s, whereas a full-restart baseline remains unavailable until 331 s",
// "finishes in 12 min, while DeepSpeed needs 95 min": the baseline's time in a contrast
// clause, its subject a baseline (group 5), then a verb of spending or waiting.
const CONTRAST_TIMES = new RegExp(
  String.raw`${TIME_AMOUNT},?\s+(?:whereas|while)\s+((?:[\w'’./-]+\s+){1,6}?)(?:still\s+|only\s+)?(?:needs|needed|takes|took|requires|required|spends|spent|remains?\s+(?:unavailable|down|offline|stalled|blocked)\s+(?:until|for)|(?:is|are|was|were|stays?)\s+(?:unavailable|down|offline|stalled|blocked)\s+(?:until|for)|(?:recovers|restarts|completes|finishes|converges)\s+(?:only\s+)?(?:in|after|within))\s+(?:about\s+|roughly\s+|over\s+|nearly\s+|more\s+than\s+|[~≈]\s?)?${TIME_AMOUNT}`,
  'y',
);
// "(vLLM 20.9 s vs. ours 0.92 s)", "DeepSpeed 41 min versus our system 12 min": the
// baseline's time first, then ours, named.
const THEIRS_THEN_OURS = new RegExp(
  String.raw`${TIME_AMOUNT}\s+(?:vs\.?|versus)\s+(?:ours|our\s+(?:[\w-]+\s+){0,2}?[\w-]+)\s*:?\s+${TIME_AMOUNT}`,
  'y',
);
// The baseline's name right before its time: "(vLLM 20.9 s", "with DeepSpeed-Chat at 41 min".
const NAME_BEFORE_TIME =
  /(?:^|[(,;:]\s*|\b(?:with|for|of|by)\s+)((?:the\s+)?[A-Za-z][\w.+-]*(?:\s+[\w.+-]+){0,2}?)(?:\s+at)?\s+$/;
// The contrast's subject is a baseline: a word of one, or a system's name.
const CONTRAST_BASELINE =
  /\b(?:baselines?|existing|prior|conventional|default|stock|naive|vanilla|standard|traditional|restart|restarting|checkpoint-restart|full[- ]restart|reference)\b|^(?!(?:The|This|These|That|Those|It|Its|Our|Ours|We|They|Their|Users?|Humans?)\b)[A-Z][\w.'’-]*\s/;
// "costs $38, compared with $540 for GraphRAG": the same for dollars. The empty group
// stands where a time's unit does, so both patterns read alike.
const MONEY_AMOUNT = String.raw`(\$)(${NUM})(?:\s?([KkM](?![A-Za-z])))?()(?![\d])`;
const MONEY_BEFORE = new RegExp(
  String.raw`\b(?:for|costs?|costing|cost\s+of|spends?|spent|spending)\s+${LEVEL_QUALIFIER}$`,
  'i',
);
const MONEY_FIGURE =
  /(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s?([KkM](?![A-Za-z])|million\b|billion\b))?(?![\d])/y;
const COMPARED_MONEY = new RegExp(
  String.raw`${MONEY_AMOUNT}(?:\s+(?:on|with|using|for|at|per|in)(?:\s+(?![$~\d])[\w'’./-]+){1,9}?)?,?\s+(?:compared\s+(?:with|to)|versus|vs\.?|instead\s+of)\s+(?:about\s+|roughly\s+|over\s+|[~≈]\s?)?${MONEY_AMOUNT}`,
  'y',
);
/**
 * The figure after a sign written first ("x2 speedup", "×3 reduction", "(X4 faster)"), read
 * only before a word of gain: "x86 CPUs", "x16 lanes" and "x4 upscaling" are names and settings.
 */
const SIGN_FIRST =
  /\d+(?:\.\d+)?(?=\s+(?:speed-?ups?|faster|quicker|reductions?|lower|higher|smaller|less|fewer|more|improvements?|gains?|accelerations?|boosts?|better|cheaper|shorter|compression|savings?)\b)/iy;
// "by over x10", "of up to ×3": a figure's qualifiers may stand between.
const SIGN_FIRST_AFTER = new RegExp(String.raw`\b(?:by|of)\s+${FIGURE_QUALIFIED}$`, 'i');
// After "×N", the phrase ends or a comparison, setting or list goes on: not "×4 upscaling".
const SIGN_FIRST_WORD_AHEAD =
  /^\d+(?:\.\d+)?(?:[,;:)]|\.(?!\d)|$|\s+(?:on|over|than|against|compared|versus|vs\.?|relative|across|in|for|with|when|at|and|or|while|from|to|under|using|respectively)\b)/i;
const SIGN_FIRST_ENDING = /\d+(?:\.\d+)?(?=[\s,;:)]|\.(?!\d)|$)/y;
const BETWEEN_MULT = new RegExp(
  String.raw`between\s+(${NUM})${TIMES}?\s+and\s+(${NUM})${TIMES}`,
  'y',
);
const BETWEEN_PCT = new RegExp(String.raw`between\s+(${NUM})\s?%?\s+and\s+(${NUM})\s?%`, 'y');
// What may stand just before a pair's or range's opening word.
const FROM_BEFORE = new RegExp(String.raw`\bfrom\s+${FIGURE_QUALIFIED}\$?$`, 'i');
const TO_BEFORE = new RegExp(String.raw`\bto\s+${LEVEL_QUALIFIER}\$?$`, 'i');
const BETWEEN_BEFORE = /\bbetween\s+$/i;
// "by a factor between 1.3 and 1.7", "a factor of between 2 and 3": "a factor" is the gain's noun.
const GAIN_BETWEEN_BEFORE = new RegExp(
  String.raw`\b(?:a\s+factor(?:\s+of)?\s+|(?:${alternation(GAIN_NOUNS)})(?:\s+(?:${alternation(GAIN_RATIO_NOUNS)}))?${GAIN_BASELINE}\s+(?:(?:range|ranges|ranged|ranging|lie|lies|is|are|was|were)\s+)?)between\s+$`,
  'i',
);
const BETWEEN_BARE = new RegExp(
  String.raw`between\s+(${NUM})\s+and\s+(${NUM})(?=\s*(?:$|[,;)]|\.(?!\d)|\s(?:in|on|at|over|than|for|with|across|when|while|under|depending|respectively)\b))`,
  'y',
);
// "speedups ranging from 2.1x to 5.9x", "savings range from 35% to 60%": the gains of
// several settings, a range of factors, not a before/after pair.
const GAIN_RANGES_BEFORE = new RegExp(
  String.raw`\b(?:speed-?ups?|savings?|reductions?|improvements?|gains?|accelerations?)\s+(?:that\s+)?(?:range|ranges|ranged|ranging)\s+from\s+${FIGURE_QUALIFIED}$`,
  'i',
);
// "by a factor of 3": a multiplier without its sign.
// "a speed-up ratio of 3.4", "the speedup factor is 3.9": the same, named by the noun.
// "a throughput gain ratio of 4.1", "speedup factors of 2.2": any gain noun (lexicon/cues.ts).
const FACTOR_OF_BEFORE = new RegExp(
  String.raw`\b(?:factors?\s+of|a\s+factor|(?:${alternation(GAIN_NOUNS)})\s+(?:${alternation(GAIN_RATIO_NOUNS)})\s+(?:${alternation(GAIN_LINKS)}))\s+${FIGURE_QUALIFIED}$`,
  'i',
);
// A sentence may end right after it ("the factor is 3.9."); a version ("3.9.1") may not.
const PLAIN = new RegExp(String.raw`(${NUM})(?:${DASH}(${NUM}))?(?![\w%×]|\.\w)`, 'y');
// Abstracts sometimes drop the "x": "speedups of up to 5.9 in time to first token",
// "by a factor of 1.8 over A, and by 2.9 over B", "3.5 faster inference". Then the
// number must end its phrase: "speedups of 12 tokens per second" is no factor.
// "the gain remains 1.22", "improvements of up to 1.4 over X": any gain noun and its link.
// The gain may name its baseline before the link ("the speedup over vLLM is up to 2.2"),
// as the classifier's nominal frame reads it.
const SPEEDUP_OF_BEFORE = new RegExp(
  String.raw`\b(?:${alternation(GAIN_NOUNS)})${GAIN_BASELINE}\s+(?:${alternation(GAIN_LINKS)})\s+${FIGURE_QUALIFIED}$`,
  'i',
);
// "gains of 6.3 and 4.8 points": a list whose last member names the unit is no factor.
const UNIT_AFTER_LIST =
  /^(?:(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)\d+(?:\.\d+)?)+\s?(?:points?|pts?|pp|p\.p\.|%|percent|percentage)(?![A-Za-z])/i;
/** A gain noun, its baseline, link and qualifiers in the 60 characters before (literal guards first). */
function gainFrame(text: string, at: number): boolean {
  const near = text.slice(Math.max(0, at - 60), at);
  return (
    (near.includes('peed') ||
      near.includes('ccelera') ||
      near.includes('gain') ||
      near.includes('Gain') ||
      near.includes('mprove') ||
      near.includes('oost')) &&
    SPEEDUP_OF_BEFORE.test(near)
  );
}
const BY_AFTER_FACTOR_BEFORE = new RegExp(String.raw`\bby\s+${FIGURE_QUALIFIED}$`, 'i');
const PLAIN_ENDING = new RegExp(
  String.raw`(${NUM})(?:${DASH}(${NUM}))?(?=\s*(?:$|[,;)]|\.(?!\d)|\s(?:in|on|at|over|than|for|with|compared|relative|versus|vs|across|when|while|and|or|under|respectively)\b))`,
  'y',
);
// A duration is a claim only in a few frames the classifier checks: "a p99 latency
// of 3.8 ms", "generates a clip in 149 seconds". The lexer finds it only there.
// A range of times shares the unit written after it ("takes 1-9 hours", "2 to 3 days",
// "1.5–2 h"): one figure, its upper end in group 3.
const DURATION = new RegExp(
  String.raw`(\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:${RANGE_SEPARATOR}((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?))?\s?(ms|µs|μs|us|ns|s|secs?|seconds?|milliseconds?|microseconds?|nanoseconds?|mins?|minutes?|hours?|hrs?|h|days?)(?![A-Za-z0-9])`,
  'y',
);
const DURATION_NEXT = 'mµμushbdn';
const CONTRAST_NEAR = /\b(?:whereas|while)\s/;
const RTF_BEFORE = new RegExp(
  String.raw`\b(?:RTF|real[- ]time\s+factor)s?\s+(?:of|is|was|reaches|reaching|at|around|about|below|under|as\s+low\s+as)\s+${LEVEL_QUALIFIER}$`,
  'i',
);
const RTF_AFTER = /^\s?(?:RTF|real[- ]time\s+factor)\b/i;
const PLAIN_NUMBER = /\d+(?:\.\d+)?(?![\d.]*[A-Za-z%×x])/y;
// An amount of energy per operation, power or memory ("3.1 mJ per inference", "9 W",
// "40 MB"). Most such figures are sizes and specs ("an 80 GB GPU", "a 15 W budget"):
// the lexer finds one only after words that report what the system uses, and the
// classifier decides (classify-amount.ts).
const AMOUNT_FIGURE =
  /(\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?\s?(?:([fpnµμum]?J)(?:(?=\s+per\s)|\s?\/\s?(?:op|OP|Op|operation|inference|Inference|token|frame|MAC|sample|query|classification|bit|image|decision)s?\b)|([µμum]?W|kW|[KMGT]i?B)(?![A-Za-z0-9/]))/y;
const AMOUNT_NEXT = 'fpnµμumJWkKMGT';
// A level held: "keeps a p99 latency below 0.9 ms", "holds memory usage at about 12 MB",
// "tail latency stays under 5 ms", "peak memory remains within 2 GB". One set of verbs,
// determiners and level words for latency and memory alike.
const HELD_VERB = `(?:keep(?:s|ing)?|kept|hold(?:s|ing)?|held|maintain(?:s|ing|ed)?)`;
const HELD_DETERMINER = String.raw`(?:(?:the|its|their|our|a|an)\s+)?`;
const HELD_LEVEL = `(?:at|below|under|within)`;
const STAYS = String.raw`(?:stays?|remains?|stayed|remained|is\s+(?:kept|held)|are\s+(?:kept|held))`;
// "reduces the storage of unbounded scenes to 5.6 MB", "shrinks the checkpoint down to 1.1 GB":
// what is stored or held, brought down to a size.
const STORED_DOWN_TO = String.raw`(?:reduc(?:es|ing|ed)?|cut(?:s|ting)?|lower(?:s|ing|ed)?|bring(?:s|ing)?|brought|decreas(?:es|ing|ed)?|shrink(?:s|ing)?|compress(?:es|ing|ed)?)\s+(?:(?:the|its|their|our|a|an)\s+)?(?:[\w-]+\s+){0,3}?(?:storage|size|memory|footprint|cache|checkpoints?|files?|index|indexes|indices)(?:\s+(?:of|for)\s+(?:[\w-]+\s+){1,4}?)?\s*(?:(?:even\s+|still\s+)?further\s+)?(?:down\s+)?to`;
// "storing only 0.6 MB per frame", "stores just 12 KB per user": what is kept, played down.
const STORING_PLAYED_DOWN = String.raw`(?:stor(?:es|ing)|keep(?:s|ing)|transmit(?:s|ting)|send(?:s|ing))\s+(?:only|just|merely|less\s+than|under)`;
// "consumes 42 µJ per classification", "drawing 9 W", "fits into 40 MB", "occupies 25
// MB", "a peak GPU memory of 3.1 GB", "average system power is 0.9 mW", "holds the KV
// cache to a fixed 3.2 GB", "within 24 GB of GPU memory" (the last checked after).
export const AMOUNT_BEFORE = new RegExp(
  String.raw`\b(?:consum(?:es|ing|ed)|draw(?:s|ing)|drew|dissipat(?:es|ing)|occup(?:ies|y|ied|ying)|fit(?:s|ting)?\s+(?:in|into|within)|(?:uses|using|needs|requires)\s+(?:only|just|less\s+than|under)|(?:memory|footprint|power|energy)(?:\s+(?:usage|use|consumption|draw|footprint))?(?:\s+(?:during|for|at|in|on|under|with)\s+(?!(?:the\s+|a\s+)?(?:baselines?|original|prior|existing|teacher|vanilla|dense|unquantized|uncompressed)\b)[\w-]+(?:\s+[\w-]+)?)?\s+(?:of|is|was|${STAYS}\s+${HELD_LEVEL})|${HELD_VERB}\s+${HELD_DETERMINER}(?:[\w-]+\s+){0,2}?(?:memory|cache|footprint)(?:\s+(?:usage|use|consumption|footprint))?\s+(?:to|${HELD_LEVEL})(?:\s+a\s+(?:fixed|constant))?|within|${STORED_DOWN_TO}|${STORING_PLAYED_DOWN})\s+${LEVEL_QUALIFIER}$`,
  'i',
);
// "draws 5.2 W versus 31 W for a GPU implementation": the paper's amount, then the baseline's.
const AMOUNT_UNIT = '(?:[pnµμum]?J|[µμum]?W|kW|[KMGT]i?B)';
// Four groups, as a time's: the empty ones never take part.
const AMOUNT_PAIRED = String.raw`(\$(?!))?(${NUM})(\$(?!))?\s?(${AMOUNT_UNIT})(?![A-Za-z0-9/])`;
const COMPARED_AMOUNTS = new RegExp(
  String.raw`${AMOUNT_PAIRED}(?:\s+per\s+[\w-]+)?,?\s+(?:compared\s+(?:with|to)|versus|vs\.?|against)\s+(?:about\s+|roughly\s+|[~≈]\s?)?${AMOUNT_PAIRED}`,
  'y',
);
// "6.8K thinking tokens, compared with 12.1K for the original model", "74 tokens, against
// 256 for a 2D tokenizer", "8 inference steps compared to the 256 steps of AR models": work
// the system spends, counted, then the baseline's; a few modifiers before the unit, the
// second unit optional. Four groups per figure, as a time's.
const COMPARED_TOKENS = new RegExp(
  String.raw`(\$(?!))?(${NUM})\s?([KkM](?![A-Za-z]))?\s?(?:[A-Za-z][\w-]*\s+){0,2}?(tokens|steps|iterations|evaluations|NFEs)(?:\s+per\s+(?!(?:second|sec|minute|hour|day)\b)[\w-]+)?,?\s+(?:compared\s+(?:with|to)|versus|vs\.?|against)\s+(?:the\s+)?(?:about\s+|roughly\s+|[~≈]\s?)?(\$(?!))?(${NUM})(?:\s?([KkM](?![A-Za-z])))?()(?:\s+(?:[A-Za-z][\w-]*\s+)?(?:tokens|steps|iterations|evaluations|NFEs))?(?![\w.]\d|\s?%)`,
  'y',
);
// "reaches 165 fps at only 212 µJ per inference", "spends 3 mJ per token", "4.9 uJ/inference",
// "peak efficiency is 41 fJ/op": an energy per operation is what the system uses wherever
// it stands (amounts.ts rejects a bar).
const ENERGY_PER_OP_BEFORE = new RegExp(
  String.raw`\b(?:at|spends?|spending|costs?|costing|reach(?:es|ing)?|achiev(?:es|ing)|efficiency\s+(?:is|of))\s+${LEVEL_QUALIFIER}$`,
  'i',
);
// "using less than 760 KB of Flash and less than 320 KB of RAM": the next amount of a list.
const AMOUNT_LIST_BEFORE = new RegExp(
  String.raw`\d\s?(?:[KMGT]i?B|[µμum]?W|kW|[pnµμum]?J\s+per\s+[\w-]+)(?:\s+of\s+(?:[\w-]+\s+)?[\w-]+)?(?:,\s+(?:and\s+)?|\s+and\s+)${LEVEL_QUALIFIER}$`,
  'i',
);
// A list of figures joined by slashes, then one unit: "590/295/74 GOPS", "41/72/380 fJ/op".
const SLASH_AHEAD = /^(?:\/\d[\d.,]*){1,3}\s?[A-Za-zµμ]/;
const SLASH_FIGURES = String.raw`(${NUM})(?:\/${NUM}){1,3}\s?`;
const SLASH_RATE = new RegExp(`${SLASH_FIGURES}(${RATE_UNIT})`, 'y');
const SLASH_ENERGY = new RegExp(
  String.raw`${SLASH_FIGURES}([fpnµμum]?J)\s?\/\s?(?:op|OP|Op|operation|inference|Inference|token|frame|MAC|sample|query|classification|bit|image|decision)s?\b`,
  'y',
);
const MACHINE_TIME_NEXT = 'KkMGTAHVLBN';
const MACHINE_TIME =
  /(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s?([KkM](?![A-Za-z]))?\s?(?:(?:[A-Z][\w-]*\d[\w-]*|TPU(?:v\d\w*)?)[\s-]+(?:(?:GPU|TPU|chip)[- ]?)?|(?:GPU|TPU|accelerator|node|chip)[- ]?)(?:hours|days)\b/y;
const MACHINE_TIME_BEFORE = new RegExp(
  String.raw`\b(?:takes?|took|taking|requires?|required|requiring|needs?|needed|needing|costs?|costing|consum(?:es|ed|ing)|spends?|spent|spending|uses?|used|using)\s+${LEVEL_QUALIFIER}$`,
  'i',
);

/** Whether the amount at `at` follows, in a list, an amount read after words that report use. */
function amountListMember(text: string, at: number, near: string): boolean {
  const list = AMOUNT_LIST_BEFORE.exec(near);
  if (!list) return false;
  let start = at - near.length + list.index;
  while (start > 0 && /[\d.,]/.test(text.charAt(start - 1))) start--;
  const before = text.slice(Math.max(0, start - 70), start);
  return AMOUNT_BEFORE.test(before) || ENERGY_PER_OP_BEFORE.test(before);
}
export const AMOUNT_WITHIN_AFTER = /^\s+of\s+(?:[\w-]+\s+)?(?:memory|VRAM|RAM|HBM)\b/i;

// "decodes at 2.9 ms per token", "Decoding costs 11 ms per token": the time one unit
// of the system's work takes, after a word that states it.
// The units are pieces of work the system does one after another: a token, a frame, a
// chunk of a stream ("12 ms per 80 ms chunk"), a heartbeat, an utterance.
export const PER_UNIT_AFTER =
  /^\s+per\s+(?:(?:output|generated|decoded|decoding|decode|denoising|input|audio|ensemble|\d+(?:\.\d+)?\s?(?:ms|s|-second|-ms))\s+)?(?:token|step|frame|query|request|image|sample|iteration|action|turn|call|document|chunk|beat|utterance|window|batch|episode|question|asset|scene|mesh|shape|object|video|clip|page|molecule|protein|structure|problem|task|instance|member|forecast|geometry|trajectory|simulation|kernel|program|graph)\b/i;
const PER_UNIT_BEFORE = new RegExp(
  String.raw`(?:\b(?:at|costs?|takes|took|needs|requires|of|is|was|in)\s+|\b(?:speed|latency|time|runtime)\s+\(\s*)${LEVEL_QUALIFIER}$`,
  'i',
);
// "a p99 latency of 3.8 ms", "response latency after a question is 0.4 s": a short
// adjunct may stand between the noun and its verb.
// "cold-start latencies as low as 420 ms", "a TTFT of as little as 80 ms": a latency
// and a low bound with no verb between.
const LOW_BOUND = String.raw`(?:as\s+(?:low|little|short)\s+as|down\s+to)`;
export const LATENCY_OF_BEFORE = new RegExp(
  String.raw`\b(?:latenc(?:y|ies)|lag|TTFT|TPOT|TBT|RTF|real[- ]time\s+factor|time[- ]to[- ]first[- ]token|response\s+time|(?:initial|startup|start-up)\s+delay|run-?\s?times?|(?:sampling|inference|generation|decoding|rendering|synthesis|denoising|execution|processing|wall-?clock|end-to-end|response|query|search|lookup)\s+times?)(?:\s+and\s+[\w-]+)?(?:\s+(?:after|per|under|during|at|including|excluding|from|on|for|with)(?:\s+[\w'’-]+){1,3}?)?\s+(?:(?:of|is|was|are|were|reaches|reaching)\s+${LEVEL_QUALIFIER}|${LOW_BOUND}\s+)$`,
  'i',
);
// "keeps motion-to-photon latency at 14 ms", "search latency stays below 4 ms", "reducing
// average latency to 38 ms", "TTFT falls to 90 ms": a latency held at a level or brought
// down to one. A verb that raises it ("latency rises to 40 ms") is no frame, and
// "while keeping TPOT under 50 ms" is the bar a throughput claim was held to.
// The latency nouns a bound or a level is held on: "the p99 scoring delay stays below 2 s",
// "response time stays under 300 ms", "TBT falls to 18 ms".
const HELD_LATENCY_NOUN = String.raw`latenc(?:y|ies)|lag|TTFT|TPOT|TBT|ITL|delays?|response\s+times?|turnaround\s+times?`;
export const LATENCY_HELD_BEFORE = new RegExp(
  String.raw`\b(?:${HELD_VERB}\s+${HELD_DETERMINER}(?:[\w-]+\s+){0,3}?(?:${HELD_LATENCY_NOUN})\s+${HELD_LEVEL}|(?:reduc(?:es|ing|ed)?|cut(?:s|ting)?|lower(?:s|ing|ed)?|bring(?:s|ing)?|brought|decreas(?:es|ing|ed)?|shrink(?:s|ing)?)\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,3}?(?:${HELD_LATENCY_NOUN}|times?|run-?times?)\s+(?:(?:even\s+|still\s+)?further\s+)?(?:down\s+)?to|(?:${HELD_LATENCY_NOUN}|time\s+per\s+(?:output\s+)?token)(?:\s+(?:at|on|for|with|under|during)\s+[\w.-]+(?:\s+[\w.-]+)?)?\s+${STAYS}\s+${HELD_LEVEL}|(?:${HELD_LATENCY_NOUN}|time\s+per\s+(?:output\s+)?token)(?:\s+(?:at|on|for|with|under|during)\s+[\w.-]+(?:\s+[\w.-]+)?)?\s+(?:drops?|dropped|falls?|fell|shrinks?|shrank|decreases?|decreased)\s+(?:(?:even\s+|still\s+)?further\s+)?to)\s+${LEVEL_QUALIFIER}$`,
  'i',
);
// "runs with 205 ms latency per decision", "45 ms of input-to-frame latency": the
// latency named after the time. A bar ("a 50 ms latency budget") is no result, and a
// delay the experiment adds ("80 ms of network latency") is its setting.
// A system's "algorithmic latency" is its own time, as the corpus conventions count an
// absolute time the paper reports for its own system ("runs on a laptop CPU with 0.52 s
// algorithmic latency").
export const LATENCY_AFTER =
  /^\s+(?:of\s+)?(?:(?!(?:network|link|round-trip|RTT|added|extra|additional|injected|simulated|emulated|of)\b)[\w-]+\s+){0,2}?(?:latenc(?:y|ies)|lag)\b(?!\s+(?:budgets?|targets?|SLOs?|objectives?|goals?|caps?|ceilings?|constraints?|bounds?|limits?|requirements?|deadlines?|penalt(?:y|ies)|overheads?)\b)(?:\s+per\s+[\w-]+)?/i;
// "requiring only 20 hours of finetuning", "after just 3 days of pre-training": the length of
// a run named after its figure, played down; "20 hours of fine-tuning data" is data.
export const JOB_TIME_OF_AFTER =
  /^\s+of\s+(?:[\w-]+\s+)?(?:fine-?tuning|finetuning|training|pre-?training|post-?training|distillation|adaptation)\b(?!\s+(?:data|audio|speech|videos?|recordings|examples|samples|corpus|corpora|sets?|text|tokens)\b)/i;
export const JOB_TIME_LEAD =
  /\b(?:only|just|merely|as\s+little\s+as|less\s+than|under|fewer\s+than)\s+$/i;
export const JOB_COMPOUND =
  /(\d+(?:\.\d+)?)-(hour|day|minute)\s+(?:[\w-]+\s+){0,2}?(?:fine-?tuning|finetuning|training|pre-?training|tuning|distillation|adaptation|calibration|quantization|pruning|search|indexing)\s+(?:run|job|session|pass|stage)\b/y;
const JOB_COMPOUND_ENOUGH =
  /^\s+(?:is|was)\s+(?:enough|sufficient|all\s+it\s+takes)\b|^\s+suffices\b/i;
const JOB_COMPOUND_LEAD = /\b(?:only|just|a\s+single|one)\s+(?:an?\s+)?$/i;
// "incurs a 9 s recovery pause", "a 40-second failover outage": the time the system is
// away while it recovers is its recovery time (the corpus conventions: recovery is a latency).
export const RECOVERY_PAUSE_AFTER =
  /^(?:\s+|-)(?:[\w-]+\s+)?(?:recovery|failover|fail-over|reintegration|rejoin|restart|reconfiguration|switchover|resharding|re-sharding)\s+(?:pauses?|downtime|outages?|interruptions?|stalls?|gaps?|blackouts?)\b/i;
// "produces a flow estimate every 4.8 ms", "emits a token every 12 ms": the system's
// output, one each T, is the time one takes. A schedule ("saves a checkpoint every 30
// minutes", "metrics are sampled every 10 s") has no such verb.
export const EVERY_PRODUCE_BEFORE = new RegExp(
  String.raw`\b(generates|produces|renders|synthesi[sz]es|transcribes|reconstructs|predicts|decodes|emits|outputs|returns|delivers|estimates)\s+((?:[\w'’.-]+\s+){0,6}?)every\s+${LEVEL_QUALIFIER}$`,
  'i',
);
// "a new depth map is produced every 9 ms": the same, the output as the subject.
export const EVERY_PRODUCED_BEFORE = new RegExp(
  String.raw`^((?:[\w'’.-]+\s+){1,6}?)(?:is|are)\s+(generated|produced|rendered|synthesi[sz]ed|transcribed|reconstructed|predicted|decoded|emitted|output|returned|delivered|estimated)\s+every\s+${LEVEL_QUALIFIER}$`,
  'i',
);
export const IN_DURATION_BEFORE = new RegExp(
  String.raw`\b(?:in|within)\s+${LEVEL_QUALIFIER}$`,
  'i',
);
// "The time-to-solution for training X on 2,048 GPUs is 94 minutes", "the training time of
// our model on 64 GPUs was 11 hours": a whole run's time stated with a copula.
export const RUN_TIME_IS_BEFORE = new RegExp(
  String.raw`\b(?:(?:training|pre-?training|fine-?tuning|run|job|completion|wall-?clock|end-to-end|total)\s+times?|time[- ]to[- ](?:solution|train|accuracy|target))(?:\s+(?:of|for|on|with|across|using)\s+(?:[\w.,-]+\s+){1,9}?)?\s*(?:is|was|are|were)\s+(?:(?:only|just|now|reduced\s+to|cut\s+to)\s+)?${LEVEL_QUALIFIER}$`,
  'i',
);
// The work a time is taken for, in the bare form after "to" ("taking 17 ms on a phone to
// render one image", "needs only 11 ms to produce an asset").
const PRODUCE_OR_OPERATE =
  'render|generate|produce|process|decode|encode|answer|transcribe|reconstruct|synthesi[sz]e|serve|load|complete|finish|run|compute|predict|infer|search|retrieve|classify|detect|segment|track|plan|respond|recover|restart|compile|index|simplify|optimi[sz]e|sample|forecast|simulate|solve|estimate|fit|register|convert|extract|build|train|schedule|place|route|tune|autotune|edit|align|denoise|upscale|animate|transcode|sort|merge|embed';
export const TAKING_TO_AFTER = new RegExp(
  String.raw`^\s+(?:on\s+[^,;.]{1,60}?\s+)?to\s+(?:${PRODUCE_OR_OPERATE})\b`,
  'i',
);
// "a 1024×1024 decode takes 11 ms", "training takes 9 days on 32 GPUs": what an operation takes.
export const NEEDS_TIME_BEFORE = new RegExp(
  String.raw`\b(?:needs|requires)\s+${LEVEL_QUALIFIER}$`,
  'i',
);
export const ON_ONE_DEVICE_AFTER = /^\s+on\s+(?:a\s+single|one|a|an)\s+\S/i;
export const TAKES_BEFORE = new RegExp(
  String.raw`\b(?:takes?|took|taking)\s+${LEVEL_QUALIFIER}$`,
  'i',
);
// "the first audio chunk is produced in 120 ms", "the first packet is ready 45 ms after
// the text arrives": the time to a first output. Read in the 80 characters before.
export const FIRST_OUTPUT_BEFORE = new RegExp(
  String.raw`\bfirst\s+(?:[\w-]+\s+){0,2}?(?:chunk|packet|token|frame|byte|word|sample|image|response|result|answer|output|segment|audio|clip)s?\s+(?:(?:is|are|was|were|becomes?)\s+(?:produced|generated|emitted|ready|played|available|returned|delivered|streamed|synthesi[sz]ed|audible)|appears?|arrives?)\s+(?:in\s+|within\s+|after\s+)?${LEVEL_QUALIFIER}$`,
  'i',
);
// "shows the first frame after an action within 160 ms": the same, the system as subject.
export const FIRST_OUTPUT_ACTIVE = new RegExp(
  String.raw`\b(?:shows|produces|emits|returns|delivers|displays|renders|outputs|plays|streams)\s+(?:its|the|a)\s+first\s+(?:[\w-]+\s+){0,2}?(?:chunk|packet|token|frame|byte|word|sample|image|response|result|answer|output|segment|audio|clip)s?\s+(?:(?:after\s+(?:[\w'’-]+\s+){1,4}?)?(?:in|within)|after)\s+${LEVEL_QUALIFIER}$`,
  'i',
);
// "stops speaking within 120 ms of a barge-in": how fast the system reacts.
const REACTION_VERBS = ['stops', 'responds', 'reacts', 'replies', 'halts', 'resumes', 'preempts'];
export const REACTION_BEFORE = new RegExp(
  String.raw`\b(?:${REACTION_VERBS.join('|')}|yields\s+the\s+turn)\s+(?:(?:speaking|talking|generating|playback|(?:a|the)\s+(?:running\s+)?(?:kernel|job|request|task))\s+)?within\s+${LEVEL_QUALIFIER}$`,
  'i',
);
// "resumes training 52 seconds after a node is lost", "begins responding 230 ms after
// the user's turn ends": the time from an event to the system's answer to it.
// "begins" and "starts" only with the reaction they begin ("begins responding"):
// "decoding starts 0.6 s after prefill ends" times a pipeline stage, not an answer.
const AFTER_EVENT_VERBS = [
  'resumes',
  'restarts',
  'recovers',
  'responds',
  'reacts',
  'replies',
  '(?:begins|starts)\\s+[a-z]+ing',
  'produces',
  'emits',
  'returns',
  'delivers',
  'outputs',
  'plays',
];
export const AFTER_EVENT_BEFORE = new RegExp(
  String.raw`\b(${AFTER_EVENT_VERBS.join('|')})\s+(?:[\w'’-]+\s+){0,4}?${LEVEL_QUALIFIER}$`,
  'i',
);
// "7.9 ms per token, down from 13.1 ms with vLLM": the baseline's time after a
// comparison marker; classify.ts rejects it as the baseline's, and compared.ts pairs it
// with the paper's time before it.
export const BASELINE_TIME_BEFORE =
  /\b(?:compared\s+(?:with|to)|versus|vs\.?|against|(?:down|up)\s+from|instead\s+of)\s+(?:about\s+|around\s+|roughly\s+|only\s+|[~≈]\s?)?$/i;
export const AFTER_EVENT_AFTER = /^\s+(?:after|of)\s+(?!the\s+baseline)/i;
/** From a reaction verb to the end of the text: where a reaction-time claim starts. */
export const REACTION_VERB_ON = new RegExp(
  String.raw`\b(?:${REACTION_VERBS.join('|')}|yields)\b.*$`,
  'is',
);
const DURATION_WORDS = [
  'take',
  'taking',
  'needs',
  'requires',
  'took',
  'ready',
  'produced',
  'generated',
  'emitted',
  'available',
  'played',
  'returned',
  'delivered',
  'streamed',
  'within',
];

const WORD_DURATION = new RegExp(
  String.raw`\b(?:in|of|within|after|takes|took)\s+(?:under\s+|about\s+|just\s+|only\s+|roughly\s+|around\s+)?((${WORD_NUMBER_SOURCE}|half\s+a)\s+(seconds?|minutes?|hours?|days?))\b`,
  'gi',
);

// "from three weeks to 9 minutes", "under three minutes on a laptop CPU, compared with
// roughly a day": a before/after pair with a duration in words on one side at least.
const WORD_TIME_UNIT = 'minutes?|hours?|days?|weeks?';
const WORD_TIME = String.raw`(?:(an?|one|${WORD_NUMBER_SOURCE})|(${NUM}))\s+(${WORD_TIME_UNIT})\b`;
const WORD_TIME_PAIR = new RegExp(
  String.raw`\bfrom\s+${FIGURE_QUALIFIED}${WORD_TIME}\s+(?:down\s+)?to\s+${LEVEL_QUALIFIER}${WORD_TIME}|\b${WORD_TIME}(?:\s+(?:on|with|using|for|at|in)(?:\s+(?![\d$~])[\w'’./-]+){1,7}?)?,?\s+(?:compared\s+(?:with|to)|versus|vs\.?|instead\s+of)\s+(?:about\s+|roughly\s+|[~≈]\s?)?${WORD_TIME}`,
  'gi',
);
// A unit of WORD_TIME after a space (" minute" also makes durationWords true in
// findMentions, so it is left out here).
const TIME_UNIT_WORD = / (?:hour|day|week)/;

/** The amount a WORD_TIME match holds at group `g` (word) or `g + 1` (digits). */
function wordTimeAmount(m: RegExpExecArray, g: number): number | null {
  const w = m[g];
  if (w === undefined) return parseNumber(m[g + 1] as string);
  return /^(?:an?|one)$/i.test(w) ? 1 : wordNumber(w);
}

// Every pair holds two units, each after whitespace: where fewer than two stand, the
// pair pattern (which tries its second branch at every "a" and number) cannot match.
const UNIT_AFTER_SPACE = new RegExp(String.raw`\s(?:${WORD_TIME_UNIT})`, 'gi');

// "the nightly workload that took 4 hours under the default plans completes in 1.7 hours",
// "a policy that previously took two days to train now trains in 2.5 hours": what the work
// took before, in a relative clause or after "previously", then the main verb's time. A
// few words of setting (no comma, no figure) may stand between.
const THEN_TIME_UNIT = `(?:ms|s|secs?|seconds?|mins?|minutes?|h|hrs?|hours?|days?|weeks?)`;
const THEN_NOW = new RegExp(
  String.raw`\b(?:that|which|previously|formerly|once)\s+(?:previously\s+|once\s+|used\s+to\s+)?(?:took|take|needed|required)\s+(?:about\s+|roughly\s+|over\s+|more\s+than\s+|nearly\s+|almost\s+)?(?:(an?|one|${WORD_NUMBER_SOURCE})|(${NUM}))\s?(${THEN_TIME_UNIT})\b(?:\s+(?![\d$~])[\w'’./-]+){0,7}?,?\s+(?:(?:and\s+)?now\s+)?(?:completes|finishes|runs|trains|takes|needs|converges|is\s+(?:done|trained|completed|finished))\s+(?:in\s+)?(?:only\s+|just\s+|about\s+|roughly\s+|under\s+|less\s+than\s+)?(${NUM})\s?(${THEN_TIME_UNIT})(?![A-Za-z0-9])`,
  'gi',
);

// THEN_NOW's verbs as written, from the landmarks scan: three includes() calls cost 3 µs on
// a bench abstract that holds none of them (all 1,000 do), the scan's keys next to nothing.
const THEN_NOW_WORDS = landmark(['took ', 'needed ', 'required ']);
// "a single host serves the load of 3.5 hosts" (counts.ts), looked for only where these stand.
const LOAD_OF_WORDS = landmark(['the load of', 'the work of', 'the traffic of']);

const MARKER_ANYWHERE = /\b(?:compared\s+(?:with|to)|versus|vs\.?|against)\s/g;
/** The most characters COMPARED_TOKENS reads from its number to its marker. */
const MARKER_REACH = 100;
const COMPARED_MARKER = /\b(?:compared\s+(?:with|to)|versus|vs\.?|against)\s/i;
// After the pair: "for <baseline>", then ", and" or "and", then the next figure and "for".
const NEXT_BASELINE_FIGURE = new RegExp(
  String.raw`\s+for\s+[^,;.()\d]{1,40}?(?:,\s*(?:and\s+)?|\s+and\s+)((${NUM})(?:\s?([KkM])(?![A-Za-z]))?(?:\s?(ms|s|seconds?|minutes?|hours?|tokens|steps|GB|MB|W|J))?)(?=\s+for\s)`,
  'y',
);

/** Then-and-now pairs of times ("that took 4 hours … completes in 1.7 hours"). */
function thenNowPairs(text: string): Mention[] {
  const out: Mention[] = [];
  THEN_NOW.lastIndex = 0;
  for (let m = THEN_NOW.exec(text); m; m = THEN_NOW.exec(text)) {
    const before = wordTimeAmount(m, 1);
    const after = parseNumber(m[4] as string);
    if (before === null) continue;
    const start =
      m.index +
      m[0].search(
        /\d|\b(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|sixteen|twenty|thirty|fifty|hundred)\s/i,
      );
    const unit = m[5] as string;
    out.push({
      type: 'pair',
      start,
      end: m.index + m[0].length,
      low: after,
      high: after,
      isRange: false,
      unit,
      pair: { before, after, beforeUnit: m[3] as string, afterUnit: unit, thenNow: true },
    });
  }
  return out;
}

/** Pairs of durations with one written in words; the digits-only pairs are read elsewhere. */
/** Whether two units of WORD_TIME stand after whitespace, as every pair needs. */
function twoUnitsAfterSpace(text: string): boolean {
  UNIT_AFTER_SPACE.lastIndex = 0;
  return UNIT_AFTER_SPACE.test(text) && UNIT_AFTER_SPACE.test(text);
}

/** Pairs in an abstract where twoUnitsAfterSpace holds. */
function wordTimePairs(text: string): Mention[] {
  const out: Mention[] = [];
  WORD_TIME_PAIR.lastIndex = 0;
  for (let m = WORD_TIME_PAIR.exec(text); m; m = WORD_TIME_PAIR.exec(text)) {
    const from = m[3] !== undefined;
    // From-to: before then after; compared: the paper's (after) then the baseline's.
    const [b, a] = from ? [1, 4] : [10, 7];
    if (m[b] === undefined && m[a] === undefined) continue;
    const before = wordTimeAmount(m, b);
    const after = wordTimeAmount(m, a);
    if (before === null || after === null) continue;
    const unit = m[a + 2] as string;
    out.push({
      type: 'pair',
      start: m.index,
      end: m.index + m[0].length,
      low: after,
      high: after,
      isRange: false,
      unit,
      pair: { before, after, beforeUnit: m[b + 2] as string, afterUnit: unit },
    });
  }
  return out;
}

const SPACE = /\s/;

/**
 * Whether some "second" or "minute", in any case, follows a number word and
 * whitespace: WORD_DURATION matches nowhere else. Most abstracts that hold the
 * words ("the second stage") have none, and the pattern, which stops at every "in"
 * and "of", costs several times more than this look.
 */
function numberWordBeforeUnit(text: string): boolean {
  const lower = text.toLowerCase();
  if (lower.length !== text.length) return true;
  for (const unit of WORD_DURATION_UNITS) {
    for (let at = lower.indexOf(unit); at >= 0; at = lower.indexOf(unit, at + 1)) {
      let end = at;
      while (end > 0 && SPACE.test(lower.charAt(end - 1))) end--;
      if (end === at) continue;
      let start = end;
      while (start > 0 && lower.charCodeAt(start - 1) >= 97 && lower.charCodeAt(start - 1) <= 122)
        start--;
      if (wordNumber(lower.slice(start, end)) !== null) return true;
      if (
        lower.slice(start, end) === 'a' &&
        /half\s+$/.test(lower.slice(Math.max(0, start - 8), start))
      )
        return true;
    }
  }
  return false;
}

// "ties the lowest latency among the systems tested at 0.41 s", "the shortest response
// time of all engines, at 90 ms": a best latency, then its level.
export const BEST_LATENCY_AT_BEFORE = new RegExp(
  String.raw`\b(?:lowest|shortest|smallest|minimum|best)\s+(?:[\w-]+\s+)?(?:latenc(?:y|ies)|response\s+times?|run-?\s?times?)\b(?:,?\s+[\w'’-]+){0,6}?,?\s+at\s+${LEVEL_QUALIFIER}$`,
  'i',
);
const TIME_LIST_BEFORE = new RegExp(
  String.raw`\d\s?(?:ms|µs|μs|s|secs?|seconds?|milliseconds?|minutes?|hours?)\s+(?:for|on|with)\s+[^.;:,]{1,50}?(?:,\s+(?:and\s+)?|\s+and\s+)${LEVEL_QUALIFIER}$`,
  'i',
);
const MEDIA_LENGTH_AFTER =
  /^\s+of\s+(?:[\w-]+\s+){0,3}?(?:audio|speech|video|footage|music|sound|recordings?|podcasts?|content|soundtracks?)\b/i;

// "detects pedestrians 38 ms earlier than X", "results arrive 210 ms sooner", "saves 90-220
// ms per query": time the system saves, stated as an amount of time.
export const TIME_SAVED_AFTER =
  /^\s+(?:(?:on\s+average|in\s+total|overall)\s+)?(?:earlier|sooner)\b/i;
export const TIME_SAVED_BEFORE = new RegExp(
  String.raw`\b(?:saves?|saving|shaves?|shaving)\s+(?:off\s+)?${FIGURE_QUALIFIED}$`,
  'i',
);
const IS_VERB_EVERY_BEFORE = new RegExp(
  String.raw`\b(?:is|are)\s+[a-z]+\s+every\s+${LEVEL_QUALIFIER}$`,
  'i',
);

/** Whether a duration at `at` stands in a frame the classifier reads: "in T", "a latency of T", "takes T", … */
function durationFrame(text: string, at: number, before: string, end: number): boolean {
  // "produces 10 s of stereo audio in 90 ms": a length of media is the output, not a time.
  if (MEDIA_LENGTH_AFTER.test(text.slice(end, end + 40))) return false;
  if (
    (before.includes('in ') || before.includes('In ') || before.includes('Within ')) &&
    IN_DURATION_BEFORE.test(before)
  )
    return true;
  if (
    before.includes('every') &&
    (EVERY_PRODUCE_BEFORE.test(text.slice(Math.max(0, at - 80), at)) ||
      IS_VERB_EVERY_BEFORE.test(before))
  )
    return true;
  if (LATENCY_AFTER.test(text.slice(end, end + 60))) return true;
  if (RECOVERY_PAUSE_AFTER.test(text.slice(end, end + 50))) return true;
  if (JOB_TIME_LEAD.test(before) && JOB_TIME_OF_AFTER.test(text.slice(end, end + 60))) return true;
  if (TIME_SAVED_AFTER.test(text.slice(end, end + 30))) return true;
  if ((before.includes('sav') || before.includes('shav')) && TIME_SAVED_BEFORE.test(before))
    return true;
  const near = text.slice(Math.max(0, at - 80), at);
  // The 80 characters before: an adjunct may stand between the noun and its verb
  // ("decision latency including the radio hop is 46 ms").
  if (
    (before.includes('of') ||
      before.includes('is') ||
      before.includes('was') ||
      before.includes('are') ||
      before.includes('were') ||
      before.includes('reach') ||
      before.includes(' as') ||
      before.includes('to')) &&
    LATENCY_OF_BEFORE.test(near)
  )
    return true;
  if (LATENCY_HELD_BEFORE.test(near) || BASELINE_TIME_BEFORE.test(before)) return true;
  if (
    (before.includes(' is') || before.includes(' was')) &&
    near.includes('ime') && // 'time', or 'Time' opening a sentence
    RUN_TIME_IS_BEFORE.test(near)
  )
    return true;
  if (AFTER_EVENT_AFTER.test(text.slice(end, end + 24)) && AFTER_EVENT_BEFORE.test(near))
    return true;
  // "sampling times of 0.3 s for the policy and 12.8 s for the image model": the next
  // member of a list of times (the classifier joins it to its neighbour's claim).
  if (TIME_LIST_BEFORE.test(near)) return true;
  if (before.includes('at') && BEST_LATENCY_AT_BEFORE.test(near)) return true;
  // "shows its first frames after 0.7 s", "the first token appears within 80 ms".
  if (
    (before.includes('after') || before.includes('appear') || before.includes('arriv')) &&
    (FIRST_OUTPUT_ACTIVE.test(near) || FIRST_OUTPUT_BEFORE.test(near))
  )
    return true;
  if (!DURATION_WORDS.some((w) => before.includes(w))) return false;
  if (TAKES_BEFORE.test(before)) return true;
  // "Zephyr needs 45 seconds on a single H100": the time the system needs on one device.
  if (
    NEEDS_TIME_BEFORE.test(before) &&
    (ON_ONE_DEVICE_AFTER.test(text.slice(end, end + 40)) ||
      TAKING_TO_AFTER.test(text.slice(end, end + 90)))
  )
    return true;
  return REACTION_BEFORE.test(near) || FIRST_OUTPUT_BEFORE.test(near);
}
// "accelerates prefill by 7.3 at 512K tokens and by up to 11.6 at 1M": a speed verb
// earlier in the clause makes "by N" a factor.
const SPEED_VERB_BY = new RegExp(
  String.raw`\b(?:accelerat\w*|speed(?:s|ing)?\s+up|sped\s+up)\s(?:[^.;,]|\.\d)*\bby\s+${FIGURE_QUALIFIED}$`,
  'i',
);

// "improves inference throughput by up to 1.49 over X", "shortens the makespan of a workload
// by 1.27": an up or down verb whose object holds a performance noun, then "by".
const VERB_OBJECT_BY = new RegExp(
  String.raw`\b(?:${alternation([...UP_VERBS, ...DOWN_VERBS])})\s+((?:[\w'’/-]+\s+){1,8}?)\(?by\s+${FIGURE_QUALIFIED}$`,
  'i',
);

// "decode latency is reduced by 1.7", "training throughput rises by 1.6 over FSDP": the
// quantity as the subject of the verb, passive or intransitive, right before "by".
const SUBJECT_VERB_BY = new RegExp(
  String.raw`((?:[\w'’/-]+\s+){1,6})(?:(?:is|are|was|were|has\s+been|have\s+been|gets?|got)\s+)?(?:${alternation([...UP_VERBS, ...DOWN_VERBS])})\s+by\s+${FIGURE_QUALIFIED}$`,
  'i',
);

/** A decimal after "by" whose verb acts on a performance quantity (the classifier decides the rest). */
function perfVerbBy(text: string, at: number, numberLength: number): boolean {
  if (!text.slice(at, at + numberLength).includes('.')) return false;
  const near = text.slice(Math.max(0, at - 100), at);
  const m = VERB_OBJECT_BY.exec(near) ?? SUBJECT_VERB_BY.exec(near);
  return m !== null && (m[1] as string).split(/[\s/]+/).some(isPerfNoun);
}

// "outperforms expert caching by up to 6.70", "beats the eager baseline by 1.35": a verb of
// beating a rival, then "by" and a decimal; the rival is the object, not a quantity.
// "by an average of 1.8", "by on average 1.3": an average before the figure.
const BEAT_QUALIFIED = String.raw`(?:(?:an\s+)?average\s+of\s+|on\s+average\s+)?${FIGURE_QUALIFIED}`;
const BEAT_BY = new RegExp(
  String.raw`\b(?:outperform|outpac|surpass|exceed|beat)\w*\s+((?:[\w'’/–-]+\s+){1,8}?)by\s+${BEAT_QUALIFIED}$`,
  'i',
);
const BY_AVERAGE_BEFORE = new RegExp(String.raw`\bby\s+${BEAT_QUALIFIED}$`, 'i');
// "… by up to 6.70 and offloading engines by 1.42": a later member of the list drops the verb.
// "… by 1.7 on A100, and by 2.2 on H100": the member's own adjunct may stand between.
const BEAT_MEMBER_BY = new RegExp(
  String.raw`\bby\s+${BEAT_QUALIFIED}(\d+\.\d+)[x×]?\s*,?\s+(?:and\s+)?((?:[\w'’/–-]+,?\s+){0,6}?)by\s+${BEAT_QUALIFIED}$`,
  'i',
);
// What follows a lead in quality: "by 2.3 points", "by 1.5 on MMLU accuracy".
const AFTER_BEAT = /^[^,;:]{0,40}/;

/**
 * A bare decimal in the range of factors after a verb of beating a rival and "by": no word
 * of quality in the rival's phrase or after the figure ("by 3.5 points", "by 1.2 BLEU").
 * `depth` bounds the walk back through a list's members.
 */
function beatBy(text: string, at: number, numberLength: number, depth = 0): boolean {
  const raw = text.slice(at, at + numberLength);
  const n = parseNumber(raw);
  if (!raw.includes('.') || !(n > 1 && n <= 50)) return false;
  const after = AFTER_BEAT.exec(text.slice(at + numberLength, at + numberLength + 40))?.[0] ?? '';
  if (/\b(?:points?|pts|pp|percent)\b|%/i.test(after) || namesQuality(after)) return false;
  const near = text.slice(Math.max(0, at - 120), at);
  const m = BEAT_BY.exec(near);
  if (m) return !namesQuality(m[1] as string);
  if (depth > 2) return false;
  const member = BEAT_MEMBER_BY.exec(near);
  if (!member || namesQuality(member[2] as string)) return false;
  const first = member[1] as string;
  const firstAt = Math.max(0, at - 120) + member.index + member[0].indexOf(first, 2);
  return beatBy(text, firstAt, first.length, depth + 1);
}

/** "by a factor of 1.8 over A, and by 2.9 over B": "factor of" within the 200 characters before. */
function factorOfBefore(text: string, at: number): boolean {
  const i = text.lastIndexOf('factor of', at);
  return i >= 0 && i > at - 200;
}
// "a 4- and 12-fold reduction", "2- to 3-fold faster": the first number's hyphen suspends
// the sign the second one carries. With "to" it is a range, with "and" or "or" a list
// whose first member is the number alone.
const SUSPENDED = new RegExp(
  String.raw`(${NUM})-\s+(and|or|to)\s+(${NUM})(?=\s?-?\s?(?:fold|times)(?![A-Za-z]))`,
  'y',
);
const SLASH_MEMBER = /(?:^|[^\w.])\d+(?:\.\d+)?\s?[%x×]\/$/;
// "speedups of up to 17.2 for mixed-precision GEMM and 2.6 for softmax": the first
// member's adjunct may stand between (no figure of its own: a digit only inside a name).
const PLAIN_ADJUNCT_GAP =
  /^\s+(?:for|on|in|over|across|with|at|under)\s+(?:(?:[A-Za-z][\w.-]*|\d+[A-Za-z][\w.-]*)\s+){0,5}?(?:[A-Za-z][\w.-]*|\d+[A-Za-z][\w.-]*)(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$/;
const PLAIN_LIST_GAP = /^(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$/;
const SIGNED = /[x×X]|times|fold/;
// Abstracts also drop the sign before a speed-up noun or a comparative: "reaches 1.47
// acceleration", "a 1.3 to 5.4 end-to-end speedup", "2.4 more system throughput". Then a
// decimal must stand in it (an integer before "more" is a count: "3 more layers"), and a
// comparative must be about a performance noun within three words.
const BARE_NUMBER = String.raw`(\d+(?:\.\d+)?)(?:${DASH}(\d+(?:\.\d+)?))?`;
// "1.8 and 2.6 speedups", "1.2, 1.5 and 2.1 higher throughput": members before the one
// that carries the cue.
const BARE_LIST = String.raw`(?:(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)\d+(?:\.\d+)?){0,3}`;
const BARE_BEFORE_CUE = new RegExp(
  String.raw`${BARE_NUMBER}(?=${BARE_LIST}\s(?:(?:overall|average|mean|${alternation(SPEED_MODIFIERS)})\s){0,2}(?:faster|quicker|speed-?ups?|accelerations?)\b)`,
  'y',
);
const BARE_BEFORE_COMPARATIVE = new RegExp(
  String.raw`${BARE_NUMBER}${BARE_LIST}\s(?:more|higher|greater|lower|less|fewer)\s([\w/-]+(?:\s[\w/-]+){0,2})`,
  'y',
);
// "a 4.2 reduction in decode latency", "a 1.6 improvement in goodput": a gain noun and the
// performance noun it is in.
const BARE_BEFORE_GAIN_IN = new RegExp(
  String.raw`${BARE_NUMBER}${BARE_LIST}\s(?:(?:end-to-end|overall|average|mean)\s)?(?:reductions?|improvements?|gains?|boosts?)\s+in\s+((?:[\w/-]+\s){0,2}[\w/-]+)`,
  'y',
);
const SERVED_UNITS = new Set<string>(RATE_WORK);
// The first characters of a range separator (lexicon/qualifiers.ts) or a list's comma or "and".
const RANGE_OR_LIST_NEXT = '-–—~∼,taou';
const BARE_NEXT = 'fqsaemhgliodptwrib-–—~∼,u';

/** A factor written without its sign before a speed-up noun or a comparative on a performance noun. */
function bareFactor(text: string, at: number): Mention | null {
  let m = sticky(BARE_BEFORE_CUE, text, at);
  if (!m) {
    const gain = sticky(BARE_BEFORE_GAIN_IN, text, at);
    // A bare number below one before a gain is a difference, not a factor.
    if (
      gain &&
      parseNumber(gain[1] as string) > 1 &&
      (gain[3] as string).split(/[\s/]/).some(isPerfNoun)
    )
      m = gain;
  }
  if (!m) {
    m = sticky(BARE_BEFORE_COMPARATIVE, text, at);
    const words = m ? (m[3] as string).split(/[\s/]/) : [];
    const capacity = words.some(
      (w, k) => /^capacit(?:y|ies)$/i.test(w) && SERVING_BEFORE_CAPACITY.test(words[k - 1] ?? ''),
    );
    // "2.4 more requests served per second": units of served work; the classifier decides.
    const served = words.some((w) => SERVED_UNITS.has(w.toLowerCase()));
    if (!m || !(capacity || served || words.some(isPerfNoun))) return null;
  }
  // An integer only right before a speed-up noun that ends its phrase ("achieves 4 speedup
  // on 8 GPUs", where the sign was lost): "3 speedup techniques" counts techniques.
  if (
    !(m[1] as string).includes('.') &&
    !(m[2] ?? '').includes('.') &&
    !(m[2] === undefined && INTEGER_SPEEDUP.test(text.slice(at, at + 40)))
  )
    return null;
  // "Python 3.12 faster …", "Llama 3.1 more …": a version after a name.
  if (
    /(?:[A-Z][\w-]*|\b[Vv]ersions?|\b[Rr]eleases?|\bv)\s$/.test(
      text.slice(Math.max(0, at - 24), at),
    )
  )
    return null;
  const b = BARE_NUMBER_ONLY.exec(m[0]) as RegExpExecArray;
  return { ...mult(m, 1, 2), end: at + b[0].length };
}
const BARE_NUMBER_ONLY = new RegExp(`^${BARE_NUMBER}`);
const INTEGER_SPEEDUP =
  /^\d{1,3}\s(?:speed-?up|acceleration)(?=\s*(?:[,;)]|\.(?!\d)|$)|\s(?:over|on|in|for|across|compared|relative|versus|vs|against|with|at|when|while|and|than)\b)/i;
// "2-3 orders of magnitude", "1 to 2 orders of magnitude": a range reads as its upper end,
// joined as any range is (DASH); "2.5 orders of magnitude" is 10^2.5.
const DIGIT_MAGNITUDE = new RegExp(
  String.raw`(\d(?:\.\d{1,2})?)(?:${DASH}(\d(?:\.\d{1,2})?))?[\s-]+orders?[\s-]+of[\s-]+magnitude\b`,
  'y',
);
// "1/8 of the cost", "about 1/5 the price": a fraction of a whole, read as the
// percentage it is. Only before "of" or a determiner: "1/2" alone is a name or a ratio.
// "is cut to one third, so …": or the end of its clause.
// "one fifth as much as X", "a third as many GPUs as": a fraction of what another
// system spends, as "one fifth of the cost of X" says it (the classifier reads "as … as").
const AS_MUCH_AHEAD = String.raw`\s+as\s+(?:much|many|little|few)\b`;
const FRACTION_AHEAD = String.raw`(?=\s+(?:of\s+)?(?:the|its|their|our|a|an)\b|\s*[,;]|\.(?!\d)|${AS_MUCH_AHEAD})`;
// "half as much energy as", "half as many bytes": half in the same frame ("half as many
// GPUs" alone is read as a factor word, WORDS).
const HALF_AS = new RegExp(String.raw`\bhalf(?=${AS_MUCH_AHEAD})`, 'gi');
// "half the latency of SmolVLM", "checkpoints are half the size": half of what a system
// spends, named right after "the" (one modifier at most; "half the cache of GQA", "half the
// batch size" and "half the layers" describe a configuration).
// "saves roughly half of the GPU cost": "of" may stand before the determiner ("half of the
// time" is how often, not a time spent: after "of", time is left out).
const HALF_THE =
  /\bhalf(?=\s+(?:of\s+(?!(?:the|its|their)\s+time\b))?(?:the|its|their)\s+(?:(?!batch|context|sequence|window|block|chunk|page|tile|group|vocabulary|hidden|model)[\w-]+\s+)?(?:latency|latencies|size|memory|cost|costs|price|energy|power|time|footprint|bandwidth|compute|FLOPs|storage|bill|traffic|GPU[- ]hours)\b)/gi;
const DIGIT_FRACTION = new RegExp(
  String.raw`(\d{1,2})\s?\/\s?(\d{1,3})(?:th|rd)?${FRACTION_AHEAD}`,
  'y',
);
// "one third of the memory", "a quarter of the cost", "two thirds of the time": the
// fractions abstracts use. Each is one literal scan of every abstract (the guard before
// the pattern), so the list stays short. "half" is left out: "half the cache of GQA"
// describes a configuration as often as a saving.
const DENOMINATORS = new Map<string, number>(
  Object.entries({
    third: 3,
    quarter: 4,
    fifth: 5,
    sixth: 6,
    eighth: 8,
    ninth: 9,
    tenth: 10,
    twelfth: 12,
    // Powers of two, as quantization and compression state them: "one thirty-second of the memory".
    sixteenth: 16,
    'thirty-second': 32,
    twentieth: 20,
    hundredth: 100,
  }),
);
const FRACTION_STEMS = [...DENOMINATORS.keys()];
const WORD_FRACTION = new RegExp(
  String.raw`\b(one|a|two|three)[\s-]+(${FRACTION_STEMS.join('|')})s?${FRACTION_AHEAD}`,
  'gi',
);
const NUMERATORS = new Map<string, number>(Object.entries({ one: 1, a: 1, two: 2, three: 3 }));

/** A fraction as the percentage mention it means: 1/8 is 12.5%. */
function fractionMention(start: number, end: number, num: number, den: number): Mention | null {
  if (!(num > 0 && den > num)) return null;
  const pct = (100 * num) / den;
  return single('pct', start, end, '%', pct);
}

const WORD_MULT = new RegExp(
  String.raw`\b(${WORD_NUMBER_SOURCE}|twice)(?:(?:\s|-)?(?:times|fold)\b|(?=\s+as\b)|(?=\s+the\b))`,
  'gi',
);
// "by a factor of ten", "a factor two speed-up", "a factor of three faster": the factor's
// number in words, read as "a factor of 2" is (the figure is the number word).
const FACTOR_WORD_NUMBER = new RegExp(
  String.raw`\bfactor\s+(?:of\s+)?(?:(?:about|around|roughly|nearly|almost|over|more\s+than|at\s+least)\s+)?(${WORD_NUMBER_SOURCE})\b(?![\s-]*(?:times|fold|orders?|percent|thirds?|quarters?|fifths?|tenths?)\b)`,
  'gi',
);
// "double-buffered", "double buffering", "double precision", "triple-buffered": names of
// techniques and number formats, not factors.
const WORDS =
  /\b(?:(doubl(?:es|ed|ing|e)(?![-\u2010\u2011]|\s+(?:buffer|precision)))|(tripl(?:es|ed|ing|e)(?![-\u2010\u2011]|\s+buffer))|(quadrupl(?:es|ed|ing|e))|(halv(?:es|ed|ing|e))|((?:by(?:\s+(?:about|roughly|nearly|almost|more\s+than|over))?|in)\s+half(?!\s+as\b(?!\s+well\b))|half\s+as\s+many(?=\s+(?:GPUs|nodes|servers|machines|accelerators|devices|replicas|steps|iterations|tokens|calls|evaluations)\b))|(?:(?:(?:one|two|three|four|five)\s*(?:to|-|–|or)\s*)?(an|one|two|three|four|five|six)[\s-]+orders?[\s-]+of[\s-]+magnitude))\b/gi;
// Literal stems that must occur for the word patterns to match (findMentions reads
// them from the abstract's landmarks, landmarks.ts: one scan shared with other stages).
// Each family's guard is exactly "one of its spellings occurs", as includes() calls
// would say, in the case written: a stem listed in lower case and capitalized matches
// either, one listed in lower case only matches that.
const MULT_WORD_STEMS = ['times', 'fold', 'twice', 'Twice', 'Times', 'Fold', 'factor', 'Factor'];
const FACTOR_VERB_STEMS = [
  'doubl',
  'tripl',
  'quadrupl',
  'halv',
  'half',
  'magnitude',
  'Doubl',
  'Tripl',
  'Quadrupl',
  'Halv',
  'Half',
  'Magnitude',
];

// The comparison words stay lazy includes() calls: they are needed only after a pair
// of times or prices has matched.
const DURATION_STEMS = ['second', 'minute'];
// Units a duration in words may take; "hour" and "day" are looked for only where the
// abstract holds " hour", " day" or " week" (TIME_UNIT_WORD), as for pairs.
const WORD_DURATION_UNITS = ['second', 'minute', 'hour', 'day'];
const MULT_WORDS = landmark(MULT_WORD_STEMS);
const FACTOR_VERBS = landmark(FACTOR_VERB_STEMS);
const FRACTION_WORDS = landmark(FRACTION_STEMS);
const INSTEAD_OF_WORDS = landmark(['instead of']);
const DURATION_STEM_WORDS = landmark(DURATION_STEMS);
const MAGNITUDES = new Map<string, number>(
  Object.entries({
    an: 1,
    one: 1,
    two: 2,
    three: 3,
    four: 4,
    five: 5,
    six: 6,
  }),
);

function rangeOf(
  m: RegExpExecArray,
  a: number,
  b: number,
): Pick<Mention, 'low' | 'high' | 'isRange'> {
  const x = parseNumber(m[a] as string);
  const y = m[b] === undefined ? x : parseNumber(m[b]);
  return { low: Math.min(x, y), high: Math.max(x, y), isRange: x !== y };
}

function sticky(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

function pairMention(m: RegExpExecArray, beforeAt: number, afterAt: number): Mention {
  const amount = (at: number) => ({
    n: parseNumber(m[at + 1] as string, m[at + 2]),
    unit: m[at] ?? m[at + 3] ?? '',
  });
  const before = amount(beforeAt);
  const after = amount(afterAt);
  const unit = after.unit || before.unit;
  return {
    type: 'pair',
    start: m.index,
    end: m.index + m[0].length,
    low: after.n,
    high: after.n,
    isRange: false,
    unit,
    pair: {
      before: before.n,
      after: after.n,
      beforeUnit: before.unit || unit,
      afterUnit: unit,
      ...(afterAt - beforeAt === 5 && m[beforeAt + 4] !== undefined ? { setting: true } : {}),
    },
  };
}

/** A figure stated as one number, not a range. */
const single = (
  type: MentionType,
  start: number,
  end: number,
  unit: string,
  n: number,
): Mention => ({
  type,
  start,
  end,
  unit,
  low: n,
  high: n,
  isRange: false,
});

const mult = (m: RegExpExecArray, a: number, b: number): Mention => ({
  type: 'mult',
  start: m.index,
  end: m.index + m[0].length,
  unit: 'x',
  ...rangeOf(m, a, b),
});

// A number that is part of a name ("Llama-3.1"), an exponent ("10^{7}") or a fraction is not a quantity.
function isFree(text: string, at: number): boolean {
  if (at === 0) return true;
  const c = text.charCodeAt(at - 1);
  const word = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
  return !word && c !== 46 && c !== 94 && c !== 123 && c !== 125 && c !== 47 && c !== 45; // . ^ { } / -
}

/** The mention a number starting at `at` opens, or that a word just before it ("from", "to", "between") opens. */
const MULT_NEXT = 'xX×tf';
const RATE_NEXT = 'KkMtTsSiIfFqQrRPEGedpuvwcgmalHonbµ';

/** The first character at or after `at`, skipping one space. */
function nextSignificant(text: string, at: number): string {
  const c = text[at] ?? '';
  return c === ' ' ? (text[at + 1] ?? '') : c;
}

function mentionAt(
  text: string,
  at: number,
  numberLength: number,
  instead: boolean,
  factorWords: boolean,
  /** Whether the text holds "compared", "versus" or "vs.": asked only after a duration. */
  compared: () => boolean = () => false,
  /** Whether a comparison marker stands within a few words after `at`. */
  markerAhead: (at: number) => boolean = () => false,
): Mention | null {
  const before = text.slice(Math.max(0, at - 32), at);
  let m: RegExpExecArray | null;
  // Literal checks first: the anchored patterns are only worth trying after their word.
  const from =
    before.includes('from') && !GAIN_RANGES_BEFORE.test(text.slice(Math.max(0, at - 60), at))
      ? FROM_BEFORE.exec(before)
      : null;
  if (
    from &&
    (m = sticky(FROM_TO, text, at - before.length + from.index)) &&
    // A baseline in brackets ("from 50 (DDIM) to 4") says what the figures are without units.
    (m[5] === undefined || m[5].trimStart().startsWith('(') || ((m[1] ?? m[4]) && (m[6] ?? m[9])))
  )
    return pairMention(m, 1, 6);
  const to = before.includes('to') ? TO_BEFORE.exec(before) : null;
  if (to && (m = sticky(TO_FROM, text, at - before.length + to.index))) return pairMention(m, 5, 1);
  const dollar = text[at - 1] === '$' ? 1 : 0;
  if (
    instead &&
    isFree(text, at - dollar) &&
    (m = sticky(INSTEAD_OF, text, at - dollar)) &&
    (m[5] === undefined ||
      ((m[1] ?? m[4]) && (m[6] ?? m[9])) ||
      // "7 bytes per parameter instead of 16": the unit's "per" is no setting.
      ((m[1] ?? m[4]) && /^\s+per\s+[\w-]+$/i.test(m[5])))
  )
    return pairMention(m, 6, 1);
  // The anchored pattern before the whole-text look for a comparison word: it fails at
  // once after most numbers ("32 samples"), and most abstracts then never need the look.
  if (
    DURATION_NEXT.includes(nextSignificant(text, at + numberLength)) &&
    (m = sticky(COMPARED_TIMES, text, at)) &&
    compared()
  )
    return pairMention(m, 5, 1);
  if (
    DURATION_NEXT.includes(nextSignificant(text, at + numberLength)) &&
    compared() &&
    text.slice(at, at + 40).includes(' our') &&
    (m = sticky(THEIRS_THEN_OURS, text, at))
  ) {
    const name = NAME_BEFORE_TIME.exec(text.slice(Math.max(0, at - 40), at));
    if (name) {
      const pair = pairMention(m, 1, 5);
      return { ...pair, pair: { ...pair.pair!, theirs: (name[1] as string).trim() } };
    }
  }
  if (
    DURATION_NEXT.includes(nextSignificant(text, at + numberLength)) &&
    CONTRAST_NEAR.test(text.slice(at, at + 40)) &&
    (m = sticky(CONTRAST_TIMES, text, at)) &&
    CONTRAST_BASELINE.test(m[5] as string)
  ) {
    const pair = pairMention(m, 6, 1);
    return { ...pair, pair: { ...pair.pair!, theirs: (m[5] as string).trim() } };
  }
  if (text[at - 1] === '$' && (m = sticky(COMPARED_MONEY, text, at - 1)) && compared())
    return pairMention(m, 5, 1);
  // Only before a comparison marker. The anchored pattern first: it fails within a word or
  // two after nearly every number, and most abstracts then never look for the markers. It
  // reads a space, a letter or a decimal comma right after its number: a "%", "-" or "."
  // there ends it at once.
  const after = text.charCodeAt(at + numberLength);
  if (
    after !== 37 && // %
    after !== 45 && // -
    after !== 46 && // .
    (m = sticky(COMPARED_TOKENS, text, at)) &&
    markerAhead(at)
  )
    return pairMention(m, 5, 1);
  // "produces a 12-minute video … for less than $30", "at a cost of $120": the dollars a
  // run of the system costs (amounts.ts decides whose they are).
  if (
    text[at - 1] === '$' &&
    MONEY_BEFORE.test(text.slice(Math.max(0, at - 50), at - 1)) &&
    (m = sticky(MONEY_FIGURE, text, at))
  ) {
    const n = parseNumber(m[1] as string, m[2]);
    return single('amount', at - 1, at + m[0].length, '$', n);
  }
  const between = before.includes('between') ? BETWEEN_BEFORE.exec(before) : null;
  if (between && (m = sticky(BETWEEN_MULT, text, at - before.length + between.index)))
    return mult(m, 1, 2);
  // "rises by between 12% and 30%", "between 35 and 180%": a range of percentages.
  if (between && (m = sticky(BETWEEN_PCT, text, at - before.length + between.index)))
    return {
      type: 'pct',
      start: m.index,
      end: m.index + m[0].length,
      unit: '%',
      ...rangeOf(m, 1, 2),
    };
  // "speedups over FlashAttention range between 1.3 and 2.0": bare, after a gain noun.
  if (
    between &&
    GAIN_BETWEEN_BEFORE.test(text.slice(Math.max(0, at - 80), at)) &&
    (m = sticky(BETWEEN_BARE, text, at - before.length + between.index))
  )
    return mult(m, 1, 2);
  // "an x2 speedup", "a ×3 reduction in memory", "(X4 faster)": the sign written before
  // the figure; "8x7B" and "x86" have no space or bracket before the sign, or no cue after.
  const sign = text.charCodeAt(at - 1);
  if (
    (sign === 120 || sign === 88 || sign === 215) && // x X ×
    (at === 1 || text[at - 2] === ' ' || text[at - 2] === '(') &&
    ((m = sticky(SIGN_FIRST, text, at)) ||
      // "reduces latency by ×3", "a speedup of x2.1", "by over x10": after "by" or "of" the
      // sign marks a factor. The multiplication sign itself marks one wherever its figure
      // ends a phrase ("achieves ×2.4 over X", "×1.9 on L4", "reaching ×96."), as "2.4×"
      // does; the letter x does not ("x86 and Arm", "PCIe x16 link", "x4 upscaling").
      (((sign === 215 && SIGN_FIRST_WORD_AHEAD.test(text.slice(at, at + 24))) ||
        SIGN_FIRST_AFTER.test(text.slice(Math.max(0, at - 40), at - 1))) &&
        (m = sticky(SIGN_FIRST_ENDING, text, at))))
  )
    return single('mult', at - 1, at + m[0].length, 'x', parseNumber(m[0]));
  // "cuts latency on A/B by 21%/26%": after a slash, a figure of the same shape is the
  // next member of a list, not the denominator of a fraction.
  if (
    !isFree(text, at) &&
    !(text[at - 1] === '/' && SLASH_MEMBER.test(text.slice(Math.max(0, at - 12), at)))
  )
    return null;
  if (
    text[at + numberLength] === '/' &&
    SLASH_AHEAD.test(text.slice(at + numberLength, at + numberLength + 24))
  ) {
    // "590/295/74 GOPS", "41/72/380 fJ/op": one figure per mode, the unit written once.
    if ((m = sticky(SLASH_RATE, text, at)))
      return single(
        'rate',
        at,
        at + m[0].length,
        rateUnit(m[2] as string),
        parseNumber(m[1] as string) as number,
      );
    const near = text.slice(Math.max(0, at - 70), at);
    if (
      (m = sticky(SLASH_ENERGY, text, at)) &&
      (AMOUNT_BEFORE.test(near) || ENERGY_PER_OP_BEFORE.test(near))
    )
      return single(
        'amount',
        at,
        at + m[0].length,
        m[2] as string,
        parseNumber(m[1] as string) as number,
      );
  }
  if (text[at + numberLength] === '/' && (m = sticky(DIGIT_FRACTION, text, at)))
    return fractionMention(at, at + m[0].length, Number(m[1]), Number(m[2]));
  // The character after the number says which patterns can match: most
  // numbers ("2024", "70B", "12 days") are turned away without a regex.
  if (text[at + numberLength] === ',' && sticky(DECIMAL_COMMA_AHEAD, text, at + numberLength)) {
    if ((m = sticky(MULT, text, at))) return mult(m, 1, 2);
    if ((m = sticky(PCT, text, at)))
      return { type: 'pct', start: at, end: at + m[0].length, unit: '%', ...rangeOf(m, 1, 2) };
  }
  const plus = text[at + numberLength] === '+' ? 1 : 0;
  const next = nextSignificant(text, at + numberLength + plus);
  const ranged =
    next === '-' ||
    next === '–' ||
    next === '—' ||
    next === '~' ||
    next === '∼' ||
    next === '～' ||
    next === '〜' ||
    next === 't' ||
    next === 'u';
  if ((ranged || MULT_NEXT.includes(next)) && (m = sticky(MULT, text, at))) return mult(m, 1, 2);
  if (next === '-' && (m = sticky(SUSPENDED, text, at))) {
    if (m[2] !== 'to') {
      const n = parseNumber(m[1] as string);
      return single('mult', at, at + numberLength + 1, 'x', n);
    }
    const fold = sticky(MULT, text, at + m[0].length - (m[3] as string).length) as RegExpExecArray;
    return { ...mult(m, 1, 3), end: fold.index + fold[0].length };
  }
  // "an inference RTF of 0.041", "a real-time factor of 0.02": how long synthesis or
  // recognition takes per second of audio, read like a latency.
  if (
    (((before.includes('RTF') ||
      before.includes('eal-time factor') ||
      before.includes('eal time factor')) &&
      RTF_BEFORE.test(before)) ||
      // "79 ms latency and 0.155 RTF on a notebook CPU", "~0.12 real-time factor on a GPU"
      RTF_AFTER.test(text.slice(at + numberLength, at + numberLength + 20))) &&
    (m = sticky(PLAIN_NUMBER, text, at))
  ) {
    const n = parseNumber(m[0]);
    return single('time', at, at + m[0].length, 'RTF', n);
  }
  if (
    (before.includes('factor') || before.includes('ratio')) &&
    FACTOR_OF_BEFORE.test(before) &&
    (m = sticky(PLAIN, text, at))
  )
    return mult(m, 1, 2);
  // The number must end its phrase: that anchored test fails at once after most numbers
  // ("70B", "12 days"), so it goes before the looks back for a frame.
  if (
    (m = sticky(PLAIN_ENDING, text, at)) &&
    (gainFrame(text, at) ||
      (before.includes('by') &&
        BY_AFTER_FACTOR_BEFORE.test(before) &&
        (factorOfBefore(text, at) ||
          SPEED_VERB_BY.test(text.slice(Math.max(0, at - 100), at)) ||
          perfVerbBy(text, at, numberLength) ||
          beatBy(text, at, numberLength))) ||
      (before.includes('average') &&
        BY_AVERAGE_BEFORE.test(before) &&
        beatBy(text, at, numberLength))) &&
    !UNIT_AFTER_LIST.test(text.slice(at + m[0].length, at + m[0].length + 40))
  )
    return mult(m, 1, 2);
  // A bare factor holds a decimal: an integer is tried only when a range or list follows.
  if (
    BARE_NEXT.includes(next) &&
    (text.slice(at, at + numberLength).includes('.') ||
      RANGE_OR_LIST_NEXT.includes(next) ||
      text.startsWith(' speed', at + numberLength) ||
      text.startsWith(' accel', at + numberLength))
  ) {
    const bare = bareFactor(text, at);
    if (bare) return bare;
  }
  if (factorWords && (next === 'o' || ranged) && (m = sticky(DIGIT_MAGNITUDE, text, at))) {
    const k = Math.round(10 ** Number(m[2] ?? m[1]) * 100) / 100;
    return single('word', at, at + m[0].length, 'x', k);
  }
  if (ranged && (m = sticky(RATE_RANGE, text, at))) {
    const low = parseNumber(m[1] as string, m[3]);
    const high = parseNumber(m[2] as string, m[3]);
    if (low !== null && high !== null && low < high)
      return {
        type: 'rate',
        start: at,
        end: at + m[0].length,
        unit: rateUnit(m[4] as string),
        low,
        high,
        isRange: true,
      };
  }
  if (
    (next === 't' ||
      next === 'f' ||
      next === 'i' ||
      next === 's' ||
      next === 'q' ||
      next === 'r') &&
    (m = sticky(RATE_SHARED, text, at))
  ) {
    const n = parseNumber(m[1] as string);
    return single('rate', at, at + m[0].length, rateUnit(`${m[2]} per second`), n);
  }
  // "A 3-hour fine-tuning run is enough", "just a 40-minute calibration pass": a run's length
  // written as its modifier, when the words say the run is all it took.
  if (next === '-') {
    const job = sticky(JOB_COMPOUND, text, at);
    if (
      job &&
      (JOB_COMPOUND_ENOUGH.test(text.slice(at + job[0].length, at + job[0].length + 30)) ||
        JOB_COMPOUND_LEAD.test(before))
    ) {
      const n = parseNumber(job[1] as string);
      if (n !== null) return single('time', at, at + job[0].length, `${job[2]}s`, n);
    }
  }
  if (RATE_NEXT.includes(next) && (m = sticky(RATE, text, at))) {
    const n = parseNumber(m[1] as string, m[2]);
    return single('rate', at, at + m[0].length, rateUnit(m[3] as string), n);
  }
  // The unit first: most numbers before an s, m or h word ("32 samples") are no duration.
  if (
    (DURATION_NEXT.includes(next) || ranged) &&
    (m = sticky(DURATION, text, at)) &&
    (durationFrame(text, at, before, at + m[0].length) ||
      (PER_UNIT_BEFORE.test(before) &&
        PER_UNIT_AFTER.test(text.slice(at + m[0].length, at + m[0].length + 40))))
  ) {
    const n = parseNumber(text.slice(at, at + numberLength));
    const high = m[2] === undefined ? n : parseNumber(m[2]);
    const isRange = n !== null && high !== null && n < high;
    return {
      type: 'time',
      start: at,
      end: at + m[0].length,
      unit: m[3] as string,
      low: n,
      high: isRange ? high : n,
      isRange,
    };
  }
  if (AMOUNT_NEXT.includes(next) && (m = sticky(AMOUNT_FIGURE, text, at))) {
    const near = text.slice(Math.max(0, at - 70), at);
    const end = at + m[0].length;
    if (
      (AMOUNT_BEFORE.test(near) &&
        (!/\bwithin\s+$/i.test(near) || AMOUNT_WITHIN_AFTER.test(text.slice(end, end + 30)))) ||
      (m[2] !== undefined && ENERGY_PER_OP_BEFORE.test(near)) ||
      amountListMember(text, at, near)
    ) {
      const paired = sticky(COMPARED_AMOUNTS, text, at);
      if (paired && compared()) return pairMention(paired, 5, 1);
      const n = parseNumber(text.slice(at, at + numberLength));
      return single('amount', at, end, (m[2] ?? m[3]) as string, n);
    }
  }
  // "takes only 28 A100 GPU hours to train", "consumed 1.46M H100 GPU-hours": machine time
  // spent, after a verb of spending it (amounts.ts decides whose it is).
  if (
    MACHINE_TIME_NEXT.includes(next) &&
    (m = sticky(MACHINE_TIME, text, at)) &&
    MACHINE_TIME_BEFORE.test(text.slice(Math.max(0, at - 40), at))
  ) {
    const n = parseNumber(m[1] as string, m[2]);
    return single('amount', at, at + m[0].length, 'GPU-hours', n);
  }
  if ((ranged || next === '%' || next === 'p') && (m = sticky(PCT, text, at)))
    return { type: 'pct', start: at, end: at + m[0].length, unit: '%', ...rangeOf(m, 1, 2) };
  return null;
}

/**
 * `readings` (pairs read across several figures) take the place of every mention in
 * `found` they overlap; `found` stays sorted by start.
 */
function replaceOverlapped(found: Mention[], readings: readonly Mention[]): void {
  if (readings.length === 0) return;
  const kept = found.filter((f) => !readings.some((q) => f.start < q.end && q.start < f.end));
  found.length = 0;
  found.push(...kept, ...readings);
  found.sort((x, y) => x.start - y.start);
}

/** Whether `w` overlaps a member of `sorted` (sorted by start, members disjoint). */
function overlapsSorted(sorted: readonly Mention[], w: Mention): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as Mention).start < w.end) lo = mid + 1;
    else hi = mid;
  }
  // The last member starting before w ends has the largest end of those that could overlap.
  return lo > 0 && (sorted[lo - 1] as Mention).end > w.start;
}

/** All mentions, sorted by position; a number's own mention wins over a factor word it overlaps. */
export function findMentions(text: string, skipped?: SkippedNumber[]): Mention[] {
  const found: Mention[] = [];
  // No toLowerCase: abstracts hold "×" and "–", which send it down a slow Unicode path.
  const families = landmarksIn(text);
  // Looked for only when a pair of times or prices has matched, or to guard the pairs of
  // times in words. "instead of" is known from the families; the other words stay
  // includes() calls (and "against", for "8.7 ms, against 23 ms"), which their first letters keep cheaper than one pattern for them
  // (1.9 against 3.3 µs on a bench abstract).
  let comparedIn: boolean | undefined;
  const compared = () =>
    (comparedIn ??=
      has(families, INSTEAD_OF_WORDS) ||
      text.includes('compared') ||
      text.includes('versus') ||
      text.includes('vs.') ||
      text.includes('against'));
  // Where the comparison markers stand, found once, only when the text holds one.
  let markers: number[] | undefined;
  const markerAhead = (at: number): boolean => {
    if (!compared()) return false;
    if (markers === undefined) {
      markers = [];
      MARKER_ANYWHERE.lastIndex = 0;
      for (let m = MARKER_ANYWHERE.exec(text); m; m = MARKER_ANYWHERE.exec(text))
        markers.push(m.index);
    }
    let lo = 0;
    let hi = markers.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((markers[mid] as number) < at) lo = mid + 1;
      else hi = mid;
    }
    return lo < markers.length && (markers[lo] as number) - at <= MARKER_REACH;
  };
  const multWords = has(families, MULT_WORDS);
  const verbWords = has(families, FACTOR_VERBS);
  const fractionWords = has(families, FRACTION_WORDS);
  const instead = has(families, INSTEAD_OF_WORDS);
  const durationWords = has(families, DURATION_STEM_WORDS);
  const factorWords = multWords || verbWords;
  let lastEnd = 0;
  NUMBER.lastIndex = 0;
  // The end of the last factor written without its sign: "speedups of 2.6, 3.8 and
  // 1.7 over A, B and C" lists more of them, each a bare number after list words.
  let plainEnd = -1;
  for (let n = NUMBER.exec(text); n; n = NUMBER.exec(text)) {
    let m = mentionAt(text, n.index, n[0].length, instead, factorWords, compared, markerAhead);
    if (!m && plainEnd >= 0 && n.index - plainEnd <= 60 && isFree(text, n.index)) {
      const gap = text.slice(plainEnd, n.index);
      const p =
        PLAIN_LIST_GAP.test(gap) || PLAIN_ADJUNCT_GAP.test(gap)
          ? sticky(PLAIN_ENDING, text, n.index)
          : null;
      if (p) m = mult(p, 1, 2);
    }
    if (m && m.start >= lastEnd) {
      found.push(m);
      lastEnd = m.end;
      NUMBER.lastIndex = m.end;
      plainEnd = m.type === 'mult' && !SIGNED.test(text.slice(m.start, m.end)) ? m.end : -1;
    } else if (skipped) {
      const rule = m ? 'overlapping-span' : isFree(text, n.index) ? 'bare-number' : 'part-of-name';
      skipped.push({ start: n.index, end: n.index + n[0].length, rule });
    }
  }
  const words: Mention[] = [];
  // Cheap literal checks keep the word patterns from scanning most abstracts.
  if (multWords) {
    WORD_MULT.lastIndex = 0;
    for (let m = WORD_MULT.exec(text); m; m = WORD_MULT.exec(text)) {
      const k = m[1]?.toLowerCase() === 'twice' ? 2 : wordNumber(m[1] as string);
      if (k !== null) words.push(single('mult', m.index, m.index + m[0].length, 'x', k));
    }
    FACTOR_WORD_NUMBER.lastIndex = 0;
    for (let m = FACTOR_WORD_NUMBER.exec(text); m; m = FACTOR_WORD_NUMBER.exec(text)) {
      const k = wordNumber(m[1] as string);
      const end = m.index + m[0].length;
      if (k !== null && k > 1)
        words.push(single('mult', end - (m[1] as string).length, end, 'x', k));
    }
    words.sort((a, b) => a.start - b.start);
  }
  const multCount = words.length;
  if (verbWords) {
    WORDS.lastIndex = 0;
    for (let m = WORDS.exec(text); m; m = WORDS.exec(text)) {
      let k = 2;
      if (m[2]) k = 3;
      else if (m[3]) k = 4;
      else if (m[6]) k = 10 ** (MAGNITUDES.get(m[6].toLowerCase()) ?? 1);
      words.push(single('word', m.index, m.index + m[0].length, 'x', k));
    }
  }
  // Fractions in words hold no digit, so the number scan never sees them; device
  // counts ("two GPUs instead of eight") are read whole, not number by number.
  const fractions: Mention[] = [];
  if (fractionWords) {
    WORD_FRACTION.lastIndex = 0;
    for (let m = WORD_FRACTION.exec(text); m; m = WORD_FRACTION.exec(text)) {
      const num = NUMERATORS.get((m[1] as string).toLowerCase()) ?? 0;
      const den = DENOMINATORS.get((m[2] as string).toLowerCase()) ?? 0;
      const f = fractionMention(m.index, m.index + m[0].length, num, den);
      if (f && !overlapsSorted(found, f)) fractions.push(f);
    }
  }
  if (verbWords) {
    for (const re of [HALF_AS, HALF_THE]) {
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        const f = fractionMention(m.index, m.index + m[0].length, 1, 2);
        if (
          f &&
          !overlapsSorted(found, f) &&
          !words.some((w) => w.start < f.end && f.start < w.end)
        )
          fractions.push(f);
      }
    }
  }
  for (const d of findDeviceCounts(text, instead, has(families, LOAD_OF_WORDS)))
    if (!overlapsSorted(found, d)) fractions.push(d);
  // One scan for the units: four includes() of a word after a space cost several
  // times as much (a space is everywhere, so the search stops at every word).
  const timeUnitWord = durationWords || TIME_UNIT_WORD.test(text);
  if (has(families, THEN_NOW_WORDS)) {
    replaceOverlapped(found, thenNowPairs(text));
  }
  // The units before the comparison words: compared() reads the whole abstract, and the
  // pairs need two units after whitespace, which few abstracts hold.
  if (timeUnitWord && twoUnitsAfterSpace(text) && (text.includes('from ') || compared())) {
    replaceOverlapped(found, wordTimePairs(text));
  }
  // "after an initial delay of under two seconds": a duration in words, in the frames a
  // duration in digits is read in. The guard keeps the pattern off most abstracts.
  if (timeUnitWord && numberWordBeforeUnit(text)) {
    WORD_DURATION.lastIndex = 0;
    for (let m = WORD_DURATION.exec(text); m; m = WORD_DURATION.exec(text)) {
      const at = m.index + m[0].length - (m[1] as string).length;
      // "in about half a second": half of one unit.
      const word = (m[2] as string).toLowerCase();
      const n = /^half\s/.test(word) ? 0.5 : wordNumber(word);
      const before = text.slice(Math.max(0, at - 32), at);
      if (n === null || !durationFrame(text, at, before, m.index + m[0].length)) continue;
      const d: Mention = single('time', at, m.index + m[0].length, m[3] as string, n);
      if (!overlapsSorted(found, d)) fractions.push(d);
    }
  }
  // "104K tokens per query, versus 2.9M for LangMem and 1.1M for Mem0": each later
  // baseline's figure of a compared pair is set against the paper's figure too.
  const listed: Mention[] = [];
  for (const q of found) {
    if (
      q.type !== 'pair' ||
      !q.pair ||
      q.pair.thenNow ||
      !COMPARED_MARKER.test(text.slice(q.start, q.end))
    )
      continue;
    NEXT_BASELINE_FIGURE.lastIndex = q.end;
    const n = NEXT_BASELINE_FIGURE.exec(text);
    if (!n) continue;
    const at = n.index + n[0].length - (n[1] as string).length;
    const before = parseNumber(n[2] as string, n[3]);
    const unit = n[4] ?? q.pair.beforeUnit;
    if (!(before > 0) || unitScale(unit)?.family !== unitScale(q.pair.afterUnit)?.family) continue;
    listed.push({
      type: 'pair',
      start: at,
      end: at + (n[1] as string).length,
      low: q.pair.after,
      high: q.pair.after,
      isRange: false,
      unit: q.pair.afterUnit,
      pair: { ...q.pair, before, beforeUnit: unit, listed: true, setting: undefined },
    });
  }
  replaceOverlapped(found, listed);
  if (fractions.length > 0) {
    found.push(...fractions);
    found.sort((a, b) => a.start - b.start);
  }
  if (words.length === 0) return found;
  // Each list is sorted and its members disjoint, so one binary search per word
  // tells whether it overlaps a number, or ("doubles" after "twice") an earlier word.
  const keptMult: Mention[] = [];
  const keptWords: Mention[] = [];
  words.forEach((w, i) => {
    if (overlapsSorted(found, w)) return;
    if (i < multCount) keptMult.push(w);
    else if (!overlapsSorted(keptMult, w)) keptWords.push(w);
  });
  return [...found, ...keptMult, ...keptWords].sort((a, b) => a.start - b.start);
}

// Abstracts write the same few rate units over and over: each spelling is normalized once.
const RATE_UNITS = new Map<string, string>();
function rateUnit(raw: string): string {
  let unit = RATE_UNITS.get(raw);
  if (unit === undefined) {
    unit = normalizeRateUnit(raw);
    if (RATE_UNITS.size >= 10_000) RATE_UNITS.clear();
    RATE_UNITS.set(raw, unit);
  }
  return unit;
}

function normalizeRateUnit(raw: string): string {
  const s = raw.replace(/\s+/g, '');
  if (/^(?:tokens?|tok)\/(?:s|sec)$/.test(s) || /^tokenspersecond$/.test(s)) return 'tokens/s';
  if (/^tokens?\/(?:s|sec)\/GPU$/.test(s)) return 'tokens/s/GPU';
  const prefixed = /^(peta|tera|exa|giga)-?flops?(?:\/s)?$/i.exec(s);
  if (prefixed) return `${(prefixed[1] as string)[0]?.toUpperCase()}FLOPs/s`;
  // "GOPs/s/W" and "TOp/s/W" are operations per joule, as "TOPS/W" is.
  const ops = /^([TGP])ops?(\/s)?(\/W)?$/i.exec(s);
  if (ops) return `${ops[1]?.toUpperCase()}OPS${ops[3] ? '/W' : ops[2] ? '/s' : ''}`;
  const flops = /^([TPEG])flops?(?:\/(s|sec|GPU|W))?$/i.exec(s);
  if (flops)
    return `${flops[1]?.toUpperCase()}FLOPs/${flops[2] === 'GPU' || flops[2] === 'W' ? flops[2] : 's'}`;
  // "8 frames per second" is "8 FPS": the rules that read a frame rate read both spellings.
  if (/^(?:fps|frames(?:persecond|\/s(?:ec)?))$/i.test(s)) return 'FPS';
  if (/persecond$/.test(s)) return `${s.replace(/persecond$/, '')}/s`;
  if (/tokenperjoule|tokens?\/J/.test(s)) return 'tokens/J';
  return s.replace(/\/sec$/, '/s');
}
