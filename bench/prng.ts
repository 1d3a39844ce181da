// A small seeded PRNG (mulberry32) so synthetic corpora are reproducible byte for
// byte: Math.random cannot be seeded, and the bench must compare like with like.

export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** Picks with probability proportional to the weight. */
  weighted<T>(items: readonly (readonly [T, number])[]): T;
  /** Skewed towards the front of the list (Zipf-like), as word and org frequencies are. */
  zipf<T>(items: readonly T[], exponent?: number): T;
}

function hashSeed(seed: string | number): number {
  const s = String(seed);
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}

export function createRng(seed: string | number): Rng {
  let state = hashSeed(seed);
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[Math.floor(next() * items.length)] as T;
  };
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick,
    weighted<T>(items: readonly (readonly [T, number])[]): T {
      let total = 0;
      for (const [, w] of items) total += w;
      let r = next() * total;
      for (const [item, w] of items) {
        r -= w;
        if (r < 0) return item;
      }
      return pick(items)[0];
    },
    zipf<T>(items: readonly T[], exponent = 1): T {
      if (items.length === 0) throw new Error('pick from an empty list');
      // Inverse-CDF of a continuous power law over ranks: cheap and good enough.
      const n = items.length;
      const u = next();
      const rank =
        exponent === 1
          ? Math.floor(Math.exp(u * Math.log(n + 1))) - 1
          : Math.floor((u * ((n + 1) ** (1 - exponent) - 1) + 1) ** (1 / (1 - exponent))) - 1;
      return items[Math.min(n - 1, Math.max(0, rank))] as T;
    },
  };
}
