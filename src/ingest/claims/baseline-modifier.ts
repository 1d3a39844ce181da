// Whether a preposition after a baseline's name opens words that describe that
// baseline ("faster than llama.cpp with 4-bit weights", "vLLM without
// speculation", "TensorRT-LLM in FP8", "offloading the model to the host",
// "keeping all states on the GPU") or words about the claim itself ("… than vLLM
// with the same accuracy", "… on an H100", "… in end-to-end latency").
import {
  CLAIM_TERMS_FIRST,
  DEVICE_CLASS_PHRASE,
  PARTICIPLE_WORD as PARTICIPLE,
  PLACE_WORD,
  SAME_PLATFORM,
} from './lexicon/baseline-modifiers';
import { isPerfNoun as perf, isQualityNoun as quality } from './words';

const NEXT_TWO = /^\s+([^\s,;:()]+)(?:\s+([^\s,;:()]+))?/;
/** A figure, not a word with a number in it ("4-bit", "rank-16", "Llama-3"). */
// A range is one figure too: "with 3.4-3.9× smaller peak SRAM".
const FIGURE = /^[~≈]?\d[\d.,]*(?:[-–—~]\d[\d.,]*)?(?:[x×%]|$)/;
const DETERMINER = /^(?:the|a|an|its|their|his|her|each|every)$/i;
/** A name: a capital or a digit somewhere ("vLLM", "FP8", "xDiT"). */
const NAME = /[A-Z]|\d/;
const OWN_MODE =
  /^\s+(?:(?:its|their)\s+)?(?:[\w-]+\s+){0,2}(?:mode|configuration|setting|settings|defaults?)\b/i;
// "colocated serving at the default clocks", "running at maximum clocks", "Qwen2.5-VL at
// native resolution": the setting the baseline runs at; "at 64K tokens", "at the same
// accuracy", "at batch size 64" are the claim's conditions.
const AT_SETTING =
  /^\s+(?:(?:the|its|their)\s+)?(?:default|maximum|max|native|stock|nominal|factory|full|base|peak)\s+(?:[\w-]+\s+)?(?:clocks?|frequenc(?:y|ies)|resolution|precision|settings?|configuration|power(?:\s+limit)?|limits?|cap)\b/i;
// "with the same width", "with the same detector": the baseline built like the paper's; "with
// the same accuracy", "with matching quality" state the claim's terms.
const SAME_AS_OURS = /^\s+(?:the\s+)?(?:same|identical|matching|equal)\s+([\w-]+)(?:\s+([\w-]+))?/i;
// "self-consistency with 5 samples", "beam search with width 64": a count the baseline used;
// "with 30% less memory", "with 2x fewer GPUs" are figures of the claim.
const WITH_COUNT =
  /^\s+(?:(?:a\s+)?(?:width|beam|budget|rank)\s+(?:of\s+)?)?\d[\d,]*\s+(?!less\b|fewer\b|more\b|lower\b|higher\b|times\b)[a-z][\w-]*/i;
const GERUND = /^[a-z][a-z-]*ing$/;
// Words in -ing that are nouns or adjectives, not a verb opening a phrase: "leading compilers",
// "existing systems", "ring attention".
const NOT_GERUND =
  /^(?:ring|string|spring|thing|king|wing|swing|leading|existing|competing|remaining|corresponding|emerging|prevailing|underlying|following|increasing|growing|outstanding|promising|pending|ongoing|missing|matching|surrounding|interesting|cutting-edge|state-of-the-art)$/;
const RUNS_ON = /^(?:running|runs|run|deployed|trained|served|hosted)$/i;
const SHARED_BOUND =
  /^\s+(?:the\s+same\s+)?(?:[\w-]+\s+(?:and\s+)?){0,3}?(?:budgets?|SLOs?|constraints?|objectives?|targets?|limits?|deadlines?|caps?|latenc\w*|accuracy|quality)\b/i;
/** A piece of software, found "in" the framework that holds it. */
const IMPLEMENTATION =
  /^(?:implementations?|kernels?|versions?|ports?|builds?|pipelines?|librar(?:y|ies)|rollouts?|recipes?|schedulers?|loaders?|code)$/i;
/** "in parallel", "in practice", "in total": how, not where. */
const ADVERBIAL_IN =
  /^(?:parallel|practice|total|isolation|aggregate|average|general|particular|turn|part|addition|sequence|series|advance|place|full|principle)$/i;
// "a Spark pipeline running on 16 servers", "one ensemble member run on 1,152 CPU cores": the
// machines the baseline ran on; "on 8 GPUs" after a plain name is the claim's setting.
const ON_MACHINES =
  /^\s+\d[\d,]*\s+(?:[\w-]+\s+)?(?:GPUs?|CPUs?|cores?|servers?|nodes?|machines?|devices?|chips?|cards?|accelerators?|NPUs?|TPUs?|workers?|threads?|instances?)\b/i;

/** "keeping all states", "loading experts", "evicting": a verb phrase, not a system's name. */
function verbPhrase(words: readonly string[]): boolean {
  const first = words[0] ?? '';
  return (
    (GERUND.test(first) && !NOT_GERUND.test(first)) ||
    words.some((w) => w === 'that' || w === 'which')
  );
}

/**
 * True when `prep` (at `at` in `text`) opens words that still belong to the
 * baseline whose words so far are `words`.
 */
export function modifierOpens(
  text: string,
  at: number,
  prep: string,
  words: readonly string[],
): boolean {
  const after = text.slice(at + prep.length, at + prep.length + 60);
  const next = NEXT_TWO.exec(after);
  if (!next || words.length === 0) return false;
  const n1 = next[1] as string;
  // "… from object storage.": the sentence's dot is no part of the word.
  const n2 = (next[2] ?? '').replace(/\.$/, '');
  const p = prep.toLowerCase();
  if (p === 'with' && WITH_COUNT.test(after) && !/^\s+\d[\d,.]*\s*[x×%]/.test(after)) return true;
  const last = words[words.length - 1] as string;
  if (p === 'on' && (RUNS_ON.test(last) || PARTICIPLE.test(last)) && ON_MACHINES.test(after))
    return true;
  if (FIGURE.test(n1) || FIGURE.test(n2)) return false;
  switch (p) {
    case 'with': {
      const same = SAME_AS_OURS.exec(after);
      if (same) {
        const noun = same[2] ?? (same[1] as string);
        return !quality(same[1] as string) && !quality(noun) && !perf(same[1] as string);
      }
      return !CLAIM_TERMS_FIRST.test(after.trimStart()) && !perf(n1);
    }
    case 'using':
      // "vLLM using CUDA graphs", "Megatron-LM using full recomputation"; not "using 40% less
      // memory", "using only four GPUs", "using the same accuracy budget".
      return !CLAIM_TERMS_FIRST.test(after.trimStart()) && !perf(n1) && !quality(n1);
    case 'at':
      return AT_SETTING.test(after);
    case 'as':
      // "state-of-the-art systems such as FasterTransformer and Orca": the examples.
      return /^such$/i.test(last) && (NAME.test(n1) || DETERMINER.test(n1));
    case 'without':
      // "the baseline method without violating SLOs": a gerund with its object is the
      // claim's terms ("without speculation", "without prefix caching" describe the baseline).
      if (/^\s+[a-z]+ing\s+(?!caching\b|offloading\b)[\w-]/i.test(after)) return false;
      // "llama.cpp with 4-bit weights", "vLLM without speculation"; not "with the same
      // accuracy", "with 40% less memory", "without sacrificing quality".
      // "without checkpoint planning", "without memory offloading": a technique named by
      // what it acts on still describes the baseline.
      return (
        !CLAIM_TERMS_FIRST.test(after.trimStart()) && (!perf(n1) || /^[a-z]+(?:ing|ion)$/.test(n2))
      );
    case 'in':
      // "colocated serving in vLLM", "TensorRT-LLM in FP8", "CosyVoice in its streaming
      // mode"; not "in TTFT", "in the forward pass", "in 31 hours".
      // "the checkpointing solutions used in industry", "a GPU built in the same process": a
      // participle's complement describes the baseline.
      return (
        // "running the whole generation in the cloud", "running the two retrievers in parallel":
        // a verb phrase keeps where and how it ran.
        ((NAME.test(n1) || PARTICIPLE.test(last) || verbPhrase(words)) && !perf(n1) && !perf(n2)) ||
        OWN_MODE.test(after) ||
        // "the Triton implementation in flash-linear-attention", "standard rollouts in verl":
        // where a piece of software lives, named without a capital.
        (IMPLEMENTATION.test(last) &&
          !DETERMINER.test(n1) &&
          !ADVERBIAL_IN.test(n1) &&
          !perf(n1) &&
          !perf(n2))
      );
    case 'from':
      // "restarting from a remote checkpoint", "reloading the model from object storage",
      // "a DataLoader reading from S3", "a conventional restart from remote storage"; not
      // "from 12 s to 3 s".
      return (
        // "read sequentially from the same store": the baseline's source, shared with ours.
        /^\s+the\s+same\s+[\w-]+/i.test(after) ||
        verbPhrase(words) ||
        PARTICIPLE.test(last) ||
        GERUND.test(last) ||
        /s$/.test(last) ||
        PLACE_WORD.test(n1) ||
        PLACE_WORD.test(n2)
      );
    case 'to':
      // "offloading the model to the host"; not "to reach the same loss".
      return (
        // "synchronous checkpointing to a parallel file system", "ZeRO-Offload to NVMe".
        (verbPhrase(words) ||
          PARTICIPLE.test(last) ||
          /s$/.test(last) ||
          (GERUND.test(last) && !NOT_GERUND.test(last)) ||
          /offload/i.test(last)) &&
        (DETERMINER.test(n1) || PLACE_WORD.test(n1) || (NAME.test(n1) && !perf(n1)))
      );
    case 'by':
      // "FlashAttention-3 followed by unfused epilogues", "kernels used by TorchRec".
      return (
        PARTICIPLE.test(last) &&
        !/^(?:up|about|around|nearly|roughly|over|half|far|orders?)$/i.test(n1) &&
        !/^an?\s+(?:factor|order)\b/i.test(after.trimStart())
      );
    case 'on':
      // "llama.cpp on the CPU", "keeping all states on the GPU", "running the detector on
      // every frame", "a baseline running on the GPU"; not "on an H100", "on three tasks".
      // "Megatron-LM on the same 64 GPUs": the baseline run on the paper's hardware is
      // part of the baseline (corpus README conventions).
      return (
        SAME_PLATFORM.test(after) ||
        DEVICE_CLASS_PHRASE.test(after) ||
        // "running the same search on server-class Xeon CPUs", "replaying the trace on hardware".
        (verbPhrase(words) && !perf(n1) && !perf(n2)) ||
        RUNS_ON.test(last) ||
        // "heuristic plans based on Megatron-LM", "a cache built on Redis".
        (PARTICIPLE.test(last) && !perf(n1) && !perf(n2))
      );
    case 'under':
      // "a 4-bit Qwen2.5-1.5B under llama.cpp", "Bamboo under the same preemption trace": the
      // runtime or the conditions the baseline ran under, as "on the same GPUs"; not "under a
      // 100 ms SLO", "under load", "under 2 s".
      // A bound both runs share is the claim's terms ("under the same latency SLOs", "under the
      // same tree budget"), like "with the same accuracy".
      return (
        ((NAME.test(n1) && !perf(n1) && !/^[A-Z]+s?$/.test(n1)) ||
          /^\s+the\s+same\s+[\w-]+/i.test(after)) &&
        !SHARED_BOUND.test(after)
      );
    case 'for':
      // "a static deployment sized for the peak", "kernels tuned for the A100"; not "for
      // long prompts" after a name.
      return PARTICIPLE.test(last) && !perf(n1) && !perf(n2) && !quality(n1);
    default:
      return false;
  }
}
