/** A log10 axis from lo to hi (both > 0) onto [x0, x1]. */
export interface LogScale {
  lo: number;
  hi: number;
  x(value: number): number;
  ticks: number[];
}

/** Covers the values (and 1×, the "no change" line) with 1-2-5 ticks. */
export function logScale(values: readonly number[], x0: number, x1: number): LogScale {
  let min = 1;
  let max = 2;
  for (const v of values) {
    if (v > 0 && v < min) min = v;
    if (v > max) max = v;
  }
  const candidates: number[] = [];
  for (let e = Math.floor(Math.log10(min)) - 1; e <= Math.ceil(Math.log10(max)) + 1; e++) {
    for (const m of [1, 2, 5]) candidates.push(Number((m * 10 ** e).toPrecision(3)));
  }
  const lo = Math.max(...candidates.filter((t) => t <= min));
  const hi = Math.min(...candidates.filter((t) => t >= max));
  let ticks = candidates.filter((t) => t >= lo && t <= hi);
  // Wide ranges keep only powers of ten so labels do not collide.
  if (ticks.length > 9)
    ticks = ticks.filter((t) => Number.isInteger(Math.log10(t)) || t === lo || t === hi);
  const span = Math.log10(hi) - Math.log10(lo);
  return {
    lo,
    hi,
    ticks,
    x: (v) =>
      x0 + ((Math.log10(Math.min(hi, Math.max(lo, v))) - Math.log10(lo)) / span) * (x1 - x0),
  };
}
