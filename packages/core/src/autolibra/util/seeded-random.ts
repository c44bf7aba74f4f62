import { seededRandom as mulberry32 } from '../../util/seeded-random.ts';

/** AutoLibra's stream: the shared PRNG on a salted seed (kept so earlier splits and searches reproduce). */
export function seededRandom(seed: number): () => number {
  return mulberry32(((seed | 0) ^ 0x9e3779b9) >>> 0);
}

export function seededShuffle<T>(values: readonly T[], seed: number): T[] {
  const random = seededRandom(seed);
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
