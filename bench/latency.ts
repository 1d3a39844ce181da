// Timing helpers for the bench: wall-clock samples and their order statistics.

export interface LatencyStats {
  samples: number;
  median: number;
  p95: number;
  max: number;
  /**
   * The same statistics over process CPU time (all of the process's threads).
   * On a busy shared machine wall time includes waiting for a core; CPU time mostly does not.
   */
  cpu?: { median: number; p95: number };
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}

export function stats(samples: readonly number[], cpuSamples?: readonly number[]): LatencyStats {
  const sorted = [...samples].sort((a, b) => a - b);
  const out: LatencyStats = {
    samples: sorted.length,
    median: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    max: sorted.at(-1) ?? NaN,
  };
  if (cpuSamples) {
    const cpu = [...cpuSamples].sort((a, b) => a - b);
    out.cpu = { median: percentile(cpu, 50), p95: percentile(cpu, 95) };
  }
  return out;
}

export interface Samples {
  wall: number[];
  cpu: number[];
}

export function samplesStats(s: Samples): LatencyStats {
  return stats(s.wall, s.cpu);
}

function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/** Milliseconds taken by `fn`. */
export function time(fn: () => void): number {
  const t = performance.now();
  fn();
  return performance.now() - t;
}

/** Wall and CPU milliseconds taken by `fn`. */
export function timeBoth(fn: () => void): { wall: number; cpu: number } {
  const c = cpuMs();
  const t = performance.now();
  fn();
  return { wall: performance.now() - t, cpu: cpuMs() - c };
}

/** Runs every query `rounds` times (round-robin, so caches and JIT state are shared fairly) and times each run. */
export function timeQueries(
  search: (q: string) => unknown,
  queries: readonly string[],
  rounds: number,
): Samples {
  const out: Samples = { wall: [], cpu: [] };
  for (let r = 0; r < rounds; r++) {
    for (const q of queries) {
      const c = cpuMs();
      const t = performance.now();
      search(q);
      out.wall.push(performance.now() - t);
      out.cpu.push(cpuMs() - c);
    }
  }
  return out;
}

/** Every prefix of every query: what search-as-you-type runs, one keystroke at a time. */
export function keystrokePrefixes(queries: readonly string[]): string[] {
  const out: string[] = [];
  for (const q of queries) for (let i = 1; i <= q.length; i++) out.push(q.slice(0, i));
  return out;
}
