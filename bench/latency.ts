// Timing helpers for the bench: wall-clock samples and their order statistics.

export interface LatencyStats {
  samples: number;
  median: number;
  p95: number;
  max: number;
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}

export function stats(samples: readonly number[]): LatencyStats {
  const sorted = [...samples].sort((a, b) => a - b);
  return { samples: sorted.length, median: percentile(sorted, 50), p95: percentile(sorted, 95), max: sorted.at(-1) ?? NaN };
}

/** Milliseconds taken by `fn`. */
export function time(fn: () => void): number {
  const t = performance.now();
  fn();
  return performance.now() - t;
}

/** Runs every query `rounds` times (round-robin, so caches and JIT state are shared fairly) and times each run. */
export function timeQueries(search: (q: string) => unknown, queries: readonly string[], rounds: number): number[] {
  const samples: number[] = [];
  for (let r = 0; r < rounds; r++) for (const q of queries) samples.push(time(() => search(q)));
  return samples;
}

/** Every prefix of every query: what search-as-you-type runs, one keystroke at a time. */
export function keystrokePrefixes(queries: readonly string[]): string[] {
  const out: string[] = [];
  for (const q of queries) for (let i = 1; i <= q.length; i++) out.push(q.slice(0, i));
  return out;
}
