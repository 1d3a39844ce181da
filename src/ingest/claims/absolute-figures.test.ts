// Absolute figures a system reaches, with no factor: a latency, the time it takes
// to make its output, a rate in the units the work is counted in, a utilization.
// A duration is a claim only in those frames: most durations in an abstract are
// setup steps, targets or the baseline's. Each family has near misses.
import { describe, it } from 'vitest';
import { type ClaimRow, expectClaimRow, expectNoClaims } from '../../test/claim-rows';

// biome-ignore format: one row per phrasing
const claims: [family: string, row: ClaimRow][] = [
  // A latency the system reaches.
  ['"a p99 latency of"', { sentence: 'Queries are answered with a p95 latency of 4.2 ms on one GPU.', text: 'latency of 4.2 ms', factor: null, kind: 'latency' }],
  ['"TTFT of"', { sentence: 'For 8K prompts the server keeps a median TTFT of 180 ms.', text: 'TTFT of 180 ms', factor: null, kind: 'latency' }],
  // The time to make the output.
  ['generates <object> in T', { sentence: 'The distilled model generates a 4-second clip in 12 seconds on one card.', text: 'generates a 4-second clip in 12 seconds', factor: null, kind: 'latency' }],
  ['prefills <object> in T', { sentence: 'On two nodes the system prefills 512K tokens in 21 seconds, 3x faster than one node.', text: 'prefills 512K tokens in 21 seconds', factor: null, kind: 'latency', claims: 2 }],
  ['a gerund after a comma', { sentence: 'The reranker keeps most of its quality, scoring aside, reranking 50 passages in 9 ms on one GPU.', text: 'reranking 50 passages in 9 ms', factor: null, kind: 'latency' }],
  ['trains <object> in T', { sentence: 'The splatting method trains a room scene in 3.5 minutes on a single laptop GPU.', text: 'trains a room scene in 3.5 minutes', factor: null, kind: 'speedup' }],
  ['time and the baseline time', { sentence: 'The model produces a mesh in 6 seconds, compared with 30 minutes for optimization-based methods.', text: '6 seconds, compared with 30 minutes', factor: 300, kind: 'latency' }],
  // Rates and utilization.
  ['work items per second', { sentence: 'The index absorbs 180K inserts per second while it serves reads.', text: '180K inserts per second', factor: null, kind: 'throughput' }],
  ['memory bandwidth reached', { sentence: 'In the memory-bound regime the kernel reaches 3,100 GB/s on the newer part.', text: '3,100 GB/s', factor: null, kind: 'throughput' }],
  ['frames made on a device', { sentence: 'The student renders frames at 30 FPS on a single GPU.', text: '30 FPS', factor: null, kind: 'throughput' }],
  ['a control rate reached', { sentence: 'With the pruned encoder the policy reaches 40 Hz.', text: '40 Hz', factor: null, kind: 'throughput' }],
  ['a share of another system\'s MFU', { sentence: 'The sparse kernel keeps 75% of the MFU of the dense kernel.', text: '75% of the MFU of the dense', factor: null, kind: 'utilization' }],
  ['utilization, an adjunct, then its verb', { sentence: 'Hardware utilization during rollout reaches 64%.', text: 'Hardware utilization during rollout reaches 64%', factor: null, kind: 'utilization' }],
];

describe('absolute figures', () => {
  it.each(claims)('%s', (_family, row) => expectClaimRow(row));
});

// biome-ignore format: one row per near miss
const nearMisses: [family: string, sentence: string][] = [
  ['a latency target', 'Each request has a TTFT target of 2 s.'],
  ['a latency of the baseline', 'Compared with a p99 latency of 9 ms for the old index, ours is steady.'],
  ['the authors\' setup step', 'We generate 2,000 prompts in 10 minutes with a script.'],
  ['a component trained, passive', 'The router is trained in 40 minutes on one GPU.'],
  ['a time to make the output, no device and no gain', 'It generates a 6-second video in 20 seconds.'],
  ['a duration with no production verb', 'Compilation of a new grammar finishes in 80 ms.'],
  ['a duration of a setting', 'The cluster ran for 12 days in 2024.'],
  ['a time that is a slowdown', 'The cheap setup renders a 5-minute video in 2 hours, 24x slower than real time.'],
  ['a noun before "and", not the object', 'It adds no cost during training and completes recovery in 30 seconds.'],
  ['a bandwidth the hardware offers', 'The GPUs are joined by a 900 GB/s link.'],
  ['clips at a frame rate', 'The model generates 5-second clips at 24 fps with good motion.'],
  ['a percentage of accuracy after "of the"', 'The student keeps 95% of the accuracy of the teacher.'],
];

describe('absolute figures: near misses', () => {
  it.each(nearMisses)('%s', (_family, sentence) => expectNoClaims(sentence));
});
