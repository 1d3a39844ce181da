// Whether a preposition after a baseline's name opens words that describe that
// baseline ("faster than llama.cpp with 4-bit weights", "vLLM without
// speculation", "TensorRT-LLM in FP8", "offloading the model to the host",
// "keeping all states on the GPU") or words about the claim itself ("… than vLLM
// with the same accuracy", "… on an H100", "… in end-to-end latency").
import { CLAIM_TERMS_FIRST, DEVICE_CLASS_PHRASE, PLACE_WORD } from './lexicon/baseline-modifiers';
import { isPerfNoun as perf } from './words';

const NEXT_TWO = /^\s+([^\s,;:()]+)(?:\s+([^\s,;:()]+))?/;
/** A figure, not a word with a number in it ("4-bit", "rank-16", "Llama-3"). */
const FIGURE = /^[~≈]?\d[\d.,]*(?:[x×%]|$)/;
const DETERMINER = /^(?:the|a|an|its|their|his|her|each|every)$/i;
/** A name: a capital or a digit somewhere ("vLLM", "FP8", "xDiT"). */
const NAME = /[A-Z]|\d/;
const OWN_MODE =
  /^\s+(?:its|their)\s+(?:[\w-]+\s+){0,2}(?:mode|configuration|setting|settings|defaults?)\b/i;
const GERUND = /^[a-z][a-z-]*ing$/;
const PARTICIPLE = /^[a-z]{3,}ed$/;
const RUNS_ON = /^(?:running|runs|run|deployed|trained|served|hosted)$/i;

/** "keeping all states", "loading experts", "evicting": a verb phrase, not a system's name. */
function verbPhrase(words: readonly string[]): boolean {
  const first = words[0] ?? '';
  return GERUND.test(first) || words.some((w) => w === 'that' || w === 'which');
}

const SAME_DEVICES =
  /^\s*the\s+same\s+(?:[\w-]+\s+){0,2}?(?:GPUs?|hardware|nodes?|cluster|machines?|devices?|accelerators?|chips?|cards?|servers?)\b/i;

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
  const n2 = next[2] ?? '';
  if (FIGURE.test(n1) || FIGURE.test(n2)) return false;
  const last = words[words.length - 1] as string;
  switch (prep.toLowerCase()) {
    case 'with':
    case 'without':
      // "llama.cpp with 4-bit weights", "vLLM without speculation"; not "with the same
      // accuracy", "with 40% less memory", "without sacrificing quality".
      return !CLAIM_TERMS_FIRST.test(after.trimStart()) && !perf(n1);
    case 'in':
      // "colocated serving in vLLM", "TensorRT-LLM in FP8", "CosyVoice in its streaming
      // mode"; not "in TTFT", "in the forward pass", "in 31 hours".
      return (NAME.test(n1) && !perf(n1) && !perf(n2)) || OWN_MODE.test(after);
    case 'from':
      // "restarting from a remote checkpoint", "reloading the model from object storage";
      // not "from 12 s to 3 s".
      return verbPhrase(words) || PARTICIPLE.test(last) || /s$/.test(last);
    case 'to':
      // "offloading the model to the host"; not "to reach the same loss".
      return (
        (verbPhrase(words) || PARTICIPLE.test(last) || /s$/.test(last)) &&
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
        SAME_DEVICES.test(after) ||
        DEVICE_CLASS_PHRASE.test(after) ||
        (verbPhrase(words) && (DETERMINER.test(n1) || n1 === 'demand')) ||
        RUNS_ON.test(last)
      );
    default:
      return false;
  }
}
