// Figures an abstract states but does not claim for the paper: what earlier or
// competing work reaches, what a part costs, a setting the method ran at, a
// change for the worse, a cache's hit rate, a prediction for a design nobody
// built. Each family has near misses beside it that must stay claims. The
// sentences are written for this table, modelled on how ML-systems abstracts
// phrase these things.
import { describe, expect, it } from 'vitest';
import { extractClaims } from './extract';

// biome-ignore format: one row per phrasing
const notOurs: [family: string, sentence: string][] = [
  ['state-of-the-art methods as the subject that reaches', 'State-of-the-art tracers reach only 30% of peak bandwidth on this workload.'],
  ['existing systems as the subject that achieves', 'Existing systems achieve 2x at best on long prompts.'],
  // Earlier or competing work as the subject.
  ['prior work, absolute', 'Current decoding kernels sustain only 41% of the HBM peak on this part.'],
  ['prior work, after a colon via "they"', 'Existing fused kernels target the older generation: on a B200 they use only 33% of the peak throughput.'],
  ['prior work, reported', 'Earlier papers reported that wider experts gave 1.8x faster convergence; we cannot reproduce it.'],
  ['prior work, nominal', 'Published speedups of up to 6x fall to 1.3x in a real serving stack.'],
  ['an overhead of N% before a claim, with a LaTeX bound', 'The tracer adds an overhead of $<$1\\% while keeping decode throughput at 95\\% of native.'],
  ['others\' figures, a passive "are reported" after them', 'Across the surveyed caches, speedups between 1.5× and 40× are reported against baselines that differ.'],
  ['others\' figures, "have been claimed" after them', 'For such token-pruning methods, latency reductions of 40% have been claimed on older GPUs.'],
  ['a shortfall of a port the authors profiled', 'Separate kernels waste the chip; a port of the older kernel that we profiled reaches only 31% of peak on it.'],
  ['earlier work with examples before its verb', 'Earlier long-context video generators such as ClipMem and FrameBank run at about 4 FPS on the same card.'],
  ['closed models measured as a reference', 'In our runs, frontier proprietary models reach 1.3x over eager on the same kernels.'],
  ['prior work, gave', 'Older head-pruning schemes gave 4x smaller caches but lost recall.'],
  ['competing methods in a study', 'Under light load, the best methods keep speedups of 1.9–2.6x; under heavy load most lose them.'],
  ['work named by what it reported', 'In a survey of 30 papers, those reporting both numbers claim memory savings of 4–8x on small models.'],
  ['methods named by what they published', 'We find that three methods published with 3x speedups lose them once quality is matched.'],
  ['existing compressors', 'Existing prompt compressors give up to 12% end-to-end speed-ups on short prompts.'],
  ['a named system that reported a figure', 'Hybrids in the Jamba style reported roughly 3x throughput gains with denser attention.'],
  ['a named method that reports a figure', 'The closest caching system, FastCache, reports 21% savings on similar traffic.'],
  ['methods named, then "report" opening the clause', 'Earlier training-free methods, such as SVG, report speedups of about 2.3x at 720p.'],
  ['systems in a survey claim a figure', 'Results differ a lot: snapshot-in-memory designs claim restarts 12x to 40x faster than reloading from disk.'],
  ['a named system claimed a figure', 'When it appeared, SwiftLoad claimed 3x shorter cold starts on small models.'],
  ['a named system that itself reported a figure', 'Syncing rarely helps; LocalSync itself reported 400x less communication than data parallelism.'],
  // Overheads and a part's share of the whole.
  ['overhead kept at a share', 'The planner keeps its scheduling overhead at about 4% of the step time.'],
  ['breakdown of decoding time', 'Expert dispatch takes 30% to 55% of decoding time on long prompts.'],
  ['a slowdown', 'The power cap costs a 2% slowdown on every job.'],
  ['a latency increase', 'Packing adds a p99 latency increase of 7% under bursts.'],
  ['an inflated cost', 'Idle replicas inflate the price per token by 3.1–15× at low load.'],
  ['a quantity wanted lower, raised', 'The extra replicas raise index storage by 12% on every node.'],
  ['a latency that grows', 'In exchange, median latency increases by 6% under bursts.'],
  ['a doubled traffic', 'The backward pass keeps wide accumulators that double its memory traffic.'],
  ['a fraction of the speed', 'The FPGA keeps 0.6x the speed of the desktop GPU.'],
  // Settings the method ran at.
  ['a compression ratio', 'The pruner cuts FLOPs with a compression ratio of 85%, keeping answers intact.'],
  ['a pruning rate', 'At a pruning rate of 70%, the detector still finds most objects.'],
  ['a setting that opens the sentence', 'At a 30% parameter reduction, the pruned model keeps most of its accuracy.'],
  ['a cap that opens the sentence', 'Under a node-level cap of 70% of nameplate power, the scheduler keeps every job running.'],
  // A part's shares listed or ranged after one breakdown verb: the verb governs them all.
  ['a range of shares after a breakdown verb', 'In the runs we profiled, gradient sync took between 21% and 46% of step time.'],
  ['a list of shares after "account for"', 'Encoding, search and reranking account for 22%, 41% and 37% of query time, respectively.'],
  ['two shares after "makes up"', 'The embedding table makes up 70% and 85% of model memory in the two settings.'],
  // The same settings with the figure first: opener, figure, setting noun.
  ['a figure-first compression ratio', 'We evaluate the retriever at an 8x compression ratio on web embeddings.'],
  ['a figure-first compression rate', 'The speech codec is trained with a 12x compression rate for low-bandwidth calls.'],
  ['a figure-first compression ratio, capitalized', 'Using a 16x compression ratio, the adapter store fits on one edge board.'],
  ['a gerund naming the change an experiment made', 'It tolerates slow links: halving the inter-node bandwidth reduces throughput by only 11%.'],
  ['less of a rate wanted more of', 'Best-effort training throughput drops by only 3% in exchange.'],
  ['a setting before the subject, with no comma', 'At a 30% parameter reduction the pruned model keeps most of its accuracy.'],
  ['SLO attainment that rises', 'TTFT SLO attainment rises by 23% under bursty arrivals.'],
  ['earlier measurements', 'Prior measurements found GPUs idle for as much as 70% of training time.'],
  ['a second share after the same cost verb', 'The extra links cost 2.9% of die area and 1.8% of power.'],
  ['a multiple as a bound on a difference', 'It keeps median latency within 1.2x of a fully resident deployment.'],
  // Rates that are not speed.
  ['a cache hit rate', 'The router keeps an expert cache hit rate above 70% on every trace.'],
  ['a raised hit rate', 'Prefix sharing improves the prefix hit rate by 25%.'],
  ['lines of code', 'Kernels in the new language take 3x fewer lines of code.'],
  // Predictions for designs nobody built.
  ['a predicted saving', 'The cost model shows that reusing prompts would halve serving cost; building that store is left to future work.'],
  ['a conditional gain', 'If the links were twice as wide, the schedule could cut step time by 30%.'],
  ['a possibility', 'We outline optimizations that could cut serving cost by up to 35%.'],
  ['a projection with "would"', 'On the next generation of accelerators the fused kernel would be 1.8x faster again.'],
  ['a forecast', 'With faster interconnects the saving is expected to reach 45% of step time.'],
  // A subject that doubles inside a clause of time or condition is the experiment's change.
  ['a baseline\'s GPUs doubled, after "when"', 'Our runtime scales almost linearly, whereas the stock engine gains nothing when its number of GPUs is doubled.'],
  ['a request rate that doubles, after "when"', 'Tail latency stays flat even when the request rate doubles.'],
  ['a budget halved, after "each time"', 'Accuracy holds each time the token budget is halved.'],
  // A time met by a share of the items is an attainment, not the system's time.
  ['a time met in a share of conversations', 'The assistant starts speaking within 400 ms in about 80% of the test conversations.'],
  ['a time met for a share of turns', 'The voice agent replies within 250 ms for 90% of the user turns.'],
  // Upkeep named by a gerund subject: what it uses is its overhead; time spent waiting is a part's share.
  ['upkeep by a gerund subject, CPU time', 'Rebuilding the graph index uses 12% of the cluster\'s CPU time.'],
  ['upkeep by a gerund subject, bandwidth', 'Keeping the shadow weights in sync uses about 7% of the host link bandwidth during training.'],
  ['time spent waiting, past tense', 'In a third of the runs, the GPUs spent 40% of their time waiting for the input pipeline.'],
  ['time spent on a part, past tense', 'Across the fleet, the accelerators spent about a quarter of their step time in gradient synchronization.'],
  // The opening sentence with no work of the paper's in it sets the scene.
  ['an opening sentence about a technique in general', 'Speculative decoding lets a small draft model propose tokens that the large model checks in one pass, often doubling decode throughput. QuillSpec adapts the draft length to the load. It needs no retraining of either model.'],
  ['an opening sentence about a storage format', 'Columnar formats let analytic databases skip most of a table, cutting I/O by up to 10x on selective queries. This paper learns which predicates to push down. The learned order is kept per table.'],
  ['an opening sentence about a kind of store', 'Key-value stores on persistent memory serve reads about 2.5x faster than flash-based stores, but their writes wear the media. WearKV spreads writes across the device. It keeps read latency flat.'],
  ['an opening sentence about a kind of model', 'Quantized speech recognizers shrink model size by 4x, but they lose accuracy on accented speech. We calibrate the quantizer per accent. The calibration needs ten minutes of audio.'],
  // A counterfactual stays one in a simulator: a condition after the "would" figure.
  ['a simulated counterfactual, "if" after', 'In our trace simulator, training jobs would finish 18% sooner if every straggler were replaced.'],
  ['a simulated counterfactual on latency', 'In simulation, decode latency would fall by 2.2x if the whole KV cache fit in on-chip SRAM.'],
  ['a simulated counterfactual, "unless"', 'Replaying the traces in a simulator, the gateway would need 3x fewer GPUs unless bursts are correlated across tenants.'],
  // A possibility named with a noun.
  ['"has the potential to"', 'Component-level power capping has the potential to save about 15% of the energy per token.'],
  ['a second figure continuing a "potential to" predicate', 'Sharing one power budget across the dies has the potential to deliver 11% higher throughput per watt and even 3% lower latency.'],
  ['a second figure continuing an "expected to" predicate', 'The next interconnect is expected to give 2x more bandwidth and about 40% lower all-reduce time.'],
  ['"the potential to" with a multiple', 'Placing both stages on one package offers the potential to cut time to first token by 1.6x.'],
  ['a named earlier paper', 'The pruning method of Lee et al. reports 2.2x fewer tokens.'],
  ['methods in general', 'Methods that cut FLOPs by half often slow the robot down.'],
  ['the usual alternative', 'Prompting for brevity, the usual alternative, reduces tokens by 30% but costs accuracy.'],
  ['a share occupied', 'The replicas occupy 5% of GPU memory.'],
  ['a rate kept, not raised', 'Decoding speed is unchanged at 30 tokens per second.'],
  ['a lower throughput', 'Throughput is 7% lower than with plain Adam.'],
  ['a tripled memory', 'The optimizer states triple the memory needed for training.'],
  ['at a cost of', 'Training converges at a cost of 5% more steps.'],
  ['a latency metric increase', 'It saves energy at a median TTFT increase of 3%.'],
  ['bubbles left', 'Pipeline bubbles shrink to 3% of the step time.'],
  ['competitors named by an example', 'Competitors like FlashDecoding reach 1.4x over eager attention on short prompts.'],
  ['other systems named by an example', 'Other systems such as Orca batch at the iteration level and gain 2x throughput.'],
  ['rivals named by examples', 'Rivals including SGLang serve 1.3x more requests than the stock engine.'],
  ['a supposed faster link, the subject of "could"', 'The cost model predicts that a 4x faster weight transfer could make disaggregation pay off for short responses.'],
  ['a supposed larger cache, the subject of "would"', 'Our estimate shows that an 8x larger cache would absorb the morning burst.'],
  ['a supposed faster interconnect, the subject of "might"', 'A 2x faster interconnect might let pipeline parallelism scale to many more stages.'],
  ['a decode rate under a bound, in a list of gaps', 'We identify three gaps: short contexts, decode rates below 12 tokens/s, and no batching.'],
  ['a frame rate under a bound', 'On older headsets, current renderers run at fewer than 20 FPS.'],
  ['a query rate brought under a bound', 'Offloading the index to disk drops search throughput to less than 300 queries per second.'],
  // A figure of something the paper argues about or builds on, not of its result.
  ['"twice as fast" in the relative clause of a modal\'s indefinite subject', 'The search keeps diverse candidates because a kernel that is twice as fast for one shape can be much slower for another.'],
  ['a figure in an example subject of "could"', 'A scheduler that is 40% faster at placing jobs could still waste GPUs.'],
  ['a figure in an example subject of "may", speech', 'In speech, a recognizer that runs 3x faster on one accent may stall on another.'],
  ['what an instruction the method relies on offers', 'The FP8 instruction with FP16 accumulation it relies on is 2x faster than the standard FP8 path.'],
  ['what a layer the engine builds on offers', 'The storage layer the engine builds on is 4x faster than object storage.'],
  ['what a library it depends on offers', 'The vector library it depends on runs 3x faster on AVX-512.'],
  // Earlier work named after its head noun, by "generic", or kept as the subject of a later
  // list member, a second predicate or a participle clause.
  ['work named "from prior work"', 'Schedulers from prior work cut tail latency by only 12% on this trace.'],
  ['work named "in the literature"', 'Compressors in the literature shrink prompts by 4x but drop answers.'],
  ['a later list member of earlier work', 'Existing offloading engines reach only 18% and 27% higher throughput on these models.'],
  ['a generic kernel, and its second predicate after "but"', 'A generic sparse kernel runs 1.5x faster on the older GPU but only 0.7x as fast on the newer one.'],
  ['a participle clause after competing work', 'Competing schedulers balance load well but react slowly, often taking 5x longer to rebalance after a burst.'],
  // Shares that are not what the system spends: data used, tasks beaten, items routed, a
  // part's power beside its area, a cap the experiment sets.
  ['a share of the profiling data used', 'The transfer model adapts to a new accelerator using only 5% of the profiling data.'],
  ['a "faster rate" is the share of tasks beaten', 'On the kernel suite, the tuned agent reaches a 92% faster rate over the eager baseline.'],
  ['a "fast-1 rate"', 'The generated kernels reach a 75% fast-1 rate against cuBLAS on the first level.'],
  ['steps handed off to another model', 'The cascade hands off 30% of the decoding steps to the large model.'],
  ['a part\'s share of power beside its share of area', 'The sparsity unit takes only 1.5% of the power and 0.9% of the area of the accelerator.'],
  ['a clock locked to a share of its maximum', 'The memory clock is locked to 40% of its maximum for the low-power runs.'],
  // A rate played down ("only", "merely", "just") is the shortfall a paper starts from.
  ['a decode rate played down', 'On a laptop CPU, a 13B model decodes at only 3 tokens/s.'],
  ['an ingest rate played down', 'Stock key-value stores ingest merely 8,000 records per second on this schema.'],
  ['a frame rate played down, then the rate needed', 'On standalone headsets, neural radiance renderers reach just about 5 FPS, well below the 72 FPS the display needs.'],
  ['an opening sentence that opens with "3D", a kind of model', '3D occupancy networks cut planning latency by 3x over voxel grids, but they need dense labels. We learn them from video instead. Our planner runs on a car.'],
  ['an overhead brought down to a share of decode time', 'The fused kernel cuts the quantization overhead to 3% of end-to-end decode time.'],
  ['an overhead brought down to a share of training time', 'Asynchronous snapshots lower the checkpoint overhead to about 2% of training time.'],
  ['an overhead brought down to a share of an iteration', 'Our planner reduces scheduling overhead to 0.5% of iteration time.'],
  ['steps kept within their budget', 'Under bursty lengths the planner keeps 96% of training steps inside their time budget.'],
  ['a factor verb with an object of its own after a performance word', 'Sharding the index hides part of the latency but doubles the servers needed per shard.'],
  ['more work needed', 'After the drift, the graph index needs 2.7x more distance evaluations to keep its recall.'],
  ['a prediction with "would further"', 'Stacking the dies would further lift memory bandwidth by 4x, at a higher price.'],
  ['a share that continues a prediction\'s predicate', 'Extrapolated with the fitted model, a wafer-scale part would train the model 7x faster than a GPU pod at one sixth of the power.'],
  ['an offered load', 'Under an arrival rate of 15 requests per second, the share of requests on time rises from 70% to 94%.'],
  ['a rate tasks require', 'Dexterous tasks such as pouring require feedback loops of 50 Hz or faster.'],
  ['a theoretical peak rate', 'The nominal BF16 peak of the card is 989 TFLOPS.'],
  ['a quality that falls to a share, and a list after it', 'On the longest inputs exact-match accuracy drops to 24%, and to 11% on nested ones.'],
  ['a share of items completed', 'Even the leading agent finishes the task fully on few papers and completes 19% of the graded steps.'],
  ['a share of items a judge agrees on', 'An automatic judge sides with the expert annotators on 83% of the steps.'],
  ['a share of items beaten on', 'The tuned search beats the vendor library on 42% of operators.'],
  ['a share of step time spent', 'Unpacking video on the host is slow enough that 37% of step time on each node is spent idle.'],
  ['a share of energy that goes to a part', 'In the baseline design, 55% of the energy goes to moving weights.'],
  // What a number format or a hardware unit offers.
  ['a format doubles peak throughput', 'FP6 matrix units double peak throughput over FP8, yet few training recipes use them.'],
  ['a hardware generation, against a format', 'Blackwell GPUs double tensor-core throughput in FP4, but attention still runs in BF16.'],
  // One class of device set against another: the gap a paper starts from.
  ['a device class against another, in words', 'Sensing on microcontrollers is hard: their memory is two to three orders of magnitude smaller than that of phones.'],
  ['microcontrollers have less memory than phones', 'Microcontrollers have roughly 1000x less RAM than smartphones.'],
  ['edge GPUs offer less bandwidth than datacenter GPUs', 'Edge GPUs offer about 10x lower memory bandwidth than datacenter GPUs.'],
  // One level of the memory hierarchy, or one link, set against another: a hardware fact.
  ['a level\'s latency relative to another level', 'The kernel exploits the 20–30x lower access latency of on-chip SRAM relative to HBM.'],
  ['a level as the subject, another after "than"', 'On the A100, shared memory offers roughly 8x higher bandwidth than global memory.'],
  ['a link faster than another link', 'NVLink is about 7x faster than PCIe for all-reduce traffic.'],
  // A share a number format offers, against another format, before a contrast.
  ['a format fits a model in a share of another format\'s memory', 'The 4-bit integer format lets a model fit in a quarter of its 16-bit memory, but dequantizing it costs cycles.'],
  ['a format needs a share of another format\'s footprint', 'INT8 KV caches need only 50% of the FP16 footprint, yet their dequantization stalls decoding.'],
  ['their SRAM against a phone\'s', 'Their SRAM is 100 times smaller than that of a phone.'],
  ['a format halves traffic, then a contrast', 'Eight-bit caches halve memory traffic relative to BF16, but their outliers hurt long contexts.'],
  ['a theoretical speedup of sparsity', 'Structured sparsity on these parts promises a 2x theoretical speedup, which kernels seldom reach.'],
  ['a prediction with "would halve"', 'Scaled to larger runs, the format would halve the compute bill.'],
  // Figures of the systems a measurement study measured.
  ['a study of engines, a named engine', 'We benchmark six popular serving engines on four GPU types. Engine A delivers 1.7x the throughput of engine B on chat traces.'],
  ['a study of runtimes, a condition', 'We measure nine phone runtimes over long sessions. Overheating cuts decoding speed by 40% after ten minutes.'],
  ['a study with a weak verb, others\' systems', 'To do so, we evaluate seven widely used open-source vector stores. One of them answers filtered queries 3x faster than another.'],
  ['a study named as one', 'This is a measurement study of request traces from two providers. Turning on the short mode cut output tokens by 50%.'],
  ['others\' methods rebuilt to compare them', 'We re-implement the leading token-merging schemes in one library. On video models the best of them runs 1.6x faster than no merging.'],
  ['a study\'s harness is not work of its own', 'We build a replay harness and use it to evaluate five popular schedulers. The best one cuts queueing delay by 30%.'],
];

// biome-ignore format: one row per phrasing
const stillOurs: [family: string, sentence: string, text: string][] = [
  // A verb of attaining before the prior phrase makes it what the paper reaches, an object.
  ['state-of-the-art results achieved, then a speed-up', 'The avatar model achieves state-of-the-art results at interactive rates while speeding up rendering by over 9x.', 'speeding up rendering by over 9x'],
  ['state-of-the-art scores attained, then a figure', 'The parser attains state-of-the-art scores and runs 3x faster on CPUs.', '3x faster'],
  ['standard accuracy reached, then a saving', 'The pruned detector reaches standard mAP and cuts memory by 45%.', 'cuts memory by 45%'],
  ['our figure "as reported in our evaluation"', 'Our method reaches a 2.1x speedup, as reported in our evaluation.', '2.1x speedup'],
  ['our figures "are reported in this paper"', 'Speedups of 3.1x are reported in this paper for the 70B model.', 'Speedups of 3.1x'],
  ['an opening participle that holds a gain stays a claim', 'Using 40% less memory, the trainer matches the loss of the baseline.', '40% less memory'],
  ['code generation made faster stays a claim', 'It delivers 2x faster code generation than vLLM.', '2x faster code generation'],
  ['an extra cost cut stays a claim', 'It cuts the extra cost of retrieval by 40%.', 'cuts the extra cost of retrieval by 40%'],
  ['more of a wanted rate in a relative clause stays a claim', 'The cache yields a decode throughput that is 30% higher than vLLM.', '30% higher'],
  ['our store against one on another level', 'Our store serves reads 4x faster than a disk-based store.', '4x faster'],
  ['our format\'s share of another format\'s memory', 'Our 4-bit format fits the model in a quarter of its 16-bit memory, and decoding stays fast.', 'a quarter of its 16-bit memory'],
  ['a latency cut relative to a table in another level', 'Our cache keeps hot rows in shared memory and cuts lookup latency by 3.2x relative to a global-memory table.', 'cuts lookup latency by 3.2x'],
  ['"reported" about the paper\'s own system', 'Our kernel, reported here for the first time, runs 2.4x faster than the fused baseline.', '2.4x faster'],
  ['the paper reports its own figure', 'We report a 2.4x speedup over the dense baseline.', '2.4x speedup'],
  ['"this paper reports"', 'This paper reports a 3x reduction in memory traffic.', '3x reduction in memory traffic'],
  ['the paper\'s experiments report', 'Experiments report 1.8x higher throughput than vLLM.', '1.8x higher throughput'],
  ['"we measure and report"', 'On long prompts, we measure and report a 2x speedup.', '2x speedup'],
  ['a gain word in the opening phrase', 'At 2x lower cost, the model matches the dense one.', '2x lower cost'],
  ['a result clause after a comma, not a gerund subject', 'Switches sum gradients in flight, halving the traffic of data-parallel training.', 'halving the traffic'],
  ['a gerund subject whose result is its own claim', 'Doubling the batch size raises throughput by 1.8x.', 'raises throughput by 1.8x'],
  ['a loss of throughput reduced', 'It reduces the throughput loss by 3x.', 'reduces the throughput loss by 3x'],
  ['a gain word in the opening phrase, with no comma', 'At 2x lower cost the model matches the dense one.', '2x lower cost'],
  ['the paper\'s own measurements', 'Our measurements show a 2x speedup over vLLM.', '2x speedup'],
  ['two shares of what the system spends', 'It trains at 18% of the cost of its predecessor and 25% of the energy.', '25% of the energy'],
  ['prior work as the object', 'Our kernel outperforms existing kernels by 1.8x on long prompts.', 'outperforms existing kernels by 1.8x'],
  ['commercial models as the object', 'The distilled model outperforms commercial models by 1.4x in tokens per second.', 'outperforms commercial models by 1.4x in tokens'],
  ['prior work after "than"', 'It decodes 2.2x faster than existing systems.', '2.2x faster'],
  ['prior work after a comma', 'Compared with prior methods, the scheduler cuts latency by 35%.', 'cuts latency by 35%'],
  ['prior work before a verb of ours', 'On top of current systems it speeds up decoding by 1.6x.', 'speeds up decoding by 1.6x'],
  ['only a share of the time', 'The new pipeline takes only 20% of the GPU hours of the old one.', '20% of the GPU hours'],
  ['a share of the cost', 'It trains at 25% of the cost of its predecessor.', '25% of the cost'],
  ['a rate reached under a load', 'Under heavy load the server sustains 18 requests per second on one GPU.', '18 requests per second'],
  ['a rate reached, beside a theoretical peak named after it', 'The kernel sustains 1,210 TFLOPS, 61% of the theoretical peak.', '1,210 TFLOPS'],
  ['a rate the system needs no more than', 'The controller runs at 200 Hz on the robot\'s CPU.', '200 Hz'],
  ['a share of peak reached after a comparison with earlier work', 'Unlike earlier kernels our fused kernel reaches 74% of peak.', '74% of peak'],
  ['a share of peak after a baseline object and an "and"', 'The router trains 1.6x faster than the top-k baseline at equal loss and achieves 51% MFU at the largest scale.', '51% MFU'],
  ['a share of peak the paper reaches while using only part of the chip', 'Using only 8 of the 16 cores, the kernel reaches 66% of peak.', '66% of peak'],
  ['more needed by a baseline than by the paper\'s method', 'With the same bandwidth, plain local averaging needs 25% more time than the new scheme to reach the target loss.', '25% more time'],
  ['more of what is spent, saved', 'At equal quality the scheduler saves 1.7x more compute than the best earlier policy.', '1.7x more compute'],
  ['a measurement after a prediction, with its own verb', 'A larger die would cut energy by 3x, and the prototype already draws 40% less power than a GPU.', '40% less power'],
  ['a performance subject that doubles, with no object', 'With the fused kernel, decoding throughput doubles on long prompts.', 'decoding throughput doubles'],
  ['a factor verb on a performance object', 'The cache doubles decode throughput.', 'doubles decode throughput'],
  ['"claims" of the paper\'s own experiments', 'Our experiments confirm what the design claims: it cuts memory by 2.5x.', 'cuts memory by 2.5x'],
  ['a cost that falls to a share, with no object', 'With the new pager, peak memory falls to 35% of the baseline.', 'falls to 35% of the baseline'],
  ['a quantity wanted lower brought to a share, then a quality beside it', 'The pruner lowers decoder FLOPs to 45% of the original, and accuracy stays flat.', 'lowers decoder FLOPs to 45% of the original'],
  ['a share of the steps needed, not completed', 'The tuned run reaches the same loss in 60% of the training steps.', '60% of the training steps'],
  ['a share of the GPU hours used', 'The elastic pool serves the same load using 58% of the GPU hours.', '58% of the GPU hours'],
  ['a latency improved, not raised', 'The planner improves mean completion time by 2.5x on long jobs.', 'improves mean completion time by 2.5x'],
  ['an overhead reduced', 'The scheduler cuts the communication overhead by 3x.', 'cuts the communication overhead by 3x'],
  ['a compression achieved', 'The codec achieves a compression ratio of 6x on the weights.', 'compression ratio of 6x'],
  ['shares of other systems\' amounts after one verb', 'Our engine needs only 40% and 55% of the memory of vLLM and SGLang, respectively.', '55% of the memory of vLLM and SGLang'],
  ['a figure-first compression achieved', 'The index reaches a 9x compression ratio on web embeddings.', '9x compression ratio'],
  ['a multiple of a rate after "at"', 'The loader streams shards at 2.7x the rate of the stock reader.', '2.7x'],
  ['the paper\'s runtime against a named runtime on microcontrollers', 'Our runtime uses 3.3x less SRAM than TFLite Micro on microcontrollers.', '3.3x less SRAM'],
  ['the paper\'s kernel against a device class', 'The NPU kernel is 4x faster than the mobile GPU.', '4x faster'],
  ['a format of the paper\'s own kernel', 'With our kernels, FP8 attention doubles prefill throughput over the BF16 kernel.', 'doubles prefill throughput'],
  ['a format\'s measured gain, no contrast', 'FP8 key-value caches run decoding 1.7x faster than BF16 caches on long prompts.', '1.7x faster'],
  ['a share of peak reached by a format\'s kernel', 'An FP8 build of the kernel sustains 68% of peak tensor-core throughput.', '68% of peak'],
  ['a study that turns to a design of its own', 'We profile 1,200 training jobs on a shared cluster. Guided by what we find, we design a placement policy that speeds up the slowest jobs by 12%.', 'speeds up the slowest jobs by 12%'],
  ['a system paper that also measures others', 'We present Ferry, a loader for mixed datasets. We benchmark three popular loaders on eight tasks, and Ferry feeds the GPUs 2.1x faster than the best of them.', '2.1x faster'],
  ['characterizing a bottleneck is no study', 'We characterize where the step time goes and add an overlapped prefetcher. Training throughput improves by 30% over the stock loader.', 'Training throughput improves by 30%'],
  ['rebuilding one kernel is one\'s own work', 'We reimplement the attention kernel in Triton, which cuts its latency by 35%.', 'cuts its latency by 35%'],
  ['evaluating one\'s own system', 'We evaluate it on three models and two GPU types. It cuts decoding latency by 25%.', 'cuts decoding latency by 25%'],
  ['a simulated result of the system itself', 'In a simulated 3 nm node the chip would reach 2.4x higher energy efficiency than a GPU.', '2.4x higher energy efficiency'],
  ['a noun in -ing using a share, no object after the gerund', 'Incremental checkpointing uses 15% of the storage bandwidth.', '15% of the storage'],
  ['a subject that doubles before a "when" clause', 'With paging the throughput doubles when the cache is warm.', 'With paging the throughput doubles'],
  ['a subject that doubles before a "once" clause', 'Throughput doubles once the router is enabled.', 'Throughput doubles'],
  ['a time the system answers in, on average', 'Our engine answers a query in 45 ms on average on the production trace.', 'answers a query in 45 ms'],
  ['a gerund subject using a share of what another system uses', 'Pruning the cache with our policy uses 45% of the memory of vLLM.', '45% of the memory'],
  ['a share of the GPU hours a baseline spent', 'The new trainer spent only 30% of the GPU hours of the baseline run to reach the same loss.', '30% of the GPU hours of the baseline run'],
  ['an opening sentence in the paper\'s voice', 'We present Quill, a drafter that doubles decode throughput on long prompts. It adapts the draft length to load. No model is retrained.', 'doubles decode throughput'],
  ['an opening sentence that opens with a coined name', 'LatticeKV cuts KV-cache memory by 3.2x over vLLM on long prompts. It stores keys in a shared codebook. The codebook is learned once per model.', 'cuts KV-cache memory by 3.2x'],
  ['an opening sentence that opens with a name written again', 'Plume cuts gradient traffic by 3.7x in data-parallel training. Plume compresses gradients inside programmable switches. Its switch program fits in 2 MB.', 'cuts gradient traffic by 3.7x'],
  ['an abstract of two sentences', 'A fused decoding kernel speeds up generation by 1.8x over FlashAttention-2 on long prompts. We release it as a library.', 'speeds up generation by 1.8x'],
  ['"this paper" in the opening sentence', 'This paper shows that a pruned drafter halves verification time on code tasks. The drafter is trained once. We release the code.', 'halves verification time'],
  ['a simulated result with no condition after it', 'In simulation, the scheduler would cut job completion time by 1.9x over Tiresias, even under bursty arrivals.', 'cut job completion time by 1.9x'],
  ['a measured result with a condition and no "would"', 'The decoder runs 2.1x faster than llama.cpp if the weights are pre-packed.', '2.1x faster'],
  ['"potential" with no "to"', 'The gain is no mere potential: the runtime speeds up decoding by 1.7x on phones.', 'speeds up decoding by 1.7x'],
  ['an overhead brought down to a share of a baseline\'s', 'Our runtime reduces the scheduling overhead to 9% of that of vLLM.', 'reduces the scheduling overhead to 9% of that of'],
  ['an overhead brought down to a share of a named system\'s', 'It reduces the communication overhead to 25% of Megatron\'s.', 'reduces the communication overhead to 25% of Megatron'],
  ['a rate held above a bound', 'The runtime keeps decoding above 30 tokens/s on every phone we tried.', 'above 30 tokens/s'],
  ['a rate of no less than a bound', 'The tracker runs at no less than 25 FPS on a Jetson.', '25 FPS'],
  ['throughput over a decoding rival', 'The cache raises hit-path throughput over paged decoding by 30%.', 'raises hit-path throughput over paged decoding by 30%'],
  ['latency relative to a search rival', 'It cuts latency relative to beam search by 30%.', 'cuts latency relative to beam search by 30%'],
  ['improving over a rival with no object', 'It improves over the cuBLAS baseline by 1.2x.', 'It improves over the cuBLAS baseline by 1.2x'],
  ['a frame rate in words reached on a device', 'On a Jetson the tracker runs at 45 frames per second.', '45 frames per second'],
  ['a pair after a plural noun that is no setting', 'The cache cuts latency for long prompts from 2.1 s to 0.9 s.', 'cuts latency for long prompts from 2.1 s to 0.9 s'],
  ['a frame rate raised, a pair', 'It lifts the frame rate from 12 FPS to 45 FPS.', 'lifts the frame rate from 12 FPS to 45 FPS'],
  ['a relative clause of ours, then "and can"', 'We build a kernel that is twice as fast as cuBLAS and can run on older GPUs.', 'twice as fast'],
  ['a relative clause of our kernel before "can"', 'Our kernel, which is twice as fast as cuBLAS, can run on older GPUs.', 'twice as fast'],
  ['a library relied on, as the baseline', 'Compared with the library it relies on, the new kernel is 2x faster.', '2x faster'],
  ['a list of ours after a baseline object', 'Our kernel is 2x faster than existing kernels and 3x faster than cuBLAS.', '3x faster'],
  ['a participle clause after our system', 'Our scheduler balances load across pods, typically cutting tail latency by 30%.', 'cutting tail latency by 30%'],
  ['a participle clause after a result set against prior work', 'Unlike prior methods, Tidal rebalances within a second, cutting tail latency by 40%.', 'cutting tail latency by 40%'],
  ['work from prior studies as an object', 'It outperforms routers from prior work by 1.6x in cost.', 'outperforms routers from prior work by 1.6x in cost'],
  ['a second predicate of ours after "and"', 'The cache runs 1.5x faster on the older GPU and 2.1x faster on the newer one.', '2.1x faster'],
  ['a share of the training tokens used, after the same result', 'The distilled model matches the teacher using only 12% of the training tokens.', 'only 12% of the training tokens'],
  ['a faster rate after "at a" is a speed', 'The solver converges at a 40% faster rate than SGD.', '40% faster rate'],
  ['a share of power with no share of area', 'The accelerator draws only 25% of the power of a desktop GPU.', '25% of the power of a desktop GPU'],
  ['a cap verb far from a share the system brings down', 'The governor caps the clock only when needed and cuts energy per token to 60% of the default.', 'cuts energy per token to 60% of the default'],
  ['"only" before the devices, not the rate', 'With only 2 GPUs, our server sustains 1,800 tokens/s.', '1,800 tokens/s'],
  ['a rate reached beside a rival\'s rate played down', 'Our renderer reaches 95 FPS on the headset, while existing renderers reach only 20 FPS.', '95 FPS'],
  ['"not only" before a rate', 'The model keeps not only 40 FPS on a phone but also its accuracy.', '40 FPS'],
  ['an opening coined name with a digit and a capital', '3DSplatX renders the city scene 4x faster than 3DGS. It streams Gaussians by tile. Its memory stays under 2 GB.', '4x faster'],
  ['a speedup whose consequence is a "could"', 'The kernel gives a 2x speedup that could enable real-time use.', '2x speedup'],
  ['a faster decoder, then a relative clause with "could"', 'We obtain a 3x faster decoder, which could help phones.', '3x faster decoder'],
  ['a modal in the baseline\'s clause', 'It delivers a 1.8x higher throughput than vLLM could reach.', '1.8x higher throughput'],
  ['alternatives named by an example, as an object', 'Our method outperforms alternatives such as LoRA by 1.5x in throughput.', 'outperforms alternatives such as LoRA by 1.5x in throughput'],
  ['alternatives named by an example, after "unlike"', 'Unlike alternatives such as QLoRA, our kernel trains 2.1x faster.', '2.1x faster'],
];

// biome-ignore format: one row per phrasing
const readRight: [family: string, sentence: string, text: string, factor: number | null, kind: string][] = [
  ['a share of the memory bandwidth is utilization', 'The fused decoder reaches 86% of HBM bandwidth on one GPU.', '86% of HBM bandwidth', null, 'utilization'],
  ['a fraction of the FLOPs is a saving', 'The byte model matches the token model at 0.8x of its training FLOPs.', '0.8x of its training FLOPs', 1.25, 'compute'],
  ['a fraction of the price is a saving', 'Serving on CPUs costs 0.25x the price of a GPU endpoint.', '0.25x the price', 4, 'cost'],
  ['a phrasal verb takes its particle', 'Bucketing brings decoding throughput up by 22% on mixed lengths.', 'brings decoding throughput up by 22%', 1.22, 'throughput'],
  ['goodput against a latency target is throughput', 'It raises TTFT goodput by 2.4x over chunked prefill.', 'raises TTFT goodput by 2.4x', 2.4, 'throughput'],
  ['a phrasal verb down', 'Caching drives the serving cost down by 2x.', 'drives the serving cost down by 2x', 2, 'cost'],
];

// biome-ignore format: one row per phrasing
const onlyTheClaim: [family: string, sentence: string, texts: string[]][] = [
  ['a slowdown of only N% is no member of the claim after it', 'The scheduler incurs a slowdown of only 3% and gives 2x higher training throughput.', ['2x higher training throughput']],
  ['a setting before the verb is no list member', 'Compressing prompts 12 times cuts TTFT by 5.5x on long documents.', ['cuts TTFT by 5.5x']],
  ['a figure-first setting after the claim', 'The kernel speeds up decoding by 2x at a 4x compression ratio.', ['speeds up decoding by 2x']],
  ['a figure-first setting after a comparative', 'Decoding runs 1.5x faster than the dense model at a 3x compression ratio.', ['1.5x faster']],
  // An opening participle of a budget kept or used, before the comma, is the setting the
  // claim after it was measured at.
  ['a share of the cache kept, then the claim', 'Keeping 25% of the KV cache as heavy hitters, the server reaches 6x the throughput of FlexGen.', ['6x']],
  ['a share of GPU memory used, then the claim', 'Using 50% of the GPU memory for the cache, the engine serves 1.7x more requests than vLLM.', ['1.7x more requests']],
  ['a share of the compute budget reserved, then the claim', 'Reserving 30% of the compute budget for verification, the agent finishes 2x sooner than ReAct.', ['2x sooner']],
  ['a share of tokens retained, then the claim', 'Retaining only 10% of the visual tokens, the model answers at 3x lower latency.', ['3x lower latency']],
  ['a share of experts offloaded, then the claim', 'Offloading 60% of the experts to host memory, the engine still decodes 1.8x faster than Mixtral-Offload.', ['1.8x faster']],
  // A cost named as added by the method ("extra", "added", "additional") is an overhead.
  ['an extra cost kept to a share', 'The selector fuses scoring and top-k into one kernel, keeping the extra cost to about 6% of the dense attention time.', []],
  ['an added latency at a share', 'The router\'s added latency stays at 3% of the decode step time, while it cuts TTFT by 2x.', ['cuts TTFT by 2x']],
  // The share of a part still exposed after overlapping is an overhead left, not a saving.
  ['a share of communication left exposed', 'The overlap scheduler leaves only 1.2% of all-reduce time exposed and cuts step time by 18%.', ['cuts step time by 18%']],
  ['a share left on the critical path', 'With chunked transfers, only 3% of the all-to-all time stays on the critical path.', []],
  // What building the system costs its authors (code, effort) is no performance claim.
  ['less code for the same speed', 'The compiler matches hand-tuned kernels with an order of magnitude less code.', []],
  ['less engineering effort', 'Porting a model to the new runtime takes 40% less engineering effort.', []],
  // More of a cost in a relative clause ("a TTFT that is 8% higher") is the price paid.
  ['a cost paid in a relative clause', 'The tiered store cuts cost per token by 6x, at the price of a TTFT that is about 9% higher.', ['cuts cost per token by 6x']],
  ['a latency "which is" higher, traded', 'The pruned model doubles throughput in exchange for a p99 latency which is 12% higher.', ['doubles throughput']],
  ['a claim beside the hardware fact it exploits', 'The lookup kernel cuts decode latency by 1.6x by exploiting the 12x lower latency of shared memory compared with global memory.', ['cuts decode latency by 1.6x']],
  // What people judge is a quality, a clause of its own, no member of the claim's list.
  ['a share of tokens, then what raters judge', 'The router reaches the same answer quality using only 40% of the reasoning tokens, and human raters judge its answers about 15% clearer.', ['only 40% of the reasoning tokens']],
  ['a share of steps, then what reviewers find', 'The summarizer reaches equal ROUGE using only 45% of the decoding steps, and reviewers find its outputs roughly 6% more readable.', ['45% of the decoding steps']],
  ['users as the setting of a list member stay in the list', 'The scheduler cuts queueing delay by 2.5x for interactive users and 1.8x for batch jobs.', ['cuts queueing delay by 2.5x', '1.8x']],
  // A figure right after a quality noun (and a level word) is that quality's level.
  ['a predictor\'s accuracy after a claim', 'The prefetcher cuts decode latency by 22% over on-demand loading, with predictor accuracy above 85% for the next layer.', ['cuts decode latency by 22%']],
  ['a recall after a claim', 'It speeds up retrieval by 3x on the full index, with recall of about 92%.', ['speeds up retrieval by 3x']],
  ['a second "by" member after a setting stays', 'The kernel cuts prefill time by 30% on short prompts, and by about 45% on long ones.', ['cuts prefill time by 30%', 'by about 45%']],
  ['steps escalated to a large model, then a claim', 'On three help-desk benchmarks, the agent escalates 15% of its steps to the large model, cutting cost per solved ticket by 2.9x.', ['cutting cost per solved ticket by 2.9x']],
  ['a power cap in a gerund subject, then a claim', 'For the climate model, capping at 65% of the board power cuts energy per step by 15%.', ['cuts energy per step by 15%']],
  ['a cap set on the GPUs, then a claim', 'Capping the GPUs at 60% of their rated power, the scheduler cuts energy per job by 22%.', ['cuts energy per job by 22%']],
  // What the baseline has, in a relative clause after it, describes the baseline.
  ['a baseline\'s bandwidth in a "that has" clause', 'It decodes 1.7x faster than a desktop GPU that has 2.5x more memory bandwidth.', ['1.7x faster']],
  ['a baseline\'s bandwidth in a ", which offers" clause', 'The FPGA design is 2.1x faster than a server CPU, which offers about 6x more DRAM bandwidth.', ['2.1x faster']],
  ['a claim after the baseline\'s relative clause, with a verb of its own', 'The NPU kernel runs 1.3x faster than the laptop GPU, which has 4x more memory bandwidth, and it draws 40% less power.', ['1.3x faster', '40% less power']],
  ['a relative clause that has no figure, then a claim', 'The sampler is 2.2x faster than a CPU loader that has no prefetching, and it uses 3x less memory.', ['2.2x faster', '3x less memory']],
  ['a list before the verb still is', 'It is 1.4x and 2.2x faster than the two baselines.', ['1.4x', '2.2x faster']],
  ['a baseline\'s figure after "compared with"', 'It speeds up decoding by 3.1x, compared with 1.9x reported for the older drafter.', ['speeds up decoding by 3.1x']],
  ['a contrast with a named system', 'Our cache accelerates the model by 4x, whereas FastCache reaches 1.8x at equal quality.', ['accelerates the model by 4x']],
  ['a figure the baseline reports, after ours', 'It is 1.3x faster than FastCache, which itself reports about 2x.', ['1.3x faster']],
  // The baseline's level is no claim of its own; set against the paper's, the two make one pair.
  ['a baseline\'s figure after "up from"', 'The run reaches 47% MFU, up from 35% with the stock trainer.', ['47% MFU, up from 35%']],
  ['a small accuracy drop', 'It doubles throughput with a 0.4% drop.', ['doubles throughput']],
  ['"whereas" between two figures of the paper', 'Answers are 8% shorter on hard sets, whereas on easy sets they are 60% shorter.', ['8% shorter', '60% shorter']],
  ['a figure before a comma and a new subject', 'Where older engines top out at 1.3x, our planner gets 2.6x more throughput.', ['2.6x more throughput']],
  ['the same with "we"', 'Earlier caches manage about 20%, and we cut prefill time by 45%.', ['cut prefill time by 45%']],
  ['a projection beside a measurement', 'The decoder would run 2.5x faster on wider parts and already runs 1.4x faster on today\'s A100.', ['1.4x faster']],
  ['a figure that sets the scene for a result clause', 'Prefix reuse lifts the share of cached tokens to 85%, shortening time to first token by 40%.', ['shortening time to first token by 40%']],
  ['…but an "and" still joins two verbs\' figures', 'Pruning shrinks the model 2.5 times and speeds up inference by 1.7x.', ['2.5 times', 'speeds up inference by 1.7x']],
  ['a parity bound after a claim is no list member', 'The pager hosts 5x more models on a 4-GPU box than static placement while keeping median latency within 1.2x of a resident setup.', ['5x more models']],
  ['a list across a comma stays one', 'It runs 1.5x, 1.8x and 2.4x faster on the three models.', ['1.5x', '1.8x', '2.4x faster']],
  ['a level held after a claim is no list member', 'It cuts lookup latency by 3.6x over a flat index, with answer accuracy unchanged at 64%.', ['cuts lookup latency by 3.6x']],
  ['a level others stay near is no list member', 'Our trainer reaches 47% MFU on the largest run while the two other trainers stay near 36%.', ['47% MFU']],
  // A verb-figure after a subject of its own ("…, and FP8 caches halve …") lends no words back.
  ['a worker-gap pair before a clause that halves traffic', 'Rebalancing lowers the gap between the slowest and the median worker from 3.1x to 1.4x, and packed gradients halve the traffic per step.', ['halve the traffic']],
  ['a read-ratio pair before a clause that doubles capacity', 'Tiering moves the ratio of hot to cold reads from 5x to 2x, and compressed blocks double the cache capacity.', ['double the cache capacity']],
  ['a queue-skew pair before a clause that halves a time, speech', 'In speech serving, batching shifts the queue skew from 6x to 2x, and streaming encoders halve the time to first word.', ['halve the time']],
  ['a list with a verb-figure and no subject between stays', 'The kernel runs 1.5x and twice as fast on the two GPUs.', ['1.5x', 'twice as fast']],
  ['a second verb-figure of the same subject stays its own claim', 'It cuts latency by 30% and halves the memory.', ['cuts latency by 30%', 'halves the memory']],
  // How much of the model was removed, and a list of settings whose noun follows its last figure.
  ['quality kept at a list of expert reductions', 'On an open MoE model the merged experts keep 96% and 88% of the original accuracy with 25% and 50% expert reduction, respectively.', []],
  ['speed-ups at a list of sparsities', 'Our method gives 2x and 3x speedups at 50% and 70% sparsity.', ['2x', '3x speedups']],
  ['latency cuts with a list of pruning levels, speech', 'The pruned recognizer cuts latency by 35% and 52% with 25% and 50% pruning, respectively.', ['cuts latency by 35%', '52%']],
  ['a latency reduction after "with" is a result', 'It keeps accuracy with a 40% latency reduction.', ['40% latency reduction']],
  ['a speed-up at a list of layer reductions', 'The pruned model decodes 1.8x faster at 30% and 50% layer reduction.', ['1.8x faster']],
  // A factor, an adjunct, then a participle whose pair spells the same factor out: one claim.
  ['a speed-up spelled out by an epoch-time pair', 'The loader trains 2x faster on eight GPUs, cutting epoch time from 40 to 20 minutes.', ['2x faster on eight GPUs, cutting epoch time from 40 to 20 minutes']],
  ['a speed-up spelled out by a waiting-time pair, speech', 'The recognizer transcribes an hour of audio 3x faster on a laptop CPU, reducing the wait from 12 to 4 minutes.', ['3x faster on a laptop CPU, reducing the wait from 12 to 4 minutes']],
  ['a speed-up spelled out by a scan-time pair, databases', 'Queries run 5x faster with the new index, bringing the scan from 50 ms to 10 ms.', ['5x faster with the new index, bringing the scan from 50 ms to 10 ms']],
  ['a pair with another factor is a claim of its own', 'The loader trains 2x faster on eight GPUs, cutting epoch time from 40 to 10 minutes.', ['2x faster', 'cutting epoch time from 40 to 10 minutes']],
  ['a pair with a verb of its own after "and" is a claim of its own', 'The loader trains 2x faster, and cuts cold starts from 40 s to 20 s.', ['2x faster', 'cuts cold starts from 40 s to 20 s']],
  // Each claim once: a headline said again later is the same claim.
  ['a headline restated with a possessive', 'Pipelining cuts the time per image by 4.2x over plain decoding. Because no weights change, Mosaic\'s 4.2x latency reduction needs no retraining.', ['cuts the time per image by 4.2x']],
  ['a headline restated in a summary', 'On 70B models the sampler delivers a 2.6x speedup over plain decoding. In summary, it provides a 2.6x speedup with exact outputs.', ['2.6x speedup']],
  ['a latency restated as a speedup in a summary', 'The loader reduces cold-start latency by 2.9x. Overall, it makes cold starts 2.9x faster without code changes.', ['reduces cold-start latency by 2.9x']],
  ['a summary with a new figure is a new claim', 'The loader reduces cold-start latency by 2.9x. Overall, it makes warm starts 1.3x faster as well.', ['reduces cold-start latency by 2.9x', '1.3x faster']],
  ['a summary of another kind with the same figure is a new claim', 'The loader reduces cold-start latency by 2x. Overall, it also needs 2x less memory.', ['reduces cold-start latency by 2x', '2x less memory']],
  ['the same figure in a new sentence without a summary is a new claim', 'Prefill runs 1.5x faster on long prompts. Decoding runs 1.5x faster on short ones.', ['1.5x faster', '1.5x faster']],
  ['quality levels given as examples in brackets before a claim', 'The tuned prompt keeps accuracy (e.g., 81%→82% on one benchmark, 64%→64% on another), while cutting output tokens by 47%.', ['cutting output tokens by 47%']],
  ['quality figures for instance in brackets before a claim', 'Answer quality holds (for instance 71% and 73% on the two splits), while the pruned model cuts decode latency by 1.8x.', ['cuts decode latency by 1.8x']],
  ['recall levels in brackets, then a claim after "and"', 'Recall is unchanged (96% on news and 94% on code), and the cache cuts lookup latency by 35%.', ['cuts lookup latency by 35%']],
  ['a bracketed average after a claim stays its member', 'The loader speeds up training by up to 3.1x (1.9x on average) over the stock loader.', ['speeds up training by up to 3.1x', '1.9x']],
  ['two quality drops joined by "and", after a claim', 'Token pruning removes 58% of the FLOPs on two benchmarks with only 0.6% and 1.9% accuracy drops, respectively.', ['removes 58% of the FLOPs']],
  ['two recall drops joined by "and", after a claim', 'Index compression shrinks the index by 8x with only 1.2% and 2.5% recall drops on the two corpora.', ['shrinks the index by 8x']],
  ['two accuracy losses joined by "and", after a claim', 'Layer skipping speeds up decoding by 1.6x with 0.4% and 1.0% accuracy losses on the two suites.', ['speeds up decoding by 1.6x']],
  ['two speed figures joined by "and" after a claim stay members', 'The kernel is 2.1x faster on A100, and 1.8x and 2.4x faster on H100 and B200.', ['2.1x faster', '1.8x', '2.4x faster']],
];

describe("figures that are not the paper's claims", () => {
  it.each(notOurs)('%s', (_family, sentence) => {
    expect(extractClaims(sentence).claims.map((c) => c.text)).toEqual([]);
  });
});

describe('near misses that stay claims', () => {
  it.each(stillOurs)('%s', (_family, sentence, text) => {
    expect(extractClaims(sentence).claims.map((c) => c.text)).toContain(text);
  });
});

describe('figures read as what they are', () => {
  it.each(readRight)('%s', (_family, sentence, text, factor, kind) => {
    const claim = extractClaims(sentence).claims.find((c) => c.text === text);
    expect(claim, `no claim «${text}»`).toBeDefined();
    expect([claim?.factor, claim?.kind]).toEqual([factor, kind]);
  });
});

describe('only the claim, not the figures around it', () => {
  it.each(onlyTheClaim)('%s', (_family, sentence, texts) => {
    expect(extractClaims(sentence).claims.map((c) => c.text)).toEqual(texts);
  });
});
