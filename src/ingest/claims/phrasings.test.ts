// One row per phrasing: the sentence, and the one claim it must yield.
import { describe, expect, it } from 'vitest';
import type { ClaimKind } from '../../dataset/schema';
import { extractClaims } from './extract';

interface Row {
  phrasing: string;
  sentence: string;
  text: string;
  factor: number | null;
  kind: ClaimKind;
  value?: number;
  unit?: string;
  range?: [number, number];
}

// biome-ignore format: one row per case
const rows: Row[] = [
  { phrasing: '1.7x', sentence: 'Our kernel is 1.7x faster than FlashAttention.', text: '1.7x faster', factor: 1.7, kind: 'speedup', value: 1.7, unit: 'x' },
  { phrasing: 'doubles beside double buffering', sentence: 'With double buffering, the loader doubles training throughput on the same GPUs.', text: 'doubles training throughput', factor: 2, kind: 'throughput' },
  { phrasing: '1.7×', sentence: 'Our kernel is 1.7× faster than FlashAttention.', text: '1.7× faster', factor: 1.7, kind: 'speedup' },
  { phrasing: '1.7X', sentence: 'Our kernel is 1.7X faster than FlashAttention.', text: '1.7X faster', factor: 1.7, kind: 'speedup' },
  { phrasing: '1.7 times', sentence: 'Our kernel runs 1.7 times faster than FlashAttention.', text: '1.7 times faster', factor: 1.7, kind: 'speedup' },
  { phrasing: 'glued 3times', sentence: 'This yields a 3times speedup on long prompts.', text: '3times speedup', factor: 3, kind: 'speedup' },
  { phrasing: 'glued range 1.5-2.0times', sentence: 'We observe 1.5-2.0times speedup over cuBLAS.', text: '1.5-2.0times speedup', factor: 2, kind: 'speedup', range: [1.5, 2] },
  { phrasing: '2-4 ×', sentence: 'It reduces latency by 2-4 × compared with tensor parallelism.', text: 'reduces latency by 2-4 ×', factor: 4, kind: 'latency', range: [2, 4] },
  { phrasing: '2X-3X', sentence: 'We show a 2X-3X acceleration compared to T5X.', text: '2X-3X acceleration', factor: 3, kind: 'speedup', range: [2, 3] },
  { phrasing: '2.7x-3.5x', sentence: 'Decoding is 2.7x-3.5x faster than llama.cpp.', text: '2.7x-3.5x faster', factor: 3.5, kind: 'speedup', range: [2.7, 3.5] },
  { phrasing: '2.35× ~ 3.47×', sentence: 'Training memory shrinks by 2.35× ~ 3.47× depending on model size.', text: 'Training memory shrinks by 2.35× ~ 3.47×', factor: 3.47, kind: 'memory', range: [2.35, 3.47] },
  { phrasing: 'en-dash range', sentence: 'Throughput improves by 1.5–2× on A100.', text: 'Throughput improves by 1.5–2×', factor: 2, kind: 'throughput', range: [1.5, 2] },
  { phrasing: 'between N× and M×', sentence: 'On Xeon CPUs the speedup is between 2.4× and 3.9×.', text: 'speedup is between 2.4× and 3.9×', factor: 3.9, kind: 'speedup', range: [2.4, 3.9] },
  { phrasing: 'N-fold', sentence: 'The fused kernel is 12-fold faster at batch size 64.', text: '12-fold faster', factor: 12, kind: 'speedup' },
  { phrasing: 'Nfold in words', sentence: 'Sampling becomes threefold faster with caching.', text: 'threefold faster', factor: 3, kind: 'speedup' },
  { phrasing: 'word times', sentence: 'Open-Sora runs nearly three times faster at 480p.', text: 'nearly three times faster', factor: 3, kind: 'speedup' },
  { phrasing: 'twice as fast', sentence: 'On CPU it is twice as fast as FastSpeech 2.', text: 'twice as fast', factor: 2, kind: 'speedup' },
  { phrasing: 'up to', sentence: 'SwiftKV realizes up to 2x higher aggregate throughput.', text: 'up to 2x higher aggregate throughput', factor: 2, kind: 'throughput' },
  { phrasing: 'over (qualifier)', sentence: 'The heads achieve over 2.2x speedup without quality loss.', text: 'over 2.2x speedup', factor: 2.2, kind: 'speedup' },
  { phrasing: 'over (baseline)', sentence: 'Goodput improves by 1.9x over DistServe.', text: 'Goodput improves by 1.9x', factor: 1.9, kind: 'throughput' },
  { phrasing: 'about', sentence: 'Our kernel reduces prefill latency by about 1.7x relative to MHA.', text: 'reduces prefill latency by about 1.7x', factor: 1.7, kind: 'latency' },
  { phrasing: 'around', sentence: 'Time-to-first-token becomes around 8 times lower.', text: 'around 8 times lower', factor: 8, kind: 'latency' },
  { phrasing: 'N× the throughput of', sentence: 'It sustains about 5× the throughput of a transformer.', text: 'about 5×', factor: 5, kind: 'throughput' },
  { phrasing: 'speedup of N×', sentence: 'We achieve inference speedups of around 3.25x on A100.', text: 'speedups of around 3.25x', factor: 3.25, kind: 'speedup' },
  { phrasing: 'N% faster', sentence: 'FP8 training is 34% faster than BF16.', text: '34% faster', factor: 1.34, kind: 'speedup', value: 34, unit: '%' },
  { phrasing: 'N% speed-up', sentence: 'FlashSigmoid yields a 17% inference kernel speed-up over FlashAttention2.', text: '17% inference kernel speed-up', factor: 1.17, kind: 'speedup' },
  { phrasing: 'N% speedup', sentence: 'We report a 15% end-to-end wall-clock speedup on BERT-large.', text: '15% end-to-end wall-clock speedup', factor: 1.15, kind: 'speedup' },
  { phrasing: 'accelerations of N%', sentence: 'We demonstrate accelerations of 65.08% with 1D parallelism.', text: 'accelerations of 65.08%', factor: 1.6508, kind: 'speedup' },
  { phrasing: 'N% improvement in throughput', sentence: 'This gives a 37% improvement in training throughput.', text: '37% improvement in training throughput', factor: 1.37, kind: 'throughput' },
  { phrasing: 'improves throughput by N%', sentence: 'It improves training throughput by 29.0% over the prior configuration.', text: 'improves training throughput by 29.0%', factor: 1.29, kind: 'throughput' },
  { phrasing: 'N% higher throughput', sentence: 'The scheduler delivers 25% higher throughput.', text: '25% higher throughput', factor: 1.25, kind: 'throughput' },
  { phrasing: 'reduces X by N%', sentence: 'SwiftKV reduces the memory requirement of the KV cache by 62.5%.', text: 'reduces the memory requirement of the KV cache by 62.5%', factor: 2.6667, kind: 'memory' },
  { phrasing: 'X drops by N%', sentence: 'Energy per token drops by 58% on the phone.', text: 'Energy per token drops by 58%', factor: 2.381, kind: 'energy' },
  { phrasing: 'N% lower', sentence: 'It achieves 60% lower time per output token.', text: '60% lower time per output token', factor: 2.5, kind: 'latency' },
  { phrasing: 'N% less', sentence: 'The optimizer uses 27% less memory than Adam.', text: '27% less memory', factor: 1.3699, kind: 'memory' },
  { phrasing: 'N% fewer', sentence: 'The same traffic is served with 35% fewer GPUs.', text: '35% fewer GPUs', factor: 1.5385, kind: 'cost' },
  { phrasing: 'N% reduction in', sentence: 'We measure a 40% reduction in decoding latency.', text: '40% reduction in decoding latency', factor: 1.6667, kind: 'latency' },
  { phrasing: 'costing N% less', sentence: 'The network is faster while costing 43% less.', text: '43% less', factor: 1.7544, kind: 'cost' },
  { phrasing: 'saves N% of costs', sentence: 'The model saves 42.5% of training costs.', text: 'saves 42.5% of training costs', factor: 1.7391, kind: 'cost' },
  { phrasing: 'N× less', sentence: 'The fused loss uses 5x less memory.', text: '5x less memory', factor: 5, kind: 'memory' },
  { phrasing: 'N× lower', sentence: 'Probes work at 20 times lower cost.', text: '20 times lower cost', factor: 20, kind: 'cost' },
  { phrasing: 'N× smaller', sentence: 'The compressed prompt is 26× smaller.', text: '26× smaller', factor: 26, kind: 'compression' },
  { phrasing: 'N× fewer', sentence: 'The backbone needs 2.3x fewer FLOPs than EfficientFormer.', text: '2.3x fewer FLOPs', factor: 2.3, kind: 'compute' },
  { phrasing: 'N× compression', sentence: 'We achieve an 8x KV-cache compression with no drop in quality.', text: '8x KV-cache compression', factor: 8, kind: 'compression' },
  { phrasing: 'N% of the cost', sentence: 'Training the model came to only 1% of the cost of MovieGen.', text: '1% of the cost of MovieGen', factor: 100, kind: 'cost' },
  { phrasing: 'at N% of the cost', sentence: 'We match full-data accuracy at 18% of the cost.', text: '18% of the cost', factor: 5.5556, kind: 'cost' },
  { phrasing: 'from A to B', sentence: 'Loading a checkpoint drops from 184 seconds to 21 seconds.', text: 'drops from 184 seconds to 21 seconds', factor: 8.7619, kind: 'latency' },
  { phrasing: 'from A to B, glued units', sentence: 'It cuts peak memory from 5.1GB to 1.9GB.', text: 'cuts peak memory from 5.1GB to 1.9GB', factor: 2.6842, kind: 'memory' },
  { phrasing: 'from A to B with the factor restated', sentence: 'Inference goes from 71s to 29s (2.4x speedup).', text: 'from 71s to 29s (2.4x speedup)', factor: 2.4, kind: 'speedup' },
  { phrasing: 'to A from B', sentence: 'Ring-Pipe raises model FLOPs utilization to 52.4% from 38.1%.', text: 'raises model FLOPs utilization to 52.4% from 38.1%', factor: 1.3753, kind: 'utilization' },
  { phrasing: 'A instead of B', sentence: 'Fine-tuning takes 9 hours instead of 50.', text: '9 hours instead of 50', factor: 5.5556, kind: 'speedup' },
  { phrasing: 'A instead of B, mixed units', sentence: 'Pruning takes 9 minutes instead of 4 hours.', text: '9 minutes instead of 4 hours', factor: 26.667, kind: 'speedup' },
  { phrasing: 'doubles', sentence: 'On TPU v5e, throughput doubles at 64 experts.', text: 'throughput doubles', factor: 2, kind: 'throughput' },
  { phrasing: 'doubles the X', sentence: 'Speculation doubles the decoding throughput.', text: 'doubles the decoding throughput', factor: 2, kind: 'throughput' },
  { phrasing: 'halves', sentence: 'Memory per GPU is halved relative to DistriFusion.', text: 'Memory per GPU is halved', factor: 2, kind: 'memory' },
  { phrasing: 'by half', sentence: 'Storing only keys cuts the context memory by half.', text: 'cuts the context memory by half', factor: 2, kind: 'memory' },
  { phrasing: 'in half', sentence: 'It cuts P99 time-between-tokens in half.', text: 'cuts P99 time-between-tokens in half', factor: 2, kind: 'latency' },
  { phrasing: 'an order of magnitude', sentence: 'This reduces prefill FLOPs by roughly an order of magnitude.', text: 'reduces prefill FLOPs by roughly an order of magnitude', factor: 10, kind: 'compute' },
  { phrasing: 'two orders of magnitude', sentence: 'It decodes two orders of magnitude faster than a GPU.', text: 'two orders of magnitude faster', factor: 100, kind: 'speedup' },
  { phrasing: 'to N times', sentence: 'It boosts the maximum generation throughput to 5.76 times.', text: 'boosts the maximum generation throughput to 5.76 times', factor: 5.76, kind: 'throughput' },
  { phrasing: 'N% range, reduction', sentence: 'Energy consumption falls by 55-70% on M2.', text: 'Energy consumption falls by 55-70%', factor: 3.3333, kind: 'energy', range: [2.2222, 3.3333] },
  { phrasing: 'by a factor of N', sentence: 'The cache reduces decoding latency by a factor of 3 on long inputs.', text: 'reduces decoding latency by a factor of 3', factor: 3, kind: 'latency' },
  { phrasing: 'N orders of magnitude, digit', sentence: 'Our solver is 3 orders of magnitude faster than the reference.', text: '3 orders of magnitude faster', factor: 1000, kind: 'speedup' },
  { phrasing: 'upwards of', sentence: 'Sampling can be upwards of 50% faster to step.', text: 'upwards of 50% faster', factor: 1.5, kind: 'speedup' },
  { phrasing: 'N× <rate noun>', sentence: 'It provides 3x throughput on long contexts compared to Mixtral.', text: '3x throughput', factor: 3, kind: 'throughput' },
  { phrasing: 'N× enhancement in', sentence: 'We see an 8.2x enhancement in memory efficiency.', text: '8.2x enhancement in memory efficiency', factor: 8.2, kind: 'memory' },
  { phrasing: 'aside inside the phrase', sentence: 'It delivers up to 3.7x lower (token-level) tail latency.', text: 'up to 3.7x lower (token-level) tail latency', factor: 3.7, kind: 'latency' },
  { phrasing: 'doubled <noun>', sentence: 'It achieves doubled throughput on chat traffic.', text: 'doubled throughput', factor: 2, kind: 'throughput' },
  { phrasing: 'absolute % of theoretical maximum', sentence: 'It reaches 50-73% of the theoretical maximum FLOPs/s on A100.', text: '50-73% of the theoretical maximum FLOPs/s', factor: null, kind: 'utilization', range: [50, 73] },
  { phrasing: 'absolute MFU', sentence: 'We achieve up to 49.3% Model Flops Utilization (MFU) on H100 GPUs.', text: 'up to 49.3% Model Flops Utilization (MFU)', factor: null, kind: 'utilization', value: 49.3, unit: '%' },
  { phrasing: 'absolute MFU, short', sentence: 'The 70B model trains at 39.0% MFU.', text: '39.0% MFU', factor: null, kind: 'utilization' },
  { phrasing: 'absolute % of peak', sentence: 'The kernel reaches 63% of the hardware\'s peak FLOPs.', text: '63% of the hardware\'s peak FLOPs', factor: null, kind: 'utilization' },
  { phrasing: 'absolute tokens/s', sentence: 'This translates to 16K tokens/s for Llama-3.1-70B.', text: '16K tokens/s', factor: null, kind: 'throughput', value: 16000, unit: 'tokens/s' },
  { phrasing: 'absolute TFLOPs/s', sentence: 'The kernel sustains 560 TFLOPs/s on one GPU.', text: '560 TFLOPs/s', factor: null, kind: 'throughput', value: 560, unit: 'TFLOPs/s' },
  { phrasing: 'absolute TFlops/GPU', sentence: 'It achieves 560 TFlops/GPU of normalized inference throughput.', text: '560 TFlops/GPU', factor: null, kind: 'throughput', unit: 'TFLOPs/GPU' },
  { phrasing: 'absolute images/s', sentence: 'The model processes 2,150 images/s at batch size 256.', text: '2,150 images/s', factor: null, kind: 'throughput', value: 2150 },
  { phrasing: 'N+%', sentence: 'Overlapping the two stages lifts training throughput by 15+%.', text: 'lifts training throughput by 15+%', factor: 1.15, kind: 'throughput' },
  { phrasing: 'N+ times', sentence: 'The wafer design decodes 40+ times faster than a GPU box.', text: '40+ times faster', factor: 40, kind: 'speedup' },
  { phrasing: 'decimal comma 1,8x', sentence: 'The new loader makes fine-tuning start 1,8x faster.', text: '1,8x faster', factor: 1.8, kind: 'speedup' },
  { phrasing: 'decimal comma 12,5%', sentence: 'Paging reduces peak memory by 12,5% on long inputs.', text: 'reduces peak memory by 12,5%', factor: 1.1429, kind: 'memory' },
  { phrasing: 'spaced range 20X - 60X', sentence: 'Its sparse kernels run 20X - 60X faster than dense ones.', text: '20X - 60X faster', factor: 60, kind: 'speedup', range: [20, 60] },
  { phrasing: 'range 2 to 3×', sentence: 'Decoding becomes 2 to 3× faster with the cache.', text: '2 to 3× faster', factor: 3, kind: 'speedup', range: [2, 3] },
  { phrasing: 'serves N% more requests', sentence: 'With the same GPUs the autoscaler serves 30% more requests.', text: '30% more requests', factor: 1.3, kind: 'throughput' },
  { phrasing: 'serves Nx more users', sentence: 'A shared cache serves 2.5x more concurrent users on one card.', text: '2.5x more concurrent users', factor: 2.5, kind: 'throughput' },
  { phrasing: 'answers Nx more queries per second', sentence: 'The index answers 9x more queries per second.', text: '9x more queries per second', factor: 9, kind: 'throughput' },
  { phrasing: 'N× more images per minute', sentence: 'Our engine turns out 3x more images per minute.', text: '3x more images per minute', factor: 3, kind: 'throughput' },
  { phrasing: 'holds Nx more sequences', sentence: 'The paged layout holds 4x more sequences in memory.', text: '4x more sequences', factor: 4, kind: 'memory' },
  { phrasing: 'a cut in money spent, as spend', sentence: 'Reusing cached tool results trims the agent API spend by 35% per task.', text: 'trims the agent API spend by 35%', factor: 1.5385, kind: 'cost' },
  { phrasing: 'a cut in money spent, as a bill', sentence: 'Right-sizing the fleet lowers the monthly cloud bill by 28%.', text: 'lowers the monthly cloud bill by 28%', factor: 1.3889, kind: 'cost' },
  { phrasing: 'by a median of N%', sentence: 'Across the suite the autotuner lowers kernel latency by a median of 18%.', text: 'lowers kernel latency by a median of 18%', factor: 1.2195, kind: 'latency' },
  { phrasing: 'by a geometric mean of N×', sentence: 'The compiler speeds up the benchmark models by a geometric mean of 1.9× over eager mode.', text: 'speeds up the benchmark models by a geometric mean of 1.9×', factor: 1.9, kind: 'speedup' },
  { phrasing: 'by a further N% after an earlier gain', sentence: 'Sharing prefixes across turns then cuts TTFT by a further 35% on chat traces.', text: 'cuts TTFT by a further 35%', factor: 1.5385, kind: 'latency' },
  { phrasing: 'by an additional N%', sentence: 'On top of batching, the planner lowers serving cost by an additional 12%.', text: 'lowers serving cost by an additional 12%', factor: 1.1364, kind: 'cost' },
  { phrasing: 'saves N% energy, no "of"', sentence: 'Per-phase clock control saves 28% energy per generated token.', text: 'saves 28% energy', factor: 1.3889, kind: 'energy' },
  { phrasing: 'saves a further N% energy', sentence: 'Lowering the memory clock during decode saves a further 9% energy.', text: 'saves a further 9% energy', factor: 1.0989, kind: 'energy' },
  { phrasing: 'an object whose "per" phrase names a quality', sentence: 'The tool-writing agent cuts the dollar cost per solved task by 37%.', text: 'cuts the dollar cost per solved task by 37%', factor: 1.5873, kind: 'cost' },
  { phrasing: 'an object whose "to" phrase names a quality', sentence: 'Warm restarts shorten time to target loss by 22%.', text: 'shorten time to target loss by 22%', factor: 1.2821, kind: 'speedup' },
  { phrasing: 'tokens per task, by N×', sentence: 'Folding old turns lowers input tokens per task by 2.2x.', text: 'lowers input tokens per task by 2.2x', factor: 2.2, kind: 'compute' },
  { phrasing: 'a scheduler cuts JCT', sentence: 'The packing scheduler shortens average JCT by 22% on the production trace.', text: 'shortens average JCT by 22%', factor: 1.2821, kind: 'speedup' },
  { phrasing: 'a scheduler cuts makespan', sentence: 'Work stealing reduces rollout makespan by 35%.', text: 'reduces rollout makespan by 35%', factor: 1.5385, kind: 'speedup' },
  { phrasing: 'queueing delay cut by a range', sentence: 'Gang-aware packing cuts mean queueing delay by 31-48%.', text: 'cuts mean queueing delay by 31-48%', factor: 1.9231, kind: 'latency', range: [1.4493, 1.9231] },
  { phrasing: 'I/O cut', sentence: 'Caching decoded samples reduces per-epoch I/O by 70%.', text: 'reduces per-epoch I/O by 70%', factor: 3.3333, kind: 'memory' },
  { phrasing: 'storage reads cut', sentence: 'Expert caching cuts flash reads per token by 60%.', text: 'cuts flash reads per token by 60%', factor: 2.5, kind: 'memory' },
  { phrasing: 'host cores spent, cut', sentence: 'Forking environments cuts the CPU cores spent on rendering by 60%.', text: 'cuts the CPU cores spent on rendering by 60%', factor: 2.5, kind: 'cost' },
  { phrasing: 'token usage cut', sentence: 'The probe lowers token usage by 15-25%.', text: 'lowers token usage by 15-25%', factor: 1.3333, kind: 'compute', range: [1.1765, 1.3333] },
  { phrasing: 'preemptions cut', sentence: 'Adaptive checkpoints reduce preemptions by up to 80%.', text: 'reduce preemptions by up to 80%', factor: 5, kind: 'other' },
  { phrasing: 'shortens responses', sentence: 'The trimmed policy shortens responses by 40% on MATH.', text: 'shortens responses by 40%', factor: 1.6667, kind: 'compute' },
  { phrasing: 'shortens a phase', sentence: 'Partial rollouts shorten the rollout phase by 30%.', text: 'shorten the rollout phase by 30%', factor: 1.4286, kind: 'speedup' },
  { phrasing: 'one eighth of the memory', sentence: 'The small student needs one eighth of the GPU memory of its teacher.', text: 'one eighth of the GPU memory', factor: 8, kind: 'memory' },
  { phrasing: 'at one ninth of the GPU hours', sentence: 'The distilled policy matches the RL-trained one at one ninth of the GPU hours.', text: 'one ninth of the GPU hours', factor: 9, kind: 'cost' },
  { phrasing: 'cut to one twelfth of the size', sentence: 'The encoder shrinks the sent features to one twelfth of the raw size.', text: 'shrinks the sent features to one twelfth of the raw size', factor: 12, kind: 'compression' },
  { phrasing: 'a hundredth of the cost', sentence: 'Retrieval answers at one hundredth of the cost of a long-context call.', text: 'one hundredth of the cost', factor: 100, kind: 'cost' },
  { phrasing: 'the number of calls cut', sentence: 'The planner reduces the number of retrieval calls by 46%.', text: 'reduces the number of retrieval calls by 46%', factor: 1.8519, kind: 'compute' },
  { phrasing: 'work counted per day raised', sentence: 'Packing raises the number of finished jobs per day by 17%.', text: 'raises the number of finished jobs per day by 17%', factor: 1.17, kind: 'throughput' },
  { phrasing: 'TFLOPs per GPU raised by a range', sentence: 'The layout improves TFLOPs per GPU by 18% to 44% over a uniform one.', text: 'improves TFLOPs per GPU by 18% to 44%', factor: 1.44, kind: 'throughput', range: [1.18, 1.44] },
  { phrasing: 'fits Nx longer sequences', sentence: 'The compressed cache fits 2.5x longer sequences on one GPU.', text: '2.5x longer sequences', factor: 2.5, kind: 'memory' },
  { phrasing: 'enables Nx larger micro-batches', sentence: 'Chunked loss kernels enable 4x larger micro-batches.', text: '4x larger micro-batches', factor: 4, kind: 'memory' },
  { phrasing: 'Nx more of a work unit glued to a size', sentence: 'The cache holds 2.6x more concurrent 32K-context sessions.', text: '2.6x more concurrent 32K-context sessions', factor: 2.6, kind: 'memory' },
  { phrasing: 'Nx more lookups per second', sentence: 'The tiered cache answers 3.1x more embedding lookups per second.', text: '3.1x more embedding lookups per second', factor: 3.1, kind: 'throughput' },
  { phrasing: 'Nx more trajectories per hour', sentence: 'The forked pool yields 6.2x more trajectories per hour than a container pool.', text: '6.2x more trajectories per hour', factor: 6.2, kind: 'throughput' },
  { phrasing: 'N× the rate of a baseline', sentence: 'The loader feeds batches at 2.2x the rate of the stock loader.', text: '2.2x', factor: 2.2, kind: 'throughput' },
  { phrasing: 'a speed verb on a part named by a plain noun', sentence: 'The engine speeds up the attention layers by 2.2x on long prompts.', text: 'speeds up the attention layers by 2.2x', factor: 2.2, kind: 'speedup' },
  { phrasing: 'a % in a clause of its own after a verb series', sentence: 'It speeds up decoding by 1.5x while adding only 4% memory.', text: 'speeds up decoding by 1.5x', factor: 1.5, kind: 'speedup' },
  { phrasing: 'speedup ratio of a bare number', sentence: 'The tree drafter reaches a speedup ratio of up to 2.7 over greedy decoding.', text: 'speedup ratio of up to 2.7', factor: 2.7, kind: 'speedup' },
  { phrasing: 'the speedup factor is N', sentence: 'On the longest inputs the speedup factor is 4.2.', text: 'speedup factor is 4.2', factor: 4.2, kind: 'speedup' },
  { phrasing: 'speedup ratios of a range', sentence: 'The heads give speedup ratios of 1.8x–2.6x on one GPU.', text: 'speedup ratios of 1.8x–2.6x', factor: 2.6, kind: 'speedup', range: [1.8, 2.6] },
  { phrasing: 'improvement in tokens per second', sentence: 'Inside the serving stack it gives a 2× improvement in tokens per second.', text: '2× improvement in tokens per second', factor: 2, kind: 'throughput' },
  { phrasing: 'raises tokens per second by N %', sentence: 'The GPU tokenizer raises tokens per second by 30 %.', text: 'raises tokens per second by 30 %', factor: 1.3, kind: 'throughput' },
  { phrasing: 'by N in <metric>', sentence: 'The planner widens the Pareto front by up to 1.6x in throughput.', text: 'widens the Pareto front by up to 1.6x in throughput', factor: 1.6, kind: 'throughput' },
  { phrasing: 'a decimal multiple before a device word (memory)', sentence: 'The compiled graph gives a 2.7× GPU memory reduction on ResNet-50.', text: '2.7× GPU memory reduction', factor: 2.7, kind: 'memory' },
  { phrasing: 'a decimal multiple before a device word (throughput)', sentence: 'The mobile runtime achieves 1.9x NPU throughput improvement over TFLite.', text: '1.9x NPU throughput improvement', factor: 1.9, kind: 'throughput' },
  { phrasing: 'a decimal multiple before a device word (latency)', sentence: 'Our index brings a 3.4× CPU latency reduction for filtered queries.', text: '3.4× CPU latency reduction', factor: 3.4, kind: 'latency' },
  { phrasing: 'a bare decimal before a speed-up noun', sentence: 'The cache brings 1.62 acceleration to video generation without retraining.', text: '1.62 acceleration', factor: 1.62, kind: 'speedup' },
  { phrasing: 'a bare range before a speed-up noun', sentence: 'The planner reaches a 1.4 to 3.7 end-to-end speedup over Spark on TPC-H queries.', text: '1.4 to 3.7 end-to-end speedup', factor: 3.7, kind: 'speedup', range: [1.4, 3.7] },
  { phrasing: 'a bare decimal before a comparative on a rate', sentence: 'Batching prompts across users gives 1.8 higher decoding throughput on one A10G.', text: '1.8 higher decoding throughput', factor: 1.8, kind: 'throughput' },
  { phrasing: 'a bare decimal before a comparative on memory', sentence: 'The recognizer needs 2.5 less memory than the streaming baseline.', text: '2.5 less memory', factor: 2.5, kind: 'memory' },
  { phrasing: 'less SRAM', sentence: 'The detector runs with 2.8x less SRAM than MCUNet on the same board.', text: '2.8x less SRAM', factor: 2.8, kind: 'memory' },
  { phrasing: 'speedups ranging from N× to M×', sentence: 'Across the suite, the planner yields speedups ranging from 1.6x to 3.9x over Presto.', text: 'speedups ranging from 1.6x to 3.9x', factor: 3.9, kind: 'speedup', range: [1.6, 3.9] },
  { phrasing: 'speedups range from N× to M×', sentence: 'Inference speedups range from 1.4× to 2.3× on Jetson boards.', text: 'speedups range from 1.4× to 2.3×', factor: 2.3, kind: 'speedup', range: [1.4, 2.3] },
  { phrasing: 'a pair with the baseline in brackets', sentence: 'Fused attention cuts decode latency from 64 ms (FlashInfer) to 41 ms on one L40S.', text: 'cuts decode latency from 64 ms (FlashInfer) to 41 ms', factor: 1.561, kind: 'latency' },
  { phrasing: 'a pair that falls to as little as', sentence: 'Offloading lowers peak GPU memory from 38 GB to as low as 9 GB for a 13B model.', text: 'lowers peak GPU memory from 38 GB to as low as 9 GB', factor: 4.2222, kind: 'memory' },
  { phrasing: 'a pair of rates with the baseline in brackets', sentence: 'On a laptop, the runtime lifts decoding throughput from 35 tokens/s (llama.cpp) to as high as 140 tokens/s.', text: 'lifts decoding throughput from 35 tokens/s (llama.cpp) to as high as 140 tokens/s', factor: 4, kind: 'throughput' },
  { phrasing: 'an order-of-magnitude with hyphens', sentence: 'The sampler brings an order-of-magnitude speedup on commodity CPUs.', text: 'an order-of-magnitude speedup', factor: 10, kind: 'speedup' },
  { phrasing: 'two-orders-of-magnitude before a reduction', sentence: 'The learned index gives a two-orders-of-magnitude reduction in lookup latency.', text: 'two-orders-of-magnitude reduction in lookup latency', factor: 100, kind: 'latency' },
  { phrasing: 'an order-of-magnitude improvement in a rate', sentence: 'Batching the hashes yields an order-of-magnitude throughput improvement over a scalar loop.', text: 'an order-of-magnitude throughput', factor: 10, kind: 'throughput' },
  { phrasing: 'a suspended hyphen in a range', sentence: 'The cache gives a 2- to 3-fold speedup on long prompts.', text: '2- to 3-fold speedup', factor: 3, kind: 'speedup', range: [2, 3] },
  { phrasing: 'a suspended hyphen in a range before a comparative', sentence: 'Index compression gives 6- to 9-fold smaller posting lists.', text: '6- to 9-fold smaller posting lists', factor: 9, kind: 'compression', range: [6, 9] },
  { phrasing: 'a share of another system\'s speed', sentence: 'On an M2 laptop the WebGPU port reaches up to 91% of the decoding speed of native MLX.', text: 'up to 91% of the decoding speed', factor: 0.91, kind: 'throughput' },
  { phrasing: 'a share of another system\'s throughput', sentence: 'The Python front end retains 85% of the throughput of the C++ server on the same host.', text: '85% of the throughput', factor: 0.85, kind: 'throughput' },
  { phrasing: 'a share of a frame rate', sentence: 'On the headset, the renderer runs at about 70% of the frame rate of the desktop build.', text: 'about 70% of the frame rate', factor: 0.7, kind: 'throughput' },
  { phrasing: 'performance on a benchmark suite of a system', sentence: 'The new allocator improves performance by 23% on the SPEC suite.', text: 'improves performance by 23%', factor: 1.23, kind: 'speedup' },
  { phrasing: 'performance across datasets of a system', sentence: 'Our GNN sampler improves performance by 35% across five datasets.', text: 'improves performance by 35%', factor: 1.35, kind: 'speedup' },
  { phrasing: 'inference performance as a percentage', sentence: 'Fusing the norms improves inference performance by 18% on L4 GPUs.', text: 'improves inference performance by 18%', factor: 1.18, kind: 'speedup' },
  { phrasing: 'more traffic withstood', sentence: 'Under flash crowds the autoscaler withstands 5x higher traffic than static provisioning.', text: '5x higher traffic', factor: 5, kind: 'throughput' },
  { phrasing: 'higher arrival rates tolerated', sentence: 'The admission controller tolerates 2.5x higher arrival rates before it starts shedding requests.', text: '2.5x higher arrival rates', factor: 2.5, kind: 'throughput' },
  { phrasing: 'burst traffic tolerated after another claim', sentence: 'The broker sustains 3x more publishers while tolerating up to 6x higher burst load.', text: 'up to 6x higher burst load', factor: 6, kind: 'throughput' },
  { phrasing: 'at under N% of the cost', sentence: 'Layer dropping yields a shallower detector at under 8% of the training cost.', text: '8% of the training cost', factor: 12.5, kind: 'cost' },
  { phrasing: 'for less than N% of the compute', sentence: 'The student is trained for less than 3% of the compute of the teacher.', text: '3% of the compute', factor: 33.333, kind: 'compute' },
  { phrasing: 'serving capacity raised', sentence: 'The gateway raises serving capacity by 1.7x over a static pool.', text: 'raises serving capacity by 1.7x', factor: 1.7, kind: 'throughput' },
  { phrasing: 'more cluster capacity', sentence: 'The planner gives 2.5x more cluster capacity for the same budget.', text: '2.5x more cluster capacity', factor: 2.5, kind: 'throughput' },
  { phrasing: 'a bare factor of more system capacity', sentence: 'Pooling the verifiers yields 2.2 more system capacity on the edge server.', text: '2.2 more system capacity', factor: 2.2, kind: 'throughput' },
  { phrasing: 'a bare decimal before a reduction in a latency', sentence: 'Our engine gives a 4.2 reduction in decode latency on phones.', text: '4.2 reduction in decode latency', factor: 4.2, kind: 'latency' },
  { phrasing: 'a bare decimal before an improvement in goodput', sentence: 'The scheduler brings a 1.6 improvement in goodput over Orca.', text: '1.6 improvement in goodput', factor: 1.6, kind: 'throughput' },
  { phrasing: 'a bare decimal before more requests served', sentence: 'Results show 2.4 more requests served per second than the per-device baseline.', text: '2.4 more requests served per second', factor: 2.4, kind: 'throughput' },
  { phrasing: 'a bare decimal before more concurrent requests handled', sentence: 'The server handles 1.8 more concurrent requests than vLLM.', text: '1.8 more concurrent requests', factor: 1.8, kind: 'throughput' },
  { phrasing: 'a count pair with the baseline in brackets', sentence: 'The planner reduces refinement steps from 64 (the default schedule) to 8.', text: 'reduces refinement steps from 64 (the default schedule) to 8', factor: 8, kind: 'compute' },
  { phrasing: 'Nx larger batches', sentence: 'Quantized caches fit 2.5x larger batches.', text: '2.5x larger batches', factor: 2.5, kind: 'memory' },
  // One range reader for every number frame: any separator of lexicon/qualifiers.ts, a sign on one end or both.
  { phrasing: 'a double-hyphen range after by', sentence: 'The compiled pipeline shortens ETL job time by 1.6--3.2x on TPC-DS.', text: 'shortens ETL job time by 1.6--3.2x', factor: 3.2, kind: 'latency', range: [1.6, 3.2] },
  { phrasing: 'a double-hyphen range of rates', sentence: 'The pruned detector runs at 40--55 FPS on a Jetson Orin.', text: '40--55 FPS', factor: null, kind: 'throughput', range: [40, 55] },
  { phrasing: 'a bare range joined by up to after by', sentence: 'Our planner accelerates join processing on SSB by 1.4 up to 6.8 over Postgres.', text: 'accelerates join processing on SSB by 1.4 up to 6.8', factor: 6.8, kind: 'speedup', range: [1.4, 6.8] },
  { phrasing: 'signed ends joined by up to', sentence: 'The speech decoder runs 2.1x up to 3.4x faster than Whisper on a laptop CPU.', text: '2.1x up to 3.4x faster', factor: 3.4, kind: 'speedup', range: [2.1, 3.4] },
  { phrasing: 'percentages joined by up to', sentence: 'Tiered offloading cuts peak GPU memory by 22% up to 47% for 13B models.', text: 'cuts peak GPU memory by 22% up to 47%', factor: 1.8868, kind: 'memory', range: [1.2821, 1.8868] },
  { phrasing: 'a bare range joined by up to before a speed-up noun', sentence: 'Sparse attention yields a 1.3 up to 2.2 end-to-end speedup on long videos.', text: '1.3 up to 2.2 end-to-end speedup', factor: 2.2, kind: 'speedup', range: [1.3, 2.2] },
  // One qualifier set (lexicon/qualifiers.ts FIGURE_QUALIFIERS) between every frame's cue and its number.
  { phrasing: 'approximately before a bare factor after a speed verb', sentence: 'The compiler accelerates sparse convolution on RTX 4090 by approximately 2.6 over TorchSparse.', text: 'accelerates sparse convolution on RTX 4090 by approximately 2.6', factor: 2.6, kind: 'speedup' },
  { phrasing: 'almost before a bare factor after speedups of', sentence: 'Our vector store reaches speedups of almost 3.4 in query time.', text: 'speedups of almost 3.4 in query time', factor: 3.4, kind: 'speedup' },
  { phrasing: 'at least before a bare speedup factor', sentence: 'The loader achieves a speedup factor of at least 1.9 on ImageNet.', text: 'speedup factor of at least 1.9', factor: 1.9, kind: 'speedup' },
  { phrasing: 'as much as before a bare factor after speeds up', sentence: 'Speculative decoding speeds up generation by as much as 2.8 relative to greedy decoding.', text: 'speeds up generation by as much as 2.8', factor: 2.8, kind: 'speedup' },
  // Any gain noun, singular or plural, with a ratio after it, names a gain reached, not a setting.
  { phrasing: 'a speedup ratio range in an opening with-phrase', sentence: 'With a speedup ratio of 2.2x-3.1x, the compiled query plan beats DuckDB on TPC-H.', text: 'speedup ratio of 2.2x-3.1x', factor: 3.1, kind: 'speedup', range: [2.2, 3.1] },
  { phrasing: 'a gain ratio with a bare factor', sentence: 'Across all graphs, the partitioner keeps an end-to-end training gain ratio of 1.8 over DistDGL.', text: 'gain ratio of 1.8', factor: 1.8, kind: 'speedup' },
  { phrasing: 'a throughput gain ratio after with, mid-sentence', sentence: 'The kernel library runs the vision encoder on edge TPUs, with a throughput gain ratio of 2.5x over TFLite.', text: 'gain ratio of 2.5x', factor: 2.5, kind: 'throughput' },
  { phrasing: 'a bare gain that remains', sentence: 'Even on slow links, the gain remains 1.25.', text: '1.25', factor: 1.25, kind: 'speedup' },
  // A bare decimal after any up or down verb whose object is a performance quantity, then "by".
  { phrasing: 'a bare factor after raises goodput by nearly', sentence: 'The new allocator raises serving goodput on A100 by nearly 1.6 compared with vLLM.', text: 'raises serving goodput on A100 by nearly 1.6', factor: 1.6, kind: 'throughput' },
  { phrasing: 'a bare factor after lowers latency by', sentence: 'Our codec lowers decode latency on Snapdragon phones by 2.3 over the FP16 baseline.', text: 'lowers decode latency on Snapdragon phones by 2.3', factor: 2.3, kind: 'latency' },
  { phrasing: 'a bare factor after shortens a latency by up to', sentence: 'Tiered caching shortens the p99 fetch latency of the feature store by up to 4.2 relative to Redis.', text: 'shortens the p99 fetch latency of the feature store by up to 4.2', factor: 4.2, kind: 'latency' },
  // What saved memory makes room for, with any verb of room and any figure qualifier; the thing held before the figure or after the comparative.
  { phrasing: 'sequence lengths up to N× longer after permits', sentence: 'The paged optimizer permits sequence lengths up to 4× longer on a 24 GB card.', text: 'up to 4× longer', factor: 4, kind: 'memory' },
  { phrasing: 'point clouds nearly N× larger after supports', sentence: 'Activation offloading supports point clouds nearly 3x larger on one GPU.', text: 'nearly 3x larger', factor: 3, kind: 'memory' },
  { phrasing: 'graphs about N times bigger after handle', sentence: 'Sharded states let the trainer handle graphs about 6 times bigger than before.', text: 'about 6 times bigger', factor: 6, kind: 'memory' },
  { phrasing: 'trains with N× longer contexts', sentence: 'Block-sparse attention trains with 8x longer contexts than FlashAttention on the same 16 GPUs.', text: '8x longer contexts', factor: 8, kind: 'memory' },
  // A multiple of a gain noun whose only modifier is one of speed (lexicon/cues.ts SPEED_MODIFIERS) is a speed-up.
  { phrasing: 'up to N× end-to-end improvement over a system', sentence: 'Our planner brings up to 3.1× end-to-end improvement over Spark SQL.', text: 'up to 3.1× end-to-end improvement', factor: 3.1, kind: 'speedup' },
  { phrasing: 'an N× end-to-end boost', sentence: 'The index build sees a 2.6x end-to-end boost on Graviton3.', text: '2.6x end-to-end boost', factor: 2.6, kind: 'speedup' },
  // More verbs of room (unlocks, admits) and a modifier before the batch.
  { phrasing: 'sequences up to N× longer after unlocks', sentence: 'The sharded optimizer unlocks sequences up to 6x longer on a single node.', text: 'up to 6x longer', factor: 6, kind: 'memory' },
  { phrasing: 'micro-batches nearly N times larger after admits', sentence: 'Freed HBM admits micro-batches nearly 2.5 times larger on an A10G.', text: 'nearly 2.5 times larger', factor: 2.5, kind: 'memory' },
  { phrasing: 'an N× larger effective batch size', sentence: 'The planner reaches a 4x larger effective batch size than ZeRO-3 on 16 V100 GPUs.', text: '4x larger effective batch size', factor: 4, kind: 'memory' },
  // A gain noun that names its baseline before its link carries a bare factor too.
  { phrasing: 'the speedup over a system is up to N', sentence: 'The speedup over vLLM is up to 2.2.', text: 'speedup over vLLM is up to 2.2', factor: 2.2, kind: 'speedup' },
  { phrasing: 'the speedup against a system is still N', sentence: 'On the largest graphs the speedup against DGL is still 1.35.', text: 'speedup against DGL is still 1.35', factor: 1.35, kind: 'speedup' },
  { phrasing: 'the acceleration over a three-word baseline is about N', sentence: 'For long videos the acceleration over the dense model is about 2.7.', text: 'acceleration over the dense model is about 2.7', factor: 2.7, kind: 'speedup' },
  { phrasing: 'a speedup of a modest bare N', sentence: 'On CPUs the end-to-end speedup is a modest 1.15.', text: 'speedup is a modest 1.15', factor: 1.15, kind: 'speedup' },
  // The same bare decimal with the quantity as the subject, passive or intransitive.
  { phrasing: 'a throughput that rises by a bare N', sentence: 'Training throughput rises by 1.6 over FSDP.', text: 'Training throughput rises by 1.6', factor: 1.6, kind: 'throughput' },
  { phrasing: 'a speed improved by up to a bare N, passive', sentence: 'Decode speed was improved by up to 1.9 on Jetson Orin.', text: 'Decode speed was improved by up to 1.9', factor: 1.9, kind: 'speedup' },
  // A gain noun's 'factors of' is its own frame, not a qualifier that hides the noun.
  { phrasing: 'speedup factors of a bare range', sentence: 'The kernels give speedup factors of 1.3-2.2 on A100.', text: 'speedup factors of 1.3-2.2', factor: 2.2, kind: 'speedup', range: [1.3, 2.2] },
  { phrasing: 'acceleration factors of about a bare N', sentence: 'The pruned ViT reaches acceleration factors of about 2.5 on edge TPUs.', text: 'acceleration factors of about 2.5', factor: 2.5, kind: 'speedup' },
  // A plus sign before a percentage on a performance noun says it went up; on both ends of a range too.
  { phrasing: 'a signed percentage before a rate', sentence: 'On a Raspberry Pi the runtime shows +41% frames per second over TFLite.', text: '+41% frames per second', factor: 1.41, kind: 'throughput' },
  { phrasing: 'a signed range before goodput', sentence: 'The new batching gives +17% to +32% goodput on the Azure trace.', text: '+17% to +32% goodput', factor: 1.32, kind: 'throughput', range: [1.17, 1.32] },
  { phrasing: 'a signed percentage after by', sentence: 'Our prefetcher improves training throughput by +22% on ImageNet.', text: 'improves training throughput by +22%', factor: 1.22, kind: 'throughput' },
  // Added gains and a plural gain noun that reaches its figure.
  { phrasing: 'a bare factor after by a further', sentence: 'It lifts serving throughput by a further 1.3.', text: 'lifts serving throughput by a further 1.3', factor: 1.3, kind: 'throughput' },
  { phrasing: 'a bare factor after by another', sentence: 'The compaction cuts index size by another 1.4 on the log corpus.', text: 'cuts index size by another 1.4', factor: 1.4, kind: 'compression' },
  { phrasing: 'speedups reach up to a bare N', sentence: 'Speedups reach up to 3.4 on the largest inputs.', text: 'up to 3.4', factor: 3.4, kind: 'speedup' },
  // Before/after pairs: the before figure takes the figure qualifiers, the after figure the level and figure qualifiers.
  { phrasing: 'a pair from nearly T to T', sentence: 'Checkpoint restore time falls from nearly 3 minutes to 40 seconds.', text: 'falls from nearly 3 minutes to 40 seconds', factor: 4.5, kind: 'latency' },
  { phrasing: 'a pair in words from almost to under', sentence: 'The sweep shrinks from almost two days to under five hours.', text: 'shrinks from almost two days to under five hours', factor: 9.6, kind: 'speedup' },
  { phrasing: 'a pair from approximately to just over', sentence: 'Cold-start latency drops from approximately 9.2 s to just over 1.1 s on Lambda.', text: 'drops from approximately 9.2 s to just over 1.1 s', factor: 8.3636, kind: 'latency' },
  { phrasing: 'a pair from more than to as few as', sentence: 'Per-GPU memory goes from more than 70 GB to as few as 18 GB.', text: 'from more than 70 GB to as few as 18 GB', factor: 3.8889, kind: 'memory' },
  // A 'by N' in brackets after its verb and object.
  { phrasing: 'a bare factor in brackets after lowers latency', sentence: 'The cache lowers decode latency (by 2.3) relative to vLLM.', text: 'lowers decode latency (by 2.3)', factor: 2.3, kind: 'latency' },
  { phrasing: 'a percentage in brackets after shortens a time', sentence: 'The planner shortens job completion time (by 41%) over Tiresias.', text: 'shortens job completion time (by 41%)', factor: 1.6949, kind: 'speedup' },
  // A range written with 'between … and …' after a gain noun, bare or signed, after 'range' or 'is'.
  { phrasing: 'speedups over a system range between two bare figures', sentence: 'Speedups over FlashAttention range between 1.3 and 2.0.', text: 'Speedups over FlashAttention range between 1.3 and 2.0', factor: 2, kind: 'speedup', range: [1.3, 2] },
  { phrasing: 'speedups range between two signed figures', sentence: 'Speedups range between 1.3x and 2.0x on A100.', text: 'Speedups range between 1.3x and 2.0x', factor: 2, kind: 'speedup', range: [1.3, 2] },
  { phrasing: 'the speedup is between two bare figures', sentence: 'The end-to-end speedup is between 1.4 and 2.2 on A100.', text: 'speedup is between 1.4 and 2.2', factor: 2.2, kind: 'speedup', range: [1.4, 2.2] },
  // A multiple in brackets right after its metric: a verb or a comparative says which way.
  { phrasing: 'a comparative, a metric, its multiple in brackets', sentence: 'The NPU delivers higher inference throughput (2.6x) than a Cortex-A78 core.', text: 'higher inference throughput (2.6x)', factor: 2.6, kind: 'throughput' },
  { phrasing: 'a down verb, a metric, its multiple in brackets', sentence: 'Our vector store lowers p99 query latency (3.4×) relative to FAISS on disk.', text: 'lowers p99 query latency (3.4×)', factor: 3.4, kind: 'latency' },
  { phrasing: 'an up verb on a step time, its multiple in brackets', sentence: 'The compiled training loop improves step time (1.7X) on 64 TPU cores.', text: 'improves step time (1.7X)', factor: 1.7, kind: 'speedup' },
  { phrasing: 'a comparative latency, an approximate multiple in brackets', sentence: 'The vocoder achieves lower synthesis latency (~3x) than HiFi-GAN on a phone.', text: 'lower synthesis latency (~3x)', factor: 3, kind: 'latency' },
  // Any comparative of amount may name its metric after "in" or "in terms of".
  { phrasing: 'N× higher in a metric', sentence: 'The photonic core is 9.5× higher in energy efficiency than an RTX 4090.', text: '9.5× higher in energy efficiency', factor: 9.5, kind: 'energy' },
  { phrasing: 'N× lower in a metric', sentence: 'Sharded checkpoints are 2.5x lower in peak host memory than ZeRO-3 snapshots.', text: '2.5x lower in peak host memory', factor: 2.5, kind: 'memory' },
  { phrasing: 'N× smaller in a count', sentence: 'The pruned ViT is 2.2x smaller in parameter count than DeiT-B.', text: '2.2x smaller in parameter count', factor: 2.2, kind: 'compression' },
  { phrasing: 'N× faster in terms of a metric', sentence: 'The compiled graph is 1.8× faster in terms of end-to-end latency than eager PyTorch.', text: '1.8× faster in terms of end-to-end latency', factor: 1.8, kind: 'latency' },
  // "a factor" is the gain's noun in every number shape: bare, with "of", with "between … and".
  { phrasing: 'by a factor between two bare figures', sentence: 'Operator fusion cuts the memory traffic of the encoder by a factor between 2.5 and 3.2.', text: 'cuts the memory traffic of the encoder by a factor between 2.5 and 3.2', factor: 3.2, kind: 'memory', range: [2.5, 3.2] },
  { phrasing: 'by a factor without of', sentence: 'The cache reduces query latency by a factor 3.5 on TPC-H.', text: 'reduces query latency by a factor 3.5', factor: 3.5, kind: 'latency' },
  { phrasing: 'by a factor of between two figures', sentence: 'Speculative decoding speeds up generation by a factor of between 2 and 3 on code.', text: 'speeds up generation by a factor of between 2 and 3', factor: 3, kind: 'speedup', range: [2, 3] },
  { phrasing: 'a speedup factor between two figures', sentence: 'We measure a speedup factor between 1.4 and 2.1 on ResNet-50 inference.', text: 'speedup factor between 1.4 and 2.1', factor: 2.1, kind: 'speedup', range: [1.4, 2.1] },
  // Where the sign stands: joined by a hyphen ("2.3-times"), or written first ("x2", "×3").
  { phrasing: 'N-times with a hyphen before a gain noun', sentence: 'Sequence packing gives a 2.3-times speedup on 8 GPUs.', text: '2.3-times speedup', factor: 2.3, kind: 'speedup' },
  { phrasing: 'N-times with a hyphen before a comparative', sentence: 'The new layout yields a 4-times smaller index than IVF-PQ.', text: '4-times smaller index', factor: 4, kind: 'compression' },
  { phrasing: 'the sign before an integer: x2', sentence: 'Early exit yields an x2 speedup on CPUs.', text: 'x2 speedup', factor: 2, kind: 'speedup' },
  { phrasing: 'the sign before a decimal: ×1.8', sentence: 'Our runtime achieves a ×1.8 speedup over ONNX Runtime.', text: '×1.8 speedup', factor: 1.8, kind: 'speedup' },
  { phrasing: 'the sign before the figure after by', sentence: 'Token merging accelerates sampling by x4.5 with no FID loss.', text: 'accelerates sampling by x4.5', factor: 4.5, kind: 'speedup' },
  { phrasing: 'the sign before the figure after a gain noun and of', sentence: 'The engine reaches a speedup of ×2.1 over TensorRT on Orin.', text: 'speedup of ×2.1', factor: 2.1, kind: 'speedup' },
  { phrasing: 'the sign before a reduction: ×3', sentence: 'Paging gives a ×3 reduction in KV memory for long chats.', text: '×3 reduction in KV memory', factor: 3, kind: 'memory' },
  // The multiplication sign written first marks a factor as "N×" does, wherever its figure ends a
  // phrase: before a comparison, a setting, a list or the end; the letter x only after "by"/"of".
  { phrasing: 'the sign first before over', sentence: 'The compiled model achieves ×1.64 over eager PyTorch on an A10G.', text: '×1.64', factor: 1.64, kind: 'speedup' },
  { phrasing: 'the sign first ending a sentence', sentence: 'For the longest utterances the streaming encoder lowers its latency by up to ×7.', text: 'lowers its latency by up to ×7', factor: 7, kind: 'latency' },
  { phrasing: 'the sign first after a verb of reaching', sentence: 'Its training speedups reach ×12 on the largest mesh.', text: '×12', factor: 12, kind: 'speedup' },
  { phrasing: 'the letter x after by and a qualifier', sentence: 'Batching the lookups cuts retrieval time by more than x5 for long queries.', text: 'cuts retrieval time by more than x5', factor: 5, kind: 'latency' },
  // A comparative right before "by": the figure reads as "N× faster".
  { phrasing: 'faster by a factor of N', sentence: 'On a phone, decoding is faster by a factor of 2.7 than llama.cpp.', text: 'faster by a factor of 2.7', factor: 2.7, kind: 'speedup' },
  { phrasing: 'smaller by N× on a memory subject', sentence: 'Peak memory is smaller by 2.4x compared with FSDP.', text: 'smaller by 2.4x', factor: 2.4, kind: 'memory' },
  { phrasing: 'cheaper by N% per query', sentence: 'Our encoder is cheaper by 45% per query than the cross-encoder.', text: 'cheaper by 45%', factor: 1.8182, kind: 'cost' },
  { phrasing: 'converges faster by N%', sentence: 'Training converges faster by 30% with warm starts.', text: 'faster by 30%', factor: 1.3, kind: 'speedup' },
  // A hyphen joining the sign to a comparative: "a 2.3x-faster kernel".
  { phrasing: 'N×-faster as one adjective', sentence: 'We build a 2.3x-faster attention kernel for long prompts.', text: '2.3x-faster attention kernel', factor: 2.3, kind: 'speedup' },
  { phrasing: 'N×-smaller as one adjective', sentence: 'Distillation gives a 1.8×-smaller speech model with equal WER.', text: '1.8×-smaller speech model', factor: 1.8, kind: 'compression' },
  { phrasing: 'N%-lower as one adjective', sentence: 'Chunked prefill gives a 40%-lower TTFT than vLLM.', text: '40%-lower TTFT', factor: 1.6667, kind: 'latency' },
  // Ranges of folds and orders of magnitude: the upper end.
  { phrasing: 'N-to-M-fold', sentence: 'It yields a 3-to-5-fold speedup over PyTorch eager.', text: '3-to-5-fold speedup', factor: 5, kind: 'speedup', range: [3, 5] },
  { phrasing: 'N-to-M-fold smaller', sentence: 'The codec gives 4-to-6-fold smaller checkpoints than GPTQ.', text: '4-to-6-fold smaller checkpoints', factor: 6, kind: 'compression', range: [4, 6] },
  { phrasing: 'N-M orders of magnitude', sentence: 'Our solver finds schedules 1-2 orders of magnitude faster than CP-SAT.', text: '1-2 orders of magnitude faster', factor: 100, kind: 'speedup' },
  { phrasing: 'N to M orders of magnitude', sentence: 'The emulator runs 2 to 3 orders of magnitude faster than cycle-accurate RTL.', text: '2 to 3 orders of magnitude faster', factor: 1000, kind: 'speedup' },
  // Orders of magnitude with a decimal count, joined as any range is; a factor's number in words.
  { phrasing: 'a decimal count of orders of magnitude', sentence: 'Vector lookups see 1.5 orders of magnitude lower latency than with the disk-resident index.', text: '1.5 orders of magnitude lower latency', factor: 31.62, kind: 'latency' },
  { phrasing: 'a decimal range of orders of magnitude', sentence: 'Our emulator steps climate states 2.5 to 3.5 orders of magnitude faster than the dynamical core.', text: '2.5 to 3.5 orders of magnitude faster', factor: 3162.3, kind: 'speedup' },
  { phrasing: 'by a factor of a number word', sentence: 'Request batching trims the egress bill by a factor of ten for chatty clients.', text: 'trims the egress bill by a factor of ten', factor: 10, kind: 'cost' },
  { phrasing: 'a factor and a number word before speed-up', sentence: 'Caching the encoder states brings a factor three speed-up to streaming transcription.', text: 'three speed-up', factor: 3, kind: 'speedup' },
  { phrasing: 'a factor of a number word before a comparative', sentence: 'The new sampler is a factor of five faster than the ancestral one.', text: 'a factor of five faster', factor: 5, kind: 'speedup' },
  // A gain said to be in a speed-up (its head noun) is that speed-up.
  { phrasing: 'an improvement in terms of acceleration', sentence: 'Sparse routing yields a 45% improvement in terms of acceleration on the retrieval stage.', text: '45% improvement in terms of acceleration', factor: 1.45, kind: 'speedup' },
  { phrasing: 'a gain in speed-up', sentence: 'Pinned buffers give a further 2x gain in speed-up for small batches.', text: '2x gain in speed-up', factor: 2, kind: 'speedup' },
  { phrasing: 'one to two orders of magnitude after by', sentence: 'The index lowers disk reads by one to two orders of magnitude on SIFT1B.', text: 'lowers disk reads by one to two orders of magnitude', factor: 100, kind: 'memory' },
  // A speed cue's head is what runs faster, code too; a thing raised over a rival by a multiple.
  { phrasing: 'faster code', sentence: 'The superoptimizer emits 1.3x-1.6x faster code than clang -O3 on the loop suite.', text: '1.3x-1.6x faster code', factor: 1.6, kind: 'speedup', range: [1.3, 1.6] },
  { phrasing: 'quicker code in a range with an en dash', sentence: 'Profile-guided layout gives 12–18% quicker code on server binaries.', text: '12–18% quicker code', factor: 1.18, kind: 'speedup', range: [1.12, 1.18] },
  { phrasing: 'a kernel raised over its own baseline by a range', sentence: 'The search loop lifts the generated attention kernel over its own baseline by 1.2–1.5×.', text: 'lifts the generated attention kernel over its own baseline by 1.2–1.5×', factor: 1.5, kind: 'speedup', range: [1.2, 1.5] },
  { phrasing: 'a query plan raised over a rival by a multiple', sentence: 'Learned rewriting raises the TPC-H plans over the Postgres optimizer by 2.2x.', text: 'raises the TPC-H plans over the Postgres optimizer by 2.2x', factor: 2.2, kind: 'speedup' },
  // Work a program executes, as compilers and architects count it, is compute.
  { phrasing: 'instruction count reduced by N%', sentence: 'The learned pass ordering reduces instruction count by 4.1% relative to -O2.', text: 'reduces instruction count by 4.1%', factor: 1.0428, kind: 'compute' },
  { phrasing: 'a cycle count cut by N×', sentence: 'Loop tiling cuts the cycle count of the stencil by 2.3x on the in-order core.', text: 'cuts the cycle count of the stencil by 2.3x', factor: 2.3, kind: 'compute' },
  { phrasing: 'N% fewer dynamic instructions', sentence: 'The vectorized decoder executes 37% fewer dynamic instructions than the scalar one.', text: '37% fewer dynamic instructions', factor: 1.5873, kind: 'compute' },
  // A bare multiple in a performance metric named right after it.
  { phrasing: 'N× in wall-clock time, in brackets', sentence: 'The solver trims its costs sharply (41× in wall-clock time) on the largest meshes.', text: '41× in wall-clock time', factor: 41, kind: 'speedup' },
  { phrasing: 'N× in energy, in brackets', sentence: 'The pruned detector is far cheaper to run (2.1x in energy) on the edge board.', text: '2.1x in energy', factor: 2.1, kind: 'energy' },
  { phrasing: 'N× in terms of throughput', sentence: 'The sharded index is ahead by 2.6x in terms of query throughput at equal recall.', text: '2.6x in terms of query throughput', factor: 2.6, kind: 'throughput' },
  // A gain noun whose subject names a speed-up: what improved is the speed-up.
  { phrasing: 'a speed-up ratio shows an improvement of N%', sentence: 'The speedup ratio of the ported kernels shows an average improvement of 27% after tuning.', text: 'improvement of 27%', factor: 1.27, kind: 'speedup' },
  { phrasing: 'a speed-up sees a further gain of N%', sentence: 'The speed-up of the sharded index sees a further gain of 15% with prefetching.', text: 'gain of 15%', factor: 1.15, kind: 'speedup' },
  { phrasing: 'an acceleration gets an increase of N×', sentence: 'Its acceleration on long videos gets a boost of 1.3x from frame skipping.', text: 'boost of 1.3x', factor: 1.3, kind: 'speedup' },
  // More of what a model or scene is made of, held on the one device named: room made.
  { phrasing: 'trains with N× more Gaussians on one card', sentence: 'Streaming the attributes lets a single RTX 3090 train city blocks with 3.2x more Gaussians.', text: '3.2x more Gaussians', factor: 3.2, kind: 'memory' },
  { phrasing: 'fits N× more experts on one GPU', sentence: 'Expert paging fits 2.5x more experts on one H100.', text: '2.5x more experts', factor: 2.5, kind: 'memory' },
  { phrasing: 'holds N× more adapters on the same phone', sentence: 'Sharing the base weights, the runtime holds 6x more adapters on the same phone.', text: '6x more adapters', factor: 6, kind: 'memory' },
  // A factor whose sign was lost: two modifiers before the noun, an integer right before it.
  { phrasing: 'a bare decimal before two speed modifiers', sentence: 'It achieves up to 2.41 end-to-end training speedup over ZeRO-3.', text: 'up to 2.41 end-to-end training speedup', factor: 2.41, kind: 'speedup' },
  { phrasing: 'a bare integer right before speedup', sentence: 'The sparse solver achieves 4 speedup on 8 GPUs.', text: '4 speedup', factor: 4, kind: 'speedup' },
  { phrasing: 'a bare integer right before speed-up and a baseline', sentence: 'Our ray tracer reaches 12 speed-up compared with the CPU renderer.', text: '12 speed-up', factor: 12, kind: 'speedup' },
  // Inline LaTeX as arXiv abstracts keep it: the signs it stands for, the span as written.
  { phrasing: 'LaTeX times glued to the figure', sentence: 'Our streaming recognizer decodes 3.4$\\times$ faster than Whisper-small on a laptop CPU.', text: '3.4$\\times$ faster', factor: 3.4, kind: 'speedup' },
  { phrasing: 'LaTeX figure and sign in one math span', sentence: 'The learned index answers range queries with $2.1\\times$ lower latency than a B-tree.', text: '$2.1\\times$ lower latency', factor: 2.1, kind: 'latency' },
  { phrasing: 'LaTeX sim as the approximate sign after by', sentence: 'Our planner cuts peak activation memory by $\\sim$2.6$\\times$ relative to full checkpointing.', text: 'cuts peak activation memory by $\\sim$2.6$\\times$', factor: 2.6, kind: 'memory' },
  { phrasing: 'LaTeX range in one math span', sentence: 'The detector runs $1.4-1.9\\times$ faster than YOLOv8 on a Jetson Orin.', text: '$1.4-1.9\\times$ faster', factor: 1.9, kind: 'speedup', range: [1.4, 1.9] },
  { phrasing: 'LaTeX range joined by sim', sentence: 'The join operator runs $1.3\\sim2.0\\times$ faster on the column store.', text: '$1.3\\sim2.0\\times$ faster', factor: 2, kind: 'speedup', range: [1.3, 2] },
  { phrasing: 'an escaped percent sign', sentence: 'Request batching raises serving throughput by 23.5\\% on A10G GPUs.', text: 'raises serving throughput by 23.5\\%', factor: 1.235, kind: 'throughput' },
  { phrasing: 'a bold LaTeX figure', sentence: 'The sparse kernel is $\\mathbf{3.2\\times}$ faster than cuSPARSE.', text: '$\\mathbf{3.2\\times}$ faster', factor: 3.2, kind: 'speedup' },
  { phrasing: 'a braced LaTeX times', sentence: 'Our codec yields 4.5${\\times}$ smaller checkpoints than GPTQ.', text: '4.5${\\times}$ smaller checkpoints', factor: 4.5, kind: 'compression' },
  { phrasing: 'LaTeX times without dollars', sentence: 'Prefill becomes 2.2\\times faster with the fused kernel.', text: '2.2\\times faster', factor: 2.2, kind: 'speedup' },
  { phrasing: 'LaTeX sign first, spaced inside the math', sentence: 'Pipelining gives a $\\times 2.5$ speedup over Megatron-LM.', text: '$\\times 2.5$ speedup', factor: 2.5, kind: 'speedup' },
  { phrasing: 'LaTeX approx spaced before the figure', sentence: 'The sparse planner is $\\approx 3\\times$ faster than TVM.', text: '$\\approx 3\\times$ faster', factor: 3, kind: 'speedup' },
  { phrasing: 'a bold LaTeX percentage after by', sentence: 'Prefill time falls by $\\mathbf{38\\%}$ versus FlashInfer.', text: 'Prefill time falls by $\\mathbf{38\\%}$', factor: 1.6129, kind: 'latency' },
  { phrasing: 'LaTeX in \\( \\) delimiters', sentence: 'Our kernel is \\(2.5\\times\\) faster than cuBLAS on H100.', text: '\\(2.5\\times\\) faster', factor: 2.5, kind: 'speedup' },
  { phrasing: 'an escaped percentage in \\( \\) delimiters', sentence: 'Quantized paging reduces KV memory by \\(38\\%\\) on A100.', text: 'reduces KV memory by \\(38\\%\\)', factor: 1.6129, kind: 'memory' },
  { phrasing: 'the tilde operator as the approximate sign after by', sentence: 'Prefix caching cuts p50 latency by ∼40% on phones.', text: 'cuts p50 latency by ∼40%', factor: 1.6667, kind: 'latency' },
  { phrasing: 'the tilde operator before a figure after a gain noun', sentence: 'The compiler gives a speedup of ∼3.1× over XLA on TPUs.', text: 'speedup of ∼3.1×', factor: 3.1, kind: 'speedup' },
  { phrasing: 'a range joined by a non-breaking hyphen', sentence: 'Speculative prefetch lowers page-fault latency by 30\u201140% on phones.', text: 'lowers page-fault latency by 30\u201140%', factor: 1.6667, kind: 'latency', range: [1.4286, 1.6667] },
  { phrasing: 'N-fold with a Unicode hyphen', sentence: 'We observe a 12.5\u2010fold reduction in index memory.', text: '12.5\u2010fold reduction in index memory', factor: 12.5, kind: 'memory' },
  { phrasing: 'a range joined by a minus sign', sentence: 'The planner is 3.2\u22124.1x faster than TVM on ARM.', text: '3.2\u22124.1x faster', factor: 4.1, kind: 'speedup', range: [3.2, 4.1] },
  { phrasing: 'LaTeX times glued to the gain noun', sentence: 'It achieves a 2.8$\\times$speedup over TensorRT.', text: '2.8$\\times$speedup', factor: 2.8, kind: 'speedup' },  // Machine time, counted work, codec bits and tokens per second as the quantity a share changes (rules19).
  { phrasing: 'CPU hours in two words, consumed by a part', sentence: 'The planner cuts the CPU hours consumed by nightly ETL by 61%.', text: 'cuts the CPU hours consumed by nightly ETL by 61%', factor: 2.5641, kind: 'cost' },
  { phrasing: 'machine-hours spent on a search', sentence: 'Our scheduler trims the machine-hours spent on hyperparameter search by 44%.', text: 'trims the machine-hours spent on hyperparameter search by 44%', factor: 1.7857, kind: 'cost' },
  { phrasing: 'a token count as the object', sentence: 'Compared with the full prompt, the digest reduces the request token count by 58%.', text: 'reduces the request token count by 58%', factor: 2.381, kind: 'compute' },
  { phrasing: 'bitrate cut by a multiple', sentence: 'The speech codec cuts bitrate by 3x at the same MOS.', text: 'cuts bitrate by 3x', factor: 3, kind: 'compression' },
  { phrasing: 'a relative reduction in bit rate', sentence: 'On seismic volumes the residual coder gives a 41% relative reduction in bit rate.', text: '41% relative reduction in bit rate', factor: 1.6949, kind: 'compression' },
  { phrasing: 'TPS raised by a share', sentence: 'Across 12 workloads, batching raises TPS by 41% over one-request-at-a-time serving.', text: 'raises TPS by 41%', factor: 1.41, kind: 'throughput' },  // An intransitive verb's subject whose head stands before long adjuncts (rules19).
  { phrasing: 'a rate before an adjunct with a glued model size', sentence: 'In production, serving throughput for the 405B-parameter dense model rises by 19%.', text: 'serving throughput for the 405B-parameter dense model rises by 19%', factor: 1.19, kind: 'throughput' },
  { phrasing: 'a rate before two adjuncts', sentence: 'Decode throughput on the 8-GPU node for a 70B-parameter model increases by 27%.', text: 'Decode throughput on the 8-GPU node for a 70B-parameter model increases by 27%', factor: 1.27, kind: 'throughput' },
  { phrasing: 'memory before two adjuncts, a multiple', sentence: 'Peak memory for a 13B-parameter model with 32K-token contexts falls by 2.1x.', text: 'Peak memory for a 13B-parameter model with 32K-token contexts falls by 2.1x', factor: 2.1, kind: 'memory' },
  // A gain noun linked to its figure by a level word "above", "beyond" (rules19).
  { phrasing: 'compression ratios above a multiple', sentence: 'Our coder reaches compression ratios above 9x on source code.', text: 'compression ratios above 9x', factor: 9, kind: 'compression' },
  { phrasing: 'speedups beyond a multiple', sentence: 'The planner delivers speedups beyond 3x on every workload.', text: 'speedups beyond 3x', factor: 3, kind: 'speedup' },
  { phrasing: 'memory savings above a share', sentence: 'Its index gives memory savings above 40% on all datasets.', text: 'savings above 40%', factor: 1.6667, kind: 'memory' },
  // "half of the" a quantity spent, as "half the" (rules19).
  { phrasing: 'half of the cost saved', sentence: 'The offloading planner saves about half of the serving cost on spot instances.', text: 'saves about half of the serving cost', factor: 2, kind: 'cost' },
  { phrasing: 'half of the memory of a rival', sentence: 'The trainer needs about half of the memory of ZeRO-3.', text: 'about half of the memory of ZeRO-3', factor: 2, kind: 'memory' },
  { phrasing: 'half of its energy, then a rival', sentence: 'The retrofitted codec draws half of its energy compared with the FP32 decoder.', text: 'half of its energy', factor: 2, kind: 'energy' },
  // Data a system moves and what a provider charges for it (rules19).
  { phrasing: 'network egress cut by a share', sentence: 'The layout cuts network egress by 35% across regions.', text: 'cuts network egress by 35%', factor: 1.5385, kind: 'other' },
  { phrasing: 'data transferred over a link', sentence: 'It reduces the data transferred over PCIe by 57%.', text: 'reduces the data transferred over PCIe by 57%', factor: 2.3256, kind: 'other' },
  { phrasing: 'write amplification lowered by a multiple', sentence: 'The log-structured store lowers write amplification by 3.1x.', text: 'lowers write amplification by 3.1x', factor: 3.1, kind: 'other' },
  { phrasing: 'egress fees reduced', sentence: 'The planner reduces cloud egress fees by 45%.', text: 'reduces cloud egress fees by 45%', factor: 1.8182, kind: 'cost' },
  // A compression ratio is a result wanted higher (rules19).
  { phrasing: 'a compression ratio raised by a share, with an adjunct', sentence: 'The delta encoder raises the mean compression ratio of sensor logs by 22% over Zstandard.', text: 'raises the mean compression ratio of sensor logs by 22%', factor: 1.22, kind: 'compression' },
  { phrasing: 'a higher token reduction ratio', sentence: 'Our pruner gives a 1.6x higher token reduction ratio than FastV at equal accuracy.', text: '1.6x higher token reduction ratio', factor: 1.6, kind: 'compute' },
  { phrasing: 'beats a rival in compression ratio', sentence: 'The codec beats LZ4 in compression ratio by 35% on genome reads.', text: 'beats LZ4 in compression ratio by 35%', factor: 1.35, kind: 'compression' },
  { phrasing: 'compression ratios exceeding a multiple', sentence: 'On source code the tokenizer-aware coder reaches compression ratios exceeding 9x.', text: 'compression ratios exceeding 9x', factor: 9, kind: 'compression' },
];

describe('one claim per phrasing', () => {
  it.each(rows)('$phrasing', (row) => {
    const { claims } = extractClaims(row.sentence);
    expect(claims).toHaveLength(1);
    const c = claims[0]!;
    expect(c.text).toBe(row.text);
    expect(c.text).toBe(row.sentence.slice(c.start, c.end));
    expect(c.factor).toBe(row.factor);
    expect(c.kind).toBe(row.kind);
    if (row.value !== undefined) expect(c.value).toBe(row.value);
    if (row.unit !== undefined) expect(c.unit).toBe(row.unit);
    expect(c.range).toEqual(row.range ?? null);
  });
});

// Series from real abstracts' usage: later members drop the verb or the metric.
// biome-ignore format: one row per series
const series: [name: string, sentence: string, expected: [factor: number | null, kind: string][]][] = [
  ['% then × under one verb', 'It speeds up decoding by 15–25% on chat, 1.8× on code, and 2.4× on math.', [[1.25, 'speedup'], [1.8, 'speedup'], [2.4, 'speedup']]],
  ['"; and B by N" after a verb', 'It accelerates the 8B model by 1.3x on one suite; and the 70B model by 2.2x on another, 2.9x on a third.', [[1.3, 'speedup'], [2.2, 'speedup'], [2.9, 'speedup']]],
  ['a speed verb on layers, then "and by N over" another baseline', 'The design accelerates the embedding layers by 3.1x over a CPU server and by 1.4x over the prior accelerator.', [[3.1, 'speedup'], [1.4, 'speedup']]],
  ['"and by N" past a clause about quality', 'The router lowers serving cost by 2x on chat while keeping most of the quality, and by 3x on code.', [[2, 'cost'], [3, 'cost']]],
  ['N× at another setting', 'It reaches speedups of 2.5x at batch size 1 and still 1.4x at batch size 16.', [[2.5, 'speedup'], [1.4, 'speedup']]],
  ['a series across semicolons', 'Each stage pays off: pruning saves 5x; quantization gives 3x; coding saves another 1.5x.', [[5, 'other'], [3, 'other'], [1.5, 'other']]],
  ['bare "N× more than X" after a served claim', 'It serves 3x more requests per second than vLLM and 1.5x more than SGLang.', [[3, 'throughput'], [1.5, 'throughput']]],
  ['members that each name their metric after "in"', 'Our engine delivers gains of up to 2.4× in decode speed and 3.1× in tokens per joule over llama.cpp.', [[2.4, 'speedup'], [3.1, 'energy']]],
  ['"in" metrics after a speed-up noun', 'It yields gains of up to 2.2× in prefill speed and 1.6× in memory footprint over vLLM.', [[2.2, 'speedup'], [1.6, 'memory']]],
  ['a member about quality is no claim', 'Caching yields gains of 2.6x in denoising speed and 1.2x in CLIP score over the teacher.', [[2.6, 'speedup']]],
  ['a member about accuracy is no claim', 'The kernels give improvements of 1.7x in throughput and 1.4x in accuracy on the suite.', [[1.7, 'throughput']]],
  // A noun inside an adjunct says where the earlier figure was measured, not what the next "by N" changes.
  ['"and by N" after a context length in an adjunct', 'The prefetcher cuts TTFT by 31% at 8K context and by up to 2.2x at 64K context.', [[1.4493, 'latency'], [2.2, 'latency']]],
  ['"and by N" after a resolution in an adjunct', 'The sampler speeds up rendering by 1.4x at 512 px resolution and by 2.3x at 1024 px resolution.', [[1.4, 'speedup'], [2.3, 'speedup']]],
  ['a new quality object after "and" stays out', 'The scheduler raises throughput by 20% at batch 8 and accuracy by 1.2% at batch 32.', [[1.2, 'throughput']]],
  ['two larger maxima paired by respectively', 'Against pipeline parallelism, the method achieves 5.1x and 1.8x larger maximum batch size and context length, respectively.', [[5.1, 'memory'], [1.8, 'memory']]],
  ['ranges of gains for two settings', 'The kernels reach speedups ranging from 2.0x to 4.4x on AVX-512 servers and from 1.1x to 2.7x on Graviton.', [[4.4, 'speedup'], [2.7, 'speedup']]],
  ['savings that range from N% to M%', 'Memory savings range from 35% to 60% depending on the model.', [[2.5, 'memory']]],
  ['a suspended hyphen in a list', 'The scheduler achieves 2- and 4-fold higher goodput on the chat and code traces.', [[2, 'throughput'], [4, 'throughput']]],
  ['a suspended hyphen before a reduction', 'Distillation brings a 4- or 10-fold reduction in sampling steps over the teacher.', [[4, 'compute'], [10, 'compute']]],
  ['a slash list of multiples', 'The kernel speeds up prefill/decode by 1.8x/2.4x on H100.', [[1.8, 'speedup'], [2.4, 'speedup']]],
  ['a slash list of percentages', 'It lowers TTFT by 30%/45% for short/long prompts.', [[1.4286, 'latency'], [1.8182, 'latency']]],
  ['bare factors with an adjunct between', 'The fused kernels give speedups of up to 9.4 for attention and 1.7 for layer norm over cuDNN.', [[9.4, 'speedup'], [1.7, 'speedup']]],
  ['bare factors after models named with digits', 'The compiler reaches speedups of 3.1 on the 7B model and 2.4 on the 70B model.', [[3.1, 'speedup'], [2.4, 'speedup']]],
  ['bare factors over three settings', 'Speedups of 1.5 on Ampere, 1.9 on Hopper and 2.2 on Blackwell were measured for the decoder.', [[1.5, 'speedup'], [1.9, 'speedup'], [2.2, 'speedup']]],
  ['counts after a bare factor\'s adjunct stay out', 'We see speedups of 2.1 for batch size 16 and 32 layers.', [[2.1, 'speedup']]],
  ['a member after a with-phrase of quality cost', 'Caching gives a 1.9× speedup on FLUX with a 0.2 drop in ImageReward, and 2.6× on SD3 with no visible change.', [[1.9, 'speedup'], [2.6, 'speedup']]],
  ['a member after a with-phrase of a small loss', 'Early exit lowers decode latency by 1.6x on chat with a small loss in accuracy, and 2.2x on summarization.', [[1.6, 'latency'], [2.2, 'latency']]],
  ['a clause after a with-phrase keeps its own verb', 'It cuts latency by 30% on chat with a small loss in accuracy, and raises accuracy by 2% on math.', [[1.4286, 'latency']]],
  ['respectively: a quality first, then a rate', 'The quantized encoder improves BLEU and decoding throughput by 0.6% and 1.9x, respectively, on WMT.', [[1.9, 'throughput']]],
  ['respectively: a quality first, then a memory saving', 'Distillation improves recall and peak memory by 0.9% and 2.5x, respectively, on MS MARCO.', [[2.5, 'memory']]],
  ['a range with the tilde operator', 'Speculative drafting speeds up decoding by 2∼3× on code tasks.', [[3, 'speedup']]],
  ['a range with a full-width wave', 'Quantization gives 3～4x smaller checkpoints for the vision encoder.', [[4, 'compression']]],
  ['a range in "times" with a wave dash', 'The join kernels run 1.5〜2 times faster on the column store.', [[2, 'speedup']]],
  ['an open-ended factor with the plus after the sign', 'The ASR server sustains 2x+ higher throughput than the streaming baseline.', [[2, 'throughput']]],
  ['respectively, figures first: a rate, then a quality', 'The pruned detector achieves 1.8x and 2.1% improvements in frame rate and mAP, respectively.', [[1.8, 'throughput']]],
  ['respectively, figures first: a latency and a memory saving', 'Paged retrieval yields 2.4x and 31% reductions in query latency and index memory, respectively.', [[2.4, 'latency'], [1.4493, 'memory']]],
  ['respectively, figures first: a quality, then a speed', 'Early exit brings 0.6% and 2.2x gains in WER and decoding speed, respectively, on LibriSpeech.', [[2.2, 'speedup']]],
  ['respectively: goodput first, then SLO attainment', 'The scheduler raises goodput and SLO attainment by 2.1x and 12%, respectively.', [[2.1, 'throughput']]],
  ['respectively: a latency first, then SLO violations', 'Admission control cuts tail latency and SLO violations by 30% and 4x, respectively.', [[1.4286, 'latency']]],
  ['respectively: a decode rate first, then TTFT SLO attainment', 'The batcher lifts decode throughput and TTFT SLO attainment by 1.6x and 9%, respectively, under bursty load.', [[1.6, 'throughput']]],
  ['respectively, three metrics: two rates, then a quality', 'The engine improves prefill throughput, decode throughput and accuracy by 2x, 1.5x and 1%, respectively.', [[2, 'throughput'], [1.5, 'throughput']]],
  ['respectively, three metrics: latency and memory, then recall', 'The index cuts query latency, memory and recall by 3x, 40% and 0.5%, respectively.', [[3, 'latency'], [1.6667, 'memory']]],
  ['respectively, three metrics: a speed, then two scores', 'Distillation raises decoding speed, BLEU and chrF by 2.6x, 0.3 and 0.5, respectively.', [[2.6, 'speedup']]],
  ['respectively: an improved latency percentage is that much less latency', 'The cache improves throughput and TTFT by 2x and 30%, respectively.', [[2, 'throughput'], [1.4286, 'latency']]],
  ['respectively, three metrics: an improved step time in a training run', 'The optimizer improves training throughput, step time and loss by 1.4x, 20% and 2%, respectively.', [[1.4, 'throughput'], [1.25, 'speedup']]],
  ['respectively: an improved memory percentage in a vision model', 'Token merging improves frame rate and peak memory by 1.9x and 25%, respectively.', [[1.9, 'throughput'], [1.3333, 'memory']]],
  ['respectively: a rate first, then a quality', 'The pruned detector improves frame rate and mAP by 2.4x and 0.3%, respectively.', [[2.4, 'throughput']]],
  ['respectively: a latency first, then a score in points', 'Our retriever cuts query latency and nDCG by 35% and 0.5 points, respectively, on BEIR.', [[1.5385, 'latency']]],
  ['respectively: a memory saving first, then an error rate', 'The streaming recognizer lowers peak memory and word error rate by 3x and 1.1%, respectively.', [[3, 'memory']]],
  ['respectively: a training time first, then a quality', 'Curriculum sampling shortens training time and perplexity by 42% and 0.8, respectively.', [[1.7241, 'speedup']]],
  ['respectively: two latencies stay claims', 'The cache cuts TTFT and TPOT by 40% and 1.5x, respectively.', [[1.6667, 'latency'], [1.5, 'latency']]],
  // A list of figures, then as many metrics after a change word, "of" a saving verb or "in
  // terms of", then "respectively"; a later list of as many bare figures after a gain noun
  // repeats the metrics against another baseline.
  ['respectively, three figures "of" three metrics after a saving verb', 'Against radix-4 designs, the divider saves 30%, 22% and 9% of energy, area and delay, respectively.', [[1.4286, 'energy'], [1.2821, 'other'], [1.0989, 'latency']]],
  ['respectively, three figures, one gain noun, three metrics', 'The serving stack yields 1.8x, 2.1x and 30% gains in goodput, energy efficiency and memory, respectively.', [[1.8, 'throughput'], [2.1, 'energy'], [1.4286, 'memory']]],
  ['respectively, a rate and a rate per watt', 'The array beats earlier FPGA designs with 3x and 5x improvements in TOPS and TOPS/W, respectively.', [[3, 'throughput'], [5, 'energy']]],
  ['respectively, a two-word metric of tokens', 'The planner brings 31% and 27% reductions in latency and generated tokens, respectively.', [[1.4493, 'latency'], [1.3699, 'compute']]],
  ['respectively, "in terms of" four metrics', 'Compared with HNSW, the index achieves 40%, 25%, 3x and 2x reductions in terms of memory, build time, disk size and query latency, respectively.', [[1.6667, 'memory'], [1.3333, 'speedup'], [3, 'compression'], [2, 'latency']]],
  ['the same metrics again after a gain noun', 'Over the FP32 unit the multiplier saves 50%, 40% and 10% of power, area and delay, respectively; over a posit unit the savings reach 20%, 15% and 5%.', [[2, 'energy'], [1.6667, 'other'], [1.1111, 'latency'], [1.25, 'energy'], [1.1765, 'other'], [1.0526, 'latency']]],
  // Near misses: a quality among the metrics, and shares with no saving verb.
  ['no gain noun before a later list: error rates stay out', 'Over the FP32 unit the multiplier saves 50% and 40% of power and area, respectively; the error rates reach 2% and 3%.', [[2, 'energy'], [1.6667, 'other']]],
  ['respectively, a quality among the metrics', 'Pruning yields 2x, 1% and 3x gains in throughput, accuracy and energy efficiency, respectively.', [[2, 'throughput'], [3, 'energy']]],
  // A claim whose cue follows its figure closes its list: a bare figure after it opens the next one.
  ['two lists side by side, each closed by its cue', 'The engine reaches 2x and 5x speedups, and 3x and 9x lower energy, over a laptop GPU and a phone CPU, respectively.', [[2, 'speedup'], [5, 'speedup'], [3, 'energy'], [9, 'energy']]],
  ['a later list of sizes after a speed-up', 'The codec decodes 1.7x faster, and 2x and 3x smaller on the two corpora.', [[1.7, 'speedup'], [2, 'compression'], [3, 'compression']]],
  // Near miss: a bare figure after a closed list with no claim after it stays with it.
  ['a bare figure after a closed list, no claim after it', 'Prefill is 1.7x faster on A100 and 2.3x on H100.', [[1.7, 'speedup'], [2.3, 'speedup']]],
  ['bare factors listed before the speed-up noun', 'It yields 1.8 and 2.6 speedups on the 7B and 13B models.', [[1.8, 'speedup'], [2.6, 'speedup']]],
  ['three bare factors before "faster"', 'The kernels are 1.3, 1.7 and 2.2 faster on the three GPUs.', [[1.3, 'speedup'], [1.7, 'speedup'], [2.2, 'speedup']]],
  ['bare factors listed before a comparative', 'It gives 1.4 and 1.9 higher decode throughput than vLLM and TGI, respectively.', [[1.4, 'throughput'], [1.9, 'throughput']]],
  ['multiples in brackets after two metrics of one comparative', 'The systolic design reaches better performance per watt (1.8X) and throughput (3.3X) than a GPU baseline.', [[1.8, 'energy'], [3.3, 'throughput']]],
  ['multiples in brackets after two metrics an outperforming verb names', 'The engine beats TensorRT-LLM in both decode throughput (up to 1.7x) and TTFT (up to 2.5x).', [[1.7, 'throughput'], [2.5, 'latency']]],
  ['"outperforms X in <metric> by N": the metric after "in"', 'The index outperforms DiskANN in build time by 2.2x on SIFT1B.', [[2.2, 'speedup']]],
  // "by N in terms of <metric>": the metric after "in terms of"; beating a baseline by N% on
  // a quantity wanted lower is N% less of it.
  ['"outperforms X by N% in terms of latency": less latency', 'Our tensor-program planner outperforms Ansor by 61.0% in terms of latency.', [[2.5641, 'latency']]],
  ['"beats X by N× in terms of" a rate', 'On long prompts the engine beats SGLang by 1.7x in terms of decode throughput.', [[1.7, 'throughput']]],
  ['"outperforms X by N% in terms of" memory', 'The compressed index outperforms DiskANN by 45% in terms of memory footprint.', [[1.8182, 'memory']]],
  ['"surpasses X by N% in terms of" energy efficiency', 'The speech NPU surpasses TensorRT by 18% in terms of energy efficiency.', [[1.18, 'energy']]],
  ['bare "N× higher than X" after a cued claim', 'It gives 4x higher throughput than a naive loop, and 1.5x higher than a tuned transformer.', [[4, 'throughput'], [1.5, 'throughput']]],  // A bare decimal lead over a rival after a verb of beating it, and the list member that drops the verb (rules19).
  ['bare decimal leads over two rivals, the second without its verb', 'The runtime outperforms PyTorch eager by up to 3.25 and TorchScript by 1.6 on ARM boards.', [[3.25, 'speedup'], [1.6, 'speedup']]],
  ['a bare decimal lead "by an average of"', 'It outperforms XGBoost by an average of 1.8 on the tabular workloads.', [[1.8, 'speedup']]],
  ['bare decimal leads on two devices, the second after a comma', 'The kernel outperforms cuDNN by 1.7 on A100, and by 2.2 on H100.', [[1.7, 'speedup'], [2.2, 'speedup']]],
  ['"beats X by N" with a bare decimal', 'On TPC-H, the planner beats the Spark optimizer by 2.35 on average.', [[2.35, 'speedup']]],
  ['"surpass X by N×" and a bare member', 'The tuned kernels surpass cuBLAS by 1.18x and CUTLASS by 1.31 on H100.', [[1.18, 'speedup'], [1.31, 'speedup']]],
  ['"exceeds X by N" on a text-to-speech server', 'Batched vocoding exceeds the streaming baseline by 4.05, with no change in MOS.', [[4.05, 'speedup']]],
  // A lead over a rival that owns what is compared, after a rate (rules19).
  ['a share above a possessive rival after a rate', 'On a laptop CPU the engine decodes 31.5 tokens per second, 24% above llama.cpp\'s Q4_K path.', [[null, 'throughput'], [1.24, 'throughput']]],
  ['a share above a capitalized possessive rival', 'The service sustains 1,900 queries per second, 35% above Faiss\'s IVF index on the same box.', [[null, 'throughput'], [1.35, 'throughput']]],
  // Near miss: a share above a bar, not a rival, stays out; the rate stays.
  ['a share above a bar after a rate', 'The decoder reaches 40 FPS, 15% above the budget\'s floor.', [[null, 'throughput']]],
  // A range of percentages, across 100% and after "between" (rules19).
  ['a range of shares across 100% in a compression ratio', 'Our compressor beats zstd in compression ratio by 22%–140% on genomic data.', [[2.4, 'compression']]],
  ['"by between N% and M%"', 'Throughput rises by between 12% and 30%.', [[1.3, 'throughput']]],
  ['"by between N and M%"', 'It lowers p99 latency by between 20 and 45% on the trace.', [[1.8182, 'latency']]],
  ['a gain noun "is between N% and M%" across 100%', 'The speedup is between 35% and 180% across models.', [[2.8, 'speedup']]],
  // A share of a rival's rate above or below 100%, and the list member after it (rules19).
  ['a share above 100% of a rival\'s performance, then a bare member', 'On an H100 the fused kernel reaches 141% of FlashInfer\'s performance at batch 4 and 117% at batch 64.', [[1.41, 'speedup'], [1.17, 'speedup']]],
  ['a share above 100% of a rival\'s speed, possessive', 'The speech model reaches 112% of Whisper\'s decoding speed on a laptop CPU.', [[1.12, 'throughput']]],
  ['a share above 100% of the throughput of a rival', 'On L4 GPUs the Triton port delivers 135% of the throughput of the CUDA kernel.', [[1.35, 'throughput']]],
  ['a share of a rival named as a modifier of performance', 'Our Triton kernel reaches 97% of cuBLAS performance on H100.', [[0.97, 'speedup']]],
  ['a share above 100% of a rival named as a modifier of throughput', 'The generated kernels achieve 112% of CUTLASS throughput at small batch sizes.', [[1.12, 'throughput']]],
  ['a share of native performance', 'The WebAssembly build sustains 76% of native performance on the same phone.', [[0.76, 'speedup']]],
  // The time a run takes to reach a quality is a speed, not the quality.
  ['time-to-accuracy lowered by a share', 'The overlap scheduler lowers time-to-accuracy by 29% against plain data parallelism.', [[1.4085, 'speedup']]],
  ['time-to-quality reduced by a factor', 'Sharded optimizer states reduce time-to-quality by 1.6x for the 7B model.', [[1.6, 'speedup']]],
  ['time-to-solution shortened by a factor', 'The dataflow port gives a 19x shorter time-to-solution for the weather emulator.', [[19, 'speedup']]],
  // Near miss: a quality raised, with a time named after it.
  ['accuracy raised at the same time to train', 'The curriculum improves accuracy by 3% at the same time to train.', []],
  // The share an SLO promises ("95% and 99% job SLOs") is a target set, not a result,
  // even listed before the figures it sets.
  ['SLO levels listed before the savings they set', 'Placement alone lowers the nodes needed for 95% and 99% job SLOs by 12% and 19%, with peak reductions of 30% and 44%.', [[1.1364, 'other'], [1.2346, 'other'], [1.4286, 'other'], [1.7857, 'other']]],
  ['an SLO level held beside a saving', 'The autoscaler holds 99% latency SLOs and lowers cost by 26%.', [[1.3514, 'cost']]],
  ['near miss: a saving under tight SLOs', 'The cache cuts decode cost by 33% under tight SLOs.', [[1.4925, 'cost']]],
  // A hit rate raised is a means, not a speed (README: hit-rate), also as a comparative.
  ['a higher hit ratio beside a latency claim', 'On agent traces, the admission policy reaches up to 11% higher cache hit ratios and 27% lower latency than LRU.', [[1.3699, 'latency']]],
  ['a higher prefix hit rate beside a speed-up', 'The router gives 12% higher prefix hit rates and cuts TTFT by 1.4x.', [[1.4, 'latency']]],
  // Near misses: a share of a model's own performance before pruning or compression is a
  // quality kept, even where the sentence counts tokens or names a GPU.
  ['a share of a model\'s original performance with tokens pruned', 'With 80% of its image tokens dropped, the pruned model still retains 97.5% of Qwen-VL\'s original performance.', []],
  ['a share of a model\'s full performance on a GPU', 'Pruning half the tokens on an H100, the method preserves 96% of Llama\'s full performance.', []],
  ['a share of a dense model\'s zero-shot performance', 'The 2:4 sparse model keeps 94% of OPT\'s zero-shot performance while its kernels run faster.', []],
];

describe('series', () => {
  it.each(series)('%s', (_name, sentence, expected) => {
    expect(extractClaims(sentence).claims.map((c) => [c.factor, c.kind])).toEqual(expected);
  });
});

// A baseline is a whole noun phrase or nothing, never the start of the next clause.
// biome-ignore format: one row per case
const baselines: [name: string, sentence: string, baseline: string | null][] = [
  ['a pair names the before figure\'s system in brackets', 'The compiler cuts the build from 41 min (Bazel default) to 12 min on the monorepo.', 'Bazel default'],
  ['a share of another system\'s speed names it after "of"', 'The port reaches 80% of the decoding speed of native llama.cpp, with no install.', 'native llama.cpp'],
  ['a verb after "and" ends it', 'Tuning uses 35% less memory than full fine-tuning and finishes in half the time.', 'full fine-tuning'],
  ['a time is not a baseline', 'Grammar preprocessing is now 12x faster than before.', null],
  ['a relative clause belongs to it', 'It needs 3x less memory than a cache that holds every hot row.', 'cache that holds every hot row'],
  ['a clause after a comma is not a second baseline', 'Compared with our earlier dense model, it reaches better scores and cuts training cost by 40%.', 'earlier dense model'],
];

describe('baselines', () => {
  it.each(baselines)('%s', (_name, sentence, baseline) => {
    const { claims } = extractClaims(sentence);
    expect(claims).toHaveLength(1);
    expect(claims[0]?.baseline).toBe(baseline);
  });

  it('reads listed names with lowercase initials as one list', () => {
    const { claims } = extractClaims(
      'It cuts completion time by 20×, 10×, and 2× over Orca, vLLM and llama.cpp, and raises GPU utilization to 80%.',
    );
    expect(claims.slice(0, 3).map((c) => c.baseline)).toEqual(['Orca', 'vLLM', 'llama.cpp']);
  });
});

// The kind agrees with the metric: a job's time is a speed-up, a request's delay is latency.
// biome-ignore format: one row per case
const kinds: [sentence: string, kind: string][] = [
  ['The new partitioner cuts training time by 40%.', 'speedup'],
  ['Overlap shortens iteration time by 1.5x.', 'speedup'],
  ['Queueing delay falls by 60% under bursts.', 'latency'],
  ['It lowers response time by 2x for short requests.', 'latency'],
  ['Entropy coding shrinks the checkpoint by 3x.', 'compression'],
  ['Ring all-reduce bandwidth rises by 1.5x.', 'throughput'],
  ['Sparse reads reduce the bytes read per step by 4x.', 'memory'],
  ['Paging reduces peak memory by 25%.', 'memory'],
];

describe('kinds', () => {
  it.each(kinds)('%s → %s', (sentence, kind) => {
    const { claims } = extractClaims(sentence);
    expect(claims.map((c) => c.kind)).toEqual([kind]);
  });
});

describe('lists', () => {
  it('gives each of "29×, 29×, and 3×" its own claim and baseline', () => {
    const s =
      'It improves throughput over DeepSpeed Zero-Inference, Hugging Face Accelerate, and FlexGen by up to 29×, 29×, and 3× over Parrot, vLLM and SGLang, respectively.';
    const { claims } = extractClaims(s);
    expect(claims.map((c) => [c.factor, c.baseline])).toEqual([
      [29, 'Parrot'],
      [29, 'vLLM'],
      [3, 'SGLang'],
    ]);
  });

  it('shares a verb across "by 2.8x, 2.6x and 2.2x" and the baseline after them', () => {
    const { claims } = extractClaims(
      'SpecTree accelerates generation by 2.8x, 2.6x and 2.2x over autoregressive decoding, respectively.',
    );
    expect(claims.map((c) => [c.factor, c.kind, c.baseline])).toEqual([
      [2.8, 'speedup', 'autoregressive decoding'],
      [2.6, 'speedup', 'autoregressive decoding'],
      [2.2, 'speedup', 'autoregressive decoding'],
    ]);
  });

  it('shares a trailing cue: "2.1× and 1.8× faster, respectively"', () => {
    const { claims } = extractClaims('Caching makes sampling 2.1× and 1.8× faster, respectively.');
    expect(claims.map((c) => [c.factor, c.kind])).toEqual([
      [2.1, 'speedup'],
      [1.8, 'speedup'],
    ]);
  });

  it('zips two claims with two baselines', () => {
    const { claims } = extractClaims(
      'DistFlash trains at 1M tokens with 1.67x and 1.26x the throughput of Ring Attention and DeepSpeed-Ulysses.',
    );
    expect(claims.map((c) => [c.factor, c.baseline])).toEqual([
      [1.67, 'Ring Attention'],
      [1.26, 'DeepSpeed-Ulysses'],
    ]);
  });

  it('continues a percentage list: "an additional 12.59%"', () => {
    const { claims } = extractClaims(
      'We demonstrate accelerations of 65.08% with 1D parallelism at the 128-GPU scale, an additional 12.59% with 2D parallelism at the 256-GPU scale, and an additional 30% with 3D parallelism.',
    );
    expect(claims.map((c) => [c.factor, c.condition])).toEqual([
      [1.6508, '1D parallelism, 128-GPU scale'],
      [1.1259, '2D parallelism, 256-GPU scale'],
      [1.3, '3D parallelism'],
    ]);
  });

  it('keeps separate verbs apart: a speed claim next to an accuracy change', () => {
    const { claims } = extractClaims('It reduces latency by 40% and improves accuracy by 2%.');
    expect(claims.map((c) => c.factor)).toEqual([1.6667]);
  });
});

describe('context', () => {
  it('reads metric, baseline, hardware and condition off the sentence', () => {
    const { claims } = extractClaims(
      'On H100 GPUs, our fused kernel reduces prefill latency by about 1.7x at a sequence length of 16k relative to MHA, and accelerates backward by about 1.3x.',
    );
    expect(
      claims.map(({ factor, metric, baseline, hardware, condition }) => ({
        factor,
        metric,
        baseline,
        hardware,
        condition,
      })),
    ).toEqual([
      {
        factor: 1.7,
        metric: 'prefill latency',
        baseline: 'MHA',
        hardware: 'H100',
        condition: 'sequence length of 16k',
      },
      { factor: 1.3, metric: 'backward', baseline: null, hardware: 'H100', condition: null },
    ]);
  });

  it('splits "improves X over A, B, and C by N×, N×, and N×" into metric and zipped baselines', () => {
    const { claims } = extractClaims(
      'Our approach improves the throughput over DeepSpeed Zero-Inference, Hugging Face Accelerate, and FlexGen by up to 29×, 29×, and 3× on OPT-30B.',
    );
    expect(claims.map((c) => [c.factor, c.kind, c.metric, c.baseline])).toEqual([
      [29, 'throughput', 'throughput', 'DeepSpeed Zero-Inference'],
      [29, 'throughput', 'throughput', 'Hugging Face Accelerate'],
      [3, 'throughput', 'throughput', 'FlexGen'],
    ]);
  });

  it('reads the object of "outperforms" as the baseline', () => {
    const { claims } = extractClaims(
      'It outperforms the sliding window recomputation baseline by up to 22.2x speedup.',
    );
    expect(claims[0]).toMatchObject({
      factor: 22.2,
      baseline: 'sliding window recomputation baseline',
      metric: null,
    });
  });

  it('reads each member of a list written with the sign first', () => {
    const { claims } = extractClaims(
      'Mean speedups of the tuned queries are ×2.7 on Postgres, ×1.9 on DuckDB and ×1.3 on SQLite.',
    );
    expect(claims.map((c) => [c.text, c.factor])).toEqual([
      ['×2.7', 2.7],
      ['×1.9', 1.9],
      ['×1.3', 1.3],
    ]);
  });

  it('reads a bare multiple attained after a speed-up the sentence before stated', () => {
    const { claims } = extractClaims(
      'Our cost model speeds up tuning by 5.1× on mobile GPUs. The transfer version achieves 3.3× and 2.2× on DSPs and NPUs, respectively.',
    );
    expect(claims.map((c) => [c.text, c.factor, c.kind])).toEqual([
      ['speeds up tuning by 5.1×', 5.1, 'speedup'],
      ['3.3×', 3.3, 'speedup'],
      ['2.2×', 2.2, 'speedup'],
    ]);
  });

  it('reads a bare multiple a system reaches, its phrase ended, after a stated speed-up', () => {
    const { claims } = extractClaims(
      'Fused decoding gives a 1.8x speedup on A100. On the phone build, the runtime delivers 2.4x as well.',
    );
    expect(claims.map((c) => c.factor)).toEqual([1.8, 2.4]);
  });

  it('leaves a rival reaching a bare multiple in a relative clause', () => {
    const { claims } = extractClaims(
      'Fused decoding gives a 1.8x speedup on A100. Our cache is sharper than TeaCache, which reaches 1.9× on Wan.',
    );
    expect(claims.map((c) => c.factor)).toEqual([1.8]);
  });

  it('does not borrow a comparison owned by an earlier claim', () => {
    const { claims } = extractClaims(
      'It gives a 15% speedup on BERT compared to the MLPerf record, 3× speedup on GPT-2, and 2.4× speedup on LRA.',
    );
    expect(claims.map((c) => c.baseline)).toEqual(['MLPerf record', null, null]);
  });

  it('takes a baseline stated before the claim', () => {
    const { claims } = extractClaims(
      'Compared to padding, packing improves training throughput by 2.1-2.4× on instruction data.',
    );
    expect(claims[0]?.baseline).toBe('padding');
  });

  it("does not take the baseline's hardware as the claim's", () => {
    const { claims } = extractClaims(
      'On a Cerebras WSE-2, WaferLLM decodes two orders of magnitude faster than a single A100 GPU.',
    );
    expect(claims[0]).toMatchObject({
      factor: 100,
      hardware: 'Cerebras WSE-2',
      baseline: 'single A100 GPU',
    });
  });

  it('finds precision and hardware for a restated pair', () => {
    const { claims } = extractClaims(
      'SANA-Video can be deployed on RTX 5090 GPUs with NVFP4 precision, accelerating the inference speed of generating a 5-second 720p video from 71s to 29s (2.4x speedup).',
    );
    expect(claims).toHaveLength(1);
    expect(claims[0]).toMatchObject({
      factor: 2.4,
      hardware: 'RTX 5090',
      condition: 'NVFP4 precision',
      metric: 'inference speed',
    });
  });
});
