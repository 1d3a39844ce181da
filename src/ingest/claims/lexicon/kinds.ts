// Which kind a claim is, read off the nouns of its metric, verb or cue: the
// first row whose words occur wins, so the order is a priority ("GPU hours" is
// cost before "hours" could be time).
import type { ClaimKind } from '../../../dataset/schema';
import { wordsRegex } from './build';
import { COST_NOUNS, MEMORY_NOUNS, OUTPUT_LENGTH_NOUNS } from './nouns';

/**
 * Times that name a whole job, run, phase or a step of training: a speed-up ("cuts
 * job completion time by 41%", "execution time", "all-reduce time", "the time to
 * train the model"). Read before the nouns of latency, so a job's time is never a
 * request's.
 */
export const JOB_TIME_NOUNS: readonly string[] = [
  'training time',
  'iteration time',
  'step time',
  'epoch time',
  'compilation time',
  'tuning time',
  'wall-clock time',
  'aggregation time',
  'search time',
  // A whole job, phase or batch of work, not one request.
  'makespan',
  'build time',
  'write time',
  'stall time',
  'rollout time',
  'pruning time',
  'autotuning time',
  'sampling time',
  'generation time',
  'all-to-all time',
  'communication time',
  'time to accuracy',
  'time-to-accuracy',
  'time to target',
  'time-to-target',
  'time to quality',
  'time-to-quality',
  'time to solution',
  'time-to-solution',
  'JCT',
  'JCTs',
  'phase',
  // A job's or a task's time to finish, the time a program runs, a step of training.
  'completion time*',
  'execution time*',
  'wall time*',
  'run time*',
  'compile time*',
  'compilation times',
  'planning time',
  'preprocessing time',
  'indexing time',
  'forward time',
  'backward time',
  'attention time',
  'layer time',
  'all-reduce time',
  'all-gather time',
  'reduce-scatter time',
  'synchronization time',
  'time to train',
  // Time to a trained model, time a run stands still, a workload's inference time:
  // "27% faster time-to-convergence", "cuts training interruption time by 83%", "reduces
  // inference time by 2.2x" (one output's time stays latency: "inference time per image").
  'time to convergence',
  'time-to-convergence',
  'convergence time',
  'interruption time',
  'inference time',
  'time spent',
  'time duration',
  // A search, an optimization or an evaluation pass over a whole workload: "reduces
  // end-to-end optimization time by 3.1x", "cuts evaluation time over 150x".
  'optimization time',
  'evaluation time',
  // The processing time of a whole input over its length, changed as a ratio: "improves the
  // real-time factor by a factor of 7.2" (an RTF the system reaches stays a latency level).
  'real-time factor',
  'real time factor',
];

/**
 * Moving a model's weights once, to rollout workers or into GPU memory, is one operation of
 * the system, a latency as loading a checkpoint is ("reduces weight synchronization time by
 * 3.1x", "weight sync time falls from 38 s to 2.9 s"); synchronizing gradients every step is
 * part of training.
 */
export const MODEL_MOVE_TIME_NOUNS: readonly string[] = [
  'weight synchronization time*',
  'weight sync time*',
  'weight transfer time*',
  'weight update time*',
  'weight broadcast time*',
  'model transfer time*',
  'model loading time*',
  'model load time*',
];

/**
 * What a method shortens that is text, so fewer tokens to process ("shortens prompts by 6x",
 * "shortens outputs on GSM8K by 52%", "shortens reasoning traces by 41%"): compute. Anything
 * else shortened is a piece of work, and its time is what is cut ("shortens each RL step by
 * 17%", "shortens graph-learning jobs by 35%", "shortening cache preprocessing by 63%"): a
 * speed-up (kind.ts `shortenedKind`).
 */
export const SHORTENED_TEXT_NOUNS: readonly string[] = [
  ...OUTPUT_LENGTH_NOUNS,
  'prompt*',
  'output*',
  'response*',
  'answer*',
  'trace*',
  'chain*',
  'sequence*',
  'context*',
  'token*',
  'input*',
  'text*',
  'caption*',
  'summar*',
];

/** Times of one request, one output or one recovery: latency ("TTFT", "response time"). */
export const LATENCY_NOUNS: readonly string[] = [
  'latenc*',
  'TTFT',
  'TPOT',
  'TBT',
  'time-to-first-token',
  'time to first token',
  'response time',
  'time-between-tokens',
  'time between tokens',
  'delay',
  'delays',
];

/** One request's or one query's time to finish is its latency, whatever a job's is. */
export const REQUEST_TIME_NOUNS: readonly string[] = [
  'request completion time*',
  'query completion time*',
];

/**
 * What makes a stated time the time of one output or of getting back to work, latency
 * whatever job it is part of: "wall-clock time per query", "the time to the first
 * training batch", "resumes training within 38 seconds" (read for time figures only).
 */
export const ONE_OUTPUT_TIME_NOUNS: readonly string[] = [
  'per query',
  'per request',
  'per token',
  'per output token',
  'per turn',
  'per frame',
  'per image',
  'per answer',
  'per response',
  'per question',
  'each query',
  'each request',
  'each turn',
  'each frame',
  'each token',
  'each question',
  'time to first',
  'time to the first',
  'recover*',
  'restor*',
  'resum*',
  'failover',
];

/**
 * Subjects and verbs of one answer or of getting back to work: what they do faster is
 * a latency ("restores are 2.2x faster", "recovery completes 4.2x faster", "it
 * responds 5.3x faster"). Answering queries faster is serving them: no entry.
 */
export const ONE_OUTPUT_WORK: readonly string[] = [
  'recovery',
  'recovers',
  'recovering',
  'restore',
  'restores',
  'restoring',
  'failover',
  'responds',
  'responding',
  'replies',
  'answers come',
  'time to first',
];

/**
 * A first output reached sooner is a time to a first output: "the first token appears 3.7x
 * sooner", "resumed jobs reach their first optimizer step 7.4x sooner" (tried only in a clause
 * that holds "first").
 */
export const FIRST_OUTPUT_WORK: readonly string[] = [
  'first token',
  'first tokens',
  'first frame',
  'first output',
  'first result',
  'first response',
  'first packet',
  'first word',
  'first byte',
  'first batch',
  'first step',
  'first optimizer step',
  'first training step',
];

/** Words of a whole run: what a time figure after them measures is its length. */
export const RUN_NOUNS: readonly string[] = [
  'training',
  'fine-tuning',
  'finetuning',
  'pre-training',
  'pretraining',
  'wall-clock',
  'wallclock',
  'runtime',
];

/** Memory a system holds while it runs, and what it reads: memory before any stored size. */
export const RUN_TIME_MEMORY_NOUNS: readonly string[] = [
  ...MEMORY_NOUNS,
  'in-memory',
  'RAM',
  // Data moved over a memory path is memory traffic, as bytes read are: "PCIe traffic
  // falls by 71%", "reduces DRAM traffic by 43%" (traffic between machines is not).
  'PCIe traffic',
  'DRAM traffic',
  'HBM traffic',
  'memory traffic',
  'host-to-device traffic',
  'device-to-host traffic',
  'transfer volume',
  'I/O',
  'reads',
  'peak context length',
];

/**
 * What a system keeps on disk or ships: its size is a compression, not run-time memory
 * ("reduces storage by 28x", "shrinks the index by 11x", "7.8x fewer bytes per checkpoint").
 */
export const STORED_SIZE_NOUNS: readonly string[] = [
  'storage',
  'index',
  'indexes',
  'indices',
  'checkpoint',
  'checkpoints',
  'model file*',
  'file size*',
  'on-disk',
  'disk space',
  'flash',
];

/** Before a pair of sizes, what names a stored model: "the Llama-3-8B checkpoint shrinks from 16.1 GB". */
export const STORED_MODEL_NOUNS: readonly string[] = [
  ...STORED_SIZE_NOUNS,
  'model',
  'models',
  'weights',
  'shrink*',
  'shrank',
  'shrunk',
  'compress*',
];

export const KIND_NOUNS: readonly (readonly [ClaimKind, readonly string[]])[] = [
  ['utilization', ['MFU', 'HFU', 'utilization', 'utilisation']],
  // Quality of experience is none of the kinds of speed.
  // Data sent per second is traffic, no work done: "reduces the data rate by 93%".
  ['other', ['QoE', 'data rate', 'data rates']],
  // Goodput is served work per second whatever target it counts against ("TTFT goodput").
  ['throughput', ['goodput']],
  // Machines held ready: "reduces over-provisioned GPU capacity by 43%".
  // Machines kept or rented, and their total cost: "38% fewer idle warm instances", "the
  // 3-year TCO per query".
  [
    'cost',
    [...COST_NOUNS, 'costs', 'costing', 'cheaper', 'dollar', 'GPU capacity', 'instances', 'TCO'],
  ],
  [
    'energy',
    [
      'energy',
      'power',
      'carbon',
      'emission',
      'emissions',
      'joule',
      'joules',
      'watt',
      'watts',
      'battery',
      // Operations per joule: "a 4x improvement in GOPS/W".
      'GOPS/W',
      'TOPS/W',
      'GOPs/s/W',
      'TOPs/s/W',
      'GOp/s/W',
      'TOp/s/W',
      'per watt',
      // Energy and delay multiplied: "lowers EDP by 6x", "the energy-delay product".
      'EDP',
      'EDAP',
    ],
  ],
  // What a hardware design spends of its silicon or its FPGA fabric, and efficiency per
  // unit of it: "1.8x better area efficiency", "1.9x in DSP efficiency", "41% fewer LUTs".
  [
    'other',
    [
      'area',
      'area efficiency',
      'DSP',
      'DSPs',
      'DSP slices',
      'DSP blocks',
      'LUT',
      'LUTs',
      'FF',
      'FFs',
      'flip-flops',
      'BRAM',
      'BRAMs',
    ],
  ],
  // The time a training or build job takes is a speed-up; a request's time is latency (below).
  // One request's time to finish is its latency, whatever a job's is.
  ['latency', [...REQUEST_TIME_NOUNS, ...MODEL_MOVE_TIME_NOUNS]],
  ['speedup', JOB_TIME_NOUNS],
  ['latency', [...LATENCY_NOUNS, 'time']],
  [
    'throughput',
    [
      'throughput',
      'bandwidth',
      'capacity',
      'goodput',
      'token/s',
      'tokens/s',
      'tokens per second',
      'TPS',
      'QPS',
      'RPS',
      'requests per second',
      'per day',
      'per hour',
      'TFLOPs',
      'TFLOPS',
      'GOPS',
      'TOPS',
      'PFLOPs',
      'PFLOPS',
      'request rate*',
      // The rate a controller or tracker updates at: "the update rate is 16× higher".
      'update rate*',
      'control rate*',
      'frame rate*',
      // Anything counted per second is a rate served: "4.3x higher queries per second".
      'per second',
    ],
  ],
  // The longest context held at once is memory ("lowers peak context length by 41%").
  ['memory', RUN_TIME_MEMORY_NOUNS],
  // The largest batch that fits is room memory savings make: "raises the maximum batch size by 3.5x".
  ['memory', ['maximum batch size*', 'max batch size*', 'largest batch size*']],
  // What is stored is compressed ("reduces storage by 28x", "the index is 32x smaller").
  ['compression', STORED_SIZE_NOUNS],
  // Bytes sent between machines are traffic, no memory held: "reduces the bytes exchanged per
  // synchronization by 96%", "58% fewer bytes per round" (bytes read stay memory, above).
  [
    'other',
    [
      'bytes exchanged',
      'bytes sent',
      'bytes transferred',
      'bytes communicated',
      'bytes uploaded',
      'bytes per round',
      'bytes per synchronization',
      'bytes per step',
    ],
  ],
  ['memory', ['bytes']],
  [
    'compute',
    [
      'FLOP',
      'FLOPs',
      'compute',
      'computation',
      'computations',
      'operations',
      'MACs',
      'instructions',
      'instruction count',
      'instruction counts',
      'cycles',
      'cycle count',
      'cycle counts',
      'steps',
      'iterations',
      'tokens',
      'evaluations',
      'NFE',
      'NFEs',
      'calls',
      // Runs of a model: "reduces the number of target-model forward passes by 61%".
      'passes',
      'forward passes',
      // Work a method counts: "sampled paths", "expert activations", "layers per token".
      'paths',
      'expert activations',
      'rollouts',
      'layers per*',
      'experts per*',
      'blocks per*',
      'token usage',
      'token count*',
      'token reduction ratio*',
      'responses',
      // What a method feeds its model, counted or measured by its length: "shortens prompts by
      // 6x", "4x fewer frames", "a 55% length reduction", "re-embeds 91% fewer chunks"; and calls
      // counted by what is called ("detector invocations fall by 71%").
      'prompts',
      'sequence',
      'sequences',
      'frames',
      'chunks',
      'length',
      'lengths',
      'invocations',
      // Rounds of work a method needs, counted: "27% fewer interaction turns", "12x fewer
      // synthesis runs".
      'turns',
      'runs',
      'trials',
      'measurements',
      ...OUTPUT_LENGTH_NOUNS,
      'context length',
      'prompt length',
      'input length',
    ],
  ],
  [
    'compression',
    [
      'compression',
      'compress*',
      'shrink*',
      'shrunk',
      'shrank',
      'smaller',
      'parameters',
      // A model's size counted in its own units: parameters, splats, primitives, bits sent.
      'parameter count',
      'Gaussians',
      'primitives',
      'bitrate',
      'bitrates',
      'bit rate*',
      'bit-rate*',
      'weights',
      'embeddings',
      'model size',
      'size',
    ],
  ],
  // A bare rate is a rate of work done: "2.2x the rate of the PyTorch DataLoader" (after the
  // rows above, so a compression rate or a request rate keeps its kind).
  ['throughput', ['rate', 'rates', 'training efficiency']],
  [
    'speedup',
    [
      'faster',
      'speed',
      'speedup',
      'speedups',
      'speed-up',
      'speed-ups',
      'accelerat*',
      // A design's clock: "improves maximum clock frequency by 31%".
      'clock frequenc*',
      'Fmax',
      'quicker',
      ...RUN_NOUNS,
    ],
  ],
];

/** Dollar amounts are cost whatever the words. */
const COST_SIGN = /\$/;

export const KIND_PATTERNS: readonly (readonly [ClaimKind, RegExp])[] = KIND_NOUNS.map(
  ([kind, words]) =>
    [
      kind,
      kind === 'cost'
        ? new RegExp(`${wordsRegex(words).source}|${COST_SIGN.source}`, 'i')
        : wordsRegex(words),
    ] as const,
);
