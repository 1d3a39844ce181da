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
  // "without a large increase in error", "without significant quality loss".
  'large',
  'a large',
  'significant',
  'a significant',
  'noticeable',
  'a noticeable',
  'measurable',
  'a measurable',
  'increas*',
  'drop*',
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

/**
 * Platforms a baseline runs on that are never the accelerator a claim names, however they are
 * described: "HNSW on a 64-core CPU", "stock DGL on one socket", "a frame-based CNN on a
 * low-power microcontroller", "the same network on a Cortex-M7 microcontroller".
 */
export const HOST_PLATFORMS = [
  'CPU',
  'CPUs',
  'microcontroller',
  'microcontrollers',
  'MCU',
  'MCUs',
  'socket',
  'sockets',
  'board',
  'SoC',
] as const;

/**
 * What the paper's own runs share with a baseline run "on the same …": "Megatron-LM on the same
 * 64 GPUs", "llama.cpp on the same board", "a Docker pool on the same hosts".
 */
export const SHARED_PLATFORMS = [
  'GPUs',
  'GPU',
  'hardware',
  'node',
  'nodes',
  'cluster',
  'machine',
  'machines',
  'device',
  'devices',
  'accelerator',
  'accelerators',
  'chip',
  'chips',
  'card',
  'cards',
  'server',
  'servers',
  'board',
  'boards',
  'phone',
  'phones',
  'host',
  'hosts',
  'instance',
  'instances',
  'SoC',
  'socket',
  'platform',
  'stack',
  'capacity',
] as const;

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
/**
 * "the CPU", "the GPU" and nothing more of the phrase; a host platform with a determiner and at
 * most two modifiers ("a 64-core CPU", "one socket"); a GPU described in plain words only ("the
 * mobile GPU", not "an RTX 4090 desktop GPU", which names the claim's accelerator).
 */
export const DEVICE_CLASS_PHRASE = new RegExp(
  String.raw`^\s+(?:the\s+(?:${alternation(DEVICE_CLASSES)})|(?:the|a|an|one|its|their)\s+(?:[\w-]+\s+){0,2}?(?:${alternation(HOST_PLATFORMS)})|(?:the|a|an)\s+(?:[a-z][a-z-]*\s+){1,2}GPU)(?![\w-])`,
  'i',
);
export const SAME_PLATFORM = new RegExp(
  String.raw`^\s*the\s+same\s+(?:[\w-]+\s+){0,2}?(?:${alternation(SHARED_PLATFORMS)})(?![\w-])`,
  'i',
);
