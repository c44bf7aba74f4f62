/**
 * The one seeded PRNG of Tenets (mulberry32): the same seed gives the same stream on every platform.
 * Returns floats in [0, 1). Everything random in Tenets (SVD projections, k-means seeding, splits,
 * bootstrap resamples, vote order coins) draws from this function.
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The same PRNG on a salted seed: AutoLibra's splits, k-means seeding and bootstrap draw from it, so the
 * splits and searches of earlier runs reproduce exactly.
 */
export function saltedSeededRandom(seed: number): () => number {
  return seededRandom(((seed | 0) ^ 0x9e3779b9) >>> 0);
}

/** A seeded stream with a standard normal draw (Box–Muller) on top. */
export interface GaussianRandom {
  /** A float in [0, 1). */
  next(): number;
  /** A standard normal draw. */
  gaussian(): number;
}

export function createGaussianRandom(seed: number): GaussianRandom {
  const next = seededRandom(seed);
  return {
    next,
    gaussian() {
      const radius = Math.sqrt(-2 * Math.log(1 - next()));
      return radius * Math.cos(2 * Math.PI * next());
    },
  };
}

/** Fisher–Yates on the salted stream. */
export function seededShuffle<T>(values: readonly T[], seed: number): T[] {
  const random = saltedSeededRandom(seed);
  const result = [...values];
  for (let index = result.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1));
    [result[index], result[other]] = [result[other]!, result[index]!];
  }
  return result;
}

/** Derives a child seed from a base seed and labels (e.g. N and a seed index), stable across runs. */
export function deriveSeed(base: number, ...parts: readonly (string | number)[]): number {
  let hash = (base | 0) ^ 0x811c9dc5;
  for (const character of parts.join('\u0000')) {
    hash ^= character.charCodeAt(0);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % 2147483647;
}
