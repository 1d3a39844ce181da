import type { ClaimKind } from '../dataset/schema';

// What a claim measures, from the metric phrase the claims grammar read ("time to
// first token", "TTFT", "prefill latency" are one thing). Rules as data: each row
// has a unique kebab-case name and the phrases that mean it; the first row with a
// phrase inside the metric wins, so specific rows come before general ones.
// A row may also require one of some claim kinds, for phrases that mean different
// things by kind ("decoding" is throughput in a throughput claim, latency in a
// latency claim).

export interface MetricRule {
  /** Unique kebab-case name: the group key and the URL-safe id. */
  name: string;
  /** What the leaderboard calls the group. */
  label: string;
  /** Lower-case phrases, matched on word boundaries. */
  phrases: readonly string[];
  /** When set, only claims of these kinds match. */
  kinds?: readonly ClaimKind[];
  /** A claim of this kind whose metric matches no row still measures this (a cost claim is about cost). */
  impliedByKind?: ClaimKind;
}

export const METRIC_RULES: readonly MetricRule[] = [
  {
    name: 'prefill-latency',
    label: 'Prefill latency',
    phrases: [
      'time to first token',
      'time-to-first-token',
      'ttft',
      'first token latency',
      'first-token latency',
      'prefill latency',
      'prefilling latency',
      'prefill',
      'prefilling',
    ],
    kinds: ['latency', 'speedup'],
  },
  {
    name: 'kv-cache-memory',
    label: 'KV-cache memory',
    phrases: ['kv cache', 'kv-cache', 'kvcache', 'key-value cache', 'key value cache'],
  },
  {
    name: 'cost',
    label: 'Cost',
    phrases: ['cost', 'costs', 'price', 'dollars', 'budget', 'gpu hours', 'gpu-hours'],
    impliedByKind: 'cost',
  },
  {
    name: 'training-throughput',
    label: 'Training throughput',
    phrases: [
      'training throughput',
      'training speed',
      'training time',
      'training efficiency',
      'pre-training',
      'pretraining',
      'training',
      'convergence',
      'fine-tuning',
      'finetuning',
    ],
  },
  {
    name: 'decoding-throughput',
    label: 'Decoding throughput',
    phrases: [
      'decoding throughput',
      'decode throughput',
      'generation throughput',
      'token throughput',
      'tokens per second',
      'tokens/s',
      'decoding speed',
      'generation speed',
      'decoding',
    ],
    kinds: ['throughput', 'speedup'],
  },
  {
    name: 'per-token-latency',
    label: 'Per-token decoding latency',
    phrases: [
      'time per output token',
      'time per token',
      'tpot',
      'inter-token latency',
      'inter token latency',
      'per-token latency',
      'token latency',
      'decoding latency',
      'decode latency',
      'decoding',
    ],
    kinds: ['latency'],
  },
  {
    name: 'memory',
    label: 'Memory',
    phrases: ['memory', 'vram', 'memory footprint', 'peak memory', 'activation memory'],
    impliedByKind: 'memory',
  },
  {
    name: 'kernel-speed',
    label: 'Kernel and pass speed',
    phrases: [
      'kernel',
      'kernels',
      'backward',
      'backward pass',
      'forward pass',
      'attention computation',
      'operator',
    ],
  },
  {
    name: 'utilization',
    label: 'Hardware utilization (MFU)',
    phrases: ['mfu', 'model flops utilization', 'hfu', 'utilization', 'utilisation'],
    impliedByKind: 'utilization',
  },
  {
    name: 'compute',
    label: 'Compute (FLOPs)',
    phrases: ['flops', 'compute', 'computation'],
    impliedByKind: 'compute',
  },
  {
    name: 'serving-throughput',
    label: 'Serving throughput',
    phrases: ['throughput', 'requests per second', 'queries per second', 'qps'],
  },
  {
    name: 'end-to-end-inference',
    label: 'End-to-end inference speed',
    phrases: [
      'end-to-end',
      'end to end',
      'e2e',
      'inference speed',
      'inference latency',
      'inference time',
      'inference',
      'generation',
      'sampling',
      'wall-clock',
      'wall clock',
      'latency',
      'runtime',
      'speed',
    ],
  },
  {
    name: 'energy',
    label: 'Energy',
    phrases: ['energy', 'power', 'joules'],
    impliedByKind: 'energy',
  },
  {
    name: 'model-size',
    label: 'Model size',
    phrases: ['model size', 'parameters', 'storage', 'bits per weight', 'compression ratio'],
    impliedByKind: 'compression',
  },
];

/** The group of claims whose metric matches no rule (or that state no metric). */
export const OTHER_METRIC = { name: 'other', label: 'Other' } as const;
