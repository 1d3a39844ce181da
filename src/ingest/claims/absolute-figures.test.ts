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
  // A piece of the system's work timed with no device named (corpus conventions: the
  // time of one operation, or the length of a whole run, the paper reports for its own system).
  ['a gerund and its object take T', { sentence: 'Rehashing a 2 TB table takes 6 minutes on the new store.', text: 'Rehashing a 2 TB table takes 6 minutes', factor: null, kind: 'latency' }],
  ['a noun of work takes T, after an opening phrase', { sentence: 'Including tokenization, a full lookup takes 3 ms.', text: 'a full lookup takes 3 ms', factor: null, kind: 'latency' }],
  ['a duration in words after "takes"', { sentence: 'Replanning takes about two minutes per cluster.', text: 'Replanning takes about two minutes', factor: null, kind: 'latency' }],
  ['the output as a passive subject, done in T', { sentence: 'Ten hours of lectures are transcribed in 40 seconds on one GPU.', text: 'Ten hours of lectures are transcribed in 40 seconds', factor: null, kind: 'latency' }],
  ['back at work T after an event', { sentence: 'The service resumes serving 12 seconds after a replica dies.', text: 'resumes serving 12 seconds', factor: null, kind: 'latency' }],
  ['begins answering T after the turn ends', { sentence: 'The agent begins speaking 180 ms after the user falls silent.', text: 'begins speaking 180 ms', factor: null, kind: 'latency' }],
  ['a latency held at a level', { sentence: 'The tracker keeps glass-to-glass latency at 9 ms.', text: 'keeps glass-to-glass latency at 9 ms', factor: null, kind: 'latency' }],
  ['a latency brought down to a level', { sentence: 'It keeps accuracy while cutting median latency to 45 ms.', text: 'cutting median latency to 45 ms', factor: null, kind: 'latency' }],
  ['a lag stated with "is"', { sentence: 'Measured end to end, its streaming lag is 0.8 s.', text: 'lag is 0.8 s', factor: null, kind: 'latency' }],
  ['a job finishes, an opening adjunct before it', { sentence: 'For a 2,048-GPU job the placement search finishes in 25 seconds.', text: 'the placement search finishes in 25 seconds', factor: null, kind: 'speedup' }],
  ['a run with a setting finishes', { sentence: 'A 300B-token run with the new packer finishes in 11.5 days.', text: 'A 300B-token run with the new packer finishes in 11.5 days', factor: null, kind: 'speedup' }],
  ['a run, a coordinated verb, then finished in T', { sentence: 'The run used 2.1M GPU-hours and finished in 30 days on 2,048 GPUs.', text: 'finished in 30 days', factor: null, kind: 'speedup' }],
  ['a gerund with a long object completes', { sentence: 'Fine-tuning a 13B model on 400M tokens completes in 2 days.', text: 'Fine-tuning a 13B model on 400M tokens completes in 2 days', factor: null, kind: 'speedup' }],
  ['a corpus embedded in T', { sentence: 'It embeds a 5-million-document corpus in 31 minutes.', text: 'embeds a 5-million-document corpus in 31 minutes', factor: null, kind: 'latency' }],
  ['weights synchronized in T', { sentence: 'The trainer synchronizes policy weights in 1.6 seconds.', text: 'synchronizes policy weights in 1.6 seconds', factor: null, kind: 'latency' }],
  ['"over" one and a magnitude is no comparison', { sentence: 'It builds an index over one billion vectors in 4.5 hours.', text: 'builds an index over one billion vectors in 4.5 hours', factor: null, kind: 'latency' }],
  ['"over" a count in words is no comparison', { sentence: 'It builds an index over two billion vectors in 4.5 hours.', text: 'builds an index over two billion vectors in 4.5 hours', factor: null, kind: 'latency' }],
  ['a gerund after "while" closes the comparison', { sentence: 'It matches fusion over BM25 and a dense model while answering queries in 6 ms.', text: 'answering queries in 6 ms', factor: null, kind: 'latency' }],
  ['a production word as the object of "completes"', { sentence: 'The fused kernel completes prefill in 33 seconds on one GPU.', text: 'completes prefill in 33 seconds', factor: null, kind: 'latency' }],
  ['prefill of a prompt as a job that completes', { sentence: 'Prefill of a two-million-token prompt completes in 95 seconds on four GPUs.', text: 'Prefill of a two-million-token prompt completes in 95 seconds', factor: null, kind: 'speedup' }],
  ['a system reporting its outputs with a latency', { sentence: 'On the catching rig, the detector reports ball positions with a latency of 1.8 ms.', text: 'latency of 1.8 ms', factor: null, kind: 'latency' }],
  ['the first output, the system as subject', { sentence: 'The world model shows the first frame after a key press within 140 ms.', text: 'The world model shows the first frame after a key press within 140 ms', factor: null, kind: 'latency' }],
  ['reading a document in T', { sentence: 'On a phone the model reads a full invoice in under three seconds.', text: 'reads a full invoice in under three seconds', factor: null, kind: 'latency' }],
  ['nanoseconds', { sentence: 'The FPGA design classifies events in 45 ns.', text: 'classifies events in 45 ns', factor: null, kind: 'latency' }],
  ['a time per chunk of a stream', { sentence: 'The encoder runs at 9 ms per 40 ms chunk on a phone CPU.', text: 'The encoder runs at 9 ms per 40 ms chunk', factor: null, kind: 'latency' }],
  // Two times set against each other are one pair.
  ['the time after an event, compared with the baseline\'s', { sentence: 'It emits the first packet 80 ms after the text arrives, compared with 350 ms for the cascade.', text: '80 ms after the text arrives, compared with 350 ms', factor: 4.375, kind: 'latency' }],
  ['within T of a failure, compared with minutes', { sentence: 'The job is restored within 30 seconds of a crash, compared with 12 minutes for a cold restart.', text: '30 seconds of a crash, compared with 12 minutes', factor: 24, kind: 'latency' }],
  ['a time per token, down from the baseline\'s', { sentence: 'The persistent kernel decodes at 6.2 ms per token at batch size 1, down from 9.3 ms with the stock engine.', text: 'The persistent kernel decodes at 6.2 ms per token at batch size 1, down from 9.3 ms', factor: 1.5, kind: 'latency' }],
  ['T with ours instead of T with the old way', { sentence: 'Switching takes 4 ms with our cache instead of 160 ms with reloading.', text: '4 ms with our cache instead of 160 ms', factor: 40, kind: 'latency' }],
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
  ['a rate of output tokens per GPU', { sentence: 'The stack reaches 2,310 output tokens/s per GPU on H200.', text: '2,310 output tokens/s', factor: null, kind: 'throughput' }],
  ['a rate of generated tokens per second per node', { sentence: 'The stack sustains 14,800 generated tokens per second per node.', text: '14,800 generated tokens per second', factor: null, kind: 'throughput' }],
  ['a share of another system\'s MFU', { sentence: 'The sparse kernel keeps 75% of the MFU of the dense kernel.', text: '75% of the MFU of the dense', factor: null, kind: 'utilization' }],
  ['utilization, an adjunct, then its verb', { sentence: 'Hardware utilization during rollout reaches 64%.', text: 'Hardware utilization during rollout reaches 64%', factor: null, kind: 'utilization' }],
  ['utilization that rises to a level', { sentence: 'With the fused kernels, MFU rises to 47% on the full pod.', text: 'MFU rises to 47%', factor: null, kind: 'utilization' }],
  ['a share of the ideal throughput', { sentence: 'On the mixed cluster the trainer reaches 88% of the ideal aggregate throughput.', text: '88% of the ideal aggregate throughput', factor: null, kind: 'utilization' }],
  ['a share of the optimal throughput', { sentence: 'The overlapped pipeline gets to 72% of the optimal throughput of our cost model.', text: '72% of the optimal throughput', factor: null, kind: 'utilization' }],
  ['a share of the link bandwidth reached', { sentence: 'Layer-wise transfers reach 89% of the link bandwidth on InfiniBand.', text: '89% of the link bandwidth', factor: null, kind: 'utilization' }],
];

describe('absolute figures', () => {
  it.each(claims)('%s', (_family, row) => expectClaimRow(row));
});

// biome-ignore format: one row per near miss
const nearMisses: [family: string, sentence: string][] = [
  ['a share of the optimal quality', 'The distilled policy recovers 95% of the optimal reward.'],
  ['a share of link bandwidth a part uses', 'The replication traffic occupies 5% of link bandwidth during the backward pass.'],
  ['a share of PCIe bandwidth consumed', 'Offloading consumes less than 30% of PCIe bandwidth.'],
  ['utilization that rises is a level only when reached', 'The accuracy rises to 81% with the larger model.'],
  ['a cap on input tokens per request', 'We cap prompts at 4,096 input tokens per request.'],
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
  ['a time the controller must meet', 'The controller must finish a decision in 5 ms.'],
  ['a latency the design depends on', 'The pool would halve the cost, provided link latency stays below 3 µs.'],
  ['a latency bar kept under', 'The scheduler keeps TPOT under 40 ms for every tenant.'],
  ['calibrating the method', 'Calibration takes under five minutes per layer.'],
  ['training a part of the method', 'Training the router takes 20 minutes.'],
  ['what the work usually takes', 'Restoring a large job from remote storage often takes 30 minutes.'],
  ['the problem, in the opening sentence', 'Rebuilding a billion-vector index takes about 5 hours, so indexes go stale. We build ours shard by shard.'],
  ['a pipeline stage starting after another', 'Decoding starts 0.4 s after prefill ends.'],
  ['hours of data', 'The corpus holds 900 hours of speech.'],
  ['a timeout and a period', 'Checkpoints are written every 20 minutes with a 5-second timeout.'],
  ['a percentage of accuracy after "of the"', 'The student keeps 95% of the accuracy of the teacher.'],
];

describe('absolute figures: near misses', () => {
  it.each(nearMisses)('%s', (_family, sentence) => expectNoClaims(sentence));
});
