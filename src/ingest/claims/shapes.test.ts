// Shapes the grammar reads in general, not sentence by sentence: the later members of
// a list after a setting or a change noun, number shapes and qualifiers every frame
// takes, absolute times of the paper's own system. Each row is a sentence in our own
// words and the factors of every claim it must yield, in order (null for an absolute
// figure); near misses list what must stay out.
import { describe, expect, it } from 'vitest';
import { extractClaims } from './extract';

const factors = (sentence: string) => extractClaims(sentence).claims.map((c) => c.factor);

// biome-ignore format: one row per phrasing
const rows: [family: string, sentence: string, factors: (number | null)[]][] = [
  // A peak and its average in brackets are two claims on one cue, wherever the bracket stands
  // (between the figure and its cue, or after the cue), and the baseline named after the
  // bracket holds for both (baselines.test.ts).
  ['an average in brackets between the figure and "faster"', 'The fused decoder is up to 3.1x (1.8x on average) faster than llama.cpp on phones.', [3.1, 1.8]],
  ['"on average" first inside the bracket, a throughput', 'Across six traces the router delivers up to 2.6x (on average 1.7x) higher goodput than vLLM.', [2.6, 1.7]],
  ['percentages, a geometric mean', 'Its GEMM kernels are up to 41% (geomean 23%) faster than cuBLAS.', [1.41, 1.23]],
  ['two peaks with averages, one baseline each, after "over"', 'It cuts decode latency by up to 3.1x (1.8x on average) over llama.cpp and by 2.2x (1.4x on average) over MLC-LLM.', [3.1, 1.8, 2.2, 1.4]],
  // A setting each member was measured at ("at a 5x horizon", "at 50% sparsity") is no
  // member and does not end the list.
  ['members after a multiple as a setting', 'The block-sparse kernel cuts attention FLOPs by 2.4x on Mochi at a 4x horizon, 2.2x on CogVideoX at a 4x horizon, and 1.9x on Open-Sora at a 2x horizon.', [2.4, 2.2, 1.9]],
  ['members after a share as a setting', 'The sparse kernel cuts prefill time by 2.1x on Llama-3 8B at 50% sparsity, 2.6x on Qwen2 72B at 50% sparsity, and 3.0x on Mixtral at 70% sparsity.', [2.1, 2.6, 3]],
  ['members after a setting with "of"', 'Training throughput rises 1.8x on a 2.7B model with a compression ratio of 8x, and 2.2x on a 6.7B model with a compression ratio of 8x.', [1.8, 2.2]],
  ['databases, members after a sampling setting', 'Query latency drops by 40% on TPC-H at a 10% sampling ratio and 55% on TPC-DS at a 20% sampling ratio.', [1.6667, 2.2222]],
  ['speech, members after a rate setting', 'The streaming recognizer lowers the real-time factor by 3.1x on LibriSpeech at a 4x downsampling rate and 2.7x on TED-LIUM at a 4x downsampling rate.', [3.1, 2.7]],
  // The change noun that ends the first claim's phrase is no verb between members.
  ['a member after "N× <metric> improvement over X"', 'The data plane gives an average 1.5x rollout throughput improvement over colocated baselines, and up to 2.3x on 1,024 accelerators.', [1.5, 2.3]],
  ['a member after "N% <metric> reduction"', 'The planner brings a 35% query latency reduction on TPC-H and 48% on TPC-DS.', [1.5385, 1.9231]],
  ['a member after "N× <metric> gain"', 'Index builds see a 2.8x build-time gain on SIFT-1B, and 3.4x on Deep-1B.', [2.8, 3.4]],
  // Improving over or on a rival is outperforming it: the rival is the baseline. A multiple
  // is a lead in speed; a percentage needs a performance noun, as after "outperforms".
  ['improve over a rival by a range', 'The generated kernels improve over the cuBLAS baseline by 1.1x–1.3x on square GEMMs.', [1.3]],
  ['improves upon a rival, rate after', 'Our retriever improves upon FAISS-IVF by 2.2× in queries per second.', [2.2]],
  ['improves on a rival, speech', 'On LibriSpeech, the streaming encoder improves on the Conformer baseline by 1.6x–2.0x.', [2]],
  // "outpaces" is a lead in speed, a percentage too.
  ['outpaces by a percentage', 'The new loader outpaces PyTorch DataLoader by 35%.', [1.35]],
  ['outpaces by a percentage, databases', 'Query execution outpaces DuckDB by 18% on TPC-H.', [1.18]],
  // A participle used as an adjective is a cue like "lower" or "higher", and needs a
  // performance noun after it.
  ['over N× reduced <noun>', 'The codec yields over 9× reduced storage footprint compared with JPEG XL.', [9]],
  ['N% reduced <noun>', 'The trainer runs with 31% reduced activation memory on 8 GPUs.', [1.4493]],
  ['N× improved <noun>', 'The scheduler shows 1.6x improved serving throughput over Orca.', [1.6]],
  ['N% decreased <noun>', 'The planner gives 27% decreased query latency on TPC-DS.', [1.3699]],
  // A multiple before a modifier and a rate noun multiplies the rate.
  ['N× storage efficiency', 'Our splatting format reaches 9x storage efficiency over 3DGS.', [9]],
  ['N× energy efficiency', 'The accelerator delivers 4.2x energy efficiency over a Jetson Orin.', [4.2]],
  ['N× token throughput', 'The engine gives 2.4x token throughput on H100.', [2.4]],
  // Absolute times of the paper's own system (factor null): a latency and a low bound with
  // no verb between, a latency brought "down to" a level, and a result participle
  // "taking T … to <verb>".
  ['latencies as low as', 'On small models the loader reaches cold-start latencies as low as 300 ms.', [null]],
  ['speech, a latency as low as', 'The streaming recognizer achieves a first-token latency as low as 90 ms on a laptop CPU.', [null]],
  ['latency brought down to, per token', 'The offloading engine brings the decode latency down to 1.2 s per token on one RTX 4090.', [null]],
  ['TTFT brought down to', 'Prefix sharing brings TTFT down to 140 ms.', [null]],
  ['taking T on a device to <verb>', 'The mapper runs online, taking 45 ms on a Jetson Orin to reconstruct each keyframe.', [null]],
  ['vector search, taking T to <verb>', 'The index serves a billion vectors, taking 3.1 ms to search on one CPU core.', [null]],
  // "above" is a lower bound like "over" wherever a qualifier may stand.
  ['gains remain above', 'At 64 nodes the gains shrink but remain above 1.5x.', [1.5]],
  ['a speedup remains above', 'The end-to-end speedup remains above 2x even at 128 GPUs.', [2]],
  ['speedups of above', 'Speedups of above 3x are seen on long prompts.', [3]],
  // A bare lead "above" a named system after a rate reached compares that rate.
  ['N% above a named rival after a rate', 'The engine sustains 4,800 requests per second, 35% above the SGLang baseline.', [null, 1.35]],
  ['N× above a rival after a frame rate', 'The decoder runs at 42 FPS on a Jetson Orin, 1.8x above the ONNX Runtime build.', [null, 1.8]],
  ['N% above a lower-case name', 'On one A10G the server reaches 910 tokens per second, 22% above vLLM.', [null, 1.22]],
  // Time saved, stated as an amount of time ("N ms earlier / sooner", "saves N ms per …").
  ['a time sooner than a rival', 'The speculative planner reaches a decision 120 ms sooner than the greedy one.', [null]],
  ['speech, a time earlier on average', 'With early exits the recognizer emits words 90 ms earlier on average.', [null]],
  ['databases, saves a range per query', 'Caching the plan saves 4-9 ms per query on TPC-H.', [null]],
  ['shaves off a time per request', 'Prefetching shaves off about 1.2 s per request.', [null]],
  // After "faster" a quality word may modify the head ("task completion"); an output that
  // appears sooner reaches its end point sooner.
  ['a range, faster task completion', 'Across four suites the agent delivers 1.4 to 1.9 times faster task completion.', [1.9]],
  ['N× faster task completion', 'Agents reach 1.8x faster task completion on WebArena.', [1.8]],
  ['the first frame appears sooner', 'With prefetching the first frame appears 2.5x sooner than with lazy loading.', [2.5]],
  // A word multiplier after a verb's object whose head stands before "of".
  ['N-fold after "the <work> of <thing>"', 'The distilled sampler cuts the denoising of each frame fourfold.', [4]],
  ['N-fold after "the <time> of <thing>"', 'The compiler cuts the compile time of each kernel fivefold.', [5]],
  // A comma between two modifiers of one noun is no clause break.
  ['coordinate modifiers before the output', 'The model generates a 5-second, 720p-resolution video in 40 seconds on an H100.', [null]],
  ['coordinate modifiers, words', 'The system produces a high-quality, full-length summary in 3 seconds on a laptop CPU.', [null]],
  // "<work> step of <thing> takes T" after "… that", on the device named with "the".
  ['a step of a part takes T after "that"', 'Both models are light enough that one inference step of the planner takes 0.8 ms on the drone\'s onboard CPU.', [null]],
  ['one decoding step takes T', 'One decoding step of the 7B model takes 11 ms on an RTX 4090.', [null]],
  ['so small that inference takes T', 'The model is so small that inference takes 2 ms on a phone.', [null]],
  // "running <work> in T", the participle of an operation verb, like "loading", "answering".
  ['running inference in T', 'The policy is distilled to 4 steps, running inference in 9 ms on a Jetson.', [null]],
  // "cheaper" names its own quantity, whatever quality the clause names before it.
  ['cheaper after a quality held', 'The distilled judge stays within one point of GPT-4o on agreement and is 20x cheaper than it.', [20]],
  ['cheaper after matching accuracy', 'The small reranker matches the accuracy of the large one and is 5x cheaper.', [5]],
  // A latency with a plural verb, or coordinated with a second noun before its verb.
  ['latencies are T', 'Decode latencies are 12 ms on the phone.', [null]],
  ['latency and memory are T and M', 'Per-frame latency and memory are 2.3 ms and 90 MB, respectively, on a Jetson Orin.', [null]],
  // Earlier work after "as <adjective> as" or "than the <superlative>" is compared with, an
  // object: the figure after it stays the paper's.
  ['after "as accurate as existing work and"', 'The index is as accurate as existing graph indexes and cuts query latency by 35%.', [1.5385]],
  ['after "than the fastest prior work and"', 'The planner is 3x faster than the fastest prior solver and 9x faster than the exact one.', [3, 9]],
];

describe('lists, number shapes and absolute times', () => {
  it.each(rows)('%s', (_family, sentence, want) => {
    expect(factors(sentence)).toEqual(want);
  });
});

// biome-ignore format: one row per near miss
const nearMisses: [family: string, sentence: string, factors: (number | null)[]][] = [
  ['a setting in the bracket, not an average', 'The fused decoder is up to 3.1x (2.2x at batch 64) faster than llama.cpp.', [3.1]],
  ['a bare figure in the bracket, no average word', 'The fused decoder is 3.1x (1.8x) faster than llama.cpp.', [3.1]],
  ['a setting, then a clause of its own', 'The kernel cuts latency by 2x at a 4x horizon, while our planner keeps 3x more candidates in reserve.', [2]],
  ['a load after "at" is no member', 'The scheduler cuts job time by 30% at 50% load, and 12% in accuracy.', [1.4286]],
  ['a bit width after "at" is no member', 'Quantization shrinks the checkpoint by 3.2x at 4 bits and 75% sparsity.', [3.2]],
  ['a change noun, then a new sentence', 'The cache gives a 1.7x throughput improvement. On 64 GPUs, 3x is typical for such systems.', [1.7]],
  ['improves over a rival by a percentage, no metric', 'Our agent improves over the prior one by 5% on average.', []],
  ['improves on a rival in a quality', 'The tuned model improves over the base model by 2x in accuracy.', []],
  ['outperforms by a percentage, no metric', 'Our planner outperforms the greedy one by 4% on average.', []],
  ['a participle on a setting', 'The adapter uses a 50% reduced rank.', []],
  ['a participle on a quality', 'It shows 3% reduced accuracy.', []],
  ['a participle for the worse', 'The cache adds 30% increased latency.', []],
  ['a participle in a setting after "at"', 'Frames are rendered at 4x reduced resolution.', []],
  ['multiples of parallelism, no rate noun', 'We set 8x tensor parallelism and 2x data parallelism.', []],
  ['a budget as low as', 'A latency budget as low as 5 ms is required.', []],
  ['a bound the system must keep', 'The controller must keep latency down to 5 ms.', []],
  ['the authors taking time', 'We fine-tune the model, taking 3 hours to process the data.', []],
  ['earlier work taking time', 'Existing loaders stall, taking 5 minutes to load a checkpoint.', []],
  ['a quality above a level', 'Accuracy stays above 90% on all tasks.', []],
  ['recall above a bare level', 'Recall stays above 0.95 at every budget.', []],
  ['above a load offered, after a rate', 'The engine sustains 4,800 requests per second, 35% above the offered load.', [null]],
  ['above a baseline with no claim before it', 'Accuracy is 5% above the baseline.', []],
  ['a sensor firing earlier', 'The camera fires 5 ms earlier than the lidar.', []],
  ['a schedule moving an event earlier', 'The schedule moves each checkpoint 30 s earlier.', []],
  ['earlier work finishing sooner', 'Existing systems finish 3 s sooner than ours on short prompts.', []],
  ['faster, then two quality words', 'The method gives 2x faster task accuracy gains.', []],
  ['faster accuracy', 'It shows 3x faster accuracy.', []],
  ['N-fold on a setting of a thing', 'The encoder reduces the resolution of each frame fourfold.', []],
  ['N-fold on a quality of a thing', 'Routing raises the accuracy of the small model twofold.', []],
  ['coordinate modifiers, the authors training', 'We train a small, fast model in 3 hours.', []],
  ['earlier work found that a step takes T', 'Prior work found that one decoding step takes 40 ms on a CPU.', []],
  ['the authors running experiments', 'We spent months running experiments in 3 hours each.', []],
  ['a quality lower, no cost cue', 'Accuracy is 4% lower than GPT-4o.', []],
  ['latency targets are T', 'The latency and accuracy targets are 50 ms and 90%.', []],
  ['earlier work as the subject, a comparison inside', 'Existing kernels are as fast as cuBLAS and reach only 40% utilization.', []],
  ['earlier work after "such as"', 'Systems such as existing kernels reach only 40% utilization.', []],
];

describe('lists, number shapes and absolute times: near misses', () => {
  it.each(nearMisses)('%s', (_family, sentence, want) => {
    expect(factors(sentence)).toEqual(want);
  });
});
