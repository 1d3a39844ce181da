// Every accept and reject decision the extractor makes, by name. A claim keeps
// the name of the rule that made it (in memory, not in the dataset), and
// `npm run explain` prints the rule behind every number; rules.test.ts checks
// the names are unique kebab-case and that a table row fires each one.

export type Verdict = 'claim' | 'reject';

interface Rule {
  name: string;
  verdict: Verdict;
  /** What the words look like when the rule fires. */
  when: string;
}

// biome-ignore format: one row per rule
export const RULES = [
  // The lexer (mentions.ts): numbers that never become figures.
  { name: 'part-of-name', verdict: 'reject', when: 'glued to a name, version, exponent or fraction: "Llama-3.1", "10^7", "1/2"' },
  { name: 'bare-number', verdict: 'reject', when: 'no factor sign, percent, rate unit or factor word: "2024", "70B", "12 days"' },
  // Rates (classify.ts).
  { name: 'absolute-rate', verdict: 'claim', when: 'a rate the system reaches: "16K tokens/s", "1.2 PFLOPs/s"' },
  { name: 'video-frame-rate', verdict: 'reject', when: 'frames per second of a video, not of a system: "24 FPS clips"' },
  { name: 'rate-requirement', verdict: 'reject', when: 'a rate a task needs, not one reached: "tasks need control loops of 30 Hz or more"' },
  { name: 'representation-rate', verdict: 'reject', when: 'how densely a tokenizer, codec or sensor samples its input: "emits 12.5 tokens per second of audio", "cameras at 30 FPS"' },
  { name: 'signal-frequency', verdict: 'reject', when: 'a frequency that is not a rate the system runs at: "a 50 Hz signal"' },
  { name: 'compared-levels', verdict: 'claim', when: 'a level reached, then the baseline\'s after a comparison: "49% MFU, versus 41% for FSDP"' },
  { name: 'baseline-figure', verdict: 'reject', when: 'a comparison marker earlier in the clause: "compared to 8 tokens/s for llama.cpp"' },
  { name: 'contrast-figure', verdict: 'reject', when: 'the sentence contrasts it with the paper: "whereas prior work reaches 900 tokens/s"' },
  // Durations (classify.ts): only a latency reached or the time to make the output.
  { name: 'absolute-latency', verdict: 'claim', when: 'a latency the system reaches: "a p99 latency of 3.8 ms", "a TTFT of 210 ms"' },
  { name: 'latency-named-after', verdict: 'claim', when: 'a time named a latency after it: "runs with 180 ms latency per decision", "40 ms of glass-to-glass latency"' },
  { name: 'time-to-produce', verdict: 'claim', when: 'the time to make its output: "generates a 5-second clip in 40 seconds", "reranking 100 passages in 23 ms"' },
  { name: 'takes-time', verdict: 'claim', when: 'what an operation takes on a named device: "a 4K decode takes 9 ms on an A100", "training takes 3 days on 16 GPUs"' },
  { name: 'first-output-time', verdict: 'claim', when: 'the time to a first output: "the first audio chunk is produced in 90 ms", "the first frame is ready 1.2 s after"' },
  { name: 'reaction-time', verdict: 'claim', when: 'how fast the system reacts: "stops speaking within 150 ms", "responds within 80 ms"' },
  { name: 'time-per-unit', verdict: 'claim', when: 'the time a unit of the system\'s work takes: "decodes at 2.9 ms per token", "decoding costs 11 ms per token"' },
  { name: 'operation-time', verdict: 'claim', when: 'the time the system takes for a piece of work: "loads a 70B checkpoint in 6.1 s", "answers a query in 140 ms"' },
  { name: 'latency-held', verdict: 'claim', when: 'a latency held at or brought down to a level: "keeps latency at 14 ms", "reducing latency to 38 ms", "latency stays below 4 ms"' },
  { name: 'time-saved', verdict: 'claim', when: 'time the system saves, as an amount: "detects obstacles 38 ms earlier than X", "saves 90-220 ms per query"' },
  { name: 'time-after-event', verdict: 'claim', when: 'the time from an event to the system\'s answer: "resumes training 52 seconds after a node is lost"' },
  { name: 'work-takes-time', verdict: 'claim', when: 'a piece of the system\'s work takes T: "scaling out a shard takes 4.2 s", "a full decision takes 9 ms"' },
  { name: 'passive-operation-time', verdict: 'claim', when: 'the system\'s output done in T, passive: "an hour of audio is transcribed in 19 s"' },
  { name: 'scene-setting-time', verdict: 'reject', when: 'what a piece of work usually takes, or takes in the opening sentence: "rebuilding an index often takes hours"' },
  { name: 'scaled-capacity', verdict: 'claim', when: 'what the system holds grows by a factor to a size: "production models scale by 32x to 90 TB of embedding parameters"' },
  { name: 'time-to-target', verdict: 'claim', when: 'the time a run takes to a target quality, the authors\' too: "we train a ResNet-50 to 76% accuracy in 9 minutes", "reaches the target perplexity within 3 hours"' },
  { name: 'run-length', verdict: 'claim', when: 'a whole job finishes in T: "a full alignment run finishes in 19 hours", "pruning the model completes in 11 minutes"' },
  { name: 'duration-not-a-result', verdict: 'reject', when: 'a participle spelling out a claim, with no device and no gain of its own: "…: generating a 10-second video in 10 seconds"' },
  { name: 'setup-time', verdict: 'reject', when: 'the authors\' own setup step: "we train the draft head in 3 hours"' },
  // Amounts of energy, power and memory (amounts.ts): only in words that report what the system uses.
  { name: 'absolute-energy', verdict: 'claim', when: 'the energy or power the system uses: "consumes 40 µJ per inference", "drawing 7 W", "average power is 2 mW"' },
  { name: 'absolute-memory', verdict: 'claim', when: 'the memory the system occupies: "fits into 30 MB", "a peak GPU memory of 2.5 GB", "occupies 12 MB"' },
  { name: 'part-size', verdict: 'reject', when: 'the size of a part or a device, not played down: "the cache occupies 200 MB", "fits in 16 GB of memory"' },
  { name: 'bandwidth-spec', verdict: 'reject', when: 'a bandwidth the hardware offers, not one the system reaches: "over a 25 GB/s link"' },
  // Percentages of peak.
  { name: 'utilization-after', verdict: 'claim', when: 'utilization named after the number: "49% MFU", "60% of peak FLOPs"' },
  { name: 'utilization-before', verdict: 'claim', when: 'utilization named before the number: "an MFU of 49%"' },
  { name: 'utilization-shortfall', verdict: 'reject', when: 'a share of peak played down, a shortfall that motivates the paper: "reaches only 33% of peak"' },
  { name: 'scaling-efficiency', verdict: 'claim', when: 'a scaling efficiency reached: "scales to 128 GPUs at 89% efficiency", "a strong-scaling efficiency of 80%"' },
  { name: 'machine-time', verdict: 'claim', when: 'the machine time the paper\'s own run or model cost: "takes only 28 A100 GPU hours to train", "the run consumed 1.4M GPU-hours"' },
  { name: 'dollar-cost', verdict: 'claim', when: 'the dollars a run of the paper\'s system costs: "produces the video for less than $30", "at a cost of $120"' },
  { name: 'compute-amount', verdict: 'reject', when: 'a count of operations a workload needs, not a rate reached: "costs 700 PFLOPs", "2.1 TFLOPs per token"' },
  { name: 'slo-attainment', verdict: 'reject', when: 'a share of requests meeting a target: "SLO attainment rises by 20%", "95% of requests within the deadline"' },
  { name: 'hit-rate', verdict: 'reject', when: 'a cache hit rate: "a hit rate above 60%", "raises the prefix hit rate by 20%"' },
  { name: 'prior-work-figure', verdict: 'reject', when: 'a figure whose subject is earlier or competing work: "prior kernels reach only 40% utilization", "earlier studies reported 2x"' },
  { name: 'scene-setting-figure', verdict: 'reject', when: 'a figure in the opening sentence that speaks of no work of the paper\'s (no "we", "our", coined name): "Programmable switches sum gradients in the network, halving the traffic"' },
  { name: 'measurement-study', verdict: 'reject', when: 'a figure of the systems a measurement study measured: "we benchmark five engines … X reaches 1.6x the throughput of Y"' },
  { name: 'study-title', verdict: 'reject', when: 'the title names a survey, benchmark or study of others\' systems and the abstract proposes nothing before the figure: "Benchmarking Serving Engines on Edge GPUs" … "X decodes 1.7x faster than Y"' },
  { name: 'hardware-spec', verdict: 'reject', when: 'what a number format or hardware unit offers: "FP8 tensor cores double peak throughput over BF16, but …"' },
  { name: 'hypothetical', verdict: 'reject', when: 'a prediction for a design not built: "the model shows caching would halve the cost"' },
  { name: 'setting-figure', verdict: 'reject', when: 'a setting the method ran at: "with a compression ratio of 88%", "at a pruning rate of 50%"' },
  { name: 'breakdown-share', verdict: 'reject', when: 'a part\'s share of the whole: "communication takes 35% of decoding time"' },
  { name: 'verb-on-factor', verdict: 'claim', when: 'a saving verb whose object is the factor: "pruning saves 9x", "coding saves another 2x"' },
  { name: 'semicolon-series', verdict: 'claim', when: 'a plain verb on a factor in a series of claims across semicolons: "…saves 9x; sharing gives 4x"' },
  { name: 'parity-bound', verdict: 'reject', when: 'a bound on a difference: "within 1% of the dense model"' },
  // A verb and "by": "reduces latency by 2x".
  { name: 'by-verb', verdict: 'claim', when: 'an up or down verb on a performance noun, then "by N": "cuts latency by 40%"' },
  { name: 'comparative-bracket', verdict: 'claim', when: 'a comparative on a metric, its figure in brackets after it: "better energy efficiency (1.5X)"' },
  { name: 'comparative-by', verdict: 'claim', when: 'a comparative right before "by": "decoding is faster by a factor of 2.7"' },
  { name: 'gapped-by-verb', verdict: 'claim', when: 'a later "by N" of the same verb, its object left out: "speeds up A by 1.4x; and B by 2.4x"' },
  { name: 'by-verb-quality', verdict: 'reject', when: 'the verb acts on a quality noun: "improves accuracy by 3%"' },
  { name: 'by-up-verb-not-perf', verdict: 'reject', when: 'an up verb on no performance noun: "increases the gap by 2x"' },
  { name: 'outperform-share', verdict: 'reject', when: 'a percentage lead with no performance noun: "outperforms X by 5%"' },
  { name: 'by-down-verb-unknown-object', verdict: 'reject', when: 'a down verb on an unknown object, as a percentage: "narrows the difference by 30%"' },
  // A cue word after the number: "2x faster", "40% less memory".
  { name: 'cue-after', verdict: 'claim', when: 'a cue word after the number: "1.7x faster", "27% less memory"' },
  { name: 'worse-direction', verdict: 'reject', when: 'a change for the worse: "35% more memory", "doubles the footprint", "a 1% slowdown", "inflates cost by 3x", "0.5x the speed"' },
  { name: 'contrary-word', verdict: 'reject', when: 'a word that is not a gain follows: "2x larger", "3x longer"' },
  { name: 'quality-word-after', verdict: 'reject', when: 'a quality noun comes before any cue: "5% accuracy gain"' },
  { name: 'quality-noun-after', verdict: 'reject', when: 'the cue\'s noun is a quality: "2% higher accuracy"' },
  { name: 'signed-gain', verdict: 'claim', when: 'a plus sign before a percentage on a performance noun: "+29% throughput", "+15% to +29% tokens per second"' },
  { name: 'cue-needs-perf-noun', verdict: 'reject', when: 'a vague up-cue with no performance noun: "2x more", "10% better"' },
  { name: 'sooner-without-finishing', verdict: 'reject', when: '"sooner" with no verb of finishing: "the device overheats 2x sooner"' },
  { name: 'down-cue-after-quality', verdict: 'reject', when: 'a down cue after a quality noun: "error falls to 3% lower"' },
  // Shares: "30% of the cost".
  { name: 'reduced-to-share', verdict: 'claim', when: 'a down verb brings a quantity to a share: "reduces memory to 30%"' },
  { name: 'share-of-quality', verdict: 'reject', when: 'a share of a quality: "95% of the accuracy cost"' },
  { name: 'share-of-the-time', verdict: 'reject', when: 'the idiom "N% of the time"' },
  { name: 'overhead-share', verdict: 'reject', when: 'an overhead, not a saving: "adds only 3% of the latency", "keeps the overhead at 9% of the time"' },
  { name: 'share-removed', verdict: 'claim', when: 'a verb removes the share: "saves 42.5% of training costs"' },
  { name: 'share-saved', verdict: 'claim', when: 'a verb saves a share of what is spent, no "of": "saves 30% energy per request"' },
  { name: 'share-avoided', verdict: 'claim', when: 'the share is avoided: "40% of the compute is saved"' },
  { name: 'share-as-much', verdict: 'claim', when: 'a share of what another system spends: "costs one fifth as much as X", "uses 30% as much memory as X"' },
  { name: 'share-of-cost', verdict: 'claim', when: 'the system needs only that share: "at 18% of the cost"' },
  { name: 'share-of-items', verdict: 'reject', when: 'the share of items a result holds for: "completes 27% of the steps", "agrees with graders on 86% of items"' },
  { name: 'share-of-rate', verdict: 'claim', when: 'the system reaches a share of another system\'s rate: "reaches 83% of the decoding speed of native X" (factor 0.83)' },
  { name: 'respective-metric', verdict: 'claim', when: 'a list of figures, then as many metrics and "respectively": "saves 44%, 35% and 19% of power, area and delay, respectively"' },
  { name: 'respective-quality', verdict: 'reject', when: 'a figure paired by "respectively" with a quality noun: "improves accuracy and throughput by 1.2% and 3x, respectively"' },
  { name: 'load-withstood', verdict: 'claim', when: 'more load withstood is serving capacity: "tolerating up to 7x higher burst traffic"' },
  { name: 'share-of-other', verdict: 'reject', when: 'a share of anything else: "70% of the layers"' },
  { name: 'served-work', verdict: 'claim', when: 'more work served or held: "serves 30% more requests", "holds 3x more sequences"' },
  { name: 'less-data', verdict: 'claim', when: 'the same result from less data: "matches it with 6x less training data"' },
  { name: 'spent-less', verdict: 'claim', when: 'a verb of spending, then less with no noun: "while communicating 400 times less", "draws 40% less than X"' },
  { name: 'data-moved', verdict: 'claim', when: 'less data moved, read or written: "43% less data fetched from storage", "30% fewer bytes moved"' },
  { name: 'fewer-work', verdict: 'claim', when: 'the same result from fewer units of work: "10x fewer hardware measurements", "58% fewer retrieval calls"' },
  { name: 'larger-batches', verdict: 'claim', when: 'room for larger batches: "fits 2.9x larger batches", "lets us double the batch size"' },
  { name: 'larger-inputs', verdict: 'claim', when: 'what saved memory lets it hold: "fits models 3x larger on one card", "allows graphs four times larger"' },
  { name: 'bare-comparative', verdict: 'reject', when: 'a bare "N× more than X" with no claim beside it to take words from' },
  // A noun before the number: "speedups of 3x".
  { name: 'nominal-before', verdict: 'claim', when: 'a gain noun before the number: "speedups of 3.2x", "a reduction of 40%"' },
  { name: 'gain-without-metric', verdict: 'reject', when: 'a gain that names no metric, with no claim before it to restate: "the gain is 2x"' },
  { name: 'rise-without-claim', verdict: 'reject', when: 'a figure something rises to after a comma, with no claim right before it: "52% on one split, rising to 60%"' },
  { name: 'rise-follows-claim', verdict: 'claim', when: 'a figure the claim before it rises to, after a comma: "by 1.8x on chat, rising to 2.6x on code"' },
  { name: 'gain-follows-claim', verdict: 'claim', when: 'a gain naming no metric restates the claim before it: "…2.8x faster; at 8K the gain is 1.2x"' },
  { name: 'nominal-not-perf', verdict: 'reject', when: 'the gain noun is about quality: "an improvement of 3% in accuracy"' },
  // Multipliers.
  { name: 'device-count', verdict: 'reject', when: 'a count of devices: "4x H100", "8× GPUs"' },
  { name: 'dimension', verdict: 'reject', when: 'a shape: "3 x 3", "720x1280"' },
  { name: 'exponent', verdict: 'reject', when: 'an exponent: "10^{3x}"' },
  { name: 'times-the-rate', verdict: 'claim', when: 'N times a quantity wanted more of: "5x the throughput of", "2.9 times the energy efficiency of"' },
  { name: 'fraction-of-spend', verdict: 'claim', when: 'below one times what is spent: "at 0.9x of its FLOPs", "0.3x the memory of"' },
  { name: 'raised-to', verdict: 'claim', when: 'a verb raises a quantity to N times: "boosts throughput to 5.8 times"' },
  { name: 'compared-multiplier', verdict: 'claim', when: 'a multiplier compared with a baseline: "2.6x over Splitwise"' },
  { name: 'verb-then-factor', verdict: 'claim', when: 'a verb on a performance noun, then the figure with no "by": "throughput rises 1.5 times", "raises throughput up to 7x"' },
  { name: 'weak-verb-perf', verdict: 'claim', when: 'a plain verb, a performance noun nearby: "throughput reaches 3x"' },
  { name: 'only-share-of-work', verdict: 'claim', when: 'the same result from only a share of the work or data: "using only 8% of the training examples"' },
  { name: 'subject-that-of', verdict: 'claim', when: 'a rate wanted higher is N times that of something, or a quantity spent below one times: "its throughput is 1.7x that of X"' },
  { name: 'that-of', verdict: 'reject', when: 'N times that of something, outside a list: "3x that of"' },
  { name: 'no-cue', verdict: 'reject', when: 'nothing says what the number is: "a 2x setting"' },
  // Factors in words: "doubles", "by half".
  { name: 'halved-after-down-verb', verdict: 'claim', when: 'a down verb, then "in half": "cuts memory in half"' },
  { name: 'half-without-down-verb', verdict: 'reject', when: '"by half" with no down verb before it' },
  { name: 'half-not-perf', verdict: 'reject', when: '"in half" of no performance noun: "splits the data in half"' },
  { name: 'factor-word-object', verdict: 'claim', when: 'a factor verb on a performance object: "doubles the throughput"' },
  { name: 'factor-word-subject', verdict: 'claim', when: 'a performance subject of a factor verb: "throughput doubles"' },
  { name: 'factor-word-not-perf', verdict: 'reject', when: 'a factor verb on anything else: "doubles the batch"' },
  // Lists (lists.ts): members share the words of their neighbour.
  { name: 'list-member-after', verdict: 'claim', when: 'follows a claim with only list words between: "by 2.8x, 2.6x and 2.2x"' },
  { name: 'comparative-follows-claim', verdict: 'claim', when: 'a bare comparative right after a claim of another shape: "1.7x higher throughput than A, and 20% more than B"' },
  { name: 'list-member-before', verdict: 'claim', when: 'precedes a claim with only list words between: "2.1x and 1.8x faster"' },
  // Before/after pairs (pairs.ts).
  { name: 'pair-before-after', verdict: 'claim', when: 'a change from one figure to another: "from 71s to 29s"' },
  { name: 'pair-with-setting', verdict: 'claim', when: 'a change whose before figure carries its setting: "from 26 s with the stock loader to 0.9 s"' },
  { name: 'pair-idle-share', verdict: 'claim', when: 'the share of time the hardware idles falls: "GPU idle time drops from 40% to 8%"' },
  { name: 'pair-lasts-longer', verdict: 'claim', when: 'a time a device lasts, wanted longer: "battery life extends from 5 to 12 days"' },
  { name: 'pair-restated', verdict: 'claim', when: 'a pair and the factor that restates it: "from 71s to 29s (2.4x)"' },
  { name: 'pair-units-differ', verdict: 'reject', when: 'the two figures measure different things: "from 8 GPUs to 3 days"' },
  { name: 'device-count-setting', verdict: 'reject', when: 'devices that are the setting of the claim before them: "cuts latency by 58% on 2 GPUs instead of 4"' },
  { name: 'pair-range', verdict: 'reject', when: 'a range, not a change: "ranging from 2s to 9s"' },
  { name: 'pair-percent-not-utilization', verdict: 'reject', when: 'percentages of something other than utilization: "accuracy from 52% to 55%"' },
  { name: 'pair-list-member', verdict: 'claim', when: 'a pair that only adds a setting after a pair claim: "from 94 s to 7.8 s for A, and from 21 s to 2.2 s for B"' },
  { name: 'pair-without-verb-or-metric', verdict: 'reject', when: 'no verb and no performance noun: "from 10 to 20 minutes"' },
  { name: 'pair-not-better', verdict: 'reject', when: 'the change is not an improvement, or a figure is zero' },
  // Assembly (assemble.ts).
  { name: 'factor-out-of-range', verdict: 'reject', when: 'no factor can mean it: "100% less", "0x"' },
  { name: 'restated-claim', verdict: 'reject', when: 'a factor already claimed, restated: "… 3x faster. The 3x speedup holds on …"' },
  { name: 'overlapping-span', verdict: 'reject', when: "its words lie inside another figure's or claim's" },
] as const satisfies readonly Rule[];

export type RuleName = (typeof RULES)[number]['name'];
