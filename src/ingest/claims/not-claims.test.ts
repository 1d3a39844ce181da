// Numbers that are not performance claims, one row per kind of number.
import { describe, expect, it } from 'vitest';
import { extractClaims } from './extract';

const none: [string, string][] = [
  // Rates that are settings: a video's frame rate written in words, a sweep of settings.
  [
    'a video frame rate in words',
    'The distilled generator produces 720p videos at 24 frames per second.',
  ],
  [
    'frame rates swept',
    'We tokenize the audio at frame rates from 12.5 Hz to 75 Hz and compare recognition errors.',
  ],
  ['bitrates swept', 'Streaming at bitrates from 2 kbps to 8 kbps, the codec keeps its quality.'],
  ['chunk sizes swept', 'We test the loader at chunk sizes from 4 MB to 64 MB.'],
  // A quality raised over a rival whose name holds a process noun ("sampling", "decoding",
  // "search"): the object ends where the rival begins.
  [
    'accuracy over a sampling rival',
    'On video benchmarks, the selector raises answer accuracy compared with uniform frame sampling by 9%.',
  ],
  [
    'word accuracy over a decoding rival',
    'The tagger improves word accuracy over streaming decoding by 4%.',
  ],
  [
    'recall relative to a search rival',
    'The retriever raises recall relative to BM25 search by 7%.',
  ],
  [
    'success rate over a search rival',
    'The planner raises success rate over greedy search by 12%.',
  ],
  ['model size 70B', 'We fine-tune Llama-3.1-8B and 70B on the new data.'],
  ['model size 8x22B', 'We train the Mixtral 8x22B model on 2T tokens.'],
  ['model size Mixtral 8x7B', 'Experiments use Mixtral 8x7B and Mixtral-8x7B-Instruct.'],
  ['model size Llama-3.1-8B', 'Llama-3.1-8B is used as the draft model.'],
  ['model size 1.3B', 'A 1.3B model trained on the data writes better reviews.'],
  ['model ten times larger', 'A 7B model outperforms models 10 times larger.'],
  ['resolution 720x1280', 'It generates videos up to 720x1280 resolution.'],
  ['resolution 540x540p', 'It first renders a 10 second 540x540p preview of the scene.'],
  ['resolution with spaces', 'A 768 x 768 model samples in 2 to 4 steps.'],
  ['kernel shape 3x3', 'Its 3x3 convolutional stem has 8 residual groups.'],
  [
    'upscaling factor x4 and 2x',
    'For x4 upscaling it improves PSNR by 0.31 dB, and for 2x upscaling by 0.18 dB.',
  ],
  ['hardware count 4x H100', 'It runs Llama-3.1-70B in 16-bit precision on 4x H100 GPUs.'],
  ['hardware count 8×H100', 'We run on 8×H100 nodes and 4xA100 machines.'],
  [
    "baselines' own multiples in brackets",
    'The method outperforms TeaCache (2.1×) and FORA (1.6×) on FLUX.',
  ],
  ["a baseline's score in brackets", 'It beats a 70B model with greedy decoding (58.1%) on MATH.'],
  [
    'a reference multiple in brackets with no comparison',
    'We report the decoding speed of TensorRT (1.0x) for reference.',
  ],
  ['a multiple in brackets after a size', 'Caching gives smaller models (4x) for edge devices.'],
  ['an error rate after "lower in"', 'Our ASR model is 35% lower in word error rate than Whisper.'],
  ['recall after "higher in"', 'The retriever is 4x higher in recall than BM25.'],
  ['a setting after "higher in"', 'Gains are 2x higher in the long-context setting.'],
  ['a scale factor on images', 'The images are upscaled by a factor 4 before encoding.'],
  [
    'a decay factor between two values',
    'We use a decay factor between 0.5 and 0.9 for the moving average.',
  ],
  [
    'a learning rate scaled by a factor',
    'The learning rate is scaled by a factor 2 at each stage.',
  ],
  ['an instruction set named with x', 'We port the kernels to x86 servers with AVX-512 units.'],
  ['lanes and a codec named with x', 'The board has x16 PCIe lanes and runs x264 encoding.'],
  ['super-resolution scales written x2', 'We evaluate x2, x3 and x4 super-resolution on Set5.'],
  ['super-resolution scales written ×2', 'We report PSNR at ×2, ×3 and ×4 on Urban100.'],
  ['a magnification written first', 'At ×40 magnification the slide tiles are 512 pixels wide.'],
  ['zoom settings written first', 'Models trained at ×2 are tested at ×4 and ×8.'],
  ['a count written with a hyphen and times', 'We repeat each run 3-times for stability.'],
  ['larger by N', 'The model is larger by 2x than the baseline.'],
  ['a quality higher by N%', 'Accuracy is higher by 3% than LLaVA.'],
  ['outputs longer by N%', 'The output is longer by 20% on average.'],
  [
    'settings joined to the sign by a hyphen',
    'We use a 4x-upsampled latent and 2x-compressed tokens.',
  ],
  ['a span of sizes in orders of magnitude', 'The catalog spans 2-3 orders of magnitude in size.'],
  ['instructions added to an ISA', 'We add 40 instructions to the vector ISA.'],
  [
    'instructions retired per cycle as a setting',
    'The simulated core retires 4 instructions per cycle.',
  ],
  [
    'a multiple in resolution',
    'The decoder upsamples the latent 4× in resolution before rendering.',
  ],
  ['a multiple in size', 'The new tokenizer grows the vocabulary 2x in size.'],
  [
    'a bare multiple attained with no speed-up stated before',
    'The ranking model achieves 4.2× on the held-out suite.',
  ],
  [
    'a model shows an improvement with no metric',
    'The model shows an average improvement of 4.1% on reasoning benchmarks.',
  ],
  [
    'a speed-up named before another subject',
    'Despite the speedup, the student shows an improvement of 2% on MMLU.',
  ],
  ['more parameters as a setting', 'We scale the model to 2x more parameters.'],
  [
    'more layers than the baseline, no device',
    'The model trains with 2x more layers than the baseline.',
  ],
  ['less code to write', 'The DSL needs 5x less code than hand-written CUDA.'],
  ['a gap raised over a baseline', 'The attack increases the gap over the baseline by 2x.'],
  [
    'a quality raised over a rival by a multiple',
    'Our predictor improves prediction accuracy over stride prefetchers by up to 65x.',
  ],
  [
    'a decimal span in orders of magnitude',
    'Query rates across tenants span 2.5 orders of magnitude.',
  ],
  [
    'a bound within a factor in words',
    'The greedy plan stays within a factor of two of the optimal cost.',
  ],
  [
    'an upsampling factor in words',
    'The latent grid is upsampled by a factor of four before decoding.',
  ],
  [
    'an improvement in a tracking quality named by acceleration',
    'The controller gives a 20% improvement in lateral acceleration tracking.',
  ],
  ['a range of bit widths with -to-', 'We sweep 2-to-8-bit formats on the suite.'],
  ['an image scaled by x4', 'We scale the image by x4 before encoding.'],
  ['an upsampling factor of x2', 'The upsampling factor of x2 is fixed for all runs.'],
  ['a count of speedup techniques', 'We combine 3 speedup techniques in one kernel.'],
  ['a figure number before speedup', 'Figure 4 speedup over baselines is shown for each model.'],
  ['a count of speedup runs', 'All 8 speedup runs finish within the time limit.'],
  [
    'a model name with Unicode hyphens',
    'The model has 7\u2010billion parameters and runs Llama\u20103.1\u20108B.',
  ],
  ['an accuracy change with a minus sign', 'Accuracy changes by \u22120.3% on MMLU.'],
  ['LaTeX exponents', 'The trace holds $10^{6}$ requests from 3 tenants.'],
  ['LaTeX tile shapes', 'We tile the matrix into $4\\times4$ blocks of $16\\times16$ values.'],
  ['a LaTeX learning rate', 'A learning rate of $3\\times10^{-4}$ is used for 5 epochs.'],
  ['a LaTeX device count', 'We train on $8\\times$A100 GPUs with a batch of 512.'],
  ['LaTeX symbols set to counts', 'The benchmark has $N=512$ prompts and $k=8$ samples.'],
  ['SRAM and Flash sizes of a board', 'The board carries 512 KB of SRAM and 2 MB of Flash.'],
  ['layers kept in SRAM', 'Weights stay in SRAM for 3 of the 8 layers.'],
  ['rates that range in a trace', 'Request rates range from 5 to 40 per second in the trace.'],
  ['accuracy gains that range', 'Accuracy gains range from 2% to 5% on the harder tasks.'],
  [
    'improvements in accuracy that range',
    'Our method yields improvements ranging from 2x to 4x in accuracy.',
  ],
  [
    'two qualities paired by respectively',
    'Tuning improves recall and F1 by 2.4% and 1.3%, respectively.',
  ],
  [
    'a rate and a quality paired without respectively',
    'The pruned detector improves frame rate and mAP by 2.4x and 0.3%.',
  ],
  [
    'two scores in points paired by respectively',
    'The adapter improves BLEU and chrF by 0.7 and 1.2 points, respectively.',
  ],
  [
    'a slash list of upsampling factors',
    'The decoder uses 2x/4x upsampling in its last two stages.',
  ],
  ['slash lists of counts and ratios', 'We train with 4/8 GPUs per node and a 1/16 warmup ratio.'],
  ['a checkpoint schedule with "every"', 'The trainer saves a checkpoint every 30 minutes.'],
  ['a sensor sets the pace with "every"', 'The camera produces a frame every 33 ms.'],
  [
    'a sampling interval with "every"',
    'Power is sampled every 10 seconds while the database serves queries.',
  ],
  [
    'a time "against" a named system is its figure',
    'Against the FAISS baseline, which answers in 12 ms, the sparse index is competitive.',
  ],
  [
    'a time "against" a reference implementation',
    'Checked against a reference implementation that finishes in 4 ms, the outputs match.',
  ],
  ['a quality range with the tilde operator', 'Accuracy drops by 2∼3% on the long-tail classes.'],
  [
    'a setting range with a wave dash',
    'We sweep the guidance scale over 3〜7 times the default value.',
  ],
  [
    'two quality gains, figures first, paired by respectively',
    'The reranker gives 1.2% and 0.8% gains in recall and MRR, respectively.',
  ],
  [
    'two quality drops, figures first, paired by respectively',
    'Pruning causes 0.4 and 0.9 point drops in BLEU and chrF, respectively.',
  ],
  [
    'a checkpoint written on a schedule, passive',
    'A checkpoint is produced every 30 minutes during pre-training.',
  ],
  [
    'sensor input delivered on a schedule, passive',
    'Camera frames are delivered every 33 ms to the detector.',
  ],
  [
    'a synchronization interval, passive',
    'Gradients are synchronized every 2 seconds across the pods.',
  ],
  [
    'goodput and SLO attainment without respectively',
    'The router improves goodput and SLO attainment by 2.1x and 12%.',
  ],
  ['SLO attainment alone', 'The autoscaler raises SLO attainment by 18% on the diurnal trace.'],
  [
    'three quality metrics paired by respectively',
    'Tuning improves accuracy, recall and F1 by 2%, 1% and 3%, respectively.',
  ],
  [
    'three quality metrics, the last a service level',
    'The router improves accuracy, coverage and SLO attainment by 2%, 4% and 9%, respectively.',
  ],
  [
    'an improved quality percentage after a rate keeps out',
    'The cache improves recall and MRR by 3% and 2%, respectively.',
  ],
  [
    'an improved error rate percentage keeps out',
    'Pruning improves accuracy and error rate by 1% and 4%, respectively.',
  ],
  ['accuracy with a bracketed setting', 'Accuracy moves from 61% (zero-shot) to 72% after tuning.'],
  ['lengths with a bracketed default', 'Context lengths go from 4K (the default) to 32K tokens.'],
  [
    'an order-of-magnitude larger model',
    'We study an order-of-magnitude larger model than prior work.',
  ],
  ['orders-of-magnitude of a size', 'The datasets span three orders-of-magnitude in size.'],
  ['suspended hyphens of bit widths', 'We use 4- and 8-bit weights in the two variants.'],
  ['a suspended range of more parameters', 'Models with 2- to 3-fold more parameters are slower.'],
  ['a slash split of traffic', 'Traffic is split 50%/50% between the two replicas.'],
  ['a slash list of accuracies', 'Accuracy reaches 71%/78% on the two splits.'],
  [
    "a share of a teacher's performance",
    'The student retains 95% of the performance of the teacher on GLUE.',
  ],
  [
    "a share of an ideal system's speed",
    'Training runs at 81% of the speed of an idealized system with free communication.',
  ],
  ["a share of prior work's throughput", 'Prior ports reach only 40% of the throughput of cuBLAS.'],
  ['speeds that are settings', 'Speeds of 30 on city roads and 50 on highways were simulated.'],
  [
    'average performance across benchmarks',
    'Mixing in synthetic captions improves average performance by 3.4% across 24 benchmarks.',
  ],
  [
    'performance on reasoning benchmarks',
    'The recipe improves performance by 4.1% on six reasoning benchmarks.',
  ],
  [
    'overall performance of a small model',
    'Distillation lifts the overall performance of the 1B model by 5%.',
  ],
  ['more traffic generated', 'Replication generates 2x more traffic on the uplink.'],
  [
    'more traffic incurred while handling bursts',
    'Our design incurs 2x more traffic when handling bursts.',
  ],
  [
    'a budget bounded as a share',
    'Upcycling pays off when the extra budget is below roughly 40% of the original pretraining compute.',
  ],
  [
    "a share of a cost model's parameters",
    "The adapter accounts for less than 3% of the cost model's parameters.",
  ],
  ['model capacity', 'Wider layers increase model capacity by 2x at the same depth.'],
  ['a bare factor of more model capacity', 'The mixture adds 1.5 more model capacity per token.'],
  ['bare numbers listed before more epochs', 'We train for 1.5 and 2.0 more epochs.'],
  ['a version before "faster"', 'The runtime ships version 1.3 faster than planned.'],
  [
    'a bare decimal below one before an improvement',
    'It yields a 0.8 improvement in latency on small batches.',
  ],
  ['a bare difference in BLEU', 'Fine-tuning gives a 2.5 improvement in BLEU.'],
  ['a bare difference in perplexity', 'We report a 1.5 reduction in perplexity.'],
  ['a bare decimal before more tokens in answers', 'Answers contain 2.5 more tokens on average.'],
  [
    'a bare decimal before more documents retrieved',
    'Each query retrieves 1.5 more documents than BM25.',
  ],
  ['batch sizes with a bracketed default', 'Batch sizes go from 8 (default) to 64 in our runs.'],
  ['scores with a bracketed setting', 'Accuracy moves from 61 (zero-shot) to 72 after tuning.'],
  ['a count before "more"', 'The second stage adds 3 more layers to the decoder.'],
  ['a version before a comparative', 'We upgrade to PyTorch 2.1 faster than planned.'],
  [
    'a bare decimal before a quality noun',
    'The student scores 1.5 more BLEU points than the teacher.',
  ],
  ['a bare decimal before accuracy', 'It reaches 2.5 higher accuracy on average.'],
  ['hardware count 16× TPU', 'A worker group of 16× TPU v5e chips trains the model.'],
  ['hardware count 4x GPU servers', 'Replicas run on 4x GPU servers in two regions.'],
  ['hardware count 8 × A100', 'Training used 8 × A100 GPUs for a week.'],
  ['hardware count 64 H100 GPUs', 'The cluster behind the run holds 64 H100 GPUs.'],
  ['hardware count 1,024 GPUs', 'The framework scales efficiently up to 1,024 GPUs.'],
  ['accuracy', 'EfficientViM-S reaches 79.6% top-1 accuracy on ImageNet.'],
  ['accuracy improvement', 'Fine-tuning improves the average score on 11 benchmarks by 4.3%.'],
  ['accuracy from-to', 'It raises pass@1 on HumanEval from 61.0% to 72.6%.'],
  ['accuracy retained', "It retains 98.7% of the dense model's accuracy."],
  ['benchmark score higher', 'The probes reach 0.81 AUROC, 12% higher than self-consistency.'],
  ['preference rate', 'Raters preferred our samples 58% of the time.'],
  [
    'share of items',
    'Only 7 tasks retain a sharp transition, and 92% of apparent emergence disappears.',
  ],
  ['parity within', 'Attention with no shared prefix runs within 2% of FlashAttention-2.'],
  ['degradation below', 'The quality drop on VBench is below 0.4%.'],
  ['a further drop in a quality', 'Pruning the last block reduces accuracy by a further 2%.'],
  [
    'a share of input tokens removed, no "of"',
    'The pruner removes 75% visual tokens before the projector.',
  ],
  ['the number of a quality, by N%', 'The curriculum reduces the number of failed tasks by 30%.'],
  ['a quality per unit, by N%', 'The reranker improves accuracy per query by 3%.'],
  ['a quality measured on tasks', 'Self-checking reduces the error on long tasks by 20%.'],
  ['harmful responses reduced', 'The safety tutor reduces harmful responses by 40%.'],
  ['a gap shortened', 'Longer training shortens the gap to the teacher by 40%.'],
  ['a delay added', 'The extra hop adds a delay of 3% to each request.'],
  ['a fraction of the layers frozen', 'We freeze one eighth of the layers during the first stage.'],
  [
    'a fraction of the input tokens kept',
    'One ninth of the visual tokens are kept after the second layer.',
  ],
  [
    'more calls is a cost, not a gain',
    'The reflective agent increases the number of tool calls by 20%.',
  ],
  ['a quality counted per hour', 'The router raises the number of errors per hour by 20%.'],
  ['a job that takes longer', 'The same job takes 2x longer on the older cluster.'],
  ['larger models trained, a setting', 'We train 4x larger models with the same recipe.'],
  ['longer answers, a cost', 'Its answers are 2x longer than those of the base model.'],
  ['N× the learning rate, a setting', 'We train with 2x the learning rate of the baseline.'],
  ['overhead', 'Selective recomputation needs only 2.7% extra compute.'],
  ['overhead of a predictor', 'The predictor costs 0.3% of the layer compute.'],
  ['slower step', 'Each step is only 8% slower.'],
  ['sparsity 50%', 'A ViT-B/16 pruned to 50% sparsity keeps its accuracy.'],
  [
    'sparsity 2:4 and 60%',
    'Pruning OPT-175B to 60% unstructured sparsity works at 2:4 sparsity too.',
  ],
  ['dropped key-value pairs', 'It learns to drop up to 90% of key-value pairs per head.'],
  ['durations', 'The study spans 36 hours of traces and 12 days of logs; a chat lasts 24 hours.'],
  ['power of ten 10^{26}', 'General tasks would require 10^{26} parameters.'],
  ['power of ten times', "Their total value is 10^{7} times that of Apple Inc.'s market value."],
  [
    'orders of magnitude, no count',
    'Prompts are typically orders of magnitude longer than generations.',
  ],
  ['years', 'We collect comments from repositories created between 2008 and 2024.'],
  ['bit widths', 'Weights are stored in 4-bit and 2bit formats, with 8-bit activations.'],
  ['context length 128K', 'It maintains high performance with sequence lengths up to 128K tokens.'],
  ['context length 16k', 'We train with a 16k context and evaluate at 32K tokens.'],
  ['context length from-to', 'Its memory use stays flat from 2K to 256K tokens.'],
  ['dataset size', 'We release 2.4 million model outputs and 3.2M conversations.'],
  ['video frame rate', 'It generates 5-second clips at 24 fps.'],
  ['gap halves', 'The gap shrinks by half for models trained on multilingual data.'],
  [
    'data share removed',
    'We find that 30% of the synthetic data can be removed with no loss in quality.',
  ],
  ['scaling from-to', 'It scales from 8 GB to 80 GB of memory.'],
  ['baseline figure', 'In comparison, llama.cpp runs at 8 tokens/s.'],
  [
    'compute of another finding',
    'Newer models show the transition about 3 times earlier in compute.',
  ],
  ['cost of an alternative', 'Reading all documents costs 12 times more than reading the top 10.'],
  [
    'doubling a count',
    'Doubling the number of instructions helps less than doubling their diversity.',
  ],
  ['twice its size', 'Our 3B model matches Transformers twice its size.'],
  ['half the cache, no factor', 'It outperforms GQA with half the KV-cache of GQA and MLA.'],
  ['thousands separator 1,024 GPUs with a factor', 'Training spans 1,024 GPUs and 2,048 CPUs.'],
  [
    'more tokens per step (a model property)',
    'Each step now emits up to 3x more tokens per iteration.',
  ],
  ['more parameters', 'The student has 40% more parameters than the teacher.'],
  ['bare "more than" with no claim beside it', 'The new vocabulary has 2x more than the old one.'],
  [
    'SLO attainment',
    'Compared with two baselines, the planner improves SLO attainment by up to 18%.',
  ],
  ['share of requests within the target', 'It keeps 95% of requests within the latency target.'],
  ['more memory is an overhead', 'The extra heads take 20% more memory.'],
  ['a doubled footprint', 'Keeping both copies doubles the memory footprint.'],
  ['lower throughput', 'The low-power mode has 60% lower throughput.'],
  ['a figure of prior work', 'Existing attention kernels reach only 35% utilization on this card.'],
  [
    'double-buffered, a technique',
    'The loader streams layers from host memory with a double-buffered prefetcher.',
  ],
  [
    'double buffering, a technique',
    'Weights are paged in just in time with double buffering and 4-bit scales.',
  ],
  ['double precision, a format', 'The solver keeps the residuals in double precision.'],
  [
    'triple-buffered, a technique',
    'Tiles move through shared memory on a triple-buffered schedule.',
  ],
  // More of a cost with the paper's own system as the subject, against a named system.
  ['our system, more latency than another', 'Our engine shows 1.9x higher latency than vLLM.'],
  ['our method, more memory than another', 'Our adapter needs 2.4x more memory than LoRA.'],
  ['it, more traffic than another', 'It generates 3x higher network traffic than gossip.'],
  ['we, more time than another', 'We need 35% more time than the greedy planner.'],
  ['a raise of memory usage', 'The extra index increases memory usage by 6%.'],
  ['a raise of energy consumption', 'Replication raises energy consumption by 18%.'],
  // Machines a run needs are a cost too: more of them is for the worse.
  ['our planner, as many accelerators as another', 'Our planner needs 2x as many GPUs as ZeRO-3.'],
  ['it, more nodes than another', 'It requires 1.5x more nodes than the static schedule.'],
  ['we, as many accelerators', 'We use three times as many accelerators for the search.'],
  // Ranges read by the shared range reader that are no factor.
  ['versions joined by to', 'We upgrade the runtime from v1.2 to 1.5 before measuring.'],
  ['versions joined by up to', 'PyTorch 2.1 up to 2.4 is supported by the plugin.'],
  [
    'a quality raised from one score up to another',
    'F1 rises from 81.2 up to 84.0 on the held-out split.',
  ],
  [
    'a count of devices joined by up to',
    'The job scales from 2 up to 4 GPUs without code changes.',
  ],
  ['a count of devices joined by to', 'Each worker uses 2 to 4 GPUs.'],
  // Qualified numbers after a gain word that are no factor.
  ['epochs saved after a speed verb', 'The trainer accelerates convergence by almost 3 epochs.'],
  [
    'accuracy gains of a bare number',
    'Accuracy gains of about 1.5 on GSM8K come from the new prompt.',
  ],
  // Settings and qualities beside gain nouns.
  [
    'a speedup ratio target',
    'With a speedup ratio target of 3x, the planner picks the layers to skip.',
  ],
  ['a sparsity target', 'At a sparsity target of 60%, the model keeps its accuracy.'],
  ['a pruning rate', 'Under a pruning rate of 50%, the detector keeps its mAP.'],
  ['a quality gain that remains, bare', 'The BLEU gain remains 1.4 on WMT.'],
  ['a quality gain that remains, signed', 'The BLEU gain remains 1.4x on WMT.'],
  [
    'gains of a list in points',
    'Fine-tuning on the new corpus yields gains of 3.2 and 2.9 points over the web-mined set.',
  ],
  // A bare decimal after a verb and "by" whose object is no performance quantity.
  [
    'a quality raised by a bare number',
    'The curriculum improves exact-match accuracy by 1.8 over the base model.',
  ],
  [
    'a setting raised by a bare number',
    'The tuner increases the learning rate by 1.5 after warmup.',
  ],
  ['a score raised by a bare number', 'The new loss improves the F1 score by 2.5 on average.'],
  // A setting or a wait made larger, or batches larger with no verb of room, is no capacity.
  ['a learning rate made larger', 'Our planner allows a 2x larger learning rate.'],
  [
    'learning rates up to N× larger',
    'The tuner permits learning rates up to 10x larger without divergence.',
  ],
  ['jobs that wait longer', 'The scheduler allows jobs 2x longer to wait in the queue.'],
  ['batches in a trace', 'The trace contains batches up to 3x larger than average.'],
  // A speed modifier before a gain noun on a quality.
  [
    'an end-to-end improvement in recall',
    'The retriever gives a 2x end-to-end improvement in recall.',
  ],
  [
    'an end-to-end improvement in success rate',
    'The agent shows a 1.3x end-to-end improvement in task success rate.',
  ],
  ['requests admitted to wait longer', 'The allocator admits requests 3x longer to queue.'],
  ['a larger maximum learning rate', 'The recipe uses a 2x larger maximum learning rate.'],
  [
    'a quality gain over a baseline, bare',
    'The accuracy gain over the base model is 1.8 on GSM8K.',
  ],
  [
    'a quality improvement over a teacher, bare',
    'The BLEU improvement over the teacher is 1.6 on WMT.',
  ],
  ['a quality that rises by a bare number', 'Top-1 accuracy rises by 1.6 over the baseline.'],
  [
    'a setting increased by a bare number, passive',
    'The learning rate is increased by 1.5 after warmup.',
  ],
  ['perplexity that drops by a bare number', 'Perplexity drops by 0.4 with the new data.'],
  ['compression factors in general', 'Compression factors of 4-8 are common in practice.'],
  ['upsampling factors of a decoder', 'Upsampling factors of 2 and 4 are used in the decoder.'],
  // Signed percentages that are no gain in performance.
  ['a signed quality', 'The patch gives +12% accuracy on GSM8K.'],
  ['a signed latency, worse', 'The change brings +20% latency on long prompts.'],
  ['signed scores per benchmark', 'Scores: +3% on MMLU, +5% on GSM8K.'],
  ['accuracy gains that reach a bare number', 'Accuracy gains reach 2.1 on GSM8K.'],
  ['a quality pair from nearly a score', 'F1 climbs from nearly 71.0 to 74.2 with the new data.'],
  ['a head count from almost a number', 'The team grew from almost 10 to 25 engineers.'],
  ['a quality raised by a number in brackets', 'The tuner improves accuracy (by 1.2) on GSM8K.'],
  [
    'accuracy gains that range between two figures',
    'Accuracy gains range between 1.3 and 2.0 on MMLU.',
  ],
  ['batch sizes between two counts', 'Batch sizes between 16 and 64 are used.'],
  [
    'a lead "in terms of" a success rate',
    'Our agent outperforms ReAct by 12% in terms of success rate.',
  ],
  ['a lead "in terms of" accuracy', 'The detector outperforms YOLOv8 by 3% in terms of mAP.'],
  [
    'quality gains listed before their metrics',
    'Distillation gives 2%, 1% and 3% gains in accuracy, recall and F1, respectively.',
  ],
  [
    'a relative improvement in a quality',
    'The model gives a 12% relative improvement in accuracy over the baseline.',
  ],
  ['a token count raised as a setting', 'Raising the token count by 20% hurts answer accuracy.'],
  ['more CPU-hours spent', 'The ablation adds 30% more CPU-hours to the job.'],
  ['a cache hit rate raised by a share', 'The cache improves the hit rate by 20% over LRU.'],
  [
    'compression ratios run at, after "for"',
    'For compression ratios from 4x to 64x, the model keeps its accuracy.',
  ],
  [
    'a lower compression ratio',
    'The new layout lowers the compression ratio by 12% in exchange for faster decoding.',
  ],
  [
    "a rival's ratio set below the result",
    'The learned coder stays far above the 3x ratio of gzip on every corpus.',
  ],
  [
    'a comparison of counted systems carried out',
    'We conduct a careful comparison of six serving engines. On long prompts, vLLM reaches a 1.8x higher throughput than TGI.',
  ],
  // a bracketed change after a quality level says how that level moved
  [
    'a bracketed change after an FID level',
    'At equal cost, the corrected cache reaches an FID of 4.1 (38% lower) than the plain cache.',
  ],
  [
    'a bracketed change after a perplexity level, with its baseline inside',
    'The merged model keeps a perplexity of 8.3 (9% lower than uniform merging) at the same size.',
  ],
  [
    'a bracketed change after a word error rate in percent',
    'On noisy calls the recognizer scores a WER of 7.4% (21% lower) against the streaming baseline.',
  ],
  // A bare or multiple lead in a quality is no speed-up (rules19).
  ['a bare lead in points', 'Our detector outperforms YOLOv8 by 2.3 points on COCO.'],
  [
    'a bare lead across quality benchmarks',
    'It outperforms Llama 2 by 3.5 on average across reasoning benchmarks.',
  ],
  ['a bare lead in a two-word quality', 'Our agent beats ReAct by 1.4 in success rate.'],
  ['a multiple lead in a two-word quality', 'Our agent outperforms ReAct by 1.4x in success rate.'],
  ['a bare integer lead', 'The tutor beats the baseline by 12 on the exam.'],
  // A share of a model's performance is its quality (rules19).
  [
    "a share of a model's performance on a benchmark",
    "It reaches 93% of GPT-4's performance on MMLU.",
  ],
  [
    "a share of a teacher's performance retained",
    "The distilled model retains 97% of BERT's performance on GLUE.",
  ],
  [
    "a share of a detector's performance on a device",
    "On a Jetson Orin, the pruned detector reaches 91% of YOLOv8's performance on COCO.",
  ],
  [
    'shares of the original zero-shot performance',
    'The pruned model retains 95% and 84% of the original zero-shot performance at two ratios.',
  ],
  // Ranges of shares that are no gain (rules19).
  ['a range of a share kept', 'The method keeps between 10% and 30% of the tokens.'],
  [
    'a range of requests missing a deadline',
    'Between 20% and 40% of the requests miss their deadline.',
  ],
  ['a down range past 100%', 'It lowers latency by 40%-210%.'],
  // "half of the" that is no saving (rules19).
  ['half of the time, how often', 'The scheduler fails half of the time under bursty load.'],
  ['half of the layers removed', 'Pruning removes half of the layers.'],
  [
    'half of its energy spent on a part',
    'The speech model spends half of its energy on the encoder.',
  ],
  // A subject before long adjuncts that names no performance quantity (rules19).
  [
    'a count of experts before adjuncts grows',
    'The number of experts in the widest layer of the model grows by 40%.',
  ],
  [
    'a quality before adjuncts drops',
    'With 4-bit weights, the accuracy of the 7B model on long reasoning chains drops by 2%.',
  ],
  // Levels above a figure that are no result of the paper's (rules19).
  [
    'compression ratios above a multiple, in general',
    'Compression ratios above 4x are common in practice.',
  ],
  ['a hit rate above a share', 'The hit rate stays above 90% on all traces.'],
  // Data as a dataset, not data moved (rules19).
  ['accuracy on the same data', 'The model improves accuracy on the same data by 3%.'],
  ['write amplification raised', 'Compaction raises write amplification by 2x in the worst case.'],
  [
    'a share of a model named as a modifier, on a benchmark',
    'The model reaches 95% of GPT-4 performance on MMLU.',
  ],
  [
    "a share of a device's throughput",
    'The pipeline reaches 80% of GPU throughput during decoding.',
  ],
  [
    "a share of a number format's performance",
    'The 4-bit model retains 96% of FP16 performance on the reasoning suite.',
  ],
  [
    'a bare lead by an average on benchmarks',
    'It outperforms Llama 2 by an average of 3.5 on reasoning benchmarks.',
  ],
];

describe('not claims', () => {
  it.each(none)('%s', (_name, sentence) => {
    expect(extractClaims(sentence).claims).toEqual([]);
  });
});

describe('more of a cost that stays a claim', () => {
  it.each([
    ['a baseline subject against ours', 'vLLM shows 1.9x higher latency than our engine.', 1.9],
    ['a baseline subject against ours', 'The greedy planner needs 35% more time than ours.', 1.35],
    ['a baseline subject against a name', 'Local SGD needs 20% more time than SyncLite.', 1.2],
    ['a cut in memory usage', 'The new index cuts memory usage by 2x.', 2],
    ['fewer accelerators for the same load', 'It serves the same traffic with 2x fewer GPUs.', 2],
    [
      'a baseline subject, more accelerators than ours',
      'Megatron needs 1.6x more GPUs than ours.',
      1.6,
    ],
  ])('%s: %s', (_name, sentence, factor) => {
    expect(extractClaims(sentence).claims.map((c) => c.factor)).toEqual([factor]);
  });
});

describe('a bracketed change after a level of a performance metric stays a claim', () => {
  it.each([
    [
      'a latency level',
      'The kernel holds a decode latency of 3.2 ms (41% lower) than the fused baseline.',
      1.6949,
    ],
    [
      'a memory level',
      'Training peaks at 21 GB of memory (35% less) than with full activations.',
      1.5385,
    ],
  ])('%s: %s', (_name, sentence, factor) => {
    expect(extractClaims(sentence).claims.map((c) => c.factor)).toContain(factor);
  });
});

describe('not claims beside a claim', () => {
  it('keeps the hardware count and model size out of a throughput claim', () => {
    const { claims } = extractClaims(
      'On 8x A100 GPUs serving Llama-2-70B, LeanServe delivers 2.3× higher throughput than vLLM.',
    );
    expect(claims.map((c) => c.text)).toEqual(['2.3× higher throughput']);
  });

  it('keeps sparsity and accuracy out while the speedup stays', () => {
    const { claims } = extractClaims(
      'At 50% sparsity the model keeps 81.2% top-1 accuracy while its throughput on A100 rises by 1.58 times.',
    );
    expect(claims.map((c) => c.factor)).toEqual([1.58]);
  });

  it('uses a context length only as the condition', () => {
    const { claims } = extractClaims(
      'At 128K context on Llama-3-8B, it achieves a 3.1-4.6x decoding speedup.',
    );
    expect(claims).toHaveLength(1);
    expect(claims[0]).toMatchObject({ factor: 4.6, condition: '128K context' });
  });
});
