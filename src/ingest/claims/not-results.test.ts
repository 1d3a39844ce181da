// Figures an abstract states about something other than how well the paper's
// system performs: how densely a tokenizer or sensor samples its input, how
// often an event happens, how available a service stays, the operating point a
// result was measured at, a loss. Each family has near misses beside it that
// must stay claims. The sentences are written for this table, modelled on how
// real abstracts phrase these things.
import { describe, expect, it } from 'vitest';
import { extractClaims } from './extract';

// biome-ignore format: one row per phrasing
const notResults: [family: string, sentence: string][] = [
  // How densely input is sampled: a design setting, not a speed.
  ['tokens per second of audio', 'The tokenizer emits 6 tokens per second of audio by merging similar frames.'],
  ['models that encode audio at a rate', 'Spoken models that encode audio at 25 or 50 tokens per second fill their context quickly.'],
  ['a variable token rate', 'The merger yields a variable token rate that averages 8 tokens per second.'],
  ['cameras recording at a frame rate', 'The corpus holds drives recorded with four cameras at 20 FPS and one radar.'],
  ['tokens at a multiple of the rate', 'A small model trained on these tokens matches one trained on tokens at three times the rate.'],
  // The rate a controller, policy or sensor was built or trained for.
  ['a controller named by its rate', 'The planner recovers from shoves that topple a 50 Hz controller.'],
  ['a camera named by its rate', 'A 20 FPS dashboard camera misses what happens between frames.'],
  ['policies named by their rate', 'Policies at 25–50 Hz were the most robust, beating the 200 Hz policies by a wide margin.'],
  ['an agent that acts at a rate', 'An upper-body agent that acts at 100 Hz steadies the arms.'],
  // The state before the paper's change.
  ['a share the part took before', 'Tokenizing, previously 30% of step time, now runs inside the fused kernel.'],
  // A measurement study whose findings open a sentence with "The".
  ['a study\'s findings after "The measurements show"', 'We profile six open models on four edge boards. The measurements show a repeating pattern. The largest model needs 2.1 s per action chunk on the smallest board.'],
  // How often something happens, how available a service stays, how much of an allowance was used.
  ['a share of steps something happens in', 'Gradient exchange is fully hidden behind compute in 91% of steps.'],
  ['a share of steps errors occur in', 'Misses caused by dropped patches are rare, occurring in 3.1% of steps.'],
  ['availability kept above a level', 'Spreading replicas over three regions keeps availability above 99.9%.'],
  ['uptime as a share', 'The store keeps 99.95% uptime across zone failures.'],
  ['a share of a budget used', 'Agents seldom stop early: the typical agent spends 75% of its maximum budget on every question.'],
  // Widely used or popular work as the subject.
  ['the most widely used kernel', 'The most widely used paged kernel reaches 58% of peak memory bandwidth on long prompts.'],
  ['a popular library', 'Popular inference libraries reach only 40% MFU at batch size one.'],
  // The operating point or load another figure was measured at.
  ['a load a parity bound holds up to', 'Decode latency stays within 4% of an idle server up to 85% utilization.'],
  ['what such systems typically reach', 'Billion-parameter action policies typically run at 3–5 Hz on robot computers.'],
  // A figure of any system at all, an example in an argument.
  ['a generic system reporting a figure', 'Simple queueing examples show that a system reporting 2x higher throughput can deliver less goodput.'],
  // How often requests miss a target: a service level, like SLO attainment.
  ['SLO violations cut by a multiple', 'The router cuts SLO violations by 4.2x on bursty traces.'],
  ['a deadline miss rate reduced', 'Our scheduler reduces the deadline miss rate by 63% for video analytics jobs.'],
  ['a hyphenated latency SLO violation ratio', 'Admission control lowers TTFT-SLO violation ratios by up to 9x.'],
  ['violations of the targets as the subject', 'Violations of the latency targets drop by 70% under load.'],
  // A count of operations a workload needs is no rate reached.
  ['a forward pass needs a FLOP count', 'One forward pass of the 70B model needs about 140 TFLOPs.'],
  ['FLOPs per clip', 'The video encoder spends 38 TFLOPs per clip on attention.'],
  ['FLOPs that are spent in a part', 'Of the total, 410 PFLOPs are spent in the MLP layers of the decoder.'],
  ['a training run consumes a FLOP count', 'Training the 1B model consumes about 3.2 EFLOPs in total.'],
  // A loss.
  ['a figure followed by "worse"', 'The chosen setting is 5% worse than the one a full sweep finds.'],
  ['a multiple of throughput lost', 'When pauses evict their sessions, both engines lose up to 2.7x of their throughput.'],
];

// biome-ignore format: one row per phrasing
const stillClaims: [family: string, sentence: string, text: string][] = [
  ['speech made at a rate', 'The voice model synthesizes speech at 180 tokens per second.', '180 tokens per second'],
  ['a frame rate on a named device', 'The codec runs at 30 frames per second on a Jetson Orin.', '30 frames per second'],
  ['a multiple of another system\'s rate', 'The loader feeds samples at 2.2x the rate of the stock loader.', '2.2x'],
  ['a controller\'s rate on a named device', 'The policy runs at 30 Hz on a Jetson Orin.', '30 Hz'],
  ['a command stream sustained', 'The arm sustains a 50 Hz command stream.', '50 Hz'],
  ['"previously" that is not the figure\'s', 'On previously unseen traces the planner is 1.6x faster.', '1.6x faster'],
  ['a share of the steps needed to reach a loss', 'The tuned run reaches the same loss in 60% of the training steps.', '60% of the training steps'],
  ['a share of the iterations needed to converge', 'The method converges in 45% of the iterations of Adam.', '45% of the iterations of Adam'],
  ['a share of peak of the paper\'s kernel', 'Our kernel sustains 68% of its maximum throughput.', '68% of its maximum throughput'],
  ['a latency cut for requests with tight SLOs', 'It cuts tail latency by 40% for requests with tight SLOs.', 'cuts tail latency by 40%'],
  ['a latency cut beside SLO violations', 'The planner reduces p99 latency by 2.1x and SLO violations by 5x.', 'reduces p99 latency by 2.1x'],
  ['FLOPs reached on many GPUs', 'The fused kernel reaches 1.1 PFLOPs on 64 GPUs.', '1.1 PFLOPs'],
  ['FLOPs per GPU sustained', 'It sustains 740 TFLOPs per GPU during pretraining.', '740 TFLOPs'],
  ['a saving beside availability', 'It cuts serving cost by 41% on spot replicas while keeping availability above 99.9%.', 'cuts serving cost by 41%'],
  ['a latency reached, on its own', 'On an H100 it reaches a TTFT of 180 ms.', 'TTFT of 180 ms'],
  ['a latency reached after a comma', 'It cuts cost by 2x, at a p99 latency of 3.8 ms.', 'latency of 3.8 ms'],
  ['a utilization reached beside a comparison', 'It is 1.4x faster than FSDP at 55% MFU.', '55% MFU'],
  ['what the paper\'s own system typically reaches', 'Our planner typically runs at 30 Hz on the robot.', '30 Hz'],
  ['the paper reporting its own figure', 'We report a 2.4x speedup over the dense baseline.', '2.4x speedup'],
  ['a multiple of throughput over a baseline', 'The engine reaches 2.7x the throughput of vLLM.', '2.7x'],
];

// Claims whose factor a word around them turns: a noun that looks like a verb, or
// "improves" on a quantity wanted lower.
// biome-ignore format: one row per phrasing
const factors: [family: string, sentence: string, text: string, factor: number][] = [
  ['"accelerator" is a device, not a verb', 'Splitting the die lowers manufacturing cost per accelerator by 20%.', 'lowers manufacturing cost per accelerator by 20%', 1.25],
  ['"increase" after an article is a noun', 'It cuts energy per step by 20% with a 1% increase in step time, and by 50% if a 4% slowdown is allowed.', 'cuts energy per step by 20%', 1.25],
  ['"improves" a latency by a share is less of it', 'It improves median TTFT by 20% at moderate load.', 'improves median TTFT by 20%', 1.25],
  ['"improves" a throughput by a share is more of it', 'It improves decode throughput by 20% at moderate load.', 'improves decode throughput by 20%', 1.2],
  ['"improves" a latency by a multiple', 'It improves P99 latency by 1.9x over spot baselines.', 'improves P99 latency by 1.9x', 1.9],
];

describe('figures that are no result of the system', () => {
  it.each(notResults)('%s', (_family, sentence) => {
    expect(extractClaims(sentence).claims.map((c) => c.text)).toEqual([]);
  });
});

describe('near misses that stay claims', () => {
  it.each(stillClaims)('%s', (_family, sentence, text) => {
    expect(extractClaims(sentence).claims.map((c) => c.text)).toContain(text);
  });
});

describe('factors read the right way round', () => {
  it.each(factors)('%s', (_family, sentence, text, factor) => {
    const claim = extractClaims(sentence).claims.find((c) => c.text === text);
    expect(claim, `no claim «${text}»`).toBeDefined();
    expect(claim?.factor).toBeCloseTo(factor, 3);
  });

  it('takes a figure followed by "worse" into no list', () => {
    const sentence =
      'Stopping early saves 30% of the search time, while the chosen setting is 5% worse than the one a full sweep finds.';
    expect(extractClaims(sentence).claims.map((c) => c.text)).toEqual([
      'saves 30% of the search time',
    ]);
  });

  it('takes the latency, not the SLO violations that share its verb', () => {
    const sentence = 'The planner reduces p99 latency by 2.1x and SLO violations by 5x.';
    expect(extractClaims(sentence).claims.map((c) => c.text)).toEqual([
      'reduces p99 latency by 2.1x',
    ]);
  });

  it('takes the throughput, not the latency it was measured at', () => {
    const sentence = 'On one node it sustains 9,600 output tokens per second at a TPOT of 60 ms.';
    expect(extractClaims(sentence).claims.map((c) => c.text)).toEqual([
      '9,600 output tokens per second',
    ]);
  });

  it('takes no claim from a noun that looks like a verb', () => {
    const sentence =
      'It cuts energy per step by 20% with a 1% increase in step time, and by 50% if a 4% slowdown is allowed.';
    expect(extractClaims(sentence).claims.map((c) => c.factor)).not.toContain(1.5);
  });
});
