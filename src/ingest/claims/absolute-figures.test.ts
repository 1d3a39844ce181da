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
  ['the device named before the verb', { sentence: 'On one L4 the vocoder renders 30 seconds of speech in 0.8 seconds.', text: 'renders 30 seconds of speech in 0.8 seconds', factor: null, kind: 'latency' }],
  ['on a CPU after the time', { sentence: 'The tagger transcribes a ten-minute meeting in 21 seconds on an 8-core CPU.', text: 'transcribes a ten-minute meeting in 21 seconds', factor: null, kind: 'latency' }],
  ['predicts <object> in T', { sentence: 'On an H100 the folding model predicts a 600-residue complex in 9 seconds.', text: 'predicts a 600-residue complex in 9 seconds', factor: null, kind: 'latency' }],
  ['a scene fitted in T', { sentence: 'Each indoor scene is reconstructed in 75 seconds on one RTX 3090.', text: 'scene is reconstructed in 75 seconds', factor: null, kind: 'speedup' }],
  ['an operation takes T on a device', { sentence: 'On one H100, a single forward pass takes 38 ms.', text: 'a single forward pass takes 38 ms', factor: null, kind: 'latency' }],
  ['a training run takes T on one device', { sentence: 'The complete training run takes 14 hours on a single A100.', text: 'The complete training run takes 14 hours', factor: null, kind: 'speedup' }],
  // The length of a whole run is the paper's result on any number of devices (corpus
  // README conventions); the device count itself is no claim.
  ['a run on many devices takes T', { sentence: 'The complete training run takes 14 hours on four A100s.', text: 'The complete training run takes 14 hours', factor: null, kind: 'speedup', claims: 1 }],
  ['a training run on many GPUs, the count beside it', { sentence: 'Training takes 12 days on 64 H100 GPUs.', text: 'Training takes 12 days', factor: null, kind: 'speedup', claims: 1 }],
  ['a finite verb makes the output in T, no device named', { sentence: 'It generates a 6-second video in 20 seconds.', text: 'generates a 6-second video in 20 seconds', factor: null, kind: 'latency' }],
  ['a participle spelling out the claim before it is no second claim', { sentence: 'The distilled model reaches a 12x speedup: generating a 6-second video in 20 seconds.', text: '12x speedup', factor: 12, kind: 'speedup', claims: 1 }],
  ['a time per token, after "at"', { sentence: 'On one L40S the fused engine decodes at 3.4 ms per token.', text: 'On one L40S the fused engine decodes at 3.4 ms per token', factor: null, kind: 'latency' }],
  ['a time per step a process costs', { sentence: 'Sampling costs 0.8 ms per denoising step with the cached encoder.', text: 'Sampling costs 0.8 ms per denoising step', factor: null, kind: 'latency' }],
  ['a time per step, the micro sign spelled as Greek mu', { sentence: 'The compiled matcher takes 35 μs per step on average.', text: 'The compiled matcher takes 35 μs per step', factor: null, kind: 'latency' }],
  ['a run length beside a share of the cost', { sentence: 'Training took 12 days, which is only 1% of the cost of MovieGen.', text: 'Training took 12 days', factor: null, kind: 'speedup', claims: 2 }],
  ['a whole job finishes in T', { sentence: 'A complete tuning session of the index finishes in 40 minutes.', text: 'A complete tuning session of the index finishes in 40 minutes', factor: null, kind: 'speedup' }],
  ['a gerund names the job', { sentence: 'Quantizing the 13B model completes in 8 minutes on one GPU.', text: 'Quantizing the 13B model completes in 8 minutes', factor: null, kind: 'speedup' }],
  ['a verb of the system\'s work, its object, in T', { sentence: 'The loader restores a 30B checkpoint into device memory in 4.2 s.', text: 'restores a 30B checkpoint into device memory in 4.2 s', factor: null, kind: 'latency' }],
  ['answering in T on a named device', { sentence: 'It answers a spoken question in 210 ms on an L4.', text: 'answers a spoken question in 210 ms', factor: null, kind: 'latency' }],
  ['a verb after "and", its own object', { sentence: 'It adds no cost during training and completes recovery in 30 seconds.', text: 'completes recovery in 30 seconds', factor: null, kind: 'latency' }],
  ['a run completed as an object', { sentence: 'On spot capacity the trainer completes a 400-step run in 11 hours.', text: 'completes a 400-step run in 11 hours', factor: null, kind: 'speedup' }],
  ['a count of items, not a comparison', { sentence: 'A search over 9,000 schedules completes in 2 hours.', text: 'A search over 9,000 schedules completes in 2 hours', factor: null, kind: 'speedup' }],
  ['the first output, emitted after T', { sentence: 'The first speech packet is emitted 60 ms after the request lands.', text: 'The first speech packet is emitted 60 ms', factor: null, kind: 'latency' }],
  ['the first output, passive in T', { sentence: 'In chunked mode the first video frame is returned in 310 ms.', text: 'In chunked mode the first video frame is returned in 310 ms', factor: null, kind: 'latency' }],
  ['how fast it reacts', { sentence: 'When a user interrupts, the assistant halts playback within 90 ms.', text: 'halts playback within 90 ms', factor: null, kind: 'latency' }],
  ['a start-up delay written in words', { sentence: 'The player begins after a startup delay of about three seconds on one laptop.', text: 'startup delay of about three seconds', factor: null, kind: 'latency' }],
  ['a task preempted within T, the unit spelled out', { sentence: 'The runtime preempts a running job within 80 microseconds when an urgent request lands.', text: 'preempts a running job within 80 microseconds', factor: null, kind: 'latency' }],
  ['a latency with an adjunct before its verb', { sentence: 'End-to-end latency per turn is 0.6 seconds on a phone.', text: 'latency per turn is 0.6 seconds', factor: null, kind: 'latency' }],
  ['time and the baseline time', { sentence: 'The model produces a mesh in 6 seconds, compared with 30 minutes for optimization-based methods.', text: '6 seconds, compared with 30 minutes', factor: 300, kind: 'latency' }],
  // Rates and utilization.
  ['work items per second', { sentence: 'The index absorbs 180K inserts per second while it serves reads.', text: '180K inserts per second', factor: null, kind: 'throughput' }],
  ['memory bandwidth reached', { sentence: 'In the memory-bound regime the kernel reaches 3,100 GB/s on the newer part.', text: '3,100 GB/s', factor: null, kind: 'throughput' }],
  ['frames made on a device', { sentence: 'The student renders frames at 30 FPS on a single GPU.', text: '30 FPS', factor: null, kind: 'throughput' }],
  ['a control rate reached', { sentence: 'With the pruned encoder the policy reaches 40 Hz.', text: '40 Hz', factor: null, kind: 'throughput' }],
  ['a rate with its scale in words', { sentence: 'On one node the ranker answers 2.5 million queries per second.', text: '2.5 million queries per second', factor: null, kind: 'throughput' }],
  ['simulated time per day', { sentence: 'On one A100 the potential runs a 200K-atom system at 7.1 ns/day.', text: '7.1 ns/day', factor: null, kind: 'throughput' }],
  ['frames streamed as they play', { sentence: 'The distilled generator streams video at 24 FPS once the first chunk is out.', text: '24 FPS', factor: null, kind: 'throughput' }],
  ['scaling efficiency after the number', { sentence: 'The trainer scales to 256 nodes at 84% efficiency.', text: '84% efficiency', factor: null, kind: 'utilization' }],
  ['scaling efficiency as a subject', { sentence: 'Strong scaling reaches 76% efficiency on 1,024 GPUs.', text: '76% efficiency', factor: null, kind: 'utilization' }],
  ['scaling efficiency before the number', { sentence: 'From 8 to 512 GPUs the weak-scaling efficiency is 93%.', text: 'weak-scaling efficiency is 93%', factor: null, kind: 'utilization' }],
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
  ['a duration with no production verb', 'Compilation of a new grammar finishes in 80 ms.'],
  ['a duration of a setting', 'The cluster ran for 12 days in 2024.'],
  ['a time that is a slowdown', 'The cheap setup renders a 5-minute video in 2 hours, 24x slower than real time.'],
  ['"first" with no output after it', 'The first round of reviews is returned in 3 days.'],
  ['an operation takes T, no device', 'A full decode takes 40 ms.'],
  ['a setup step takes T on a device', 'Tuning the thresholds takes 2 hours on one GPU.'],
  ['the baseline takes T', 'The baseline takes 40 minutes on one GPU.'],
  ['a deadline to preempt within', 'Kernels must be preempted within 100 microseconds.'],
  ['a time budget per token', 'Interactive use sets a budget of 50 ms per token.'],
  ['what an added part costs per step', 'The router itself costs under 0.5 ms per step.'],
  ['preparing the method, per query', 'Index training takes 20 seconds per query.'],
  ['a time per token with no verb stating it', 'The 30 ms per token figure comes from the vendor.'],
  ['people doing the work, not the system', 'Annotators label a ten-second clip in 3 minutes.'],
  ['the authors run the job', 'We finish a full sweep in 6 hours on our cluster.'],
  ['an existing system finishes the job', 'The existing system completes the same search in 40 minutes.'],
  ['a deadline to respond within', 'Each request must be answered within 200 ms.'],
  ['a delay that is a setting', 'With a network delay of 50 ms the link is slow.'],
  ['a duration in words with no frame of a result', 'The solver finishes in under ten seconds.'],
  ['a bandwidth the hardware offers', 'The GPUs are joined by a 900 GB/s link.'],
  ['a rate chosen, as a subject', 'We show that a rate of 12.5 frames per second keeps the transcripts intact.'],
  ['an efficiency that is not scaling', 'The filter keeps 95% efficiency in its energy terms.'],
  ['scaling efficiency of earlier work', 'Existing trainers reach only 55% scaling efficiency on 64 GPUs.'],
  ['clips at a frame rate', 'The model generates 5-second clips at 24 fps with good motion.'],
  ['a percentage of accuracy after "of the"', 'The student keeps 95% of the accuracy of the teacher.'],
];

describe('absolute figures: near misses', () => {
  it.each(nearMisses)('%s', (_family, sentence) => expectNoClaims(sentence));
});
