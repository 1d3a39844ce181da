// Whether the machine has a core that neither this process's claims threads nor any
// other process is using: `npm run data`'s main thread then extracts claims itself
// instead of waiting for its threads (claims-pool.ts). Its extractor starts cold, so
// that costs more CPU than the threads would have spent; on a free core that is time
// nobody else had, while on a shared machine the kernel gives the process about its
// share of the CPU whatever its thread count, and the extra CPU would cost wall time.
// Read from Linux's /proc: elsewhere (no /proc) there is never a spare core.
import { readFileSync } from 'node:fs';

/** CPU time in clock ticks (USER_HZ): of the whole machine, and of this process. */
export interface CpuSample {
  /** All CPUs' time, busy or not. */
  total: number;
  /** All CPUs' time not idle (stolen time counts: the host took it). */
  busy: number;
  /** This process's time, all its threads. */
  own: number;
}

export function readCpuSample(): CpuSample | null {
  try {
    const line = readFileSync('/proc/stat', 'latin1').split('\n', 1)[0]!;
    // cpu user nice system idle iowait irq softirq steal (guest time is in user)
    const t = line.trim().split(/\s+/).slice(1, 9).map(Number);
    const total = t.reduce((a, b) => a + b, 0);
    const self = readFileSync('/proc/self/stat', 'latin1');
    const f = self.slice(self.lastIndexOf(')') + 2).split(' ');
    const own = Number(f[11]) + Number(f[12]);
    if (!(total > 0) || !Number.isFinite(own)) return null;
    return { total, busy: total - t[3]! - t[4]!, own };
  } catch {
    return null;
  }
}

/** Shortest window judged: a tenth of a second (USER_HZ is 100 on Linux: 10 ticks). */
const MIN_WINDOW_MS = 100;

/**
 * A test, cheap to call often, of whether at least half a core was free of other
 * processes and of `threads` busy threads of ours over the last window (at least a
 * tenth of a second, since the previous judgement; the first window starts now).
 */
export function spareCore(
  cores: number,
  threads: number,
  sample: () => CpuSample | null = readCpuSample,
  now: () => number = () => performance.now(),
): () => boolean {
  let from = sample();
  let fromAt = now();
  let spare = false;
  return () => {
    if (from === null || now() - fromAt < MIN_WINDOW_MS) return spare;
    const to = sample();
    if (to === null) return (spare = false);
    const window = (to.total - from.total) / cores;
    if (window <= 0) return spare;
    // Cores that other processes used (this process's own time, whatever its threads
    // did, is left out); spare if, besides them and the claims threads, at least half a
    // core is left for the thread asking, whether it waited or extracted meanwhile.
    const others = (to.busy - from.busy - (to.own - from.own)) / window;
    spare = cores - Math.max(0, others) - threads >= 0.5;
    from = to;
    fromAt = now();
    return spare;
  };
}
