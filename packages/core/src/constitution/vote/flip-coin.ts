import { createHash } from 'node:crypto';

/**
 * The seeded coin that decides whether a pair is shown as B/A. Derived from (seed, pair id), so it does not
 * depend on the order or concurrency of calls; over many pairs about half are flipped.
 */
export function flipCoin(seed: number, pairId: string): boolean {
  const digest = createHash('sha256').update(`${seed}\u0000${pairId}`).digest();
  return (digest[0]! & 1) === 1;
}
