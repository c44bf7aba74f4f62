import { seededRandom } from '../../util/seeded-random.ts';

/** The shared seeded PRNG with a Gaussian draw on top. */
export interface SeededRandom {
  /** A float in [0, 1). */
  next(): number;
  /** A standard normal draw (Box–Muller). */
  gaussian(): number;
}

export function createSeededRandom(seed: number): SeededRandom {
  const next = seededRandom(seed);
  return {
    next,
    gaussian() {
      const radius = Math.sqrt(-2 * Math.log(1 - next()));
      return radius * Math.cos(2 * Math.PI * next());
    },
  };
}
