// @vitest-environment node
// Whether `npm run data`'s main thread has a core of its own to extract claims on:
// judged from the machine's and the process's CPU time over windows of 100 ms or more.
import { describe, expect, it } from 'vitest';
import { type CpuSample, readCpuSample, spareCore } from './spare-core';

/** Samples and a clock the test moves: per step, each CPU's ticks and who used them. */
function machine(cores: number) {
  let at = 0;
  const s: CpuSample = { total: 0, busy: 0, own: 0 };
  return {
    sample: (): CpuSample => ({ ...s }),
    now: () => at,
    /** `ms` pass (100 ticks a second per CPU); this process uses `own` cores, others `others`. */
    pass(ms: number, own: number, others: number) {
      const ticks = ms / 10;
      at += ms;
      s.total += ticks * cores;
      s.busy += ticks * Math.min(cores, own + others);
      s.own += ticks * own;
    },
  };
}

/** [ms, own, others] per step (as `pass`): what spareCore answers after each. */
function judgements(cores: number, threads: number, steps: [number, number, number][]) {
  const m = machine(cores);
  const spare = spareCore(cores, threads, m.sample, m.now);
  return steps.map(([ms, own, others]) => {
    m.pass(ms, own, others);
    return spare();
  });
}

describe('spareCore', () => {
  it('sees a free core beside the claims thread, not one that other processes use', () => {
    const steps: [number, number, number][] = [
      [500, 2, 0],
      // The main thread only waiting: the process uses one core, the other is idle.
      [200, 1, 0],
      [200, 1, 0.3],
      [200, 1, 1],
      [200, 1, 0.2],
    ];
    expect(judgements(2, 1, steps)).toEqual([true, true, true, false, true]);
  });

  it('keeps its judgement for a tenth of a second, then judges that window alone', () => {
    const steps: [number, number, number][] = [
      [50, 1, 1], // no window yet: the default (false)
      [60, 1, 1],
      [150, 2, 0],
      [40, 1, 1], // too soon to judge again (true kept)
      [80, 1, 1],
    ];
    expect(judgements(2, 1, steps)).toEqual([false, false, true, true, false]);
  });

  it('counts every claims thread: four cores, three threads, one other process', () => {
    const steps: [number, number, number][] = [
      [300, 3, 1],
      [300, 4, 0],
    ];
    expect(judgements(4, 3, steps)).toEqual([false, true]);
  });

  it("never sees a spare core without the machine's figures", () => {
    const m = machine(2);
    expect(spareCore(2, 1, () => null, m.now)()).toBe(false);
    let calls = 0;
    const failsLater = spareCore(2, 1, () => (calls++ === 0 ? m.sample() : null), m.now);
    m.pass(500, 1, 0);
    expect(failsLater()).toBe(false);
  });

  it('reads figures that add up where /proc exists', () => {
    const s = readCpuSample();
    expect(s === null).toBe(process.platform !== 'linux');
    if (s === null) return;
    expect(s.busy).toBeGreaterThanOrEqual(0);
    expect(s.busy).toBeLessThanOrEqual(s.total);
    expect(s.own).toBeGreaterThan(0);
  });
});
