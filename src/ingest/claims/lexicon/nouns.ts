// Nouns that tell what a figure measures: a performance quantity (a change in
// it is a claim), a quality (a change in it is not) or a size (a reduction in
// it is compression).
import { alternation, wordsRegex } from './build';

/** Words for memory: a performance noun here, and the memory kind in kinds.ts. */
export const MEMORY_NOUNS = [
  'memory',
  'footprint',
  'KV-cache',
  'KV cache',
  'KVcache',
  'cache',
  'VRAM',
  // The on-chip memory of small devices: "uses 3.3× less SRAM". (DRAM and HBM name dies
  // and stacks as often as an amount used: "increases DRAM die area by 8%".)
  'SRAM',
] as const;

/** Words for what a system costs: a performance noun here, and the cost kind in kinds.ts. */
export const COST_NOUNS = [
  'cost',
  'price',
  'budget',
  // Money as a running total: "cuts API spend by 42%", "lowers the cloud bill by 30%".
  'spend',
  'spending',
  'bill',
  // What a provider charges: "reduces cloud egress fees by 45%".
  'fees',
  'dollars',
  'GPU-hours',
  'GPU hours',
  'GPUhours',
  // Machine time of any other kind, hyphenated ("cuts the CPU-hours consumed by 61%", "node-hours
  // per run"); written as two words, "hours" after a machine word is one (words.ts).
  'CPU-hours',
  'CPU hours',
  'core-hours',
  'core hours',
  'node-hours',
  'node hours',
  'machine-hours',
  'TPU-hours',
  'GPU-days',
  'GPUs',
  // Host cores a pipeline occupies: "cuts the CPU cores spent on preprocessing by 70%".
  'cores',
] as const;

/**
 * Units of work a method counts as what it spends, and a design's silicon: performance
 * nouns (PERF_NOUNS) wanted lower (LOWER_IS_BETTER).
 */
const WORK_AND_SILICON = [
  // Sampled reasoning paths, expert activations, rollouts ("reduces the number of sampled
  // paths by 63%", "cuts expert activations by 22%").
  'paths',
  'activations',
  'rollouts',
  // A hardware design's silicon: "reduces area by 14%" ("area under the curve" is a
  // quality, words.ts).
  'area',
  // Energy and delay multiplied: "lowers EDP by 6x".
  'EDP',
  'EDAP',
] as const;

export const PERF_NOUNS = [
  'throughput',
  'goodput',
  'speed',
  'speeds',
  'efficien*',
  'latenc*',
  'time',
  'runtime',
  'wall-clock',
  'wallclock',
  'TTFT',
  'TPOT',
  'TBT',
  // A scheduler's figures: the length of a batch of jobs, a job's completion time, waiting.
  'makespan',
  'makespans',
  'JCT',
  'JCTs',
  'delay',
  'delays',
  // The time a new instance takes to come up: "brings the cold start of a sandbox from 9.4 s to 0.7 s".
  'cold-start',
  'cold-starts',
  'startup',
  ...MEMORY_NOUNS,
  'bandwidth',
  ...COST_NOUNS,
  'energy',
  'power',
  'carbon',
  'emission',
  'emissions',
  'FLOP',
  'FLOPs',
  // Achieved arithmetic rates: "improves TFLOPs per GPU by 30%".
  'TFLOPs',
  'TFLOPS',
  'PFLOPs',
  'PFLOPS',
  // Operations per second and per watt of a hardware design: "4x improvement in GOPS/W".
  'GOPS',
  'TOPS',
  'GOPS/W',
  'TOPS/W',
  'compute',
  'computation',
  'computations',
  'operations',
  'MACs',
  // Work a program executes, as compilers count it: "12% fewer dynamic instructions",
  // "18% fewer cycles" ("instruction count", "cycle count": words.ts, WORK_BEFORE_COUNT).
  'instructions',
  'cycles',
  'steps',
  'iterations',
  'tokens/s',
  // Tokens per second as an acronym: "a 37% improvement in TPS".
  'TPS',
  'QPS',
  'RPS',
  // Bits a codec spends per sample or second: "an 84% reduction in bitrate".
  'bitrate',
  'bitrates',
  'communication',
  'traffic',
  'utilization',
  'utilisation',
  'MFU',
  'HFU',
  'performance',
  'inference',
  'training',
  'fine-tuning',
  'finetuning',
  'pre-training',
  'pretraining',
  'decoding',
  'prefill',
  'generation',
  'sampling',
  // A diffusion model's sampling work: "compresses the denoising of the first action 8-fold".
  'denoising',
  'serving',
  'backward',
  'forward',
  'parameters',
  'weights',
  'size',
  'storage',
  // What training writes to disk: "checkpoints shrink by 4x", "the sparse checkpoint is 44%
  // smaller".
  'checkpoint',
  'checkpoints',
  'bytes',
  // Data moved to or from storage: "reduces per-epoch I/O by 70%", "flash reads per token".
  'I/O',
  'reads',
  // Data leaving or entering a site or a device: "cuts network egress by 35%", "reduces
  // host-to-device copies by 52%".
  'egress',
  'ingress',
  'copies',
  // "lowers token usage by 20%", "GPU usage": how much of a resource is used.
  'usage',
  // Work thrown away by a scheduler: "reduces preemptions by 80%".
  'preemptions',
  'tokens',
  'evaluations',
  // Calls to a model, a tool or a retriever: "reduces the number of retrieval calls by 46%".
  'calls',
  'NFE',
  'NFEs',
  ...WORK_AND_SILICON,
  // A streaming service's quality of experience: "improves average QoE by 3.9x".
  'QoE',
] as const;

/** Entries that are not a performance noun as the tail of a hyphenated word ("64-tokens" is a length). */
const NOT_AFTER_HYPHEN = new Set<string>(['tokens']);

export const NONPERF_NOUNS = [
  'accura*',
  'score',
  'scores',
  'point',
  'points',
  'pp',
  'F1',
  'BLEU',
  'ROUGE*',
  'METEOR',
  'CIDEr',
  'perplexity',
  'PPL',
  'error',
  'errors',
  'WER',
  'CER',
  'RMSE',
  'MAE',
  'MSE',
  'FID',
  'FVD',
  'PSNR',
  'SSIM',
  'LPIPS',
  'mIoU',
  'mAP',
  'AUROC',
  'AUC',
  'top-1',
  'top-5',
  'pass@*',
  'win rate',
  'win-rate',
  'win rates',
  'win-rates',
  'success rate',
  'success-rate',
  'success rates',
  'success-rates',
  'exact match',
  'exact-match',
  'recall',
  'quality',
  'sparsity',
  'sparse',
  'gap',
  'margin',
  'preference',
  'preferences',
  'MOS',
  'loss',
  'reward',
  'rewards',
  'benchmark',
  'benchmarks',
  'task',
  'tasks',
  'problems',
  'questions',
  'comparisons',
  'papers',
  'comments',
  'documents',
  'passages',
  'languages',
  'users',
  'data',
  'robustness',
  'fidelity',
  'coherence',
  'diversity',
  'alignment',
  'hallucination*',
  'correctness',
  'agreement',
  'consistency',
  'vocabulary',
  'context length',
  'context',
  'resolution',
  'batch size',
  'hit rate',
  'hit rates',
  'hit ratio',
  'hit-rate',
  'lines of code',
  'lines',
  'layers',
  'depth',
  'width',
] as const;

/** Quantities a system wants less of: more of them is an overhead, not a gain. */
export const LOWER_IS_BETTER = [
  'memory',
  'footprint',
  'latency',
  'latencies',
  'cost',
  'costs',
  'energy',
  'power',
  'time',
  'VRAM',
  'storage',
  'overhead',
  'traffic',
  'egress',
  'ingress',
  'copies',
  'amplification',
  'fees',
  'communication',
  'calls',
  'TTFT',
  'TPOT',
  'TBT',
  'ITL',
  // Machines a run needs: "needs 2x as many GPUs as X" is more cost, not a gain.
  'GPUs',
  'GPU-hours',
  'CPU-hours',
  'core-hours',
  'node-hours',
  'machine-hours',
  'bitrate',
  'bitrates',
  // Work counted and silicon spent: "raises the number of sampled paths by 2x" is more cost.
  ...WORK_AND_SILICON,
] as const;
/** Quantities a system wants more of: less of them is a loss, not a saving. */
export const HIGHER_IS_BETTER = [
  'QoE',
  'throughput',
  'TPS',
  // How many times smaller the output is: "improves the compression ratio by 5%".
  'compression ratio',
  'compression ratios',
  'compression rate',
  'compression rates',
  'reduction ratio',
  'reduction ratios',
  'goodput',
  'speed',
  'efficiency',
  'utilization',
  'bandwidth',
] as const;

/** What a system spends: a fraction of it is a saving ("at 0.9x of its FLOPs", "one third of the memory"). */
export const SPENT_NOUNS = [
  ...LOWER_IS_BETTER,
  'FLOPs',
  'FLOP',
  'compute',
  'computation',
  'price',
  'storage',
  'bytes',
  'GPU-hours',
  'runtime',
  'budget',
] as const;

const LOWER_BETTER = new Set<string>(LOWER_IS_BETTER.map((w) => w.toLowerCase()));
const SPENT = new Set<string>(SPENT_NOUNS.map((w) => w.toLowerCase()));

/** Whether the noun phrase's head noun is something a system spends. */
export function spendsLess(phrase: string | null): boolean {
  if (!phrase) return false;
  return SPENT.has(phrase.slice(phrase.lastIndexOf(' ') + 1).toLowerCase());
}
const HIGHER_BETTER = new Set<string>(HIGHER_IS_BETTER);

/** Whether a change in `direction` of the noun phrase's head noun is for the worse ("35% more memory", "85% lower throughput"). */
export function worseDirection(phrase: string | null, direction: 'up' | 'down'): boolean {
  if (!phrase) return false;
  // "the memory needed": the head is the noun before a trailing participle.
  const words = phrase.split(' ');
  let last = words.length - 1;
  while (
    last > 0 &&
    /^(?:needed|used|required|consumed|spent|drawn|moved|transferred|usage|use|consumption)$/i.test(
      words[last] as string,
    )
  )
    last--;
  const head = (words[last] as string).toLowerCase();
  const wanted = direction === 'up' ? LOWER_BETTER : HIGHER_BETTER;
  // "a 12% lower compression ratio": a two-word head.
  if (last > 0 && wanted.has(`${(words[last - 1] as string).toLowerCase()} ${head}`)) return true;
  // "the area of each HBM die": the head stands before "of".
  const of = words.indexOf('of');
  return wanted.has(head) || (of > 0 && wanted.has((words[of - 1] as string).toLowerCase()));
}

export const SIZE_NOUNS = ['parameters', 'weights', 'size', 'tokens', 'samples'] as const;

const perfSource = PERF_NOUNS.map((n) =>
  NOT_AFTER_HYPHEN.has(n) ? `(?<!-)${alternation([n])}` : alternation([n]),
).join('|');

export const PERF_NOUN = new RegExp(String.raw`\b(?:${perfSource})\b`, 'gi');
export const NONPERF_NOUN = wordsRegex(NONPERF_NOUNS, 'gi');
export const SIZE_NOUN = wordsRegex(SIZE_NOUNS);

/**
 * How much a model writes: a down verb on it is a saving of compute even though no
 * performance noun says so ("reduces overall reasoning length by 37%", "shortens
 * reasoning traces by 41%").
 */
export const OUTPUT_LENGTH_NOUNS = [
  'reasoning length',
  'reasoning lengths',
  'response length',
  'response lengths',
  'output length',
  'output lengths',
  'generation length',
  'answer length',
  'reasoning traces',
  'reasoning chains',
  'reasoning steps',
  'chains of thought',
  'chain-of-thought',
  'CoT',
  'CoTs',
  'thinking',
] as const;

export const OUTPUT_LENGTH = wordsRegex(OUTPUT_LENGTH_NOUNS);
