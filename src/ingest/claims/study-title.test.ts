// A paper's title can say what the paper is: a survey, a benchmark, a profiling or
// measurement study. Its figures are then the measured systems', not claims of the
// paper (rule study-title), as far as the study machinery reaches: a proposal of the
// paper's own, or a result the authors get themselves, is still theirs. Every title
// and abstract here is written for this table, in our own words.
import { describe, expect, it } from 'vitest';
import { extractClaims, traceClaims } from './extract';
import { studyTitle } from './study';

// Each abstract alone gives one claim; under its title, none.
// biome-ignore format: one row per phrasing
const studies: [family: string, title: string, abstract: string][] = [
  // a gerund opening the title or its subtitle
  ['gerund: benchmarking, vector search', 'Benchmarking Vector Indexes on Commodity SSDs', 'Disk-resident indexes are the norm for billion-scale search. On the largest collection, the graph index answers queries 3.4x faster than the inverted-file index at equal recall.'],
  ['gerund: profiling, speech on wearables', 'Profiling Speech Recognition Runtimes on Wearable Chips', 'Streaming recognizers must fit tight power budgets. The fused-kernel runtime cuts energy per utterance by 45% relative to the reference runtime.'],
  ['gerund in a subtitle: measuring, LLM serving', 'LoadLab: Measuring Speculative Decoding Under Production Load', 'Speculative decoding is usually judged at batch size one. At moderate load, the tree-based drafter still delivers 1.6x higher throughput than plain decoding.'],
  ['gerund after a question: characterizing, training', 'Where Do the Bytes Go? Characterizing Checkpoint Traffic in Training Clusters', 'Checkpoints are written ever more often. Asynchronous writers cut the stall per checkpoint by 70% compared with synchronous writes.'],
  // the kind of paper named where the title or subtitle starts
  ['kind in a subtitle: an empirical study, image tokenizers', 'Image Tokenizers Under Compression: An Empirical Study', 'Visual tokenizers differ in how well they survive quantization. The residual tokenizer keeps its quality at 4 bits and decodes 2.2x faster than at 16 bits.'],
  ['kind in a subtitle: a trace study, retrieval', 'Retrieval Latency in Production RAG: A Trace Study of Three Deployments', 'Retrieval is often blamed for slow answers. Caching embeddings of repeated queries lowers median retrieval latency by 38%.'],
  ['kind opening the title: a controlled comparison, training', 'A Controlled Comparison of Gradient Compression Schemes', 'Gradient compression promises cheaper data parallelism. Top-k sparsification reduces communication time by 4.1x over dense all-reduce on a 100 Gb/s fabric.'],
  ['kind after a question: a benchmark, video models', 'Can Video Models Keep Up? A Benchmark of Streaming Video Understanding', 'Video models are evaluated offline on short clips. The best streaming model answers 2.7x faster than the best offline model on hour-long streams.'],
  // a name for the kind of paper anywhere
  ['name: a survey, video generation', 'Sparse Attention for Video Generation: A Survey', 'Attention dominates the cost of video diffusion. Block-sparse masks reach 2.5x end-to-end speedups on long clips.'],
  ['name: SoK, training memory', 'SoK: Memory Offloading for Large-Model Training', 'Offloading trades PCIe traffic for device memory. Layer-wise offloading cuts peak GPU memory by 3x at a modest cost in step time.'],
  ["name: a practitioner's guide, speech models", "A Practitioner's Guide to Low-Bit Speech Models", 'Low-bit speech models are easy to build and hard to choose. Group-wise 4-bit weights shrink the encoder by 3.6x with little loss in accuracy.'],
  // a title that is one question and nothing more
  ['question: how fast, browsers', 'How Fast Is Language Model Inference in the Browser?', 'Browsers now expose GPU compute to web pages. With the WebGPU backend, a 1B model decodes 2.9x faster than with the WebAssembly backend.'],
  ['question: does, CPUs', 'Does Quantization Slow Down Small Models on CPUs?', 'Small models are often quantized for laptops. On older CPUs, 8-bit weights still run prefill 1.4x faster than 16-bit weights.'],
  // near misses: a study's gerunds coordinated with gerunds that improve nothing
  ['gerunds: profiling and comparing, schedulers', 'Profiling and Comparing Cluster Schedulers for Training Jobs', 'Schedulers are tuned by folklore. On the shared trace, the gang scheduler finishes jobs 1.5x sooner than the FIFO scheduler.'],
  ['gerunds: benchmarking and ranking, vector stores', 'Benchmarking and Ranking Vector Stores for Retrieval Agents', 'Agents issue many small retrieval calls. The in-process store answers them 3.2x faster than the client-server store.'],
  ['question: when, caches', 'When Do Semantic Caches Pay Off for Chat Assistants?', 'Semantic caches answer repeated questions without the model. On support traffic, a cache with a strict threshold lowers serving cost by 31%.'],
  ['question as the subtitle: can, office agents', 'DeskSim: Can Agents Run a Small Office for a Week?', 'Office work mixes chat, documents and code. The strongest agent completes its weekly tasks at a cost 2.2x lower than the runner-up.'],
  ['question as the subtitle: how well, length prediction', 'Guessing the Queue: How Well Can Schedulers Predict Output Length?', 'Length-aware scheduling needs a guess of each output\'s length. With a learned predictor, shortest-first scheduling lowers mean latency by 36% over first-come order.'],
  ['question as the subtitle: do, recommenders', 'RecProbe: Do Sequential Recommenders Need Long Histories?', 'Histories of thousands of events are common in production. Truncating them to 200 events speeds up training by 2.8x.'],
  // a study with something beside it that is not the paper's own work
  ['kind and an outlook: a survey, in-memory computing', 'Analog Accelerators for Transformers: A Survey and Outlook', 'Analog arrays promise cheap matrix products. With shared converters, the crossbar array uses 9x less energy per inference than the digital array.'],
  ['kind with a method in it: a benchmark of schedulers', 'A Benchmark of Cluster Schedulers with a Replay of Production Traces', 'Schedulers are compared on synthetic jobs. On replayed traces, the gang scheduler finishes jobs 1.5x faster than the fair-share scheduler.'],
];

// biome-ignore format: one row per phrasing
const ownWork: [family: string, title: string, abstract: string, claims: string[]][] = [
  ['a method named with "Benchmark" and a hyphen', 'Benchmark-Aware Scheduling for Shared GPU Clusters', 'Shared clusters run many short evaluation jobs. The scheduler packs them into training gaps and raises cluster utilization by 23%.', ['raises cluster utilization by 23%']],
  ['a method named with "Study"', 'Study Buddy: A Tutoring Model That Runs on a Laptop', 'Tutoring models are usually served from the cloud. Study Buddy answers 2.1x faster than a cloud API on a consumer laptop.', ['2.1x faster']],
  ['"Faster X"', 'Faster Whisper Decoding with Chunked Attention', 'Long recordings make attention the bottleneck of speech decoding. Chunked attention decodes hour-long audio 1.8x faster than full attention.', ['1.8x faster']],
  ['a question with a method as its subtitle', 'Why Wait for the Full Prompt? Streaming Prefill for Voice Assistants', 'Voice assistants wait for the end of an utterance before prefill starts. Prefilling while the user speaks cuts time to first token by 52%.', ['cuts time to first token by 52%']],
  ['"Towards …"', 'Towards Efficient Evaluation Serving', 'Evaluation runs repeat the same prompts many times. Reusing their prefixes shortens a full evaluation sweep by 2.4x.', ['shortens a full evaluation sweep by 2.4x']],
  ['an evaluation benchmark of a method\'s name', 'ServeEval Jobs: Packing Evaluation Jobs Into Pipeline Bubbles', 'Evaluation competes with training for GPUs. Packing it into pipeline bubbles cuts training time by 18%.', ['cuts training time by 18%']],
  ['"Lessons from" the authors\' own system', 'Lessons from Running a Speech Serving Fleet', 'We describe the speech serving fleet we have operated for two years. Our scheduler cuts tail latency by 41% during daily peaks.', ['cuts tail latency by 41%']],
  ['a question title of a method the paper presents', 'Can a Laptop Serve a 30B Model?', 'Laptops have little GPU memory. We present Slab, which streams expert weights from flash and decodes 3.1x faster than llama.cpp.', ['3.1x faster']],
  ['a question subtitle of a method the paper presents', 'FlashDraft: Can Drafting Be Free?', 'Speculative decoding spends time on its draft model. We present FlashDraft, which drafts from the target model\'s own hidden states and decodes 2.5x faster than autoregressive decoding.', ['2.5x faster']],
  ['a benchmark that trains a judge of its own', 'Live Agents: A Benchmark of Web Agents on Real Sites', 'We evaluate nine web agents on live sites. The best agent succeeds on 48% of tasks. To make live evaluation cheap, we train a judge that reads screenshots; it cuts review cost per agent by 11x.', ['cuts review cost per agent by 11x']],
  ['a benchmark that provides its own baseline', 'A Benchmark of Hour-Long Video Question Answering', 'We evaluate twelve video models on hour-long recordings. As a reference, we also provide a retrieve-then-read baseline that answers 2.6x faster than reading the whole video.', ['2.6x faster']],
  ['a study that rewrites a kernel of its own', 'Porting Attention Kernels to a New GPU: A Performance Study', 'Kernels ported as they are leave the new GPU idle. We rewrite the decode kernel with wider tiles; our kernel reaches 1.7x the throughput of the ported one.', ['1.7x']],
  ['a study that goes on to propose a method', 'Benchmarking Cache Eviction for Agents', 'We benchmark nine eviction policies on agent traces; the best trails full caching by 12%. We then propose PinCache, which keeps tool outputs resident and cuts cache memory by 3x.', ['cuts cache memory by 3x']],
  // the title names the paper's own work beside its study
  ['a study and a model of its own, in the title', 'On-Device Speech Translation: A Systematic Study and a Small Bilingual Model', 'Translation on phones must fit in little memory. The distilled model needs 0.7 GB of memory instead of 2.9 GB, a 4.1x reduction.', ['0.7 GB of memory instead of 2.9 GB, a 4.1x reduction']],
  ['a study and a faster system, in the title', 'Serving Image Editors in Production: A Trace Study and a Faster System', 'Editing requests reuse most of their inputs. Reusing cached activations lowers editing latency by 2.3x over recomputation.', ['lowers editing latency by 2.3x']],
  // a study gerund coordinated with a gerund of making the studied thing better
  ['profiling and accelerating, in the subtitle', 'Tight Budgets: Profiling and Accelerating Point-Cloud Detectors on Drones', 'Detectors on drones waste most cycles on empty voxels. Our sparse pipeline runs 2.6x faster than the dense detector on the same board.', ['2.6x faster']],
  ['characterizing and optimizing, opening the title', 'Characterizing and Optimizing Embedding Lookups in Recommendation Training', 'Embedding lookups stall recommendation training. Coalescing them cuts step time by 31% over the stock trainer.', ['cuts step time by 31%']],
  ['measuring, modeling and reducing, a list of gerunds', 'Measuring, Modeling, and Reducing Cold Starts of Serverless Inference', 'Cold starts dominate tail latency in serverless inference. Snapshot restore lowers p99 startup time by 4.4x.', ['lowers p99 startup time by 4.4x']],
  // a study that implements designs of its own
  ['a study that implements strategies of its own', 'Dissecting Operator Scheduling in a Graph Compiler', 'We trace the scheduler of a production graph compiler on forty models. We then implement two alternative orderings by hand; the better one runs the models up to 1.9x faster than the stock schedule.', ['up to 1.9x faster']],
  ['a benchmark with a scheduler of its own, in a question title', 'How Busy Are Inference Clusters? A Measurement and an Admission Scheduler', 'Idle accelerators waste money. Admitting batch jobs into idle slots raises accelerator utilization by 27%.', ['raises accelerator utilization by 27%']],
];

describe("a study title makes the figures the measured systems'", () => {
  it.each(studies)('%s', (_family, title, abstract) => {
    expect(extractClaims(abstract).claims).toHaveLength(1);
    expect(studyTitle(title)).not.toBeNull();
    expect(extractClaims(abstract, { title }).claims).toEqual([]);
    const { numbers, study } = traceClaims(abstract, { title });
    expect(study.cue).toBeNull();
    expect(numbers.map((n) => n.rule)).toContain('study-title');
  });
});

describe('near misses that stay claims', () => {
  it.each(ownWork)('%s', (_family, title, abstract, texts) => {
    const claims = extractClaims(abstract, { title }).claims.map((c) => c.text);
    for (const t of texts) expect(claims).toContain(t);
  });
});

describe('the title is one more piece of evidence', () => {
  it('an abstract that names itself a study is read as before, whatever the title', () => {
    const abstract =
      'We benchmark six open serving engines. EngineA decodes 1.5x faster than EngineB.';
    const { numbers, study } = traceClaims(abstract, { title: 'Benchmarking Serving Engines' });
    expect(study.cue).not.toBeNull();
    expect(numbers.map((n) => n.rule)).toEqual(['measurement-study']);
  });

  it('no title, or an empty one, reads the abstract alone', () => {
    const abstract = 'On phones, the compiled runtime decodes 1.9x faster than the interpreter.';
    expect(extractClaims(abstract, { title: '' })).toEqual(extractClaims(abstract));
    expect(extractClaims(abstract).claims).toHaveLength(1);
  });
});

// Before the abstract first names the paper's work (the title's name before its colon, "we",
// "our", "this paper"), its sentences set the scene: their figures are the state of the art.
// biome-ignore format: one row per phrasing
const background: [family: string, title: string, abstract: string, claims: string[]][] = [
  ['a rival\'s utilization before the name', 'RingServe: Elastic Prefill for Long Prompts', 'Long prompts dominate serving cost. Chunked prefill raised GPU utilization to about 60% in earlier engines, but it stalls decoding. RingServe splits prefill across a ring of GPUs. It cuts time to first token by 2.3x over vLLM.', ['cuts time to first token by 2.3x']],
  ['a kind of recognizer\'s speed before the name, speech', 'EchoTune: Streaming ASR on Watches', 'Watches have tight power budgets. Cloud recognizers transcribe speech 4x faster than on-device ones, yet need a network link. EchoTune runs fully on the watch and answers 1.8x faster than a cloud round trip.', ['1.8x faster']],
  ['a technique\'s saving before "we", databases', 'Sift: Learned Filters for Column Stores', 'Column stores skip data with zone maps. Bloom filters cut I/O by 3x on selective scans, but cost memory. We learn which filters to keep. Sift cuts scan time by 40% at equal memory.', ['cuts scan time by 40%']],
  ['no name in the title: only the opening sentence sets the scene', 'Faster Prefill for Long Prompts', 'Long prompts dominate serving cost. Chunked prefill cuts time to first token by 2x on long prompts. We extend it with a ring of GPUs.', ['cuts time to first token by 2x']],
  ['the name in the second sentence', 'Sift: Learned Filters for Column Stores', 'Column stores skip data with zone maps. Sift cuts scan time by 40% at equal memory. It learns which filters to keep.', ['cuts scan time by 40%']],
];

describe('the sentences before the paper names its work set the scene', () => {
  it.each(background)('%s', (_family, title, abstract, texts) => {
    expect(extractClaims(abstract, { title }).claims.map((c) => c.text)).toEqual(texts);
  });
});
