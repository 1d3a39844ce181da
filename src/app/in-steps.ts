// Long work on the page's thread cut into tasks the reader's input can come between:
// a generator's steps are run until a task has taken its budget, then the rest waits
// for the next task (scheduler.yield where the browser has it, which resumes ahead of
// other waiting tasks but after input; a message to itself elsewhere, which a timer's
// clamp does not slow down).

/** A task's budget: a key pressed meanwhile waits for about this long, and a step more. */
const TASK_BUDGET_MS = 25;

interface YieldingScheduler {
  yield(): Promise<void>;
}

/**
 * The value `steps` returns, worked out in tasks of about `budgetMs` each. `hold`: asked
 * before each task; a promise it gives holds the work back until it settles.
 */
export function inSteps<T>(
  steps: Generator<void, T>,
  budgetMs = TASK_BUDGET_MS,
  hold: () => Promise<void> | null = () => null,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const run = () => {
      const held = hold();
      if (held) {
        void held.then(() => later(run));
        return;
      }
      const until = performance.now() + budgetMs;
      try {
        for (;;) {
          const step = steps.next();
          if (step.done) {
            resolve(step.value);
            return;
          }
          if (performance.now() >= until) break;
        }
      } catch (error) {
        reject(error);
        return;
      }
      later(run);
    };
    run();
  });
}

/** Settles in a later task, the reader's input let in before it. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => later(resolve));
}

function later(run: () => void): void {
  const scheduler = (globalThis as { scheduler?: Partial<YieldingScheduler> }).scheduler;
  if (typeof scheduler?.yield === 'function') {
    scheduler.yield().then(run);
    return;
  }
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    channel.port1.close();
    run();
  };
  channel.port2.postMessage(null);
}
