// Amounts of energy, power and memory the system itself uses, with no factor: edge and
// embedded papers report them as results ("draws 6 W", "fits into 35 MB"). Most such
// figures in an abstract are budgets, a chip's specification, a device's memory or the
// baseline's, and each of those has a near miss here.
import { describe, it } from 'vitest';
import { type ClaimRow, expectClaimRow, expectNoClaims } from '../../test/claim-rows';

// biome-ignore format: one row per phrasing
const claims: [family: string, row: ClaimRow][] = [
  ['energy per operation', { sentence: 'On the neuromorphic board the tracker consumes 2.4 mJ per frame.', text: 'consumes 2.4 mJ', factor: null, kind: 'energy' }],
  ['energy per operation, Greek mu', { sentence: 'The keyword spotter consumes 11 μJ per decision.', text: 'consumes 11 μJ', factor: null, kind: 'energy' }],
  ['power drawn while running', { sentence: 'The quantized detector keeps 30 FPS while drawing 6.5 W.', text: 'drawing 6.5 W', factor: null, kind: 'energy', claims: 2 }],
  ['power as the subject of "is"', { sentence: 'In standby mode its mean board power is 1.2 mW.', text: 'mean board power is 1.2 mW', factor: null, kind: 'energy' }],
  ['power consumed in total', { sentence: 'The whole odometry loop consumes 35 mW in total.', text: 'consumes 35 mW', factor: null, kind: 'energy' }],
  ['peak memory of', { sentence: 'The streaming variant answers with a peak GPU memory of 2.6 GB.', text: 'peak GPU memory of 2.6 GB', factor: null, kind: 'memory' }],
  ['fits into, the clause ends', { sentence: 'The full mapping stack fits into 35 MB.', text: 'fits into 35 MB', factor: null, kind: 'memory' }],
  ['occupied, played down', { sentence: 'After an hour of driving, its landmark map occupied under 8 MB.', text: 'occupied under 8 MB', factor: null, kind: 'memory' }],
  ['a model that occupies N after quantizing it', { sentence: 'The pruned backbone occupies 18 MB after 4-bit quantization.', text: 'occupies 18 MB', factor: null, kind: 'compression' }],
  ['within N of GPU memory', { sentence: 'It summarizes a full-day recording within 16 GB of GPU memory.', text: 'within 16 GB', factor: null, kind: 'memory' }],
  ['a cache held to a fixed amount', { sentence: 'The assistant holds its visual cache to a fixed 2 GB however long the stream runs.', text: 'holds its visual cache to a fixed 2 GB', factor: null, kind: 'memory' }],
  ['energy per operation after "at only", beside a rate', { sentence: 'On the sensor hub the classifier reaches 120 fps at only 9 µJ per frame.', text: '9 µJ', factor: null, kind: 'energy', claims: 2 }],
  // An energy per operation written with a slash, down to femtojoules, after a verb that
  // reports it or "efficiency is".
  ['energy per operation with a slash, a keyword spotter', { sentence: 'On the test set the keyword spotter spends 4.9 uJ/inference.', text: '4.9 uJ/inference', factor: null, kind: 'energy' }],
  ['energy per MAC reached, a speech front end', { sentence: 'At 0.6 V the speech front end reaches 3.2 pJ/MAC.', text: '3.2 pJ/MAC', factor: null, kind: 'energy' }],
  ['femtojoules per operation after "efficiency is"', { sentence: 'In binary mode the peak efficiency is 41 fJ/op.', text: '41 fJ/op', factor: null, kind: 'energy' }],
  ['femtojoules per operation per mode, slashed', { sentence: 'Across its three modes the peak efficiency is 38/70/350 fJ/op.', text: '38/70/350 fJ/op', factor: null, kind: 'energy' }],
  ['energy per token spent', { sentence: 'The speculative decoder spends about 0.4 J per token on the phone NPU.', text: 'about 0.4 J', factor: null, kind: 'energy' }],
  ['the next amount of a list', { sentence: 'The tracker fits the microcontroller using under 410 KB of flash and 96 KB of SRAM.', text: '96 KB', factor: null, kind: 'memory', claims: 2 }],
  ['the next power of a list after a comma', { sentence: 'The radio stack draws 2.1 mW, and about 0.7 mW in sleep.', text: 'about 0.7 mW', factor: null, kind: 'energy', claims: 2 }],
  // Machine time the paper's own run or model cost (corpus conventions: run lengths).
  ['GPU hours to fine-tune, named by the accelerator', { sentence: 'Fine-tuning the 7B reranker takes only 90 H100 GPU hours.', text: 'takes only 90 H100 GPU hours', factor: null, kind: 'speedup' }],
  ['GPU-hours a pretraining run consumed, with a scale', { sentence: 'The full pretraining run consumed 2.3M GPU-hours on TPU v5p pods.', text: 'consumed 2.3M GPU-hours', factor: null, kind: 'speedup' }],
  ['GPU hours an index build costs', { sentence: 'Building the index over one billion vectors costs 40 GPU hours.', text: 'costs 40 GPU hours', factor: null, kind: 'cost' }],
  ['GPU-hours needed to train, after the figure', { sentence: 'The student requires 1,200 A100 GPU-hours to train, a tenth of its teacher.', text: 'requires 1,200 A100 GPU-hours to train', factor: null, kind: 'speedup' }],
  // Dollars a run of the paper's system costs.
  ['dollars after "for", a run of the system', { sentence: 'The pipeline deduplicates a 2-billion-document crawl on spot instances for about $310.', text: 'for about $310', factor: null, kind: 'cost' }],
  ['dollars a fine-tuning run costs', { sentence: 'Fine-tuning the 8B assistant costs only $95 on rented GPUs.', text: 'costs only $95', factor: null, kind: 'cost' }],
  ['dollars "at a cost of"', { sentence: 'It renders the full episode at a cost of $4.20.', text: 'cost of $4.20', factor: null, kind: 'cost' }],
  ['dollars after a pace against real time', { sentence: 'The budget setup renders a 30-minute lecture in 2 hours (4x slower than real time) for under $12.', text: 'for under $12', factor: null, kind: 'cost', claims: 2 }],
  ['GPU-days a recipe takes', { sentence: 'The full recipe takes only 8 GPU-days on A100s.', text: 'takes only 8 GPU-days', factor: null, kind: 'cost' }],
  ['accelerator-days named by the chip', { sentence: 'Pretraining costs 120 H100-days in total.', text: 'costs 120 H100-days', factor: null, kind: 'speedup' }],
  ['ours, then the baseline\'s after "versus"', { sentence: 'The event detector draws 3.8 W versus 27 W for the same network on a GPU.', text: '3.8 W versus 27 W', factor: 7.1053, kind: 'energy' }],
  // The amount's noun may carry a short adjunct before its verb: when or where it was measured.
  ['peak memory during a phase is', { sentence: 'On the drone, peak memory during inference is 1.9 GB.', text: 'peak memory during inference is 1.9 GB', factor: null, kind: 'memory' }],
  ['power at a load is', { sentence: 'Board power at full load is 7.5 W for the segmenter.', text: 'Board power at full load is 7.5 W', factor: null, kind: 'energy' }],
  ['memory under a load is', { sentence: 'Its resident memory under load is 310 MB on the phone.', text: 'Its resident memory under load is 310 MB', factor: null, kind: 'memory' }],
];

describe('amounts the system uses', () => {
  it.each(claims)('%s', (_family, row) => expectClaimRow(row));
});

// biome-ignore format: one row per near miss
const nearMisses: [family: string, sentence: string][] = [
  ['a chip design\'s power at its clock, beside its area', 'The accelerator occupies 4.1 mm² and consumes 380 mW at 800 MHz.'],
  ['a chip\'s power at peak', 'The chip consumes 70 W at peak.'],
  ['a design\'s power at its nominal clock', 'In RTL simulation the accelerator draws 2.4 W at its nominal clock.'],
  ['a chip\'s power at its rated frequency', 'The prototype NPU consumes 850 mW at the rated frequency.'],
  ['a board\'s power at full clock', 'The board draws 11 W at full clock speed.'],
  ['the size that explains the problem', 'Its BF16 weights alone occupy 120 GB, more than one GPU holds.'],
  ['a negated fit', 'A 13B model in FP16 does not fit in 24 GB of memory.'],
  ['the size of an added part', 'The reuse cache occupies 180 MB.'],
  ['the memory of the device it fits in', 'The 4-bit variant fits in 2 GB of memory on the phone.'],
  ['a bar set', 'Each board must draw under 10 W.'],
  ['the amount names the cards', 'The whole pipeline fits into 16 GB cards.'],
  ['what such work usually costs', 'Serving such a model typically consumes 300 W per GPU.'],
  ['the baseline as subject', 'The baseline draws 45 W.'],
  ['the unquantized model as subject', 'The unquantized policy occupies less than 14 GB.'],
  ['a budget', 'Deployment targets a power budget of 15 W.'],
  ['an energy budget per operation after "at"', 'The sensor must classify at a budget of 5 µJ per window.'],
  ['a budget per inference with a slash', 'Tiny wearables impose budgets of 10 uJ/inference on every model.'],
  ['slashed budgets per inference', 'The three wearables allow budgets of 5/10/20 uJ/inference.'],
  ['a slash after an energy that names no operation', 'The cell stores 4 pJ/cm of charge along the line.'],
  ['a device with two sizes of memory', 'We deploy on an 80 GB GPU and 512 GB of host memory.'],
  ['GPU hours the authors use', 'We use 64 GPU hours for each sweep.'],
  ['GPU hours a forecast saves', 'The schedule would save about 9,000 GPU hours per month.'],
  ['GPU hours earlier recipes needed', 'Earlier recipes needed 5,000 GPU hours to train a comparable model.'],
  ['a part distilled in GPU hours, passive', 'Drafters are distilled in 8 GPU-hours each.'],
  ['a budget of GPU hours', 'Each tuning job gets a budget of 500 GPU hours.'],
  ['what a GPU sells for', 'Each H100 costs about $30,000.'],
  ['dollars the authors spend', 'We spend $200 on annotation.'],
  ['dollars the baseline costs', 'The baseline costs $540 per run.'],
  ['dollars earlier agents cost', 'Prior agents cost $3 per task.'],
  ['a bar in dollars', 'Runs must finish for under $50 each.'],
  ['an hourly price of hardware', 'GPUs that cost $2 per hour host the service.'],
  ['GPU-days of a budget', 'Each team has a budget of 50 GPU-days per quarter.'],
  ['a device\'s memory', 'We run everything on a Jetson with 8 GB of memory.'],
  ['memory on the baseline is', 'GPU memory on the baseline is 40 GB.'],
  ['memory with the dense model is', 'Peak memory with the dense model is 40 GB.'],
];

describe('amounts the system uses: near misses', () => {
  it.each(nearMisses)('%s', (_family, sentence) => expectNoClaims(sentence));
});
