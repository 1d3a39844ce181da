// Long work cut into tasks: every step runs, in order, and the value comes back; once a
// task has spent its budget the rest waits for a later task, so other work gets in.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { inSteps, nextTask } from './in-steps';

function* counted(log: string[], n: number): Generator<void, number> {
  for (let i = 0; i < n; i++) {
    log.push(`step ${i}`);
    yield;
  }
  log.push('done');
  return n * 10;
}

afterEach(() => vi.unstubAllGlobals());

describe('inSteps', () => {
  it('runs every step and gives the value, in one task while the budget lasts', async () => {
    const log: string[] = [];
    vi.stubGlobal('scheduler', { yield: async () => void log.push('yield') });
    await expect(inSteps(counted(log, 3), 60_000)).resolves.toBe(30);
    expect(log).toEqual(['step 0', 'step 1', 'step 2', 'done']);
  });

  it('yields to the browser between steps once a task has spent its budget', async () => {
    const log: string[] = [];
    vi.stubGlobal('scheduler', { yield: async () => void log.push('yield') });
    await expect(inSteps(counted(log, 3), 0)).resolves.toBe(30);
    expect(log).toEqual(['step 0', 'yield', 'step 1', 'yield', 'step 2', 'yield', 'done']);
  });

  it('without scheduler.yield, continues in a later task', async () => {
    const log: string[] = [];
    const done = inSteps(counted(log, 2), 0);
    // Only the first step ran in the caller's task.
    expect(log).toEqual(['step 0']);
    await expect(done).resolves.toBe(20);
    expect(log).toEqual(['step 0', 'step 1', 'done']);
  });

  it('holds the work back while `hold` gives a promise, and goes on once it settles', async () => {
    const log: string[] = [];
    let release = () => {};
    let holding = true;
    const hold = () =>
      holding
        ? new Promise<void>((done) => {
            release = () => {
              holding = false;
              done();
            };
          })
        : null;
    const done = inSteps(counted(log, 3), 0, hold);
    for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 0));
    // Not a step ran while held.
    expect(log).toEqual([]);
    release();
    await expect(done).resolves.toBe(30);
    expect(log).toEqual(['step 0', 'step 1', 'step 2', 'done']);
  });

  it('fails with the error a step throws', async () => {
    function* failing(): Generator<void, number> {
      yield;
      throw new Error('no such paper');
    }
    await expect(inSteps(failing(), 0)).rejects.toThrow('no such paper');
  });
});

describe('nextTask', () => {
  it('settles once the browser has had its turn', async () => {
    const log: string[] = [];
    vi.stubGlobal('scheduler', { yield: async () => void log.push('yield') });
    await nextTask().then(() => log.push('after'));
    expect(log).toEqual(['yield', 'after']);
  });
});
