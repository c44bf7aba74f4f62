/** Cosine similarity of two vectors; 0 when either is all zeros. */
export function cosine(left: ArrayLike<number>, right: ArrayLike<number>): number {
  let dot = 0;
  let leftNorm = 0;
  let rightNorm = 0;
  for (let index = 0; index < left.length; index++) {
    const a = left[index]!;
    const b = right[index] ?? 0;
    dot += a * b;
    leftNorm += a * a;
    rightNorm += b * b;
  }
  if (leftNorm === 0 || rightNorm === 0) return 0;
  return dot / Math.sqrt(leftNorm * rightNorm);
}

/** L2-normalised copy; a zero vector stays zero. */
export function normalise(values: ArrayLike<number>): Float32Array {
  let norm = 0;
  for (let index = 0; index < values.length; index++) norm += values[index]! * values[index]!;
  norm = Math.sqrt(norm);
  const vector = new Float32Array(values.length);
  if (norm === 0 || !Number.isFinite(norm)) return vector;
  for (let index = 0; index < values.length; index++) vector[index] = values[index]! / norm;
  return vector;
}

/** Mean of vectors (not normalised). */
export function centroid(vectors: readonly ArrayLike<number>[]): Float64Array {
  const dimensions = vectors[0]?.length ?? 0;
  const sum = new Float64Array(dimensions);
  for (const vector of vectors) for (let index = 0; index < dimensions; index++) sum[index]! += vector[index]!;
  if (vectors.length > 0) for (let index = 0; index < dimensions; index++) sum[index]! /= vectors.length;
  return sum;
}
