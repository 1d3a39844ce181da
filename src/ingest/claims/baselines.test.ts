// One row per sentence: the baseline each claim is compared with. A baseline is
// a whole noun phrase (a name, "the FP16 baseline", "llama.cpp with 4-bit
// weights") or null; never the start of the next clause, never a lone article.
import { describe, expect, it } from 'vitest';
import { extractClaims } from './extract';

// biome-ignore format: one row per case
const rows: [name: string, sentence: string, claim: string, baseline: string | null][] = [
  ['a sentence-opening "against" names the baseline', 'Against vLLM, the paged server delivers 2.3x higher throughput.', '2.3x higher throughput', 'vLLM'],
  ['"benchmarked against" before the clause', 'Benchmarked against DuckDB, our engine answers the join queries 4x faster.', '4x faster', 'DuckDB'],
  ['"when evaluated against" a named kernel', 'When evaluated against cuDNN, the fused convolution is 1.7× faster on a Jetson Orin.', '1.7× faster', 'cuDNN'],
  ['an opening "against" a list is one phrase', 'Against Whisper, Canary and Parakeet, the streaming model is 2x faster.', '2x faster', 'Whisper, Canary and Parakeet'],
  ['an opening "against" the data is no baseline', 'Against a map of 1M entries, lookups are 3x faster with the learned index.', '3x faster', null],
  // A fronted comparison adjunct, closed by its comma, frames every claim of its sentence.
  ['an opening frame holds for a later claim', 'Relative to PostgreSQL, the engine answers point queries 3.1x faster and scans 2.4x fewer pages.', '2.4x fewer pages', 'PostgreSQL'],
  ['…after a second verb with "by"', 'Compared with Whisper-large, the streaming recognizer cuts first-word latency by 58% and decoding energy by 3.2x.', 'decoding energy by 3.2x', 'Whisper-large'],
  ['…and the subject after its comma is not a second baseline', 'Relative to DeepSpeed, Bramble speeds up the forward pass by 1.8x and the backward pass by 1.4x.', 'the backward pass by 1.4x', 'DeepSpeed'],
  ['…after a leading adjunct and "and"', 'On eight A100 GPUs, and compared with a static pipeline, the trainer raises throughput by 27% and lowers peak memory by 19%.', 'lowers peak memory by 19%', 'static pipeline'],
  ['…after a participle', 'Measured against the CPU decoder, the FPGA design decodes video 5.5x faster and draws 62% less power.', '62% less power', 'CPU decoder'],
  ['…across a semicolon of its sentence', 'Compared to FAISS, the index answers queries 2.3x faster; its build time is 4x shorter.', '4x shorter', 'FAISS'],
  ['…as a whole list', 'Compared with Faiss, ScaNN and HNSWlib, our index builds 3x faster and uses 40% less memory.', '40% less memory', 'Faiss, ScaNN and HNSWlib'],
  ['a subject after the frame\'s comma is no baseline', 'Compared with the default 250 W limit, a limit of 170 W cuts energy per step by 21% and the energy-delay product by 9%.', 'the energy-delay product by 9%', 'default 250 W limit'],
  ['an opening "over" a span of time is no frame', 'Over a month-long trace, the autoscaler cuts GPU-hours by 31% and halves the p99 latency.', 'cuts GPU-hours by 31%', null],
  ['…nor is "over" the links used', 'Over 10 Gbps links, the new collective shortens all-reduce time by 2.2x.', 'all-reduce time by 2.2x', null],
  ['…an opening "over" a named system is', 'Over GPTQ, the 3-bit quantizer is 18% faster on long prompts.', '18% faster', 'GPTQ'],
  ['an opening "against" a name with digits is a system', 'Against the FP16 baseline, the quantized decoder runs 2.2x faster and uses 61% less memory.', '61% less memory', 'FP16 baseline'],
  ['…and so is an index of a named system', 'Against the vector index of Milvus 2.3, query latency at equal recall is 35% lower.', '35% lower', 'vector index of Milvus 2.3'],
  ['…but a counted table is data', 'Against the 2B-row table, the learned index answers lookups 2.7x faster.', '2.7x faster', null],
  ['a frame may name its setting before its comma', 'Compared with Faiss on four A100 GPUs, the index answers queries 3.2x faster and cuts memory by 45%.', 'cuts memory by 45%', 'Faiss'],
  ['…or end before the clause\'s pronoun', 'Against the stock Kafka consumer it is 2.6x faster.', '2.6x faster', 'stock Kafka consumer'],
  ['a later clause\'s own frame after "and"', 'Compared with PyTorch eager, the compiled model runs 1.9x faster, and against TensorRT it is still 1.2x faster.', '1.2x faster', 'TensorRT'],
  ['…is not the earlier claim\'s baseline', 'Compared with PyTorch eager, the compiled model runs 1.9x faster, and against TensorRT it is still 1.2x faster.', '1.9x faster', 'PyTorch eager'],
  ['an opening frame over data is no frame', 'Against a table of 2B rows, the learned index answers lookups 2.7x faster and uses 5x less memory.', '5x less memory', null],
  // "N× the <quantity> of X": X is the baseline, for any measured quantity, paired in order.
  ['"the MFU of" a list, paired by "respectively"', 'The trainer reaches 1.3x, 1.6x and 2.2x the MFU of Megatron-LM, Colossal-AI and PyTorch FSDP, respectively.', '1.6x', 'Colossal-AI'],
  ['"the goodput of" two systems', 'The router reaches 1.9x and 1.4x the goodput of Llumnix and SGLang, respectively.', '1.4x', 'SGLang'],
  ['"the request rate of"', 'Our loader sustains 2.4 times the request rate of Ray Data.', '2.4 times', 'Ray Data'],
  ['"the queries per second of"', 'The appliance answers 2.7x the queries per second of Elasticsearch.', '2.7x', 'Elasticsearch'],
  ['a name that holds a verb is no new clause', 'It is 1.8x, 2.5x and 3.1x faster than DeepSpeed, Hugging Face Accelerate and FlexGen, respectively.', '2.5x', 'Hugging Face Accelerate'],
  ['"the Q of" away from the figure names an owner, not a baseline', 'Pruning half of the frames gives a 2.4x prefill speedup and a 30% reduction in the peak memory of a batch of 16 videos.', '2.4x prefill speedup', null],
  ['…nor does a pace it keeps', 'Each frame is denoised 3x faster, enough to keep pace with the frame rate of the camera.', '3x faster', null],
  // A list of baselines pairs with a list of figures in order only on one metric or with "respectively".
  ['two metrics are each compared with the whole list', 'The runtime cuts peak memory by 2.8x and latency by 1.6x compared with TFLite Micro and CMSIS-NN.', 'latency by 1.6x', 'TFLite Micro and CMSIS-NN'],
  ['…also as comparatives', 'The store uses 2.1x less RAM and 3.4x less disk than RocksDB and LevelDB.', '2.1x less RAM', 'RocksDB and LevelDB'],
  ['…but figures on one metric pair in order', 'The engine reaches 1.7x and 1.3x the throughput of Spark and Flink.', '1.3x', 'Flink'],
  ['…as do figures before "respectively"', 'It uses 2.1x and 3.4x less memory than RocksDB and LevelDB, respectively.', '3.4x less memory', 'LevelDB'],
  ['", and its" opens a clause, no second baseline', 'Ingest is 2x faster and 3x cheaper than Kafka Connect, and its lag and memory use stay flat under load.', '3x cheaper', 'Kafka Connect'],
  ['a share "of that of" X names X', 'The adapter cuts optimizer memory to 30% of that of full fine-tuning.', 'cuts optimizer memory to 30% of that of', 'full fine-tuning'],
  ['…and "of those of" X', 'The new format shrinks index files to 25% of those of Parquet.', 'shrinks index files to 25% of those of', 'Parquet'],
  // What is no baseline though a marker stands before it.
  ['a comparison inside a "while" clause is that clause\'s', 'The index cuts query latency by 35%, while its recall stays higher than that of IVF-PQ.', 'cuts query latency by 35%', null],
  ['…and inside a "because" clause', 'Energy per frame drops by 22% because the NPU is more efficient than the GPU for convolutions.', 'Energy per frame drops by 22%', null],
  ['"over" a span of time', 'The autoscaler lowered the cloud bill by 27% over six months.', 'lowered the cloud bill by 27%', null],
  ['"over" the links used', 'Compression cuts transfer time by 3.1x over 25 Gb/s links.', 'cuts transfer time by 3.1x', null],
  ['"over" the network inside the metric', 'The tiered store cuts the bytes sent over the network per query by 2.6x.', 'cuts the bytes sent over the network per query by 2.6x', null],
  ['…but "over" a count of systems is one', 'The planner improves throughput by 1.4x over three tuned schedulers.', 'improves throughput by 1.4x', 'three tuned schedulers'],
  ['a figure after a marker is no baseline', 'It removes 35% of the FLOPs while losing 0.4 points, against 1.9 points for token merging.', 'removes 35% of the FLOPs', null],
  ['"longer than" a length bounds a condition', 'It gives a 2.2x prefill speedup for prompts longer than 32K tokens.', '2.2x prefill speedup', null],
  ['"without" a gerund and its object is the claim\'s terms', 'It serves 2.5x more requests than the default scheduler without breaking any latency target.', '2.5x more requests', 'default scheduler'],
  ['a rate has no baseline, though the sentence names one', 'It decodes at 64 tokens/s, 3.1x faster than llama.cpp.', '64 tokens/s', null],
  ['the factor beside that rate keeps it', 'It decodes at 64 tokens/s, 3.1x faster than llama.cpp.', '3.1x faster', 'llama.cpp'],
  ['a utilization has no baseline', 'Training reaches 51% MFU, up from the 38% of the default compiler.', '51% MFU', null],
  ['a level set against the baseline\'s level names it after "for"', 'The overlapped schedule reaches 49% MFU, versus 41% for FSDP on 64 GPUs.', '49% MFU, versus 41%', 'FSDP'],
  ['…or after "with"', 'Our kernel reaches 43% MFU, up from 31% with Megatron-LM.', '43% MFU, up from 31%', 'Megatron-LM'],
  ['a share of an unnamed thing is not a baseline', 'The new pipeline takes only 20% of the GPU hours of the old one.', '20% of the GPU hours', null],
  ['a share of a named system is', 'It trains at 25% of the cost of MovieGen.', '25% of the cost of MovieGen', 'MovieGen'],
  // A baseline after a later claim is shared only by members of one list.
  ['a "than" belongs to its own comparative', 'The compiler cuts build time by 90% and runs 1.5x faster than eager mode.', 'cuts build time by 90%', null],
  ['…and the comparative keeps it', 'The compiler cuts build time by 90% and runs 1.5x faster than eager mode.', '1.5x faster', 'eager mode'],
  ['coordinated comparatives share one "than"', 'The small model is 3.2 times faster and uses 5 times less memory than the 13B baseline.', '3.2 times faster', '13B baseline'],
  ['a closing "compared with" covers the sentence', 'The planner serves 30% more requests and cuts cost by 22% compared with a static pool.', '30% more requests', 'static pool'],
  ['list members share the last one', 'It speeds up training by 41% with data parallelism, an additional 9% with pipelining, and another 14% with sharding over tuned baselines.', 'speeds up training by 41%', 'tuned baselines'],
  ['a later clause\'s subject is no baseline', 'The cache raises throughput by 1.9x and the router needs 2x fewer GPUs than a round-robin router.', 'raises throughput by 1.9x', null],
  // A baseline named by a claim reaches the later claims of its sentence that name none.
  ['a later claim shares the baseline named before it', 'The columnar engine scans 2.6x faster than DuckDB and needs 40% less memory.', '40% less memory', 'DuckDB'],
  ['…in another domain and unit', 'The speech model transcribes 3.1x faster than Whisper-large and draws 55% less energy per hour of audio.', '55% less energy per hour', 'Whisper-large'],
  ['…down a list of three', 'It trains ResNet-50 1.7x faster than PyTorch DDP, cuts peak memory by 22%, and sends 3x fewer bytes per step.', '3x fewer bytes per step', 'PyTorch DDP'],
  ['…not after two baselines', 'The server answers 2.1x faster than vLLM and 1.4x faster than SGLang, and cuts TTFT by 35%.', 'cuts TTFT by 35%', null],
  ['…not into a consequence', 'The cache needs 4x less memory than a full cache, which lets a GPU hold 3x larger batches.', '3x larger batches', null],
  ['…not from a part to the whole system', 'The attention kernel runs 5x faster than FlashAttention-2, and end-to-end latency falls by 1.8x.', 'end-to-end latency falls by 1.8x', null],
  ['…not across a semicolon', 'The index builds 3x faster than HNSWlib; at 10M vectors queries are 1.5x faster.', '1.5x faster', null],
  ['…not to a change a verb states, which needs no standard', 'The compiler speeds up inference by 1.9x relative to TorchScript and shrinks binary size by 40%.', 'shrinks binary size by 40%', null],
  ['…not to a before/after pair', 'The loader is 2x faster than the stock loader and cuts startup time from 40 s to 9 s.', 'cuts startup time from 40 s to 9 s', null],
  // One verb, two figures, each with its own comparison: "by A compared with X and by B compared with Y".
  ['each "by" keeps its own comparison', 'Sharing trims time to first token by 2.7x compared with full prefill and by 1.2x compared with a prefix cache.', 'trims time to first token by 2.7x', 'full prefill'],
  ['…the second "by" keeps the later one', 'Sharing trims time to first token by 2.7x compared with full prefill and by 1.2x compared with a prefix cache.', 'by 1.2x', 'prefix cache'],
  ['…also after an adjunct', 'The loader cuts prefill time by 4.1x on average relative to a full prefill, and by 1.3x relative to a lazy mmap loader.', 'by 1.3x', 'lazy mmap loader'],
  // The baseline run on the paper's hardware keeps it (corpus README conventions).
  ['"on the same N GPUs" describes the baseline run', 'The trainer reaches 1.6x the throughput of DeepSpeed on the same 32 GPUs.', '1.6x', 'DeepSpeed on the same 32 GPUs'],
  ['"on the same hardware" too', 'It serves requests 2.2x faster than vLLM on the same hardware.', '2.2x faster', 'vLLM on the same hardware'],
  ['…but not "on the same tasks"', 'It answers 1.4x faster than the dense model on the same tasks.', '1.4x faster', 'dense model'],
  // The phrase itself: whole, and nothing after it.
  // A modifier of the baseline is part of it; words about the claim are not.
  ['"with" a configuration', 'The engine decodes 2.3x faster than llama.cpp with 8-bit weights.', '2.3x faster', 'llama.cpp with 8-bit weights'],
  ['…not "with" the claim\'s terms', 'The engine decodes 2.3x faster than llama.cpp with the same accuracy.', '2.3x faster', 'llama.cpp'],
  ['…not "with" a second figure', 'It runs 1.6x faster than vLLM with 30% less memory.', '1.6x faster', 'vLLM'],
  ['"without" a feature', 'Serving is 1.9x faster than SGLang without speculation.', '1.9x faster', 'SGLang without speculation'],
  ['"without" a technique named by what it acts on', 'Training is 1.6x faster than FSDP without memory offloading.', '1.6x faster', 'FSDP without memory offloading'],
  ['…and by a stored thing', 'The planner cuts stalls by 3x compared with Megatron-LM without checkpoint planning.', 'cuts stalls by 3x', 'Megatron-LM without checkpoint planning'],
  ['…not "without" a loss', 'Serving is 1.9x faster than SGLang without sacrificing accuracy.', '1.9x faster', 'SGLang'],
  ['"in" a named precision or system', 'It delivers 1.4x higher throughput than TensorRT-LLM in FP8.', '1.4x higher throughput', 'TensorRT-LLM in FP8'],
  ['…not "in" a metric', 'It is 1.4x faster than SGLang in TTFT on long prompts.', '1.4x faster', 'SGLang'],
  ['a verb phrase keeps where it writes to', 'Checkpoints are saved 5x faster than writing them to a shared file system.', '5x faster', 'writing them to a shared file system'],
  ['…and where it reads from', 'Recovery is 9x faster than reloading the model from object storage.', '9x faster', 'reloading the model from object storage'],
  ['…not an infinitive of purpose', 'The schedule reaches the target loss 2x faster than the eager baseline to reach the same loss.', '2x faster', 'eager baseline'],
  ['"on" a device class', 'The phone NPU runs prefill 6x faster than llama.cpp on the CPU.', '6x faster', 'llama.cpp on the CPU'],
  ['…not "on" the claim\'s accelerator', 'The kernel is 1.7x faster than FlashAttention-2 on an H100.', '1.7x faster', 'FlashAttention-2'],
  ['a verb phrase keeps "on"', 'Answers arrive 4x faster than re-encoding every frame on each question.', '4x faster', 're-encoding every frame on each question'],
  ['a participle keeps its "by"', 'The fused kernel is 1.5x faster than FlashAttention-3 followed by a separate softmax pass.', '1.5x faster', 'FlashAttention-3 followed by a separate softmax pass'],
  ['a dotted name ends its sentence', 'Prefill is 3x faster than llama.cpp. Accuracy is unchanged.', '3x faster', 'llama.cpp'],
  // Where a baseline phrase goes on: examples, a second noun phrase, the setting it ran at.
  ['"such as" names examples of the baseline', 'The planner is 2.4x faster than classical solvers such as Gurobi and CPLEX.', '2.4x faster', 'classical solvers such as Gurobi and CPLEX'],
  ['…also after a comma', 'It answers queries 3x faster than learned indexes, such as ALEX and PGM, on skewed keys.', '3x faster', 'learned indexes, such as ALEX and PGM'],
  ['"and" a plain noun phrase coordinates two baselines', 'Recovery is 5x faster than periodic snapshots and full replay.', '5x faster', 'periodic snapshots and full replay'],
  ['…and a counted one', 'The scheduler is 1.8x faster than Slurm and two heuristic packers.', '1.8x faster', 'Slurm and two heuristic packers'],
  ['…but "and" a verb opens a clause', 'It is 2x faster than full fine-tuning and finishes in half the time.', '2x faster', 'full fine-tuning'],
  ['"from" where a noun restarts', 'Warm start is 12x faster than a cold restart from object storage.', '12x faster', 'cold restart from object storage'],
  ['"using" a configuration', 'Decoding is 1.6x faster than TensorRT-LLM using CUDA graphs.', '1.6x faster', 'TensorRT-LLM using CUDA graphs'],
  ['…not "using" less of something', 'It trains 1.5x faster than FSDP using 30% less memory.', '1.5x faster', 'FSDP'],
  ['"at" a default setting', 'The governor uses 18% less energy than inference at the default clocks.', '18% less energy', 'inference at the default clocks'],
  ['…not "at" a condition of the claim', 'It decodes 2.1x faster than FlashDecoding at 128K tokens.', '2.1x faster', 'FlashDecoding'],
  ['"with the same" part as ours', 'The student runs 4x faster than a ResNet-152 with the same backbone.', '4x faster', 'ResNet-152 with the same backbone'],
  ['"with" a count the baseline used', 'Tree search reaches the answer 3x faster than best-of-N sampling with 64 samples.', '3x faster', 'best-of-N sampling with 64 samples'],
  ['"in" a named mode', 'First-audio latency is 2.2x lower than Piper in streaming mode.', '2.2x lower', 'Piper in streaming mode'],
  ['a relative clause the figure completes is cut', 'Compared with earlier kernels that reach 1.2x, ours gives 2.5x higher throughput.', '2.5x higher throughput', 'earlier kernels'],
  ['"and a" before the next figure is cut', 'The cache gives 2.2x lower TTFT than vLLM with a CPU offload connector and a 1.5x higher throughput.', '2.2x lower TTFT', 'vLLM with a CPU offload connector'],
  ['"less than one point" bounds a number', 'The cache serves 1.6x more concurrent users and loses less than one point of accuracy.', '1.6x more concurrent users', null],
  ['"as fast as" names the baseline', 'On a laptop it is twice as fast as WhisperCPP.', 'twice as fast', 'WhisperCPP'],
  ['"than with" names what follows', 'Experts run 1.4x faster at batch size 64 than with one GEMM per expert.', '1.4x faster', 'one GEMM per expert'],
  ['a coordinated clause is cut off', 'It needs 3x less storage than keeping one copy per width and its kernel is as fast as FP16.', '3x less storage', 'keeping one copy per width'],
  ['a listed name followed by its verb is cut off', 'Compared with Megatron and Tutel, MoEShard reaches the target loss 1.6x faster.', '1.6x faster', 'Megatron and Tutel'],
  ['a pronoun ends the phrase', 'The chip has 2.1x higher throughput than a same-node GPU it replaces.', '2.1x higher throughput', 'same-node GPU'],
  // Two lists side by side, each paired in order with the same names by "respectively".
  ['two lists, one pair of names: the first list\'s second member', 'The engine reaches 2x and 5x speedups, and 3x and 9x lower energy, over a laptop GPU and a phone CPU, respectively.', '5x speedups', 'a phone CPU'],
  ['…the second list\'s first member', 'The engine reaches 2x and 5x speedups, and 3x and 9x lower energy, over a laptop GPU and a phone CPU, respectively.', '3x', 'laptop GPU'],
  ['…three names, two lists of a database', 'Queries run 2x, 3x and 4x faster and use 20%, 30% and 40% less memory than SQLite, DuckDB and Postgres, respectively.', '30%', 'DuckDB'],
  ['…with no "respectively" the names are shared', 'The engine reaches 2x and 5x speedups, and 3x and 9x lower energy, over a laptop GPU and a phone CPU.', '3x', 'laptop GPU and a phone CPU'],
  // A semicolon ends a clause's baseline search; the next clause may open with its own frame.
  ['a semicolon ends the search after a list', 'Relative to FP32 units, the divider saves 50% and 40% of power and area, respectively; relative to a posit divider the savings reach 20% and 15%.', '40%', 'FP32 units'],
  ['…a later clause\'s frame before a gain noun, no comma', 'Relative to FP32 units, the divider saves 50% and 40% of power and area, respectively; relative to a posit divider the savings reach 20% and 15%.', '15%', 'posit divider'],
  ['…a later clause\'s frame after "even"', 'Against the A100 PCIe card, decoding is 2.1x faster; even against a newer H200, it is 30% faster.', '30% faster', 'newer H200'],
  ['…a clause with no frame takes no later one', 'Decoding is 2x faster on long prompts; compared with TGI, prefill is 1.5x faster.', '2x faster', null],
  // The system beaten, then an adjunct that states by how much.
  ['"outperforms X, with" a gain', 'The new array outperforms earlier CIM macros, with a 3.2x gain in TOPS/W.', '3.2x gain in TOPS/W', 'earlier CIM macros'],
  ['"beats X, achieving" a lower latency', 'The retriever beats dense-only pipelines, achieving 40% lower latency on long queries.', '40% lower latency', 'dense-only pipelines'],
  ['…not "reaching" a speed-up after winning on quality', 'The sparse kernel outperforms prior sparse methods in quality, reaching a 2.1x end-to-end speedup.', '2.1x end-to-end speedup', null],
  ['"despite" ends the phrase', 'It runs 1.3x faster than an RTX 4090 despite a far lower clock.', '1.3x faster', 'RTX 4090'],
];

describe('baselines', () => {
  it.each(rows)('%s', (_name, sentence, text, baseline) => {
    const claim = extractClaims(sentence).claims.find((c) => c.text === text);
    expect(claim, `no claim «${text}»`).toBeDefined();
    expect(claim?.baseline).toBe(baseline);
  });
});
