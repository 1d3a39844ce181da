// Words that say a figure belongs to someone else's work, not the paper's:
// "existing kernels reach only 38%", "earlier studies reported 2x",
// "reported speedups of up to 5x", "the best methods retain 2.8x".
import { alternation } from './build';

/** Adjectives that put a system in the past or in someone else's hands. */
export const PRIOR_MODIFIERS = [
  'prior',
  'previous',
  'existing',
  'earlier',
  'conventional',
  'competing',
  'current',
  'older',
  'reported',
  'published',
  'traditional',
  'mainstream',
  'state-of-the-art',
  'SOTA',
  'the best',
  'the usual',
  'usual',
  'proprietary',
  'commercial',
  'closed-source',
  'frontier',
  // "a generic W4A4 kernel runs 1.9x faster on one GPU but …": no one's design in particular
  'generic',
] as const;

/** Head nouns of such a subject: the systems, or the results they published. */
export const PRIOR_HEADS = [
  'methods',
  'method',
  'approaches',
  'approach',
  'systems',
  'system',
  'works',
  'work',
  'studies',
  'study',
  'papers',
  'schemes',
  'scheme',
  'techniques',
  'kernels',
  'kernel',
  'frameworks',
  'compressors',
  'baselines',
  'solutions',
  'libraries',
  'engines',
  'designs',
  'implementations',
  'algorithms',
  'pipelines',
  'accelerators',
  'compilers',
  'tools',
  'speedups',
  'speed-ups',
  'gains',
  'results',
  'measurements',
  'profiles',
  'figures',
  'numbers',
  'alternative',
  'alternatives',
  'practice',
  'models',
] as const;

/**
 * A word just before the prior phrase that makes it an object, not the subject:
 * "outperforms existing systems by 2x", "compared with prior kernels, 3x".
 */
export const OBJECT_BEFORE = [
  'than',
  'over',
  'to',
  'with',
  'from',
  'of',
  'on',
  'upon',
  'into',
  'for',
  'against',
  'versus',
  'vs',
  'vs.',
  'up',
  'by',
  'outperform*',
  'beat*',
  'surpass*',
  'exceed*',
  'replac*',
  'extend*',
  'accelerat*',
  'speed*',
  'boost*',
  'improv*',
  'enhanc*',
  'match*',
  // "achieves state-of-the-art results and renders 10x faster": a verb of attaining makes
  // the prior phrase what the paper reaches, an object.
  'achiev*',
  'attain*',
  'reach*',
  'obtain*',
  'deliver*',
  'yield*',
  'sets',
  'setting',
  'establish*',
] as const;

/** Words between the subject and the figure that make the figure ours after all. */
export const OURS_BETWEEN = [
  'we',
  'our',
  'ours',
  'us',
  'than',
  'over',
  'compared',
  'relative',
  'versus',
  'vs',
  'against',
  'outperform*',
] as const;

/**
 * Words that put a figure in the future or in a model's forecast, not in a
 * measurement: "is expected to reach 3x", "projected to save 40%", "has the
 * potential to cut energy by 9%".
 */
export const PROJECTIONS = [
  'expected to',
  'projected to',
  'predicted to',
  'anticipated to',
  'estimated to',
  'forecast to',
  'likely to',
  // A possibility named with a noun: "has the potential to deliver 9% more".
  'potential to',
] as const;

export const PRIOR_MODIFIER_SOURCE = alternation(PRIOR_MODIFIERS);
export const PRIOR_HEAD_SOURCE = alternation(PRIOR_HEADS);
export const OBJECT_BEFORE_SOURCE = alternation(OBJECT_BEFORE);
export const OURS_BETWEEN_SOURCE = alternation(OURS_BETWEEN);
export const PROJECTION_SOURCE = alternation(PROJECTIONS);

/**
 * What a number format or a hardware unit offers is a specification, not a
 * result: "FP8 tensor cores double peak matrix throughput over BF16, yet …",
 * "Hopper GPUs double tensor-core throughput in FP8, but …". The subjects such a
 * sentence opens with: number formats and the units that run them.
 */
export const SPEC_SUBJECTS = [
  'FP4',
  'FP6',
  'FP8',
  'BF16',
  'FP16',
  'INT4',
  'INT8',
  'MXFP4',
  'MXFP8',
  'NVFP4',
  'four-bit',
  'eight-bit',
  '4-bit',
  '8-bit',
  '16-bit',
  '32-bit',
  'FP32',
  'half-precision',
  'full-precision',
  'low-precision',
  'lower precision',
  'tensor cores',
  'matrix units',
  'sparse tensor cores',
  '2:4 sparsity',
  'structured sparsity',
  'Hopper',
  'Blackwell',
  'Ampere',
  'newer GPUs',
  'recent GPUs',
  'modern GPUs',
  'accelerators',
] as const;

/** Words of a hardware capability, not of a measured system: "peak", "theoretical", "tensor-core". */
export const SPEC_WORDS = [
  'peak',
  'theoretical',
  'tensor-core',
  'tensor core',
  'math',
  'matrix',
  'arithmetic',
  'in principle',
] as const;

export const SPEC_SUBJECT_SOURCE = alternation(SPEC_SUBJECTS);
export const SPEC_WORD_SOURCE = alternation(SPEC_WORDS);

/**
 * Levels of a memory hierarchy and links between devices: a figure that sets one
 * against another ("the 12x lower access latency of shared memory relative to global
 * memory", "SRAM offers 10x the bandwidth of HBM", "NVLink is 7x faster than PCIe") is a
 * fact of the hardware the paper exploits, not its result.
 */
export const HARDWARE_LEVELS = [
  'shared memory',
  'SMEM',
  'registers',
  'register file',
  'L1',
  'L1 cache',
  'L2',
  'L2 cache',
  'L3',
  'cache',
  'caches',
  'on-chip memory',
  'off-chip memory',
  'on-chip SRAM',
  'SRAM',
  'scratchpad',
  'HBM',
  'DRAM',
  'DDR4',
  'DDR5',
  'LPDDR5',
  'global memory',
  'device memory',
  'host memory',
  'CPU memory',
  'GPU memory',
  'main memory',
  'flash',
  'SSD',
  'SSDs',
  'NVMe',
  'disk',
  'disks',
  'NVLink',
  'PCIe',
  'InfiniBand',
  'Ethernet',
  'RDMA',
  'CXL',
] as const;
export const HARDWARE_LEVEL_SOURCE = alternation(HARDWARE_LEVELS);
