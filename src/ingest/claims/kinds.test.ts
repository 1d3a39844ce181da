// One row per sentence: the kind a claim takes from the words that name what was measured.
// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { extractClaims } from './extract';

type Row = [sentence: string, kinds: string[]];

// A time named by a job, a run, a program's execution or a step of training is a
// speed-up; a time named by one request or one output stays latency.
const jobTimes: Row[] = [
  ['The scheduler reduces mean job completion time by 38% on a 200-GPU trace.', ['speedup']],
  ['Our query planner lowers the execution time of analytical SQL queries by 2.4x.', ['speedup']],
  ['Fusing the normalization into the GEMM cuts forward time per layer by 22%.', ['speedup']],
  ['With the new index layout, indexing time drops by 3x on a billion vectors.', ['speedup']],
  [
    'The planner shortens the average task completion time of household robots by 27%.',
    ['speedup'],
  ],
  ['The compressed collective shortens all-gather time by 2.2x on PCIe servers.', ['speedup']],
  ['It also cuts the time spent in data loading by 4.5x.', ['speedup']],
  // A collective's time is a phase of a job whatever its compound name; a verb as the tail
  // of a compound ("all-reduce", "map-reduce") is no verb.
  ['The compressed collective cuts all-reduce time by 2.6x on PCIe servers.', ['speedup']],
  ['With gradient compression, all-reduce time drops by 45% across 64 nodes.', ['speedup']],
  // Time to a trained model, time a run stands still, a workload's inference time.
  [
    'The optimizer reaches the target perplexity with 35% faster time-to-convergence than AdamW.',
    ['speedup'],
  ],
  ['Hot standby cuts training interruption time by 70% after a node failure.', ['speedup']],
  ['The caching scheme reduces inference time by 1.8x on the whole benchmark.', ['speedup']],
  // Near misses: one request's or one output's time.
  ['The router reduces average request completion time by 35% for chat traffic.', ['latency']],
  ['The speech front end lowers response time by 1.8x on phones.', ['latency']],
  ['Prefix reuse cuts time to first token by 4x.', ['latency']],
  ['The caching scheme reduces inference time per image by 1.8x.', ['latency']],
];

// A stated time or a pair of times with no noun of its own: an hour or more is the
// length of a whole run, a speed-up; a time per output, a delay or a recovery stays
// latency whatever its length. A bare "less time" is the time the work takes.
const timeFigures: Row[] = [
  ['Building the index over 800 million images takes 5.5 hours on one node.', ['speedup']],
  ['The migration tool converts a 2 TB database in 3 hours.', ['speedup']],
  ['Reprocessing the speech archive drops from 14 hours to 2 hours.', ['speedup']],
  ['The solver finishes in 40 minutes instead of 9 hours.', ['speedup']],
  ['Encoding a 4K video takes 35% less time with our codec.', ['speedup']],
  ['Reindexing the table needs 3x less time than in PostgreSQL.', ['speedup']],
  // Near misses: one output's time, a delay, a recovery.
  ['Mean wall-clock time per query falls from 2.4 s to 0.9 s.', ['latency']],
  ['Under bursts, average queueing delay drops from 3.1 hours to 40 minutes.', ['latency']],
  [
    'After a node failure the job resumes training within 45 seconds, compared with 12 minutes.',
    ['latency'],
  ],
  ['The assistant answers a spoken question in 120 ms.', ['latency']],
  ['A full render of the scene drops from 90 seconds to 20 seconds.', ['latency']],
  ['The agent answers each question in 40% less time than ReAct.', ['latency']],
];

// A speed-up of one output's time, or of getting back to work, is a latency: the metric
// names one, or the clause's subject is a recovery, a restore or a reply.
const oneOutputSpeedups: Row[] = [
  [
    'Restoring a 13B checkpoint from object storage is 3.1x faster than with torch.load.',
    ['latency'],
  ],
  ['After a crash, recovery completes 6x faster than a full restart.', ['latency']],
  ['The voice assistant responds 2.5 times faster than the cascaded pipeline.', ['latency']],
  ['Token pruning yields a 2.2x speedup in TTFT.', ['latency']],
  ['The kernel gives a 1.6x latency speed-up on phones.', ['latency']],
  // An acceleration "in" one output's time, and a latency noun before the gain noun and its link.
  [
    'Speculative decoding yields a 1.8x acceleration in time to first token for code prompts.',
    ['latency'],
  ],
  ['The kernel gives a 1.4x acceleration in inter-token latency.', ['latency']],
  ['On a phone, the speech model reaches a response latency speedup of 2.6x.', ['latency']],
  // Near misses: serving queries faster, a verb of restoring a state, training faster, a
  // whole run accelerated, a time to something else.
  ['It achieves a 1.9x acceleration in end-to-end training time.', ['speedup']],
  ['Compilation gives a 3x speedup in time to solution.', ['speedup']],
  ['It answers analytical queries 4x faster than DuckDB.', ['speedup']],
  ['Applying the patch restores full occupancy and improves performance by 30%.', ['speedup']],
  ['Training converges 1.8x faster than with AdamW.', ['speedup']],
];

describe('kinds of times', () => {
  it.each([...jobTimes, ...timeFigures, ...oneOutputSpeedups])('%s', (sentence, kinds) => {
    expect(extractClaims(sentence).claims.map((c) => c.kind)).toEqual(kinds);
  });
});

// What is stored (a model file, a checkpoint, an index, storage) is compressed; memory a
// system holds while it runs, or the state training keeps, stays memory.
const sizes: Row[] = [
  ['The quantized speech model file shrinks from 1.2 GB to 310 MB.', ['compression']],
  ['Product quantization shrinks the vector index by 16x.', ['compression']],
  ['Delta encoding reduces checkpoint storage by 9x.', ['compression']],
  ['The pruned Whisper-large checkpoint shrinks from 3.1 GB to 0.9 GB.', ['compression']],
  ['Our codec writes 6x fewer bytes per checkpoint than torch.save.', ['compression']],
  // Near misses: run-time memory, training state, a stored thing done faster.
  ['Offloading cuts peak GPU memory from 38 GB to 11 GB.', ['memory']],
  ['The in-memory index shrinks from 120 GB to 40 GB.', ['memory']],
  ['It shrinks optimizer state from 12 bytes to 4 bytes per parameter.', ['memory']],
  ['It loads checkpoints 2.5x faster than safetensors.', ['speedup']],
  ['Paging reduces KV cache memory by 3x.', ['memory']],
];

describe('kinds of sizes', () => {
  it.each(sizes)('%s', (sentence, kinds) => {
    expect(extractClaims(sentence).claims.map((c) => c.kind)).toEqual(kinds);
  });
});

// A factor whose words name no kind (its metric read was cut, or it has none) takes the
// kind its clause names, then that of the claim before it in its sentence.
const unnamed: Row[] = [
  ['At batch 64, peak activation memory on the first pipeline stage drops by 35%.', ['memory']],
  ['With speculative decoding, time per output token is 28% lower than with vLLM.', ['latency']],
  [
    'Scoring a candidate takes 12 µs on average, a 9x reduction compared with the Python scorer.',
    ['latency', 'latency'],
  ],
  [
    'On the microcontroller, energy per inference is 2.4x lower than with TFLite Micro.',
    ['energy'],
  ],
  ['Peak host memory per worker is 3x lower than in Ray Data.', ['memory']],
  // Near misses: a conjoined clause with a metric of its own.
  ['It raises MFU to 48% and cuts cross-node traffic by 2.5x.', ['utilization', 'other']],
  [
    'The fused kernel cuts KV cache memory by 2x and speeds up decoding by 1.7x.',
    ['memory', 'speedup'],
  ],
];

describe('kinds named by the clause or the claim before', () => {
  it.each(unnamed)('%s', (sentence, kinds) => {
    expect(extractClaims(sentence).claims.map((c) => c.kind)).toEqual(kinds);
  });
});

// A rate served: anything counted per second, and a gain whose clause names throughput.
const rates: Row[] = [
  ['The new index raises queries per second by 2.6x over Faiss.', ['throughput']],
  [
    'The loader delivers 3.1x more images per second to the GPUs than the PyTorch DataLoader.',
    ['throughput'],
  ],
  ['On the chat trace, a goodput gain of 1.8x over vLLM.', ['throughput']],
  ['With prefix sharing, the throughput gain is 2.2x on the code trace.', ['throughput']],
  // Near misses: a speed-up named by its noun or its verb.
  ['A 1.7x speedup of training over FSDP.', ['speedup']],
  ['The kernel speeds up attention by 2.1x.', ['speedup']],
];

describe('kinds of rates', () => {
  it.each(rates)('%s', (sentence, kinds) => {
    expect(extractClaims(sentence).claims.map((c) => c.kind)).toEqual(kinds);
  });
});

// The number of a unit of work (steps, passes) is compute; the number of machines or
// replicas a system needs stays cost.
const workCounted: Row[] = [
  ['The distilled sampler reduces the number of denoising steps from 50 to 4.', ['compute']],
  ['Early exit cuts the number of decoder passes from 32 to 9 per utterance.', ['compute']],
  ['The verifier reduces the number of target-model forward passes by 45%.', ['compute']],
  // Rounds of work counted: turns of a dialogue, runs of a tool.
  ['The agent needs 31% fewer dialogue turns than ReAct.', ['compute']],
  ['Learned cost models need 9x fewer place-and-route runs per design.', ['compute']],
  // Near miss: a run faster is a speed-up, not fewer runs.
  ['Training runs 1.7x faster on the same cluster.', ['speedup']],
  // What a method feeds its model, by count or length, and calls counted by what is called.
  ['The retrieval front end shortens prompts by 3.5x on multi-hop questions.', ['compute']],
  [
    'The event camera pipeline sends 5x fewer frames to the detector than fixed-rate capture.',
    ['compute'],
  ],
  ['Incremental indexing re-embeds 80% fewer chunks after each document edit.', ['compute']],
  ['On long podcasts, speaker diarization invocations fall by 60%.', ['compute']],
  ['The curriculum yields a 40% length reduction on competition problems.', ['compute']],
  // Machines kept and what they cost in total.
  ['The autoscaler keeps 45% fewer standby instances at the same tail latency.', ['cost']],
  ['The appliance lowers the 5-year TCO per terabyte by 2.2x.', ['cost']],
  // Near misses: machines counted, a first token's time, a step of training.
  ['Routing cuts the number of deployed replicas from 12 to 3.', ['cost']],
  ['Time to first token is 1.9x lower with prefix reuse.', ['latency']],
  ['The new optimizer makes each training step 12% shorter.', ['speedup']],
  ['The scheduler reduces the number of GPUs needed from 16 to 6.', ['cost']],
];

describe('kinds of counts', () => {
  it.each(workCounted)('%s', (sentence, kinds) => {
    expect(extractClaims(sentence).claims.map((c) => c.kind)).toEqual(kinds);
  });
});

// Work done faster is a speed-up, whatever unit of work the clause names; fewer units of
// work for the same result stay compute.
const workFaster: Row[] = [
  ['The engine generates tokens 2.4x faster than llama.cpp on a phone.', ['speedup']],
  ['With the fused kernel, prefill at 256K tokens is 3.3x faster.', ['speedup']],
  ['Distributed training steps run 18% faster with overlap.', ['speedup']],
  // Memory read faster is a speed-up too, and so is work done faster on counted machines.
  ['The tiered store delivers 5x faster I/O than ext4 on NVMe.', ['speedup']],
  ['Fine-tuning a 7B model on 16 GPUs is 2.1x faster with the new sharding.', ['speedup']],
  ['Rendering a scene on 8 GPUs finishes 3x faster.', ['speedup']],
  // A bare rate, or the efficiency of training, is work done per unit of time.
  ['The loader feeds images at 3.1x the rate of WebDataset.', ['throughput']],
  [
    'The ingest service sustains 2.4 times the rate of Kafka Connect on one broker.',
    ['throughput'],
  ],
  ['The new sharding improves training efficiency by 1.4x over FSDP.', ['throughput']],
  // Near misses: fewer units of work, less I/O, a rate of data sent.
  ['It uses 4x fewer tokens than chain-of-thought prompting.', ['compute']],
  ['The student needs 30% fewer sampling steps.', ['compute']],
  ['The index needs 3x less I/O than DiskANN.', ['memory']],
  ['The cluster needs 40% fewer GPUs for the same traffic.', ['cost']],
  ['Serving is 2x cheaper on spot instances.', ['cost']],
  ['The codec cuts the data rate by 80% relative to raw frames.', ['other']],
];

describe('kinds of work done faster', () => {
  it.each(workFaster)('%s', (sentence, kinds) => {
    expect(extractClaims(sentence).claims.map((c) => c.kind)).toEqual(kinds);
  });
});

// A model's size counted in its own units (parameters, Gaussians, primitives, bits sent)
// is a compression.
const modelUnits: Row[] = [
  ['The pruned splatting model uses 5x fewer Gaussians than 3DGS.', ['compression']],
  ['The neural codec cuts the bitrate by 4x at equal quality.', ['compression']],
  ['Distillation gives a 60% reduction in parameter count.', ['compression']],
  // Near misses: the same systems faster, and a rate of frames.
  ['It renders novel views 2x faster than 3DGS.', ['speedup']],
  ['The decoder raises frames per second by 2x on a phone.', ['throughput']],
];

describe('kinds of model sizes', () => {
  it.each(modelUnits)('%s', (sentence, kinds) => {
    expect(extractClaims(sentence).claims.map((c) => c.kind)).toEqual(kinds);
  });
});

// Data moved over a memory path (PCIe, DRAM, host to device) and RAM used are memory;
// traffic between machines is not.
const memoryTraffic: Row[] = [
  ['Prefetching experts cuts PCIe traffic per decoded token by 3x.', ['memory']],
  ['The fused operator reduces DRAM traffic by 40% on the NPU.', ['memory']],
  ['The runtime cuts RAM usage by 55% on a Raspberry Pi.', ['memory']],
  // Near misses: network traffic.
  ['Gradient compression cuts inter-node traffic by 8x.', ['other']],
  ['Top-k sparsification reduces all-reduce communication volume by 20x.', ['other']],
  // Bytes sent between machines are traffic; bytes read stay memory.
  ['Federated clients upload 64% fewer bytes per round with sketched updates.', ['other']],
  ['The sharded optimizer reduces the bytes exchanged per step by 5x across pods.', ['other']],
  ['Paged weights cut the bytes read per decoded token by 2.5x.', ['memory']],
  // A bandwidth cut is traffic saved (memory traffic over a memory path); a bandwidth raised
  // is a rate reached.
  ['Sending only keyframes reduces uplink bandwidth by 9x for the camera fleet.', ['other']],
  ['The geo-distributed trainer needs 120x less inter-region bandwidth than DDP.', ['other']],
  ['Tiling the convolution lowers off-chip bandwidth consumption by 47% on the NPU.', ['memory']],
  ['The new collective raises all-gather bandwidth by 1.6x on NVLink.', ['throughput']],
  ['The storage engine delivers 2.1x higher read bandwidth than ext4.', ['throughput']],
];

// Moving a model's weights once (to rollout workers, into GPU memory) is one operation, a
// latency as loading a checkpoint is; synchronizing gradients each step is part of a job.
// An optimization or evaluation pass over a whole workload is a job; so is a change of a
// real-time factor, the processing time of a whole input over its length.
const operations: Row[] = [
  ['The RDMA path reduces weight synchronization time by 4.2x for a 70B actor.', ['latency']],
  [
    'Peer-to-peer broadcast cuts weight transfer time by 61% between trainer and samplers.',
    ['latency'],
  ],
  ['Layer-wise loading cuts model load time by 3.3x on cold replicas.', ['latency']],
  ['Bucketing halves gradient synchronization time on 256 GPUs.', ['speedup']],
  [
    'The cost model reduces autotuning optimization time by 5x for transformer blocks.',
    ['speedup'],
  ],
  ['Proxy scoring cuts evaluation time by 40x over full benchmark runs.', ['speedup']],
  ['The streaming vocoder improves the real-time factor by 3.2x on a laptop CPU.', ['speedup']],
  ['The distilled recognizer reduces the real-time factor by 35% on a phone.', ['speedup']],
];

// A verb of shortening cuts the time of a piece of work, or the tokens of a text.
const shortened: Row[] = [
  ['The overlap schedule shortens each pipeline flush by 28% on 32 GPUs.', ['speedup']],
  ['Caching parsed shards shortens nightly ETL jobs by 3.1x.', ['speedup']],
  ['The fused kernel shortens decoder training iterations by 19%.', ['speedup']],
  ['Delta encoding shortens snapshot preprocessing by 45%.', ['speedup']],
  // A time named stays what it is; text shortened is fewer tokens.
  ['The router shortens median response time by 1.8x.', ['latency']],
  ['Self-distillation shortens answers on MATH by 38%.', ['compute']],
  ['Prompt compression shortens retrieved contexts by 4x.', ['compute']],
];

// A gain named with "the" and no metric restates the claim before it, in its sentence or the
// one before, and is of its kind; a gain that names its metric keeps its own.
const theGain: Row[] = [
  [
    'The gateway cuts p99 latency by 41% on the chat trace. For the code trace, the improvement is a more modest 17%.',
    ['latency', 'latency'],
  ],
  [
    'The loader raises ingest throughput by 2.2x over Spark. With compression enabled, the gain remains 1.6x.',
    ['throughput', 'throughput'],
  ],
  [
    'Spot placement lowers the cloud bill by 35%. Under bursty load, the savings shrink to 12%.',
    ['cost', 'cost'],
  ],
  // Near misses: the gain names its metric, or no claim stands before it.
  [
    'The gateway cuts p99 latency by 41%. The gains in goodput are 1.8x on the same trace.',
    ['latency', 'throughput'],
  ],
  ['Across all models the speedup is 2.4x.', ['speedup']],
];

// A first output reached sooner or faster is a time to a first output: latency.
const firstOutput: Row[] = [
  ['With warm pools, the first frame of a stream appears 2.8x sooner.', ['latency']],
  [
    'Restarted trainers reach their first training step 5x sooner than with a cold cache.',
    ['latency'],
  ],
  ['The first token arrives 1.9x faster than with eager loading.', ['latency']],
  // Near miss: a whole run finished sooner stays a speed-up.
  ['Fine-tuning jobs finish 2.2x sooner on the shared cluster.', ['speedup']],
];

describe('kinds of a first output sooner', () => {
  it.each(firstOutput)('%s', (sentence, kinds) => {
    expect(extractClaims(sentence).claims.map((c) => c.kind)).toEqual(kinds);
  });
});

describe('kinds of a gain that restates the claim before', () => {
  it.each(theGain)('%s', (sentence, kinds) => {
    expect(extractClaims(sentence).claims.map((c) => c.kind)).toEqual(kinds);
  });
});

describe('kinds after a verb of shortening', () => {
  it.each(shortened)('%s', (sentence, kinds) => {
    expect(extractClaims(sentence).claims.map((c) => c.kind)).toEqual(kinds);
  });
});

describe('kinds of one operation and of whole passes', () => {
  it.each(operations)('%s', (sentence, kinds) => {
    expect(extractClaims(sentence).claims.map((c) => c.kind)).toEqual(kinds);
  });
});

describe('kinds of traffic', () => {
  it.each(memoryTraffic)('%s', (sentence, kinds) => {
    expect(extractClaims(sentence).claims.map((c) => c.kind)).toEqual(kinds);
  });
});

// A hardware design's efficiency per watt or its energy-delay product is energy; what it
// spends of its silicon or its FPGA fabric, and efficiency per unit of it, is other.
const hardwareEfficiency: Row[] = [
  [
    'The accelerator lowers the energy-delay product by 3.2x over an Eyeriss-style array.',
    ['energy'],
  ],
  ['Our NPU cuts the EDP of attention layers by 41%.', ['energy']],
  ['The keyword spotter delivers 2.5x higher throughput per watt than a Cortex-M7.', ['energy']],
  ['The new systolic array is 1.6x better in area efficiency than the prior design.', ['other']],
  ['On the FPGA it raises DSP efficiency by 2.2x over earlier speech decoders.', ['other']],
  ['The HLS kernel needs 37% fewer LUTs than the hand-written RTL.', ['other']],
  // Near miss: a rate of an array of equal area.
  ['It delivers 3.4x the throughput of a conventional INT8 array of equal area.', ['throughput']],
];

describe('kinds of hardware efficiency', () => {
  it.each(hardwareEfficiency)('%s', (sentence, kinds) => {
    expect(extractClaims(sentence).claims.map((c) => c.kind)).toEqual(kinds);
  });
});

// What a saving verb's factor saves is named by the noun right after it.
const savedNouns: Row[] = [
  ['The in-memory macro saves 2.9x energy compared with a digital CIM baseline.', ['energy']],
  ['On video models the NPU saves up to 4.1x power relative to the mobile GPU.', ['energy']],
  ['Paged offloading saves 3x KV-cache memory on long prompts.', ['memory']],
  // The noun after the last member of a list names what each saves.
  [
    'On the two networks the co-processor saves 5.8x and 4.1x energy relative to the CPU.',
    ['energy', 'energy'],
  ],
  [
    'Paging saves 2x, 3x and 4x KV-cache memory at 8K, 32K and 128K tokens.',
    ['memory', 'memory', 'memory'],
  ],
  // Near misses: a saving that names nothing, and a count of devices after the factor.
  ['Structured pruning saves 9x on the vision backbone.', ['other']],
  ['The scheduler saves 3x GPU hours on the trace.', []],
];

describe('kinds named after a saving verb', () => {
  it.each(savedNouns)('%s', (sentence, kinds) => {
    expect(extractClaims(sentence).claims.map((c) => c.kind)).toEqual(kinds);
  });
});

// A bare "efficiency" is that of the claim before it in its sentence; with none, a gain.
const bareEfficiency: Row[] = [
  [
    'On the sensor the detector reaches 45 TOPS/W, 2.1x the efficiency of the prior chip.',
    ['energy', 'energy'],
  ],
  [
    'The trainer sustains 3,100 tokens/s per GPU, and raises efficiency by 1.3x over Megatron-LM.',
    ['throughput', 'throughput'],
  ],
  [
    'Pruning cuts energy per inference by 40% and improves efficiency by 1.2x.',
    ['energy', 'energy'],
  ],
  // Near miss: no claim before it.
  ['The new index improves efficiency by 1.5x.', ['speedup']],
];

describe('kinds of a bare efficiency', () => {
  it.each(bareEfficiency)('%s', (sentence, kinds) => {
    expect(extractClaims(sentence).claims.map((c) => c.kind)).toEqual(kinds);
  });
});

// A later member of a list with no words of its own is of the kind of the claim before it.
const listMembers: Row[] = [
  [
    'The energy saving of the accelerator reaches 9.1x, 4.2x and 1.8x over Eyeriss, SIGMA and FACT, respectively.',
    ['energy', 'energy', 'energy'],
  ],
  [
    'Across the three models the memory reduction reaches 3x, 2.5x and 2x.',
    ['memory', 'memory', 'memory'],
  ],
  // Near miss: a member with its own metric keeps it.
  [
    'The throughput gain reaches 2.1x on chat and 1.4x in energy efficiency.',
    ['throughput', 'energy'],
  ],
];

describe('kinds of later list members', () => {
  it.each(listMembers)('%s', (sentence, kinds) => {
    expect(extractClaims(sentence).claims.map((c) => c.kind)).toEqual(kinds);
  });
});
