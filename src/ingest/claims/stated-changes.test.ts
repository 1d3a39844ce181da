// Changes stated the way systems abstracts state them when the headline factor
// is not written with a ×: a before/after pair whose first figure carries its
// setting, a share of idle time that falls, an N-fold change after a verb, more
// work held or served, a head noun whose adjunct names a quality. Each family
// has rows that must be claims and near misses that must not be.
import { describe, it } from 'vitest';
import { type ClaimRow, expectClaimRow, expectNoClaims } from '../../test/claim-rows';

// biome-ignore format: one row per phrasing
const claims: [family: string, row: ClaimRow][] = [
  // A performance noun that scales has grown by the factor ("throughput scales 7.4x on 8
  // GPUs"); what the system holds that scales or grows by a factor to a named size is room
  // made ("models scale by 32x to 90 TB of embedding parameters", rule scaled-capacity).
  ['throughput scales by a factor over one node', { sentence: 'On 16 nodes, aggregate decode throughput scales 13.2x over a single node.', text: 'aggregate decode throughput scales 13.2x', factor: 13.2, kind: 'throughput' }],
  ['serving capacity scales "by", a setting after "when"', { sentence: 'Serving capacity scales by 5.6x when the pool grows from 2 to 12 GPUs.', text: 'Serving capacity scales by 5.6x', factor: 5.6, kind: 'throughput' }],
  ['models scale to a size in bytes', { sentence: 'With embedding offloading, ranking models scale by 24x to 60 TB of embedding parameters.', text: 'scale by 24x', factor: 24, kind: 'memory' }],
  ['a model grows to a size', { sentence: 'With host offloading, the ranking model grows by 16x to 12 TB of embeddings.', text: 'grows by 16x', factor: 16, kind: 'memory' }],
  ['an index expands to a count of vectors', { sentence: 'The vector index expands by 8x to 6 billion vectors on the same four nodes.', text: 'expands by 8x', factor: 8, kind: 'memory' }],
  // A before/after pair whose first figure carries "per <unit>" and a setting before "to":
  // one pair, not two absolute figures.
  ['from a rate per GPU with a format to a rate', { sentence: 'FP8 raises pretraining throughput from 410 TFLOPS per GPU with BF16 to 560 TFLOPS.', text: 'raises pretraining throughput from 410 TFLOPS per GPU with BF16 to 560 TFLOPS', factor: 1.3659, kind: 'throughput', claims: 1 }],
  ['from a time per token on a device to a time', { sentence: 'Quantized decoding cuts latency from 31 ms per token on the A10 to 18 ms.', text: 'cuts latency from 31 ms per token on the A10 to 18 ms', factor: 1.7222, kind: 'latency', claims: 1 }],
  // Bytes per item on both sides of a pair, as with KB or GB.
  ['from bytes to bytes per parameter', { sentence: 'The new optimizer cuts state memory from 12 bytes to 4 bytes per parameter.', text: 'cuts state memory from 12 bytes to 4 bytes', factor: 3, kind: 'memory' }],
  ['bytes instead of bytes per vector', { sentence: 'The index stores each vector in 32 bytes instead of 512 bytes.', text: '32 bytes instead of 512 bytes', factor: 16, kind: 'compression' }],
  // "by half as well": "as well" is no "half as … as" comparison.
  ['halved "as well"', { sentence: 'Peak activation memory drops by half as well.', text: 'Peak activation memory drops by half', factor: 2, kind: 'memory' }],
  // A duration in words on one side of a pair.
  ['from weeks in words to minutes', { sentence: 'The emulator cuts the time of a full parameter sweep from two weeks to 40 minutes.', text: 'cuts the time of a full parameter sweep from two weeks to 40 minutes', factor: 504, kind: 'speedup' }],
  ['minutes in words, compared with a day', { sentence: 'Planning takes under five minutes on one CPU, compared with about a day for exhaustive search.', text: 'five minutes on one CPU, compared with about a day', factor: 288, kind: 'speedup' }],
  // Dollars set against the baseline's after a comparison marker; a device that lasts longer.
  ['dollars, compared with the baseline\'s', { sentence: 'Building the graph for a 20M-token corpus costs $45, compared with $600 for the LLM-extracted graph.', text: '$45, compared with $600', factor: 13.333, kind: 'cost' }],
  ['battery life extends from A to B days', { sentence: 'With on-sensor filtering, battery life extends from 4 to 10 days.', text: 'from 4 to 10 days', factor: 2.5, kind: 'energy' }],
  ['battery life grows', { sentence: 'On the watch, battery life grows from 3 to 8 days.', text: 'grows from 3 to 8 days', factor: 2.6667, kind: 'energy' }],
  // A rate reached that grows is a change; a count of calls with an adjunct that drops; a
  // time set against the baseline's after "against".
  ['the rate a tracker updates at, as a subject', { sentence: 'Against the frame-based tracker on the same chip, the update rate is 12× higher.', text: '12× higher', factor: 12, kind: 'throughput' }],
  ['the data rate a link carries, cut', { sentence: 'Sending learned features instead of images reduces the data rate by 80% over the radio.', text: 'reduces the data rate by 80%', factor: 5, kind: 'other' }],
  ['a share of a cost with three modifiers', { sentence: 'The 4-bit policy needs only 30% of the original model\'s GPU memory.', text: '30% of the original model\'s GPU memory', factor: 3.3333, kind: 'memory' }],
  ['"by factors of" one per setting', { sentence: 'It cuts rollout time by factors of 2.2 and 1.6 for the small and large policies, respectively.', text: 'cuts rollout time by factors of 2.2', factor: 2.2, kind: 'speedup', claims: 2 }],
  ['"allows" N times the batch size', { sentence: 'Peak memory per GPU halves, which allows three times the batch size on the same nodes.', text: 'three times the batch size', factor: 3, kind: 'memory', claims: 2 }],
  ['the same result from fewer interactions with the environment', { sentence: 'The simulated-world agent matches the live-trained one with 8x fewer real browser interactions.', text: '8x fewer real browser interactions', factor: 8, kind: 'compute' }],
  ['more of what users produce, per hour', { sentence: 'With the assistive display, annotators labeled 35% more driving clips per hour than with the stock viewer.', text: '35% more driving clips per hour', factor: 1.35, kind: 'throughput' }],
  ['a fraction that is a power of two', { sentence: 'The binary codes keep the index in one sixteenth of the memory.', text: 'one sixteenth of the memory', factor: 16, kind: 'memory' }],
  ['the cold start of an instance, from A to B', { sentence: 'The runtime brings the cold start of a function from 12 s to 0.8 s.', text: 'from 12 s to 0.8 s', factor: 15, kind: 'latency' }],
  ['a rate reached grows from A to B', { sentence: 'Throughput of the point-cloud stage increases from 12 to 30 clouds per second.', text: 'increases from 12 to 30 clouds per second', factor: 2.5, kind: 'throughput' }],
  ['calls counted per minute drop from A to B', { sentence: 'With the trigger head, model calls per minute of audio drop from 40 to 5.', text: 'drop from 40 to 5', factor: 8, kind: 'compute' }],
  ['a latency, then the baseline\'s after "against"', { sentence: 'Its glass-to-glass latency was 6 ms, against 18 ms for the vendor pipeline.', text: '6 ms, against 18 ms', factor: 3, kind: 'latency' }],
  // A before/after pair with the before figure's setting between it and "to".
  ['pair, "with" setting', { sentence: 'Cold-start time for the 30B checkpoint goes from 48 s with the stock loader to 3 s.', text: 'from 48 s with the stock loader to 3 s', factor: 16, kind: 'latency' }],
  ['pair, "under" setting', { sentence: 'Tail TTFT falls from 12 s under round-robin routing to 1.5 s.', text: 'falls from 12 s under round-robin routing to 1.5 s', factor: 8, kind: 'latency' }],
  ['pair of sizes, setting of several words', { sentence: 'Peak memory drops from 90 GB with full activations and FP32 states to 30 GB.', text: 'drops from 90 GB with full activations and FP32 states to 30 GB', factor: 3, kind: 'memory' }],
  // Percentages of time the hardware is busy or idle.
  ['idle share falls', { sentence: 'With streaming rollouts the share of time accelerators sit idle drops from 40% to 8%.', text: 'drops from 40% to 8%', factor: 5, kind: 'utilization' }],
  ['idle time falls, metric as subject', { sentence: 'GPU idle time falls from 30% to 6% across the runs.', text: 'falls from 30% to 6%', factor: 5, kind: 'utilization' }],
  ['pipeline bubbles shrink', { sentence: 'The new schedule cuts the bubble ratio from 24% to 6%.', text: 'cuts the bubble ratio from 24% to 6%', factor: 4, kind: 'utilization' }],
  ['goodput share rises', { sentence: 'With warm spares, training goodput rises from 80% to 96%.', text: 'rises from 80% to 96%', factor: 1.2, kind: 'utilization' }],
  // A level reached, then the baseline's level after a comparison marker: a pair.
  ['a share of peak, versus the baseline\'s', { sentence: 'The overlapped schedule reaches 49% MFU, versus 41% for FSDP on 64 GPUs.', text: '49% MFU, versus 41%', factor: 1.1951, kind: 'utilization' }],
  ['a share of peak, up from the baseline\'s', { sentence: 'Our kernel reaches 43% MFU, up from 31% with Megatron-LM.', text: '43% MFU, up from 31%', factor: 1.3871, kind: 'utilization' }],
  ['a frame rate, compared with the baseline\'s', { sentence: 'On the Orin board the pipeline runs at 58 FPS, compared with 21 FPS for the stock runtime.', text: '58 FPS, compared with 21 FPS', factor: 2.7619, kind: 'throughput' }],
  ['a higher level elsewhere is no gain: the level alone', { sentence: 'Our kernel reaches 43% MFU, compared with 61% for cuBLAS on dense shapes.', text: '43% MFU', factor: null, kind: 'utilization' }],
  ['a target after the marker is no baseline: the level alone', { sentence: 'The renderer runs at 30 FPS, compared with a target of 24 FPS.', text: '30 FPS', factor: null, kind: 'throughput' }],
  // "instead of" with a few words of setting after the first figure; both figures carry units.
  ['instead of, with the system named between', { sentence: 'Switching adapters takes 3 ms with the swap table instead of 210 ms with merging.', text: '3 ms with the swap table instead of 210 ms', factor: 70, kind: 'latency' }],
  ['instead of, with what the figure measures between', { sentence: 'Tiled decoding needs 9.8 GB of peak memory instead of 71 GB.', text: '9.8 GB of peak memory instead of 71 GB', factor: 7.2449, kind: 'memory' }],
  ['instead of, after a device name with digits', { sentence: 'The clip renders in 41 seconds on one H100 instead of 9.5 minutes.', text: '41 seconds on one H100 instead of 9.5 minutes', factor: 13.902, kind: 'latency' }],
  // Power and energy pairs: less is better.
  ['power drawn falls', { sentence: 'On the board, power draw falls from 14.1 W to 9.6 W.', text: 'falls from 14.1 W to 9.6 W', factor: 1.4688, kind: 'energy' }],
  ['energy per inference falls', { sentence: 'Energy per inference drops from 3.1 mJ to 0.8 mJ.', text: 'drops from 3.1 mJ to 0.8 mJ', factor: 3.875, kind: 'energy' }],
  // A pair whose unit is written once, after the second figure.
  ['samples per second, after the second figure', { sentence: 'Training throughput rises from 1.9M to 3.4M samples per second.', text: 'rises from 1.9M to 3.4M samples per second', factor: 1.7895, kind: 'throughput' }],
  ['TFLOPS, after the second figure', { sentence: 'Overlap improves training throughput from 410 to 492 TFLOPS per GPU.', text: 'improves training throughput from 410 to 492 TFLOPS', factor: 1.2, kind: 'throughput' }],
  ['tokens generated, after the second figure', { sentence: 'Average response length falls from 7,900 to 5,200 tokens.', text: 'falls from 7,900 to 5,200 tokens', factor: 1.5192, kind: 'compute' }],
  ['tokens, instead of', { sentence: 'At 12.5 Hz an hour of speech fits in 8K tokens instead of 30K.', text: '8K tokens instead of 30K', factor: 3.75, kind: 'compute' }],
  // Factors whose sign the text lost, listed after a gain noun.
  ['bare factors in a list', { sentence: 'Against three systems the trainer shows speedups of 1.9, 2.7 and 3.3 over A, B and C, respectively.', text: '2.7', factor: 2.7, kind: 'speedup', claims: 3 }],
  ['bare numbers after a bare factor, not in a list', { sentence: 'We see speedups of 2.6 on A, and 3 of the 4 models fit.', text: 'speedups of 2.6', factor: 2.6, kind: 'speedup' }],
  ['bare factors after a speed verb, far into an abstract', { sentence: `${'Long prompts make prefill the bottleneck of serving, and sparse kernels help only when the pattern is known in advance, which it rarely is for the inputs that matter most in practice. '}The kernel accelerates prefill by 3.4 at 128K tokens and by up to 6.2 at 512K tokens relative to the dense kernel.`, text: 'accelerates prefill by 3.4', factor: 3.4, kind: 'speedup', claims: 2 }],
  ['a pair, then a factor against another baseline', { sentence: 'Cold start drops from 30 s with the stock loader to 1.5 s, which is 3x faster than with the tuned loader.', text: '3x faster', factor: 3, kind: 'speedup', claims: 2 }],
  ['a new object after an earlier figure\'s comparison', { sentence: 'It cuts latency by 2x compared with vLLM and memory by 3x.', text: 'memory by 3x', factor: 3, kind: 'memory', claims: 2 }],
  // N-fold and a verb's object the lexicon names.
  ['N-fold after an object', { sentence: 'Sketching cuts gradient communication 3.5-fold on the slow links.', text: 'cuts gradient communication 3.5-fold', factor: 3.5, kind: 'other' }],
  ['a process noun as the object', { sentence: 'Packed shards shorten fine-tuning of the 3B model by 25%.', text: 'shorten fine-tuning of the 3B model by 25%', factor: 1.3333, kind: 'speedup' }],
  ['a quality noun inside an adjunct of the subject', { sentence: 'On one A100, the time per output token of the 2B model at batch size 1 falls by 1.9x relative to the eager baseline.', text: 'time per output token of the 2B model at batch size 1 falls by 1.9x', factor: 1.9, kind: 'latency' }],
  // A share of the work removed, and halving what is counted.
  ['a share of generated tokens saved', { sentence: 'The stopping rule saves 25–40% of the generated tokens at equal accuracy.', text: 'saves 25–40% of the generated tokens', factor: 1.6667, kind: 'compute' }],
  ['a share of stored embeddings removed', { sentence: 'Deduplication removes 45% of the stored embeddings.', text: 'removes 45% of the stored embeddings', factor: 1.8182, kind: 'compression' }],
  ['less context held at once', { sentence: 'Folding old turns lowers peak context length by 45% on agent tasks.', text: 'lowers peak context length by 45%', factor: 1.8182, kind: 'memory' }],
  ['a shorter prompt to read', { sentence: 'The compressor cuts prompt length by 5x on long documents.', text: 'cuts prompt length by 5x', factor: 5, kind: 'compute' }],
  ['the same result from only a share of the data', { sentence: 'The selected subset matches full fine-tuning using only 6% of the training examples.', text: 'only 6% of the training examples', factor: 16.667, kind: 'compute' }],
  ['only a share of the tokens a baseline generates', { sentence: 'The early stop generates only 40% of the tokens of a fixed budget of 32 samples.', text: 'only 40% of the tokens', factor: 2.5, kind: 'compute' }],
  ['a second pair in a list, with only its setting', { sentence: 'Prefetching cuts load time from 60 s to 5 s for the 70B model, and from 12 s to 1.5 s for the 8B one.', text: 'from 12 s to 1.5 s', factor: 8, kind: 'latency', claims: 2 }],
  ['a pair after a pair claim, under a verb of its own (one claim)', { sentence: 'It cuts TTFT from 2 s to 0.5 s and grows the context from 4 s to 16 s.', text: 'cuts TTFT from 2 s to 0.5 s', factor: 4, kind: 'latency', claims: 1 }],
  ['a pair after a claim, with a subject of its own (one claim)', { sentence: 'Latency falls from 40 ms to 12 ms, and the lecture ran from 10 to 20 minutes.', text: 'falls from 40 ms to 12 ms', factor: 3.3333, kind: 'latency', claims: 1 }],
  ['a batch size that fits, from A to B', { sentence: 'The compressed cache raises the batch size that fits on one GPU from 16 to 48.', text: 'raises the batch size that fits on one GPU from 16 to 48', factor: 3, kind: 'memory' }],
  ['concurrent work held, from A to B', { sentence: 'The scheduler raises the number of concurrent sessions per GPU from 30 to 75.', text: 'raises the number of concurrent sessions per GPU from 30 to 75', factor: 2.5, kind: 'throughput' }],
  ['machine time, from A to B', { sentence: 'The search cost drops from 2,400 GPU-hours to 300 GPU-hours per model.', text: 'drops from 2,400 GPU-hours to 300 GPU-hours', factor: 8, kind: 'cost' }],
  ['devices instead of more, after a verb of their own', { sentence: 'It cuts scoring latency by 2x and trains the same policy on 96 GPUs instead of 128.', text: '96 GPUs instead of 128', factor: 1.3333, kind: 'cost', claims: 2 }],
  ['a share of the machines saved', { sentence: 'For the same request rate, the autoscaler saves 30% of the GPUs a static fleet needs.', text: 'saves 30% of the GPUs', factor: 1.4286, kind: 'cost' }],
  ['a share of capacity freed', { sentence: 'Moving short jobs to CPUs frees 25% of GPU capacity in the shared pool.', text: 'frees 25% of GPU capacity', factor: 1.3333, kind: 'cost' }],
  ['a share of money spent saved', { sentence: 'Right-sizing saves 18% of monthly cloud spend against fixed sizing.', text: 'saves 18% of monthly cloud spend', factor: 1.2195, kind: 'cost' }],
  ['a share of memory freed is what is saved, not what is left', { sentence: 'Sharing the prefix frees 40% of GPU memory for the cache.', text: 'frees 40% of GPU memory', factor: 1.6667, kind: 'memory' }],
  ['a further share removed', { sentence: 'On top of batching, the scheduler saves a further 15% of energy.', text: 'saves a further 15% of energy', factor: 1.1765, kind: 'energy' }],
  ['a count of computations reduced', { sentence: 'The learned router reduces distance computations by 35% per query.', text: 'reduces distance computations by 35%', factor: 1.5385, kind: 'compute' }],
  ['halving the number of what is computed', { sentence: 'The curriculum halves the number of sampling steps without retraining.', text: 'halves the number of sampling steps', factor: 2, kind: 'compute' }],
  // Counts of the work done, before and after.
  ['work counted, then bare counts', { sentence: 'The parallel decoder cuts refinement steps from 512 to 64 for each image.', text: 'cuts refinement steps from 512 to 64', factor: 8, kind: 'compute' }],
  ['counts with their unit on the first', { sentence: 'Distillation brings sampling from 40 function evaluations to 4.', text: 'from 40 function evaluations to 4', factor: 10, kind: 'compute' }],
  ['iterations instead of', { sentence: 'Warm-started, the optimizer converges in 300 iterations instead of 12,000.', text: '300 iterations instead of 12,000', factor: 40, kind: 'compute' }],
  ['fewer calls at matched quality', { sentence: 'The agent keeps the answer quality of the fixed pipeline with 45% fewer tool calls.', text: '45% fewer tool calls', factor: 1.8182, kind: 'compute' }],
  ['fewer measurements than a search', { sentence: 'The tuner matches the kernel quality of a long random search using 8x fewer profiling measurements.', text: '8x fewer profiling measurements', factor: 8, kind: 'compute' }],
  ['fewer forward passes of a scorer', { sentence: 'Sharing the verifier needs up to 4x fewer scorer forward passes.', text: 'up to 4x fewer scorer forward passes', factor: 4, kind: 'compute' }],
  ['the machines a load needs, cut', { sentence: 'At equal load the tiered cache reduces the required GPUs from 12 to 5.', text: 'reduces the required GPUs from 12 to 5', factor: 2.4, kind: 'cost' }],
  ['a device count of a deployment, cut', { sentence: 'Using the planner, the team cut the node count of its chat service from 48 to 30.', text: 'cut the node count of its chat service from 48 to 30', factor: 1.6, kind: 'cost' }],
  ['cores needed per GPU, falling', { sentence: 'With decoding on the GPU, the CPU cores needed per accelerator fall from 16 to 4.', text: 'fall from 16 to 4', factor: 4, kind: 'cost' }],
  ['a range instead of one count', { sentence: 'The adaptive policy takes 3 to 6 denoising steps instead of 30.', text: '6 denoising steps instead of 30', factor: 10, kind: 'compute' }],
  // Room that saved memory makes.
  ['inputs larger on one device', { sentence: 'Freeing the activations fits meshes three times larger on a single card.', text: 'three times larger', factor: 3, kind: 'memory' }],
  ['models larger than memory holds', { sentence: 'With paged activations it trains networks 1.8x larger on the same card.', text: '1.8x larger', factor: 1.8, kind: 'memory' }],
  ['more items within the same memory', { sentence: 'The compact cache lets the viewer decode 3x more images within the same VRAM.', text: '3x more images', factor: 3, kind: 'memory' }],
  ['cut to a fraction at the end of a clause', { sentence: 'Activation memory for long inputs is cut to one quarter, so they fit on small cards.', text: 'cut to one quarter', factor: 4, kind: 'memory' }],
  // A pronoun and a plain verb restate the claim before, for another setting.
  ['"it reaches" after a claim', { sentence: 'The cache gives a 2.2x speedup on the small model, and on the large one it reaches 1.7x.', text: '1.7x', factor: 1.7, kind: 'speedup', claims: 2 }],
  ['a subject\'s head before "of"', { sentence: 'The tail latency of the decode step drops by 40% on long prompts.', text: 'latency of the decode step drops by 40%', factor: 1.6667, kind: 'latency' }],
  ['…a memory head before "of"', { sentence: 'The memory footprint of the optimizer states shrinks by 3x.', text: 'footprint of the optimizer states shrinks by 3x', factor: 3, kind: 'memory' }],
  ['the time of a whole job is a speed-up', { sentence: 'Index build time falls by 4x on the billion-vector set.', text: 'Index build time falls by 4x', factor: 4, kind: 'speedup' }],
  ['…and of a phase of training', { sentence: 'The planner shortens rollout time by 40% in RL post-training.', text: 'shortens rollout time by 40%', factor: 1.6667, kind: 'speedup' }],
  ['…a request\'s time stays latency', { sentence: 'Per-request decode time falls by 30%.', text: 'Per-request decode time falls by 30%', factor: 1.4286, kind: 'latency' }],
  // More work held or served.
  ['more work per step', { sentence: 'Bucketing by length gives 30% more useful tokens per step.', text: '30% more useful tokens per step', factor: 1.3, kind: 'throughput' }],
  ['more concurrent work the memory allows', { sentence: 'The 2-bit cache allows 3x more concurrent sessions on one card.', text: '3x more concurrent sessions', factor: 3, kind: 'memory' }],
  ['"as many" for "more"', { sentence: 'The offloader serves 1.8x as many concurrent users on one GPU.', text: '1.8x as many concurrent users', factor: 1.8, kind: 'throughput' }],
  ['more of a gain', { sentence: 'At equal accuracy the pruner gives 1.4x more speedup than token merging.', text: '1.4x more speedup', factor: 1.4, kind: 'speedup' }],
  ['higher request rates', { sentence: 'The router sustains 1.7x higher request rates before the tail target is missed.', text: '1.7x higher request rates', factor: 1.7, kind: 'throughput' }],
  ['higher QPS', { sentence: 'On the billion-vector set it reaches 3.2x higher QPS than the disk-based index.', text: '3.2x higher QPS', factor: 3.2, kind: 'throughput' }],
  // A before/after pair: a figure rejected inside the verb's object does not end it; a
  // verb with no direction ("brings", "takes") and the unit's own better way; bare counts
  // after a rate; the longest input that fits, wanted higher.
  ['a quality level inside the object', { sentence: 'On speech, the new recipe reduces the time to reach 8% word error rate from 31 hours to 9 hours.', text: 'reduces the time to reach 8% word error rate from 31 hours to 9 hours', factor: 3.4444, kind: 'speedup' }],
  ['a share inside the object', { sentence: 'The planner cuts the time to reach 90% of the final reward on the maze task from 14 hours to 5 hours.', text: 'cuts the time to reach 90% of the final reward on the maze task from 14 hours to 5 hours', factor: 2.8, kind: 'speedup' }],
  ['"brings" a stored model down', { sentence: 'Pruning and 4-bit packing bring the detector model from 240 MB to 36 MB.', text: 'bring the detector model from 240 MB to 36 MB', factor: 6.6667, kind: 'compression' }],
  ['"takes" a whole run down', { sentence: 'Incremental linking takes the nightly build from 3 hours to 40 minutes.', text: 'takes the nightly build from 3 hours to 40 minutes', factor: 4.5, kind: 'speedup' }],
  ['bare counts after a rate per second', { sentence: 'The columnar reader raises rows per second from 1.2M to 4.8M.', text: 'raises rows per second from 1.2M to 4.8M', factor: 4, kind: 'throughput' }],
  ['bare counts after throughput', { sentence: 'On the same index, query throughput rises from 900 to 2,600.', text: 'rises from 900 to 2,600', factor: 2.8889, kind: 'throughput' }],
  ['bare counts after a rate per hour', { sentence: 'The transcoder lifts clips per hour from 3,000 to 7,500 on one card.', text: 'lifts clips per hour from 3,000 to 7,500', factor: 2.5, kind: 'throughput' }],
  ['the longest sequence that fits grows', { sentence: 'With activations offloaded, the longest sequence that fits on one 24 GB GPU grows from 32K to 128K tokens.', text: 'grows from 32K to 128K tokens', factor: 4, kind: 'memory' }],
  ['the maximum context rises', { sentence: 'The maximum supported context rises from 200K to 1M tokens with the paged cache.', text: 'rises from 200K to 1M tokens', factor: 5, kind: 'memory' }],
  // Tokens the system spends set against the baseline's after a comparison marker.
  ['tokens per answer, compared with the teacher\'s', { sentence: 'The pruned reasoner writes 3.1K tokens per answer, compared with 7.4K for its teacher.', text: '3.1K tokens per answer, compared with 7.4K', factor: 2.3871, kind: 'compute' }],
  ['visual tokens versus the tokenizer\'s', { sentence: 'Each clip is encoded in 96 visual tokens versus 576 tokens for the patch tokenizer.', text: '96 visual tokens versus 576 tokens', factor: 6, kind: 'compute' }],
  ['tokens per task, against an agent\'s', { sentence: 'The agent spends 41K tokens per task, against 130K for ReAct.', text: '41K tokens per task, against 130K', factor: 3.1707, kind: 'compute' }],
  // A share of what another system spends (named by a possessive or an "of" after the
  // noun) is a saving, not a part's overhead; bills, calls and bandwidth spent count too;
  // the same result from a share of the work, stated before it, says what "only" says.
  ['a share of the teacher\'s compute', { sentence: 'Fine-tuning the student costs about one eighth of the teacher\'s original training compute.', text: 'about one eighth of the teacher\'s original training compute', factor: 8, kind: 'compute' }],
  ['a share of another deployment\'s bill', { sentence: 'The nightly batch costs 30% of the cloud bill of a GPU-only deployment.', text: '30% of the cloud bill of a GPU-only deployment', factor: 3.3333, kind: 'cost' }],
  ['a share of the calls a loop needs', { sentence: 'The verifier needs about a fifth of the solver calls of best-of-n search.', text: 'about a fifth of the solver calls', factor: 5, kind: 'compute' }],
  ['a share of the bandwidth used', { sentence: 'Streaming replication uses 20% of the inter-site bandwidth.', text: '20% of the inter-site bandwidth', factor: 5, kind: 'other' }],
  ['the same score with a share of the tokens', { sentence: 'The speech model keeps 98% of its word accuracy with a quarter of the audio tokens.', text: 'a quarter of the audio tokens', factor: 4, kind: 'compute' }],
  ['processing only a share of the tokens after a match', { sentence: 'The reranker matches full attention while processing only 25% of the input tokens.', text: 'only 25% of the input tokens', factor: 4, kind: 'compute' }],
  ['matching while using a share of the rollouts', { sentence: 'The planner matches exhaustive search while using a third of the rollouts.', text: 'a third of the rollouts', factor: 3, kind: 'compute' }],
  // Half of what a system spends, named right after "the"; stored files that shrink by
  // half; memory held below a share of a size.
  ['half the latency of a baseline', { sentence: 'On a phone NPU, the recognizer decodes at half the latency of Whisper-tiny.', text: 'half the latency of Whisper-tiny', factor: 2, kind: 'latency' }],
  ['half the size, after a copula', { sentence: 'With shared codebooks, the stored indexes are half the size.', text: 'half the size', factor: 2, kind: 'compression' }],
  ['half the energy of a baseline', { sentence: 'Each inference draws half the energy of the GPU baseline.', text: 'half the energy of the GPU baseline', factor: 2, kind: 'energy' }],
  ['checkpoint files shrink by about half', { sentence: 'Checkpoint files shrink by about half with the new format.', text: 'Checkpoint files shrink by about half', factor: 2, kind: 'compression' }],
  ['a checkpoint smaller', { sentence: 'The pruned checkpoint is 38% smaller than the FP16 one.', text: '38% smaller', factor: 1.6129, kind: 'compression' }],
  ['memory held below a share of a size', { sentence: 'Resident KV-cache memory stays below a quarter of the full cache size.', text: 'a quarter of the full cache', factor: 4, kind: 'memory' }],
  // "costs" as the noun a verb changes; a unit's "per" before "instead of"; steps and
  // iterations set against the baseline's; reasoning traces as work.
  ['serving costs reduced', { sentence: 'The scheduler reduces serving costs by 35% on spot instances.', text: 'reduces serving costs by 35%', factor: 1.5385, kind: 'cost' }],
  ['costs cut', { sentence: 'Prompt caching cuts costs by 2.4x for long agent sessions.', text: 'cuts costs by 2.4x', factor: 2.4, kind: 'cost' }],
  ['bytes per parameter instead of a bare count', { sentence: 'The optimizer stores 6 bytes per parameter instead of 16.', text: '6 bytes per parameter instead of 16', factor: 2.6667, kind: 'memory' }],
  ['steps compared to the baseline\'s', { sentence: 'The sampler needs only 6 denoising steps compared to the 50 steps of DDIM.', text: '6 denoising steps compared to the 50 steps', factor: 8.3333, kind: 'compute' }],
  ['iterations versus the baseline\'s', { sentence: 'It converges in 300 iterations versus 1,200 iterations for Adam.', text: '300 iterations versus 1,200 iterations', factor: 4, kind: 'compute' }],
  ['only a share of the reasoning traces', { sentence: 'The small model reaches the same accuracy using only 35% of the full reasoning traces.', text: 'only 35% of the full reasoning traces', factor: 2.8571, kind: 'compute' }],
  // The same work then and now: a time in a relative clause or after "previously", then
  // the main verb's time.
  ['a build that took hours now finishes in minutes', { sentence: 'The index build that took 9 hours on the old pipeline now finishes in 40 minutes.', text: '9 hours on the old pipeline now finishes in 40 minutes', factor: 13.5, kind: 'speedup' }],
  ['a run that previously needed days, in words', { sentence: 'A fine-tuning run that previously needed three days completes in 11 hours with the new kernels.', text: 'three days completes in 11 hours', factor: 6.5455, kind: 'speedup' }],
  ['a relative clause between commas', { sentence: 'Each sweep, which took 50 minutes with grid search, now runs in 6 minutes.', text: '50 minutes with grid search, now runs in 6 minutes', factor: 8.3333, kind: 'latency' }],
  // Room that saved memory makes: what the savings do to the batch, through "the number
  // of"; a batch or a stream held "N times larger/longer" after a verb of holding.
  ['"it doubles" the micro-batch size', { sentence: 'The freed memory is large enough that it doubles the micro-batch size on each GPU.', text: 'doubles the micro-batch size', factor: 2, kind: 'memory' }],
  ['tripling the number of microbatches', { sentence: 'Lower activation memory permits tripling the number of microbatches per stage.', text: 'tripling the number of microbatches', factor: 3, kind: 'memory' }],
  ['batches held, four times larger', { sentence: 'The compressed cache lets one A100 hold long prompts for batches four times larger.', text: 'four times larger', factor: 4, kind: 'memory' }],
  ['streams followed, longer', { sentence: 'The recurrent state lets the assistant follow video streams 12 times longer than the baseline.', text: '12 times longer', factor: 12, kind: 'memory' }],
  // Work held at once, counted, instead of fewer; one machine doing the work of several.
  ['concurrent streams instead of fewer', { sentence: 'The edge box handles four concurrent camera streams instead of two.', text: 'four concurrent camera streams instead of two', factor: 2, kind: 'throughput' }],
  ['concurrent sessions instead of fewer', { sentence: 'One GPU now serves 12 concurrent sessions instead of 5.', text: '12 concurrent sessions instead of 5', factor: 2.4, kind: 'throughput' }],
  ['one node handles the traffic of several', { sentence: 'A single cache node handles the traffic of 6 database replicas.', text: 'A single cache node handles the traffic of 6 database replicas', factor: 6, kind: 'cost' }],
  ['one server does the work of several', { sentence: 'One server now does the work of four GPU servers.', text: 'One server now does the work of four GPU servers', factor: 4, kind: 'cost' }],
  // The batch as the subject of a verb of growth, with nothing after it: room made.
  ['batch sizes grow', { sentence: 'With the freed memory, batch sizes grow by 4.2× on one GPU.', text: 'batch sizes grow by 4.2×', factor: 4.2, kind: 'memory' }],
  ['micro-batches increase', { sentence: 'On the same cards, micro-batches increase by 3x.', text: 'micro-batches increase by 3x', factor: 3, kind: 'memory' }],
  // A verb of lowering right before "N× the <quantity spent>" acts on it.
  ['reduce up to N× the memory', { sentence: 'On phones the planner can reduce up to 2.9x the total on-device memory usage.', text: 'reduce up to 2.9x the total on-device memory usage', factor: 2.9, kind: 'memory' }],
  ['lower N× the energy drawn', { sentence: 'The scheduler can lower up to 2.2x the energy drawn per query.', text: 'lower up to 2.2x the energy drawn per query', factor: 2.2, kind: 'energy' }],
  ['reduce N× the latency', { sentence: 'The prefetcher can reduce up to 1.8x the total inference latency on phones.', text: 'reduce up to 1.8x the total inference latency', factor: 1.8, kind: 'latency' }],
  // A later baseline's figure after a compared pair, "and N for Y", is set against the same.
  ['tokens, against two baselines', { sentence: 'The agent spends 41K tokens per task, against 130K for ReAct and 95K for Reflexion.', text: '95K', factor: 2.3171, kind: 'compute', claims: 2 }],
  ['a latency, compared with two baselines', { sentence: 'Answers arrive in 90 ms, compared with 400 ms for X and 250 ms for Y.', text: '250 ms', factor: 2.7778, kind: 'latency', claims: 2 }],
  ['a later baseline that spends less is no gain', { sentence: 'It needs 41K tokens per task, against 130K for ReAct and 20K for a lookup table.', text: '41K tokens per task, against 130K', factor: 3.1707, kind: 'compute', claims: 1 }],
  // Work a method counts and spends (paths, expert activations, rollouts, parts run per
  // unit of work), a design's silicon and clock, the largest batch that fits, machines
  // held ready: a verb and "by" on any of them is a claim.
  ['reasoning paths counted', { sentence: 'In code generation, the stopping rule lowers the number of sampled reasoning paths per problem by 45%.', text: 'lowers the number of sampled reasoning paths per problem by 45%', factor: 1.8182, kind: 'compute' }],
  ['expert activations trimmed', { sentence: 'For speech recognition, token-level routing trims expert activations by 30%.', text: 'trims expert activations by 30%', factor: 1.4286, kind: 'compute' }],
  ['blocks run per image', { sentence: 'The exit classifier cuts the mean number of blocks per image by 2.1x on ImageNet.', text: 'cuts the mean number of blocks per image by 2.1x', factor: 2.1, kind: 'compute' }],
  ['rollouts per update', { sentence: 'The replay buffer reduces rollouts per policy update by 35%.', text: 'reduces rollouts per policy update by 35%', factor: 1.5385, kind: 'compute' }],
  ['silicon area', { sentence: 'Against hand-written RTL, the generated accelerator lowers silicon area by 22%.', text: 'lowers silicon area by 22%', factor: 1.2821, kind: 'other' }],
  ['clock frequency', { sentence: 'The retimed pipeline raises the achievable clock frequency by 18% on the FPGA.', text: 'raises the achievable clock frequency by 18%', factor: 1.18, kind: 'speedup' }],
  ['the largest batch that fits', { sentence: 'Paging adapter weights raises the largest batch size by 2.4x on a 24 GB card.', text: 'raises the largest batch size by 2.4x', factor: 2.4, kind: 'memory' }],
  ['machines held ready', { sentence: 'Over a week of traces the autoscaler cuts idle GPU capacity by 38%.', text: 'cuts idle GPU capacity by 38%', factor: 1.6129, kind: 'cost' }],
];

describe('stated changes', () => {
  it.each(claims)('%s', (_family, row) => expectClaimRow(row));
});

// biome-ignore format: one row per near miss
const nearMisses: [family: string, sentence: string][] = [
  ['the authors scale a model, an object and "we"', 'We scale the model by 4x to 1.2 TB of parameters.'],
  ['a hyperparameter scaled by a factor', 'The learning rate is scaled by a factor of 2.'],
  ['the data grows every year', 'The dataset grows by 3x to 40 TB every year.'],
  ['model sizes grew, the problem\'s scale', 'Model sizes grew by 10x to 2 TB of parameters.'],
  ['a table that grows in a clause of condition', 'When the table grows by 4x to 2 TB, the old planner stalls.'],
  ['bit widths a method quantizes between', 'We quantize the KV cache from 16 bits to 2 bits per value.'],
  ['bytes padded up', 'We pad each record from 100 bytes to 128 bytes for alignment.'],
  ['a time per token that grows', 'Larger batches raise the time per step from 2 ms per token to 5 ms.'],
  ['"a thirty-second clip" is a length, not a fraction', 'Each user watches a thirty-second clip before the survey.'],
  ['N times the batch size as a setting, no verb of enabling', 'The recipe trains with twice the batch size of the reference run.'],
  ['more failures per hour is no rate gained', 'The aggressive planner produces 20% more collisions per hour than the cautious one.'],
  ['more per hour with no verb of producing', 'Users report 30% more breaks per hour with the old viewer.'],
  ['a start that is not cold', 'The warm-up phase moves the start of training from 2 to 5 minutes.'],
  ['a share of requests served from a cache', 'The front tier answers 40% of queries from the cache.'],
  ['a load swept, not a rate reached', 'As the request rate increases from 20 to 80 requests per second, tail latency stays flat.'],
  ['a count of calls that rises', 'With longer videos, model calls per minute rise from 5 to 40.'],
  ['a context extended, a setting', 'We extend the context from 4K to 32K tokens.'],
  ['durations in words with no verb or metric', 'Sessions last from two to five days.'],
  ['a longer time in words for ours', 'Our search takes about a day, compared with three hours for the greedy planner.'],
  ['a power cap the paper lowered', 'We lower the power cap from 300 W to 150 W.'],
  ['a power budget varied', 'The budget goes from 200 W to 100 W as the cap tightens.'],
  ['a power range swept upwards', 'We vary the board power from 150 W to 300 W.'],
  ['ours costs more than the baseline', 'Our pipeline costs $90, compared with $40 for the cache-free one.'],
  ['battery life that ranges', 'Battery life ranges from 3 to 8 days across users.'],
  ['a time that is no battery life, from A to B', 'Sessions last from 3 to 8 days.'],
  ['bare counts with words between, instead of', 'We keep 2 layers frozen per block instead of 12.'],
  ['a setting with units, a comma before instead of', 'Each worker holds 8 GB of shards, instead of 2 GB.'],
  ['fewer errors is a quality', 'The checker reaches the same accuracy with 30% fewer errors in the logs.'],
  ['a device count the paper varied', 'As the GPU count drops from 64 to 16, each step takes longer.'],
  ['devices added, not needed', 'The cluster grows its nodes from 8 to 32 over the year.'],
  ['pair, setting holds a figure', 'Batch latency went from 40 ms with 8 requests to 90 ms.'],
  ['pair, setting with no unit on the figures', 'The count went from 40 with the old rule to 9 items.'],
  ['pair of accuracies', 'Accuracy on the held-out set rises from 71% to 78% after tuning.'],
  ['pair of hit rates', 'The prefix cache hit rate rises from 30% to 70%.'],
  ['pair of shares meeting a target', 'The share of requests that meet the deadline rises from 70% to 95%.'],
  ['pair of model sizes', 'We scale the model from 7B to 70B parameters.'],
  ['idle share rising', 'Without the buffer, GPU idle time grows from 10% to 35%.'],
  ['"by N" with no speed verb or factor before it', 'The queue grows by 3 at peak hours, as the trace shows for the whole week of logs that we collected.'],
  ['N-fold on a count', 'We increase the number of experts 4-fold.'],
  ['more work per step, verb of using', 'The longer context needs 2x more tokens per query.'],
  ['more of something that is not work', 'The cache allows 3x more configuration options.'],
  ['a frequency as an adjective', 'The arm runs at a 20 Hz control rate during the test.'],
  ['a share of input tokens dropped is a pruning budget', 'The selector removes 75% of the visual tokens before the decoder.'],
  ['halving the number of something that is not work', 'Each block halves the number of channels.'],
  ['halving the number of stored weights is a layout', 'A 2:4 pattern halves the number of stored weights.'],
  ['a share of other things removed', 'The filter removes 30% of the training images.'],
  ['a context extended, by a factor', 'The recipe increases the context length by 4x.'],
  ['a share of the data used, not played down', 'We fine-tune each model on 10% of the training examples.'],
  ['only a share of the input, as a fact', 'In these videos, only 8% of the tokens are informative.'],
  ['a recomputation budget', 'The cache recomputes only 12% of tokens per request.'],
  ['a pruning budget with "only"', 'The selector keeps only 10% of the visual tokens.'],
  ['a batch size the authors raise', 'We increase the batch size from 8 to 32 in the ablation.'],
  ['a batch size that grows, a range', 'As the batch size grows from 8 to 64, latency rises.'],
  ['machine time that grows, a range', 'The budget grows from 100 GPU-hours to 400 GPU-hours in the second phase.'],
  ['machines removed to inject failures', 'To test recovery, we remove 25% of the nodes halfway through the run.'],
  ['a share of the machines a part uses', 'The router sends 40% of requests to 30% of the GPUs.'],
  ['counts of something that is not work', 'The pipeline reduces its stages from 12 to 4.'],
  ['counts growing', 'We scale training from 1,000 steps to 8,000 steps.'],
  ['a further share of something that is not work', 'The filter removes a further 10% of the images.'],
  ['larger, with no verb of holding', 'The new clusters are three times larger than last year.'],
  ['"it reaches" with no claim before it', 'On the large model it reaches 1.7x.'],
  ['a multiple as an adjective', 'Evaluated at a 4x horizon, the model keeps its motion quality.'],
  ['a context set against a shorter one', 'The model reads a context of 128K tokens, compared with 32K for Llama-2.'],
  ['more tokens than the baseline', 'Our prompt has 900 tokens, versus 300 for the short template.'],
  ['a share of calls as items', 'About 40% of tool calls return errors.'],
  ['a part\'s share of the dense time', 'The predictor costs about 4% of the dense attention time.'],
  ['a share of the data, a setting', 'Trained with 35% of the data, the model matches the baseline.'],
  ['a share of the data after a match, no "only"', 'The student matches its teacher with 30% of the training examples.'],
  ['a share of tokens kept after a match', 'The model matches the baseline while keeping only 10% of the visual tokens.'],
  ['a share of tokens processed, no result stated', 'The encoder processes only 25% of the input tokens.'],
  ['a share of tokens kept', 'The pruner keeps one tenth of the visual tokens at each layer.'],
  ['half the layers, a shape', 'The student uses half the layers of its teacher.'],
  ['half the batch size, a setting', 'We train with half the batch size of the baseline.'],
  ['half the hidden size, a shape', 'Its encoder has half the hidden size of BERT-base.'],
  ['a part bounded by a share of a size', 'The sketches cost under 1% of a block\'s size.'],
  ['"costs" as a verb of more', 'Reading every page costs 5 times more than reading the summary.'],
  ['more steps than the baseline', 'The model needs 512 steps compared to 64 steps for the distilled sampler.'],
  ['then and now, slower now', 'A job that took 2 hours now takes 5 hours.'],
  ['a micro-batch the authors double', 'We double the micro-batch size to fill the GPU.'],
  ['doubling microbatches as an experiment', 'Doubling the number of microbatches raises the bubble ratio.'],
  ['more steps counted', 'The ensemble doubles the number of steps.'],
  ['N× the energy drawn, no verb of lowering', 'The larger model draws 2.2x the energy drawn per query by the small one.'],
  ['batch sizes grown as a condition', 'As batch sizes grow by 2x, latency rises.'],
  ['batch sizes the authors let grow', 'We let batch sizes grow by 2x.'],
  ['fewer concurrent streams', 'The model handles three concurrent streams instead of five.'],
  ['a context the authors extend', 'We extend the context from 4K to 32K tokens during fine-tuning.'],
  ['a context the authors evaluate at', 'The maximum context we evaluate grows from 8K to 64K tokens.'],
  ['a rate that ranges', 'Items per second ranged from 900 to 2,600 across the datasets.'],
  ['a rate swept as load', 'As the query throughput offered grows from 900 to 2,600, tail latency doubles.'],
  ['a time that grows with a neutral verb', 'The larger model takes the epoch from 20 minutes to 50 minutes.'],
  ['the area under a curve is a quality', 'The new scorer improves the area under the curve by 4%.'],
  ['a batch the authors chose', 'We raise the maximum batch size by 2x to test stability.'],
  ['more paths sampled is a cost', 'The ensemble raises the number of sampled paths by 2x.'],
  ['a tile made larger', 'Adding the adapters increases the area of each tile by 6%.'],
  ['a model\'s capacity is no speed', 'Pruning reduces model capacity by 20%.'],
  ['"halves" as a noun', 'The overlap hides the transfer only when both halves finish together.'],
];

describe('stated changes: near misses', () => {
  it.each(nearMisses)('%s', (_family, sentence) => expectNoClaims(sentence));
});
