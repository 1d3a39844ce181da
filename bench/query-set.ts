// The fixed queries both engines answer in the bench: what people type into a
// paper search, typos included. `intended` is what the typist meant, used to
// judge whether a result is relevant (it holds every intended word).

export interface BenchQuery {
  query: string;
  intended: string;
}

export const BENCH_QUERIES: readonly BenchQuery[] = [
  { query: 'attention', intended: 'attention' },
  { query: 'attenton', intended: 'attention' },
  { query: 'transfomer', intended: 'transformer' },
  { query: 'kv cache', intended: 'kv cache' },
  { query: 'speculative decoding', intended: 'speculative decoding' },
  { query: 'mixture of experts', intended: 'mixture of experts' },
  { query: 'quantizaton', intended: 'quantization' },
  { query: 'flashattention', intended: 'flashattention' },
  { query: 'h100', intended: 'h100' },
  { query: 'nvidia', intended: 'nvidia' },
  { query: 'video generation', intended: 'video generation' },
  { query: 'low-rank adaptaton', intended: 'low rank adaptation' },
  { query: 'pipeline paralelism', intended: 'pipeline parallelism' },
  { query: 'reinforcment learning', intended: 'reinforcement learning' },
  { query: 'memory-efficient inference', intended: 'memory efficient inference' },
  { query: 'token pruning', intended: 'token pruning' },
  { query: 'gaussian splatting', intended: 'gaussian splatting' },
  { query: 'distilation', intended: 'distillation' },
  { query: 'decoding throughput', intended: 'decoding throughput' },
  { query: 'rtx 4090', intended: 'rtx 4090' },
  // Word boundaries as typists vary them: spaced, hyphenated, camel case, joined.
  { query: 'flash attention', intended: 'flash attention' },
  { query: 'flash-attention', intended: 'flash attention' },
  { query: 'FlashAttention', intended: 'flash attention' },
  { query: 'deep speed', intended: 'deep speed' },
  { query: 'kv-cache', intended: 'kv cache' },
  { query: 'KVCache', intended: 'kv cache' },
];

/** The few queries plain fuse.js answers at the largest size, where each takes seconds. */
export const FEW_QUERIES: readonly BenchQuery[] = BENCH_QUERIES.filter((q) =>
  ['attenton', 'kv cache', 'quantizaton', 'pipeline paralelism'].includes(q.query),
);
