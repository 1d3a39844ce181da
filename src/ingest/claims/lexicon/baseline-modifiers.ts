// Words that tell whether a prepositional phrase after a baseline's name
// describes that baseline ("llama.cpp with 4-bit weights", "vLLM without
// speculation", "TensorRT-LLM in FP8", "offloading to the host") or the claim
// ("… than vLLM with the same accuracy", "… with 40% less memory").
import { alternation } from './build';

/**
 * After "with" or "without", words that state the claim's terms, not the
 * baseline's configuration: "with the same accuracy", "with comparable
 * quality", "without sacrificing accuracy", "with up to 3x less memory".
 */
export const CLAIM_TERMS_AFTER_WITH = [
  'same',
  'the same',
  'equal',
  'equivalent',
  'similar',
  'comparable',
  'matching',
  'matched',
  'unchanged',
  'competitive',
  'no',
  'negligible',
  'minimal',
  'marginal',
  'little',
  'only',
  'less',
  'fewer',
  'lower',
  'higher',
  'better',
  'more',
  'greater',
  'smaller',
  'up',
  'about',
  'nearly',
  'almost',
  'roughly',
  'any',
  'sacrific*',
  'compromis*',
  'loss',
  'losing',
  'degrad*',
  'hurt*',
  'harm*',
  'affect*',
  'accuracy',
  'quality',
  'retrain*',
  'extra',
  'additional',
  'modif*',
  'chang*',
  'a fraction',
] as const;

/**
 * Where a baseline that moves or keeps data puts it: "offloading to the host",
 * "restarting from scratch", "loading from storage". Determiners and names
 * (with a capital or digit) count too.
 */
export const PLACE_WORDS = [
  'disk',
  'disks',
  'host',
  'storage',
  'memory',
  'remote',
  'local',
  'scratch',
  'flash',
  'SSD',
  'SSDs',
  'CPU',
  'CPUs',
  'DRAM',
] as const;

/**
 * Participles that do not end in -ed, and -ed ones too short for the suffix test: a
 * baseline described by how it was made, found or used keeps the words that finish that
 * description ("the NCCL broadcast used by OpenRLHF", "the best plan found by hand", "a
 * GPU built in the same process").
 */
export const IRREGULAR_PARTICIPLES = [
  'used',
  'found',
  'built',
  'made',
  'run',
  'read',
  'held',
  'kept',
  'set',
  'chosen',
  'written',
  'given',
  'shown',
  'done',
  'taken',
  'grown',
  'drawn',
  'sent',
  'known',
  'fed',
  'led',
] as const;

/** Device classes a baseline runs on, as against a named accelerator: "llama.cpp on the CPU". */
export const DEVICE_CLASSES = ['CPU', 'GPU', 'DSP', 'NPU', 'host', 'phone', 'edge device'] as const;

/** A phrase opening with one of the entries (after "with"). */
export const CLAIM_TERMS_FIRST = new RegExp(
  String.raw`^(?:${alternation(CLAIM_TERMS_AFTER_WITH)})\b`,
  'i',
);
/** A participle that describes the baseline: a regular one in -ed or an irregular one. */
export const PARTICIPLE_WORD = new RegExp(
  `^(?:[a-z]{3,}ed|${alternation(IRREGULAR_PARTICIPLES)})$`,
);
export const PLACE_WORD = new RegExp(`^(?:${alternation(PLACE_WORDS)})$`, 'i');
/** "the CPU", "the GPU" and nothing more of the phrase. */
export const DEVICE_CLASS_PHRASE = new RegExp(
  String.raw`^\s+the\s+(?:${alternation(DEVICE_CLASSES)})(?![\w-])`,
  'i',
);
