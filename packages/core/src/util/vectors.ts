import { similarity } from 'ml-distance';

/**
 * Cosine similarity of two vectors; 0 when either is all zeros (ml-distance would return NaN).
 * For one-off comparisons (judge, matcher, induction); clustering's hot loops have their own kernels.
 */
export function cosine(left: ArrayLike<number>, right: ArrayLike<number>): number {
  if (isZero(left) || isZero(right)) return 0;
  return similarity.cosine(Array.from(left), Array.from({ length: left.length }, (_, index) => right[index] ?? 0));
}

function isZero(values: ArrayLike<number>): boolean {
  for (let index = 0; index < values.length; index++) if (values[index] !== 0) return false;
  return true;
}
/** Mean of vectors (not normalised). */
export function centroid(vectors: readonly ArrayLike<number>[]): Float64Array {
  const dimensions = vectors[0]?.length ?? 0;
  const sum = new Float64Array(dimensions);
  for (const vector of vectors) for (let index = 0; index < dimensions; index++) sum[index]! += vector[index]!;
  if (vectors.length > 0) for (let index = 0; index < dimensions; index++) sum[index]! /= vectors.length;
  return sum;
}
