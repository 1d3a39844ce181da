// Every rule of the extractor has a name, and a row here in which it fires:
// a sentence, the number in it, and the rule that must decide that number.
import { describe, expect, it } from 'vitest';
import seed from '../../../seeds/000_8482466fddf537ca.txt?raw';
import { disjoint } from './assemble';
import type { Draft } from './attach';
import { traceClaims } from './extract';
import { RULES, type RuleName } from './rules';

// biome-ignore format: one row per rule
// A fourth element is the paper's title, for a rule that reads it.
const rows: [rule: RuleName, sentence: string, number: string, title?: string][] = [
  ['part-of-name', 'We fine-tune Llama-3.1 with the new recipe.', '3.1'],
  ['bare-number', 'The cluster ran for 12 days in 2024.', '2024'],
  ['absolute-rate', 'The engine sustains 16K tokens/s on one node.', '16K tokens/s'],
  ['rate-shortfall', 'Today, laptop runtimes decode long prompts at below 6 tokens/s.', '6 tokens/s'],
  ['video-frame-rate', 'The model renders video clips at 24 FPS.', '24 FPS'],
  ['rate-requirement', 'Fast grasping needs a perception rate of at least 20 FPS on the arm.', '20 FPS'],
  ['signal-frequency', 'The microphone records a 50 Hz tone.', '50 Hz'],
  ['latency-named-after', 'The compact policy answers with 85 ms latency per decision.', '85 ms'],
  ['representation-rate', 'The tokenizer emits 6 tokens per second of audio.', '6 tokens per second'],
  ['absolute-energy', 'On the drone the detector consumes 1.9 mJ per frame.', '1.9 mJ'],
  ['absolute-memory', 'With the compact descriptors the whole map fits into 22 MB.', '22 MB'],
  ['part-size', 'The key-value store occupies 90 MB.', '90 MB'],
  ['baseline-figure', 'Compared to 8 tokens/s for the reference port, ours is usable.', '8 tokens/s'],
  ['contrast-figure', 'Our server is steady, whereas the old one peaks at 900 tokens/s.', '900 tokens/s'],
  ['utilization-after', 'Training reaches 49% MFU at scale.', '49%'],
  ['utilization-shortfall', 'A straightforward port of the kernel reaches only 29% of peak on this GPU.', '29%'],
  ['utilization-before', 'The run keeps a model FLOPs utilization of 52% throughout.', '52%'],
  ['parity-bound', 'Perplexity stays within 1% of the dense model.', '1%'],
  ['by-verb', 'The scheduler cuts tail latency by 40% under load.', '40%'],
  ['by-verb-quality', 'The method improves accuracy by 3% on reasoning.', '3%'],
  ['by-verb-quality', 'The deeper variant increases its layers by 2x.', '2x'],
  ['by-up-verb-not-perf', 'The trick increases the window by 2x in practice.', '2x'],
  ['outperform-share', 'Our agent outperforms the prior one by 5% on average.', '5%'],
  ['by-down-verb-unknown-object', 'The patch reduces the discrepancy by 30% overall.', '30%'],
  ['comparative-bracket', 'The NPU delivers higher inference throughput (2.6x) than a Cortex-A78 core.', '2.6x'],
  ['comparative-by', 'On a phone, decoding is faster by a factor of 2.7 than llama.cpp.', '2.7'],
  ['cue-after', 'Our kernel is 1.7x faster than the reference.', '1.7x'],
  ['contrary-word', 'The new vocabulary is 2x larger than before.', '2x'],
  ['quality-word-after', 'It shows a 5% accuracy gain on the suite.', '5%'],
  ['quality-noun-after', 'It reaches 2% higher accuracy than the baseline.', '2%'],
  ['cue-needs-perf-noun', 'The agent answers 10% more often.', '10%'],
  ['signed-gain', 'Batching gives +35% decode throughput on the phone.', '35%'],
  ['down-cue-after-quality', 'On retrieval the error is 3x lower.', '3x'],
  ['reduced-to-share', 'Pruning shrinks the memory to 30% of the original.', '30%'],
  ['share-of-quality', 'The student keeps 95% of the teacher accuracy cost.', '95%'],
  ['share-of-the-time', 'The router picks the small model 70% of the time.', '70%'],
  ['overhead-share', 'The monitor adds only 3% of the latency.', '3%'],
  ['share-removed', 'The recipe saves 42.5% of training costs.', '42.5%'],
  ['compared-levels', 'The schedule reaches 49% MFU, versus 41% for FSDP.', '49%'],
  ['share-saved', 'Early exit cuts 40% compute on easy prompts.', '40%'],
  ['share-avoided', 'With reuse, 40% of the compute is avoided.', '40%'],
  ['share-as-much', 'Each query costs one fifth as much as the hosted service.', 'one fifth'],
  ['share-of-cost', 'The model trains at 18% of the cost of its predecessor.', '18%'],
  ['share-of-items', 'The strongest agent completes 31% of the graded steps.', '31%'],
  ['share-of-other', 'We freeze 70% of the layers.', '70%'],
  ['respective-metric', 'The new adder saves 30%, 22% and 9% of energy, area and delay, respectively.', '9%'],
  ['respective-quality', 'The codec improves accuracy and decoding speed by 0.8% and 2.1x, respectively.', '0.8%'],
  ['load-withstood', 'The router absorbs 4x higher request rates than round-robin.', '4x'],
  ['share-of-rate', 'The WebGPU build reaches 88% of the decoding speed of native llama.cpp.', '88%'],
  ['nominal-before', 'We measure speedups of 3.2x on long prompts.', '3.2x'],
  ['gain-without-metric', 'The gain is 2x.', '2x'],
  ['gain-follows-claim', 'Prefill runs 3x faster at 32K tokens. At 4K the gain is 1.3x.', '1.3x'],
  ['rise-without-claim', 'Accuracy is 52% on one split, rising to 60% on the other.', '60%'],
  ['rise-follows-claim', 'It speeds up decoding by 1.8x on chat, rising to 2.6x on code.', '2.6x'],
  ['nominal-not-perf', 'This brings an improvement of 3% in accuracy.', '3%'],
  ['device-count', 'We train on 4x H100 for a week.', '4x'],
  ['dimension', 'The kernel uses 3 x 3 tiles.', '3 x'],
  ['exponent', 'The grid holds 10^ 3x cells.', '3x'],
  ['times-the-rate', 'It sustains 5x the throughput of a transformer.', '5x'],
  ['raised-to', 'Batching boosts the generation throughput to 5.8 times.', '5.8 times'],
  ['compared-multiplier', 'The system reaches 2.6x over Splitwise.', '2.6x'],
  ['verb-then-factor', 'Batching lifts decode throughput 2.4x on one card.', '2.4x'],
  ['sooner-without-finishing', 'Without cooling, the board overheats 3x sooner.', '3x'],
  ['fraction-of-spend', 'The byte model matches it at 0.8x of its training FLOPs.', '0.8x'],
  ['multiple-in-metric', 'Caching cut the costs sharply (9x in wall-clock time).', '9x'],
  ['weak-verb-perf', 'On long inputs the decoding throughput reaches 3x.', '3x'],
  ['that-of', 'Its vocabulary is 3x that of the base model.', '3x'],
  ['only-share-of-work', 'It matches the full recipe using only 8% of the training examples.', '8%'],
  ['subject-that-of', 'Its decode throughput is 1.7x that of vLLM.', '1.7x'],
  ['no-cue', 'We test a 2x setting of the grid.', '2x'],
  ['halved-after-down-verb', 'Sharing cuts the memory in half.', 'in half'],
  ['half-without-down-verb', 'The team was split in half for the study.', 'in half'],
  ['half-not-perf', 'The recipe cuts the dataset in half.', 'in half'],
  ['factor-word-object', 'Paging doubles the throughput of the server.', 'doubles'],
  ['factor-word-subject', 'With paging the throughput doubles.', 'doubles'],
  ['factor-word-not-perf', 'The new rule doubles the reviewers.', 'doubles'],
  ['list-member-after', 'It cuts latency by 2.8x, 2.6x and 2.2x on three models.', '2.6x'],
  ['comparative-follows-claim', 'It gives 2.1x higher goodput than A, and 35% more than B.', '35%'],
  ['less-data', 'It matches the full run with 5x less training data.', '5x'],
  ['spent-less', 'The sharded optimizer matches the loss while communicating 30x less.', '30x'],
  ['data-moved', 'The index answers with 38% fewer pages read from disk per query.', '38%'],
  ['list-member-before', 'It is 2.1x and 1.8x faster than vLLM.', '2.1x'],
  ['pair-before-after', 'The job time drops from 71s to 29s.', 'from 71s to 29s'],
  ['absolute-latency', 'Queries see a p99 latency of 3.1 ms.', '3.1 ms'],
  ['time-to-produce', 'The student generates a 4-second clip in 12 seconds on one GPU.', '12 seconds'],
  ['time-per-unit', 'The kernel decodes at 4.1 ms per token on one GPU.', '4.1 ms'],
  ['operation-time', 'The engine loads a 13B checkpoint in 2.4 s.', '2.4 s'],
  ['run-length', 'A full alignment run finishes in 15 hours.', '15 hours'],
  ['recovery-pause', 'When a rank fails, the server incurs a 6 s failover pause.', '6 s'],
  ['scaled-capacity', 'With host offloading, the ranking model grows by 16x to 12 TB of embeddings.', '16x'],
  ['time-to-target', 'With the new optimizer we pretrain BERT-Large to the reference loss in 52 minutes.', '52 minutes'],
  ['latency-held', 'The headset keeps end-to-end latency at 11 ms during play.', '11 ms'],
  ['time-saved', 'The early-exit path answers 25 ms sooner on average.', '25 ms'],
  ['time-after-event', 'The trainer restarts 40 seconds after a GPU fails.', '40 seconds'],
  ['work-takes-time', 'Rebalancing a hot partition takes 3.5 seconds.', '3.5 seconds'],
  ['scene-setting-time', 'Indexes change daily. Rebuilding a large index often takes 6 hours.', '6 hours'],
  ['passive-operation-time', 'A two-hour podcast is transcribed in 25 seconds.', '25 seconds'],
  ['duration-not-a-result', 'The student is fast, generating a 4-second clip in 12 seconds.', '12 seconds'],
  ['scaling-efficiency', 'The trainer scales to 256 nodes at 84% efficiency.', '84%'],
  ['larger-inputs', 'Freeing the activations fits meshes three times larger on a single card.', 'three times'],
  ['takes-time', 'On one H100, a single forward pass takes 38 ms.', '38 ms'],
  ['first-output-time', 'In chunked mode the first video frame is returned in 310 ms.', '310 ms'],
  ['reaction-time', 'When a user interrupts, the assistant halts playback within 90 ms.', '90 ms'],
  ['setup-time', 'We generate 2,000 prompts in 10 minutes with a script.', '10 minutes'],
  ['bandwidth-spec', 'The GPUs are joined by a 900 GB/s link.', '900 GB/s'],
  ['pair-with-setting', 'Cold start drops from 40 s with the stock loader to 2 s.', 'from 40 s with the stock loader to 2 s'],
  ['pair-idle-share', 'GPU idle time drops from 40% to 8% with streaming.', 'from 40% to 8%'],
  ['pair-lasts-longer', 'On the watch, battery life grows from 3 to 8 days.', 'from 3 to 8 days'],
  ['pair-restated', 'The job time drops from 71s to 29s (2.4x faster).', 'from 71s to 29s'],
  ['pair-units-differ', 'Usage went from 8 GB to 3 hours of work.', 'from 8 GB to 3 hours'],
  ['device-count-setting', 'It reduces decode latency by 40% on 4 GPUs instead of 8.', '4 GPUs instead of 8'],
  ['pair-range', 'Job lengths ranging from 2s to 9s are common.', 'from 2s to 9s'],
  ['pair-percent-not-utilization', 'Accuracy rises from 52% to 55% with tuning.', 'from 52% to 55%'],
  ['pair-list-member', 'It cuts load time from 60 s to 5 s for A, and from 12 s to 1.5 s for B.', 'from 12 s to 1.5 s'],
  ['pair-without-verb-or-metric', 'The lecture ran from 10 to 20 minutes.', 'from 10 to 20 minutes'],
  ['pair-not-better', 'The job time grew from 29s to 71s.', 'from 29s to 71s'],
  ['factor-out-of-range', 'The cache needs 100% less space.', '100%'],
  ['served-work', 'The scheduler serves 30% more requests on the same cluster.', '30%'],
  ['fewer-work', 'It matches the baseline quality with 40% fewer retrieval calls.', '40%'],
  ['larger-batches', 'Compressed caches fit 2.5x larger batches.', '2.5x'],
  ['bare-comparative', 'The new vocabulary has 2x more than the old one.', '2x'],
  ['gapped-by-verb', 'It speeds up the small model by 1.3x; and the large model by 2.2x.', '2.2x'],
  ['restated-claim', 'The kernel is 3x faster than the old one. The 3x speedup holds on every card we tried.', '3x'],
  ['worse-direction', 'The draft head needs 30% more memory at run time.', '30%'],
  ['machine-time', 'Training the detector takes 120 GPU hours on spot capacity.', '120 GPU hours'],
  ['dollar-cost', 'The agent resolves the whole backlog for about $85 in API calls.', '$85'],
  ['compute-amount', 'A one-minute clip costs about 900 PFLOPs with the dense model.', '900 PFLOPs'],
  ['slo-attainment', 'The scheduler raises SLO attainment by 20% under bursts.', '20%'],
  ['prior-work-figure', 'Existing attention kernels reach only 35% utilization on this card.', '35%'],
  ['scene-setting-figure', 'Columnar formats let analytic databases skip most of a table, cutting I/O by up to 10x on selective queries. This paper learns which predicates to push down. The learned order is kept per table.', '10x'],
  ['measurement-study', 'We benchmark eight open inference engines. The fastest one reaches 2.2x the throughput of the slowest.', '2.2x'],
  ['study-title', 'Across four phones, the compiled runtime decodes 1.9x faster than the interpreter.', '1.9x', 'Profiling On-Device Speech Runtimes'],
  ['hardware-spec', 'FP8 tensor cores double peak matrix throughput over BF16, but few runs use them.', 'double'],
  ['hypothetical', 'The estimate shows that sharing caches would halve the serving cost.', 'halve'],
  ['setting-figure', 'At a keep ratio of 30%, the pruned model still answers well.', '30%'],
  ['breakdown-share', 'Gradient exchange takes 40% of the step time at this scale.', '40%'],
  ['hit-rate', 'The cache holds a hit rate of 85% across the day.', '85%'],
  ['verb-on-factor', 'Low-rank factoring saves 6x on the embedding table.', '6x'],
  ['semicolon-series', 'Pruning saves 5x; quantization gives 3x; coding saves another 1.5x.', '3x'],
];

const verdictOf = new Map<string, string>(RULES.map((r) => [r.name, r.verdict]));

describe('rule names', () => {
  it('are unique kebab-case', () => {
    const names = RULES.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
    for (const n of names) expect(n).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it('each has a row that fires it (overlapping-span: a guard with its own test below)', () => {
    const covered = new Set<string>([...rows.map(([rule]) => rule), 'overlapping-span']);
    expect(RULES.map((r) => r.name).filter((n) => !covered.has(n))).toEqual([]);
  });
});

describe('each rule fires on its row', () => {
  it.each(rows)('%s: %s', (rule, sentence, number, title) => {
    const { numbers } = traceClaims(sentence, title === undefined ? {} : { title });
    const seen = numbers.map((n) => `${n.text} → ${n.rule}`);
    expect(seen).toContain(`${number} → ${rule}`);
    const hit = numbers.find((n) => n.text === number && n.rule === rule);
    expect(hit?.verdict).toBe(verdictOf.get(rule));
    expect(hit?.claim !== null).toBe(hit?.verdict === 'claim');
  });

  it('overlapping-span: a claim whose number lies inside the previous claim is dropped', () => {
    const draft = (start: number, numberStart: number, end: number): Draft => ({
      start,
      numberStart,
      end,
      sentence: 0,
      kind: 'speedup',
      value: 2,
      unit: 'x',
      factor: 2,
      range: null,
      metric: null,
      baseline: null,
      rule: 'cue-after',
      mentions: [0],
    });
    const dropped: Draft[] = [];
    const text = 'speedups of 2x in 3x faster runs';
    const kept = disjoint(text, [draft(0, 12, 27), draft(10, 18, 27)], dropped);
    expect(kept).toHaveLength(1);
    expect(dropped).toHaveLength(1);
  });
});

describe('the trace', () => {
  const abstracts = seed.split(/\n{2,}/).filter((p) => p.length > 300);

  it("gives every number a rule whose verdict is the number's, and every claim its rule", () => {
    expect(abstracts.length).toBeGreaterThan(3);
    for (const a of abstracts) {
      const { numbers, claims } = traceClaims(a);
      for (const n of numbers) expect(n.verdict).toBe(verdictOf.get(n.rule));
      for (const c of claims) expect(verdictOf.get(c.rule)).toBe('claim');
      const inClaims = new Set(numbers.flatMap((n) => (n.claim ? [n.claim] : [])));
      expect(inClaims.size).toBe(claims.length);
    }
  });
});
