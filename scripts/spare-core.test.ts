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

describe('spareCore', () => {
  it('sees a free core beside the claims thread, not one that other processes use', () => {
    const m = machine(2);
    const spare = spareCore(2, 1, m.sample, m.now);
    m.pass(500, 2, 0);
    expect(spare()).toBe(true);
    // The main thread only waiting: the process uses one core, the other is idle.
    m.pass(200, 1, 0);
    expect(spare()).toBe(true);
    m.pass(200, 1, 0.3);
    expect(spare()).toBe(true);
    m.pass(200, 1, 1);
    expect(spare()).toBe(false);
    m.pass(200, 1, 0.2);
    expect(spare()).toBe(true);
  });

  it('keeps its judgement for a tenth of a second, then judges that window alone', () => {
    const m = machine(2);
    const spare = spareCore(2, 1, m.sample, m.now);
    m.pass(50, 1, 1);
    expect(spare()).toBe(false); // no window yet: the default
    m.pass(60, 1, 1);
    expect(spare()).toBe(false);
    m.pass(150, 2, 0);
    expect(spare()).toBe(true);
    m.pass(40, 1, 1);
    expect(spare()).toBe(true); // too soon to judge again
    m.pass(80, 1, 1);
    expect(spare()).toBe(false);
  });

  it('counts every claims thread: four cores, three threads, one other process', () => {
    const m = machine(4);
    const spare = spareCore(4, 3, m.sample, m.now);
    m.pass(300, 3, 1);
    expect(spare()).toBe(false);
    m.pass(300, 4, 0);
    expect(spare()).toBe(true);
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
