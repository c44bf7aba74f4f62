import { TenetsInvalidInputError } from '@tenets/core';

export interface VectorCheck {
  dimensions: number;
  /** Rows whose length was not 1 (± 1e-3); they are normalised before clustering. */
  unnormalisedCount: number;
}

/**
 * Rejects what cosine distance cannot handle — NaN or infinite entries, all-zero rows, rows of different
 * lengths — naming the first bad row. Counts rows that are not unit length (they are normalised, with a warning).
 */
export function validateVectors(vectors: readonly Float32Array[]): VectorCheck {
  const dimensions = vectors[0]?.length ?? 0;
  let unnormalisedCount = 0;
  for (let row = 0; row < vectors.length; row++) {
    const vector = vectors[row];
    if (!(vector instanceof Float32Array)) {
      throw new TenetsInvalidInputError({ message: `Cannot cluster: row ${row} is not a Float32Array.`, field: 'vectors' });
    }
    if (vector.length === 0) {
      throw new TenetsInvalidInputError({ message: `Cannot cluster: row ${row} is an empty vector.`, field: 'vectors' });
    }
    if (vector.length !== dimensions) {
      throw new TenetsInvalidInputError({
        message: `Cannot cluster: row ${row} has ${vector.length} dimensions, but row 0 has ${dimensions}.`,
        field: 'vectors',
        hint: 'Embed every item with the same model.',
      });
    }
    let squaredNorm = 0;
    for (let dimension = 0; dimension < dimensions; dimension++) {
      const value = vector[dimension]!;
      if (!Number.isFinite(value)) {
        throw new TenetsInvalidInputError({
          message: `Cannot cluster: row ${row} has a non-finite value (${value}) at dimension ${dimension}.`,
          field: 'vectors',
          hint: 'Check the embedding model output for this item.',
        });
      }
      squaredNorm += value * value;
    }
    if (squaredNorm === 0) {
      throw new TenetsInvalidInputError({
        message: `Cannot cluster: row ${row} is a zero vector, which has no cosine distance to anything.`,
        field: 'vectors',
        hint: 'Drop items with empty embeddings before clustering, or report them as noise.',
      });
    }
    if (!Number.isFinite(squaredNorm)) {
      throw new TenetsInvalidInputError({ message: `Cannot cluster: row ${row} is too large to normalise.`, field: 'vectors' });
    }
    if (Math.abs(Math.sqrt(squaredNorm) - 1) > 1e-3) unnormalisedCount++;
  }
  return { dimensions, unnormalisedCount };
}
