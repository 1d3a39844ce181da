// Claims stated in plain language, as real abstracts write them: a verb with no
// "by", "sooner", a multiple of a named quantity. Each family has rows that must
// be claims and near misses (the same construction about something that is not
// a gain) that must not be.
import { describe, it } from 'vitest';
import { type ClaimRow, expectClaimRow, expectNoClaims } from '../../test/claim-rows';

// biome-ignore format: one row per phrasing
const claims: [family: string, row: ClaimRow][] = [
  // A verb, its object or subject, and the figure, with no "by".
  ['verb, no "by"', { sentence: 'Batching the verifier lifts decode throughput 2.4x on one card.', text: 'lifts decode throughput 2.4x', factor: 2.4, kind: 'throughput' }],
  ['verb, no "by", "up to"', { sentence: 'The new planner raises prefill throughput up to 6.5× on long chats.', text: 'raises prefill throughput up to 6.5×', factor: 6.5, kind: 'throughput' }],
  ['verb, no "by", percentage', { sentence: 'Offloading cuts peak memory 45% for the 13B model.', text: 'cuts peak memory 45%', factor: 1.8182, kind: 'memory' }],
  ['speed verb, no "by"', { sentence: 'The fused sampler accelerates diffusion inference 3.1x.', text: 'accelerates diffusion inference 3.1x', factor: 3.1, kind: 'speedup' }],
  ['subject, verb, figure', { sentence: 'With the new cache, throughput climbs and latency drops; throughput rises 1.8 times.', text: 'throughput rises 1.8 times', factor: 1.8, kind: 'throughput' }],
  ['subject after an earlier claim', { sentence: 'Serving cost falls by 30% and goodput grows 1.4 times.', text: 'goodput grows 1.4 times', factor: 1.4, kind: 'throughput', claims: 2 }],
  ['a verb and its particle, "goes down by"', { sentence: 'With the shared prefix, peak memory goes down by 35%.', text: 'peak memory goes down by 35%', factor: 1.5385, kind: 'memory' }],
  ['"goes down by about a third"', { sentence: 'The activation footprint goes down by about a third.', text: 'activation footprint goes down by about a third', factor: 1.5, kind: 'memory' }],
  ['a subject that falls "by about half"', { sentence: 'Serving cost per answered query falls by about half.', text: 'Serving cost per answered query falls by about half', factor: 2, kind: 'cost' }],
  ['a latency measured at a recall level is lower', { sentence: 'Against the graph index, search latency at 95% recall is 38% lower.', text: '38% lower', factor: 1.6129, kind: 'latency' }],
  ['time to an accuracy is shorter', { sentence: 'Training time to the target accuracy is 1.6x shorter.', text: '1.6x shorter', factor: 1.6, kind: 'speedup' }],
  ['subject with an "of" phrase', { sentence: 'The step time of a 30B dense model shrinks by 22%.', text: 'step time of a 30B dense model shrinks by 22%', factor: 1.2821, kind: 'speedup' }],
  // "sooner": the time to an end point shrinks.
  ['N× sooner', { sentence: 'Training jobs complete 1.6x sooner on the shared cluster.', text: '1.6x sooner', factor: 1.6, kind: 'speedup' }],
  ['N% sooner', { sentence: 'With prefetching, a batch of agent tasks finishes 35% sooner.', text: '35% sooner', factor: 1.5385, kind: 'speedup' }],
  ['sooner to a quality target', { sentence: 'The optimizer reaches the baseline loss 2.2x sooner than AdamW.', text: '2.2x sooner', factor: 2.2, kind: 'speedup' }],
  // N times a named quantity.
  ['N× the <quantity> per <unit> of', { sentence: 'The accelerator offers 3.4x the throughput per watt of a GPU.', text: '3.4x', factor: 3.4, kind: 'throughput' }],
  ['N times the <two-word quantity> of', { sentence: 'In simulation the chip gets 4 times the energy efficiency of a CPU.', text: '4 times', factor: 4, kind: 'energy' }],
  ['below one times what is spent', { sentence: 'The byte model matches it at 0.8x of its training FLOPs.', text: '0.8x of its training FLOPs', factor: 1.25, kind: 'compute' }],
  ['a rate N× that of something', { sentence: 'At 64K tokens, decode throughput is 2.6x that of the dense baseline.', text: 'decode throughput is 2.6x that of', factor: 2.6, kind: 'throughput' }],
  ['a quantity spent below one times that of something', { sentence: 'Its peak memory is 0.4x that of the FP16 model.', text: 'Its peak memory is 0.4x that of', factor: 2.5, kind: 'memory' }],
  ['below one times the memory', { sentence: 'The packed layout needs 0.25x the memory of FP16 weights.', text: '0.25x the memory', factor: 4, kind: 'memory' }],
  // Fractions of what is spent, in digits or words.
  ['digit fraction of the cost', { sentence: 'A CPU pool serves the same load at 1/6 of the hourly cost.', text: '1/6 of the hourly cost', factor: 6, kind: 'cost' }],
  ['digit fraction, no "of"', { sentence: 'Volunteer machines answer at roughly 1/4 the price of a hosted endpoint.', text: 'roughly 1/4 the price', factor: 4, kind: 'cost' }],
  ['word fraction of the memory', { sentence: 'The loader needs only a quarter of the GPU memory of full caching.', text: 'a quarter of the GPU memory', factor: 4, kind: 'memory' }],
  // A share of what another system spends, as an equal comparison: "<share> as much /
  // many (<quantity>) as X", the share in words, digits or a percentage.
  ['a word fraction as much as, the verb says cost', { sentence: 'Serving the catalog costs about a sixth as much as the hosted vector service.', text: 'costs about a sixth as much as the hosted vector service', factor: 6, kind: 'cost' }],
  ['a percentage as much memory as', { sentence: 'The paged decoder uses 30% as much KV memory as vLLM at 32K context.', text: 'uses 30% as much KV memory as vLLM', factor: 3.3333, kind: 'memory' }],
  ['a digit fraction as much as', { sentence: 'Transcoding a clip costs roughly 1/4 as much as the GPU path.', text: 'costs roughly 1/4 as much as the GPU path', factor: 4, kind: 'cost' }],
  ['a fraction as many bytes as', { sentence: 'The learned router reads a third as many bytes from disk as the graph index.', text: 'reads a third as many bytes from disk as the graph index', factor: 3, kind: 'memory' }],
  ['half as much power as', { sentence: 'On the drone, the tracker draws half as much power as the GPU version.', text: 'draws half as much power as the GPU version', factor: 2, kind: 'energy' }],
  // Less data moved, read or written, named by its participle: I/O the system spends
  // (kind memory), in a list with "respectively" too.
  ['less data read from storage than a format', { sentence: 'It finishes the scan with 3.1x less data read from object storage than Parquet.', text: '3.1x less data read', factor: 3.1, kind: 'memory' }],
  ['fewer bytes written per update', { sentence: 'The compaction scheme leaves 35% fewer bytes written to flash per update.', text: '35% fewer bytes written', factor: 1.5385, kind: 'memory' }],
  ['less data transferred between devices', { sentence: 'With the new layout, training sees 2x less activation data transferred between GPUs.', text: '2x less activation data transferred between GPUs', factor: 2, kind: 'memory' }],
  ['two shares of data moved, respectively', { sentence: 'Against the two baselines, the shuffle needs 52% and 30% less data sent over the network, respectively.', text: '30% less data sent', factor: 1.4286, kind: 'memory', claims: 2 }],
  // A share of the model's parameters removed leaves the rest: a compression, factor
  // 100/(100 − X), a range by its upper end.
  ['a range of parameters removed, a recommender', { sentence: 'The learned thresholds keep ranking quality while removing 92-95% of the embedding table parameters.', text: 'removing 92-95% of the embedding table parameters', factor: 20, kind: 'compression' }],
  ['weights pruned, a vision model', { sentence: 'The one-shot pruner prunes 80% of the weights of a ViT-B with under 1% accuracy loss.', text: 'prunes 80% of the weights', factor: 5, kind: 'compression' }],
  ['attention parameters dropped, a speech model', { sentence: 'The learned mask drops 75% of attention parameters at equal word error rate.', text: 'drops 75% of attention parameters', factor: 4, kind: 'compression' }],
  // A verb of spending names what is spent when "less" has no noun after it.
  ['communicating N times less, distributed training', { sentence: 'The local-update trainer reaches the same loss while communicating 90 times less.', text: '90 times less', factor: 90, kind: 'other' }],
  ['communicating Nx less than a named method', { sentence: 'On a 1B model it matches DiLoCo\'s perplexity while communicating up to 6x less than DiLoCo.', text: 'up to 6x less', factor: 6, kind: 'other' }],
  ['draws N% less, an edge device', { sentence: 'On the drone, the tracker draws 40% less than the GPU build.', text: '40% less', factor: 1.6667, kind: 'energy' }],
  ['transfers Nx less over a link', { sentence: 'The packed gradient format transfers 3.5x less than FP16 over PCIe.', text: '3.5x less', factor: 3.5, kind: 'other' }],
  ['word fraction removed', { sentence: 'Early exit saves two thirds of the decoding compute.', text: 'saves two thirds of the decoding compute', factor: 3, kind: 'compute' }],
  // Rates in the units real systems report.
  ['work items per second', { sentence: 'One CPU socket encodes 3,100 passages per second.', text: '3,100 passages per second', factor: null, kind: 'throughput' }],
  ['prefixed FLOP rate', { sentence: 'The 400B run sustains 512 petaFLOP/s on the full pod.', text: '512 petaFLOP/s', factor: null, kind: 'throughput' }],
  ['operations per second', { sentence: 'The FPGA design delivers 9,800 GOPs/s at 12 W.', text: '9,800 GOPs/s', factor: null, kind: 'throughput' }],
  // Operations per second per watt are operations per joule, however the unit is cased.
  ['operations per second per watt', { sentence: 'At 0.6 V the keyword-spotting core sustains 240 GOPs/s/W.', text: '240 GOPs/s/W', factor: null, kind: 'energy' }],
  ['tera-operations per second per watt, singular', { sentence: 'The analog macro peaks at 610 TOp/s/W on binary layers.', text: '610 TOp/s/W', factor: null, kind: 'energy' }],
  ['tera-operations per second, singular', { sentence: 'On the vision chip the systolic core reaches 3.2 TOp/s at 1 GHz.', text: '3.2 TOp/s', factor: null, kind: 'throughput' }],
  // One figure per mode or model joined by slashes, the unit written once: one claim.
  ['operations per second per mode, slashed', { sentence: 'In binary, ternary and 8-bit mode the core sustains 610/300/80 GOPS.', text: '610/300/80 GOPS', factor: null, kind: 'throughput' }],
  ['tokens per second per model, slashed', { sentence: 'The phone runtime decodes at 120/45 tokens/s on the 1B and 8B models.', text: '120/45 tokens/s', factor: null, kind: 'throughput' }],
  ['control rate in Hz', { sentence: 'With the distilled head, the control loop runs at 60 Hz.', text: '60 Hz', factor: null, kind: 'throughput' }],
  ['a before/after pair in Hz', { sentence: 'The planning rate rises from 4 Hz to 20 Hz on the robot.', text: 'rises from 4 Hz to 20 Hz', factor: 5, kind: 'throughput' }],
  // A gain that grows, or restates an earlier claim for another setting.
  ['the speedup grows from A to B', { sentence: 'As the batch grows, the end-to-end speedup rises from 1.4x to 2.2x.', text: 'speedup rises from 1.4x to 2.2x', factor: 2.2, kind: 'speedup' }],
  ['the gains grow to N', { sentence: 'Decoding is 1.3x faster on NVLink; over PCIe the gains climb to 2.1x.', text: 'gains climb to 2.1x', factor: 2.1, kind: 'speedup', claims: 2 }],
  ['the gain is N, next sentence', { sentence: 'Prefill runs 3x faster at 32K tokens. At 4K the gain is 1.3x.', text: 'gain is 1.3x', factor: 1.3, kind: 'speedup', claims: 2 }],
  ['the gain over a baseline rises to N', { sentence: 'Fusion makes decoding 1.2x faster on A100. On H200 the mean gain over eager mode rises to 1.45x.', text: 'gain over eager mode rises to 1.45x', factor: 1.45, kind: 'speedup', claims: 2 }],
  ['the gain is a modest N', { sentence: 'Long prompts prefill 4x faster; for short prompts the gain is a modest 1.2x.', text: 'gain is a modest 1.2x', factor: 1.2, kind: 'speedup', claims: 2 }],
  ['the improvement is a more modest N%', { sentence: 'Batching raises throughput by 35% for small models; for the largest one the improvement is a more modest 9%.', text: 'improvement is a more modest 9%', factor: 1.09, kind: 'throughput', claims: 2 }],
  ['the speedup falls to N', { sentence: 'The sparse kernel gives a 3.1x speedup at 128K tokens. The speedup falls to about 1.6x at 16K.', text: 'speedup falls to about 1.6x', factor: 1.6, kind: 'speedup', claims: 2 }],
  ['the savings shrink to N% (a saving, not what is left)', { sentence: 'Packing cuts serving cost by 40% on short jobs; with long jobs the savings shrink to 15%.', text: 'savings shrink to 15%', factor: 1.1765, kind: 'cost', claims: 2 }],
  ['the gap grows to N× after a setting', { sentence: 'At 32K tokens our trainer is 1.2x faster than the reference. At 256K tokens the gap grows to 1.6x.', text: 'gap grows to 1.6x', factor: 1.6, kind: 'speedup', claims: 2 }],
  ['a plain verb\'s figure, then another for a second setting', { sentence: 'The gains in decode speed reach 1.8x on A100 and 2.4x on H100.', text: '2.4x', factor: 2.4, kind: 'speedup', claims: 2 }],
  ['gains stated with "are", then "up to" for one trace', { sentence: 'The gains in decode speed are 2.1x on average and up to 3.5x on the longest trace.', text: 'up to 3.5x', factor: 3.5, kind: 'speedup', claims: 2 }],
  ['half as many machines', { sentence: 'For the same traffic, the planned deployments need half as many GPUs.', text: 'half as many GPUs', factor: 2, kind: 'cost' }],
  ['the same result in half as many steps', { sentence: 'The optimizer reaches the reference loss in half as many steps.', text: 'half as many steps', factor: 2, kind: 'compute' }],
  ['quality of experience raised', { sentence: 'Pacing tokens to reading speed improves average QoE by up to 2.8x over FCFS.', text: 'improves average QoE by up to 2.8x', factor: 2.8, kind: 'other' }],
  ['rising to N after a claim', { sentence: 'The draft head speeds up decoding by 1.8x on chat prompts, rising to 2.6x on code.', text: 'rising to 2.6x', factor: 2.6, kind: 'speedup', claims: 2 }],
  ['rising to N% after a reduction keeps its direction', { sentence: 'Early exit cuts decode latency by 20% on short answers, rising to 35% on long ones.', text: 'rising to 35%', factor: 1.5385, kind: 'latency', claims: 2 }],
  // A factor whose "x" the authors left out, where the words leave no doubt.
  ['speedups of a bare number', { sentence: 'Against the reference kernel we see speedups of up to 4.4 in prefill latency.', text: 'speedups of up to 4.4 in prefill latency', factor: 4.4, kind: 'latency' }],
  ['a bare number after an earlier factor', { sentence: 'It speeds up sampling by a factor of 1.6 over one baseline, and by 2.3 over another.', text: 'by 2.3', factor: 2.3, kind: 'speedup', claims: 2 }],
  ['a bare decimal before "faster"', { sentence: 'Pruning the prompt gives 2.7 faster decoding.', text: '2.7 faster decoding', factor: 2.7, kind: 'speedup' }],
  // Fewer devices or fewer things served, stated as two counts.
  ['N devices instead of M', { sentence: 'The sharded optimizer lets us tune the 34B model on four GPUs instead of sixteen.', text: 'four GPUs instead of sixteen', factor: 4, kind: 'cost' }],
  ['N devices, where the baseline needed M', { sentence: 'Our trainer runs the 1M-token job on 16 GPUs, where the reference recipe needed 64.', text: '16 GPUs, where the reference recipe needed 64', factor: 4, kind: 'cost' }],
  ['devices that are the setting of the claim before them (one claim, not two)', { sentence: 'It reduces decode latency by 40% for the 70B model on 4 GPUs instead of 8.', text: 'reduces decode latency by 40%', factor: 1.6667, kind: 'latency' }],
  ['the number of things, from A to B', { sentence: 'Routing cuts the number of deployed replicas from 12 to 3.', text: 'cuts the number of deployed replicas from 12 to 3', factor: 4, kind: 'cost' }],
  // Follow-ons that borrow the claim before them.
  ['a bare comparative after a claim of another shape', { sentence: 'The router gives 2.1x higher goodput than round robin, and 35% more than least-loaded routing.', text: '35%', factor: 1.35, kind: 'throughput', claims: 2 }],
  ['a bare comparative after a rate', { sentence: 'One node streams 9,000 tokens/s, 4x more than the reference server.', text: '4x', factor: 4, kind: 'throughput', claims: 2 }],
  ['a comparative saying the opposite of the claim before it is not one (one claim)', { sentence: 'It cuts memory by 40% in one layer and needs 2x more than the dense run in another.', text: 'cuts memory by 40%', factor: 1.6667, kind: 'memory' }],
  // Room and data: what a saving makes possible.
  ['enabled to double the batch size', { sentence: 'The compact optimizer state allows us to double the batch size on one card.', text: 'double the batch size', factor: 2, kind: 'memory' }],
  ['the same result from less data', { sentence: 'The curriculum matches the full run with 5x less training data.', text: '5x less training data', factor: 5, kind: 'compute' }],
  // What a down verb saves although no performance noun names it.
  ['shorter reasoning', { sentence: 'The length penalty cuts average reasoning length by 45% on math problems.', text: 'cuts average reasoning length by 45%', factor: 1.8182, kind: 'compute' }],
  ['a rate lost, reduced', { sentence: 'Asynchronous checkpoints reduce GPU utilization loss by 70% during failures.', text: 'reduce GPU utilization loss by 70%', factor: 3.3333, kind: 'utilization' }],
];

describe('plain-language claims', () => {
  it.each(claims)('%s', (_family, row) => expectClaimRow(row));
});

// biome-ignore format: one row per near miss
const nearMisses: [family: string, sentence: string][] = [
  ['verb, no "by", on a quality', 'Distillation improves accuracy 3% on the hard split.'],
  ['verb, no "by", on a count', 'We increase the number of experts 4x in the last layer.'],
  ['verb, no "by", worse way', 'Keeping both copies increases memory 2x.'],
  ['verb, no "by", a setting after a preposition', 'We scale training to 8x more data.'],
  ['sooner with no end point', 'Without cooling, the board overheats 3x sooner.'],
  ['above one times what is spent', 'The ensemble needs 3x the memory of a single model.'],
  ['below one times a rate', 'The FPGA keeps 0.6x the throughput of the GPU.'],
  ['times a quantity that is not performance', 'The corpus has 5x the vocabulary of the old one.'],
  ['a fraction of something not spent', 'We prune a third of the attention heads.'],
  ['a fraction of the time', 'The small model is picked a quarter of the time.'],
  ['less data moved by prior engines', 'Prior engines move 40% less data read from disk but stall on compute.'],
  ['a share of training data removed, an ablation', 'We also study removing 10% of the training data.'],
  ['the authors prune a ratio', 'We prune 50% of the weights in each layer.'],
  ['a share removed as the condition of an experiment', 'Accuracy falls sharply after pruning 60% of the parameters.'],
  ['a share removed after "when"', 'When removing 50% of the weights, the perplexity rises quickly.'],
  ['less accurate is no saving', 'The small model is 2x less accurate on the hard split.'],
  ['half as fast: a slower rate', 'On the phone the model runs half as fast as on the laptop.'],
  ['a fraction as much of a rate', 'The FPGA reaches a third as much throughput as the GPU.'],
  ['a fraction as many of what is not spent', 'The student has a quarter as many attention heads as the teacher.'],
  ['a share as many the authors chose', 'We use half as many GPUs as the baseline in the ablation.'],
  ['a fraction with no "of" or determiner after it', 'Ratios of 1/8 work best for the cache.'],
  ['a frequency that is not a rate', 'The microphone records a 50 Hz tone.'],
  ['a group of pictures is no operation rate', 'The encoder uses a 32 GOP structure with two reference frames.'],
  ['scores joined by slashes', 'The student scores 71/65/80 on the three reading splits.'],
  ['device counts joined by slashes', 'We run the sweep on a 1/2/4 GPU setup.'],
  ['scaling the number of devices', 'We scale the number of GPUs from 8 to 256 in the study.'],
  ['a count that is not fewer', 'The cluster adds nodes from 4 to 12 as load grows.'],
  ['more devices instead of fewer', 'The ablation runs on eight GPUs instead of two.'],
  ['doubling a batch size as a setting', 'We double the batch size for the ablation.'],
  ['more data is a cost', 'The larger model is trained on 3x more data.'],
  ['a model\'s loss reduced', 'Label smoothing reduces training loss by 5% on the small set.'],
  ['an unknown object reduced', 'The new schedule mitigates stragglers by 30%.'],
  ['a gain with no claim before it', 'The gain is 2x.'],
  ['an error measured at a precision is lower', 'Error at 4-bit precision is 2x lower than with rounding.'],
  ['a quality after an opening adjunct', 'On retrieval the error is 3x lower.'],
  ['a plain verb\'s figure, then a clause of its own', 'Decode is fast, and the model uses a 4x upsampling factor.'],
  ['half as many devices the authors chose', 'We use half as many GPUs in the ablation.'],
  ['half as many layers, a configuration', 'The student matches the teacher with half as many layers.'],
  ['quality of experience that drops', 'Under bursts, QoE drops by 12% for the baseline.'],
  ['jobs that shrink by half', 'Elastic jobs shrink by half when a large run arrives.'],
  ['a quality that falls by half', 'Accuracy drops by half on the hardest split.'],
  ['a count of users that goes up', 'The number of users went up by 30% last year.'],
  ['a size N× that of something', 'Its vocabulary is 3x that of the base model.'],
  ['a latency N× that of something is worse', 'Its tail latency is 2x that of the dense model.'],
  ['a rate below one times that of something is worse', 'Its throughput is 0.8x that of vLLM.'],
  ['a quality gain that grows', 'The accuracy gain grows to 4% on the hard split.'],
  ['an accuracy gap stated as a share', 'On the long split the accuracy gap shrinks to 0.4%.'],
  ['a gap with no claim before it', 'At 256K tokens the gap grows to 1.6x.'],
  ['rising to a level with no claim before it', 'Accuracy is 52% on the first split, rising to 60% on the second.'],
  ['a rate rising under its own subject', 'Pass rates improve steadily, with the acceptance rate rising to 80% on code.'],
  ['a size growing, not a gain', 'Model size increases to 2x after merging.'],
  ['a bare count after "speedups of"', 'We report speedups of 12 tasks in the appendix.'],
  ['a bare count after "by", no factor before it', 'It is ranked first by 3 of 4 judges.'],
  ['a bare integer before "faster"', 'We list 3 faster variants in the table.'],
  ['a count per second that is a size', 'The link carries 4 GB per second of weights.'],
];

describe('plain-language near misses', () => {
  it.each(nearMisses)('%s', (_family, sentence) => expectNoClaims(sentence));
});
