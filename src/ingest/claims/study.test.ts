// Measurement studies and benchmarks report figures of other people's systems:
// those are no claims of the paper (rule measurement-study). A study that goes
// on to propose something of its own claims what follows, and a paper that only
// profiles existing systems to motivate its own design is no study. The
// abstracts are written for this table, modelled on how such papers phrase it.
import { describe, expect, it } from 'vitest';
import { extractClaims, traceClaims } from './extract';

// biome-ignore format: one row per phrasing
const studies: [family: string, abstract: string][] = [
  ['engines benchmarked by count', 'We benchmark seven open-source serving engines on four GPU types. In our runs, EngineA decodes 1.6x faster than EngineB on short prompts.'],
  ['methods re-implemented', 'We re-implement a dozen cache eviction methods in one framework. The median method cuts memory by only 30% at equal accuracy, against the 4x its authors claim.'],
  ['methods re-implemented, then run as their authors describe', 'We re-implement six speculative decoding methods in one engine and run each as its authors describe. Tree drafting decodes 2.1x faster than plain decoding.'],
  ['requests of deployed services analysed', 'We analyze 1.8 million requests logged by two commercial chat services. Turning on the short-answer mode reduced output tokens by 48%.'],
  ['named a measurement study', 'This measurement study covers five vector stores under mixed updates. StoreX sustains 2.3x higher query throughput than StoreY on static data.'],
  ['systems the authors measured', 'Among the existing data loaders we measure, LoaderQ finishes epochs 1.9x faster than the stock loader.'],
  ['papers surveyed and re-run', 'We survey 52 training-systems papers and re-run six of them. At matched loss, the best of them trains only 1.1x faster than its baseline.'],
  ['published designs surveyed', 'We build an analytical latency model of robot policies and check it against measurements. Using it, we survey 12 published robot policy designs. In these designs, flow-matching heads decode 25 to 50 times faster than token-by-token heads.'],
  ['reported gains audited', 'Several leaderboards say generated kernels beat vendor libraries. We audit these results under a stricter harness. Of the kernels that stay correct, a quarter remain more than 15% faster than the compiled reference.'],
  ['one model benchmarked on a count of phones', 'We benchmark a 3.8B-parameter assistant on five smartphones and two laptops. On the newest phone it decodes 14.2 tokens per second, 2.3x faster than on the oldest.'],
  ['a decimal point before the count of boards', 'We measure a 0.5B model quantized to 4 bits on three single-board computers. The first board reaches 21 tokens per second at 6 W.'],
  ['a public trace of requests released', 'We release ClusterLog, a trace of 1.4 million inference requests from two production services. GPUs sit at 22% average utilization, and jobs reach only 31% MFU.'],
  ['a dataset of jobs collected', 'We collect a dataset of 80,000 training jobs from a university cluster. The median job reaches 29% MFU.'],
  ['open models evaluated', 'We evaluate 31 open models on laptop CPUs. Four-bit weights speed up decoding by 1.7x on average.'],
  ['the last of coordinated verbs benchmarks a count', 'In this paper we treat the vector index as one stage of a retrieval pipeline, describe its design space, and benchmark six open-source index libraries on text and image embeddings. On the largest corpus, LibA answers queries 3.1x faster than LibB.'],
  ['a taxonomy, then published methods evaluated', 'We propose a taxonomy of KV-cache compression by where it acts and evaluate 14 published methods under one serving engine. Token eviction delivers up to 2.2x higher decode throughput.'],
  ['an opening word inside a later name is no coined name', 'Data loaders feed samples to accelerators and often limit training speed. We describe the loader design space and benchmark five open-source loading libraries on two workloads. The fastest library reaches 2.1x the throughput of the PyTorch DataLoader.'],
  ['serving stacks benchmarked', 'We benchmark four open-source speech serving stacks on two GPU types. The fastest stack transcribes audio 2.6x faster than the slowest at equal batch size.'],
  ['a belief put to the test', 'Sparse attention is often said to pay off only beyond 32K tokens. We test this hypothesis on three GPU generations with five kernels. Below 8K tokens, the sparse kernels already run 1.4x faster than dense attention.'],
  ['our analysis is no system of ours', 'We benchmark five open serving engines on two GPU types. Our analysis shows that EngineA decodes 1.6x faster than EngineB on long prompts.'],
  ['our analytical model is what the study measures with', 'We survey 11 published accelerator designs. Our analytical model predicts that the systolic designs run attention 2.4x faster than the vector designs.'],
  ['"what we call" names nothing of the paper\'s', 'We benchmark six serving engines on one GPU. In what we call the long tail of prompts, EngineA decodes 1.4x faster than EngineB.'],
  // What is measured first, then others' work by a count and how it is had.
  ['what is measured, then a count of published schemes', 'At each batch size we record latency, memory and energy for four published speculative decoding schemes. The tree-based scheme decodes 2.1x faster than the chain-based one on long prompts.'],
  ['a count of commercial services compared', 'We compare response times across three commercial transcription services on one shared audio set. The fastest service returns transcripts 1.8x sooner than the slowest.'],
  ['a count of popular toolkits profiled', 'We profile peak memory for two popular object-detection toolkits on edge boards. ToolkitA uses 35% less memory than ToolkitB at equal accuracy.'],
  ['systems that exist already, characterised first', 'We first characterize read amplification in existing LSM-based key-value stores: to cut tail latency by 2x, these stores pay 4x more disk writes.'],
  ['a tool built to run a study', 'We write a cycle-level simulator of systolic arrays and use it to conduct a broad study of dataflows for attention. Weight-stationary dataflows run attention 1.5x faster than output-stationary ones.'],
  ['"this work evaluates"', 'This work evaluates vector databases under streaming inserts on three clouds. StoreQ answers queries 2.4x faster than StoreR while inserts run.'],
  ['a way of measuring proposed', 'We write a measurement harness for agent frameworks. We propose measuring cost per resolved ticket rather than per call. Under this metric, multi-agent pipelines spend 2.7x more than single-agent ones.'],
  ['a sentence that opens with a preposition is no coined name', 'We benchmark five serving engines on long prompts. For agents, prefix caches matter most. For batch jobs, EngineA serves 1.9x more requests than EngineB.'],
  ['a collection of requests released', 'We release RoboLog, a collection of 600,000 control requests from four fleets of warehouse robots. Replayed on a standard stack, p99 latency falls by 30% when requests are batched by robot.'],
];

// biome-ignore format: one row per phrasing
const ownWork: [family: string, abstract: string, texts: string[]][] = [
  // What is re-implemented "as" something new is ported, the paper's own work.
  ['operators re-implemented as kernels of its own', 'We re-implement the sampling operators of the renderer as fused CUDA kernels, achieving a 2-3x speedup over the stock operators.', ['2-3x speedup']],
  ['layers re-implemented as a new format', 'We reimplement the embedding layers as compressed hash tables and train 1.8x faster than with dense tables.', ['1.8x faster']],
  ["a rival's kernel re-implemented as Triton code", 'We re-implement the reference attention as a Triton kernel; it runs 1.4x faster than the CUDA original on A10G.', ['1.4x faster']],
  ['a study that proposes a fix', 'We measure six phone runtimes under sustained load. Thermal throttling cuts decode speed by 40% after ten minutes. Guided by these findings, we design a governor that improves sustained decode throughput by 1.5x.', ['improves sustained decode throughput by 1.5x']],
  ['a result the authors get themselves', 'We benchmark eight frameworks for CPU training. With plain batching alone, we achieve a 3.8x throughput improvement over the stock framework.', ['3.8x throughput']],
  ['existing systems profiled to motivate a named design', 'Decoding takes most of each step in the frameworks we profiled. Rotor reshards weights directly between GPUs instead of gathering them on one rank. It trains a 13B policy 2.1x faster than the colocated baseline. On 64 GPUs, Rotor cuts step time by 35%.', ['2.1x faster', 'cuts step time by 35%']],
  ['the paper\'s compiler measured on a count of phones', 'We present Tiler, a tiling compiler for phones. We measure its latency on three smartphones, where it runs 2.1x faster than TFLite.', ['2.1x faster']],
  ['a library built, then benchmarked on GPUs', 'We build a kernel library and benchmark it on four GPUs: it is 1.8x faster than cuBLAS.', ['1.8x faster']],
  ['a trace released, then a scheduler designed', 'We release a trace of 50,000 jobs from our cluster. Guided by it, we design Tilt, a scheduler that cuts average job completion time by 27%.', ['cuts average job completion time by 27%']],
  ['a dataset of prompts beside the paper\'s own router', 'We introduce PromptBank, a dataset of 10,000 prompts, and Lynx, a router that cuts serving cost by 2.3x.', ['cuts serving cost by 2.3x']],
  ['a study that then proposes a method', 'We evaluate nine KV compression methods on agent tasks. We then propose PinKV, which keeps tool outputs resident and cuts cache memory by 3x at equal success.', ['cuts cache memory by 3x']],
  ['an evaluation of the paper\'s own system called a study', 'Sieve finds a slow rank within 40 seconds on average. In a controlled study with injected faults, Sieve raises training throughput by 12%.', ['raises training throughput by 12%']],
  ['the paper\'s own designs counted, not published ones', 'We evaluate three designs of our cache on long prompts. The best design cuts time to first token by 2.2x.', ['cuts time to first token by 2.2x']],
  ['a design built in the sentence that compares a count of loaders', 'We build Pylon, a prefetcher for training data, and compare three loaders with it on image workloads. Pylon feeds the GPUs 2.2x faster than the best of them.', ['2.2x faster']],
  ['an assumption revisited, then a history format of the paper\'s', 'Agents are usually given compact page trees on the assumption that raw HTML is too long. We revisit this assumption across nine models, and a diff-based history we add uses 58% fewer input tokens than full HTML.', ['58% fewer input tokens']],
  ['the paper\'s system tested on a count of GPUs', 'We test Quill on three GPU types, and it cuts decode latency by 1.9x over vLLM.', ['cuts decode latency by 1.9x']],
  ['a study that then trains a model of its own', 'We benchmark seven speech runtimes on laptops. We then train a small streaming model that transcribes audio 2.4x faster than the fastest of them.', ['2.4x faster']],
  ['a study that provides a baseline of its own', 'We evaluate ten open models on long meetings. We also provide a chunked baseline that cuts answer latency by 3x.', ['cuts answer latency by 3x']],
  ['our strategy, named after a study of frameworks', 'We characterize checkpoint writes of four training frameworks. Applied to real jobs, our batching strategy achieves 2.9x higher write throughput than the default writer.', ['2.9x higher write throughput']],
  ['our kernels, after a count of runtimes benchmarked', 'We benchmark six speech runtimes on laptops. On the slowest laptop, our fused kernels run 1.7x faster than the stock kernels.', ['1.7x faster']],
  ['our policy, after a count of stores evaluated', 'We evaluate five vector stores under mixed updates. On the slowest store, our compaction policy cuts query latency by 2.2x.', ['cuts query latency by 2.2x']],
  ['a pipeline the study names, "we call"', 'We benchmark five retrieval stacks on three corpora. Combining the fastest parts gives a pipeline we call Swift, which cuts query latency by 2.1x.', ['cuts query latency by 2.1x']],
  ['a schedule the study names, "which we dub"', 'We profile eight vision runtimes on phones. The resulting schedule, which we dub TileMix, runs 1.6x faster than the stock schedule.', ['1.6x faster']],
  ['a hybrid the study names, "dubbed"', 'We evaluate six KV eviction methods on agent traces. A hybrid of the two best, dubbed KeepTwo, cuts cache memory by 3x at equal accuracy.', ['cuts cache memory by 3x']],
  ['a system evaluated on existing benchmarks is no study', 'We evaluate Strider on existing benchmarks for long-context retrieval. It cuts query latency by 2.6x over a flat index.', ['cuts query latency by 2.6x']],
  ['a system evaluated on a count of open models', 'We evaluate Sparrow on three open models, where it speeds up decoding by 1.4x.', ['speeds up decoding by 1.4x']],
  ['our router measured on a count of commercial APIs', 'We evaluate our router on traffic sent to three commercial model APIs, and it cuts the bill by 2.2x.', ['cuts the bill by 2.2x']],
  ['existing kernels profiled, then a kernel of the paper\'s', 'We profile attention in existing inference kernels and find them memory bound. We then design Lattice, a fused kernel that runs decoding 1.9x faster than FlashDecoding.', ['1.9x faster']],
  ['a tool built to tune the paper\'s own policy', 'We build a simulator of the cluster and use it to tune a placement policy, which cuts job completion time by 22%.', ['cuts job completion time by 22%']],
  ['motivation measured by the paper, then its own system', 'We characterize the bottlenecks of feature loading and add pinned, chunked reads. Training throughput improves by 9x over existing loaders.', ['Training throughput improves by 9x']],
];

describe("a study's figures of other people's systems", () => {
  it.each(studies)('%s', (_family, abstract) => {
    expect(extractClaims(abstract).claims.map((c) => c.text)).toEqual([]);
    const { numbers, study } = traceClaims(abstract);
    expect(study.cue).not.toBeNull();
    expect(numbers.map((n) => n.rule)).toContain('measurement-study');
  });
});

describe('near misses that stay claims', () => {
  it.each(ownWork)('%s', (_family, abstract, texts) => {
    const claims = extractClaims(abstract).claims.map((c) => c.text);
    for (const t of texts) expect(claims).toContain(t);
  });
});
