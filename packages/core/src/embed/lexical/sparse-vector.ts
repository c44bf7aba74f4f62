/** A sparse row: strictly increasing column indices and their values. */
export interface SparseVector {
  indices: Int32Array;
  values: Float64Array;
}

/** Builds a sparse vector from a column → value map, sorted by column. */
export function sparseFromMap(entries: ReadonlyMap<number, number>): SparseVector {
  const indices = Int32Array.from([...entries.keys()].sort((left, right) => left - right));
  const values = Float64Array.from(indices, (index) => entries.get(index)!);
  return { indices, values };
}

/** Scales a sparse vector to unit length in place (a zero vector stays zero). */
export function normaliseSparse(vector: SparseVector, weight = 1): SparseVector {
  let norm = 0;
  for (const value of vector.values) norm += value * value;
  norm = Math.sqrt(norm);
  if (norm > 0) for (let index = 0; index < vector.values.length; index++) vector.values[index] = (vector.values[index]! / norm) * weight;
  return vector;
}
