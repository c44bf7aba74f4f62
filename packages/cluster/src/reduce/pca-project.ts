import { EigenvalueDecomposition, Matrix } from 'ml-matrix';
import { seededRandom } from '@tenets/core';
import { yieldToEventLoop } from '../engine/dense-workers.ts';
import { createVectorStore, projectionChunkRows, type VectorStore } from '../engine/vector-store.ts';

export interface PcaProjectOptions {
  /** Validated vectors (finite, non-zero, same length). */
  vectors: readonly Float32Array[];
  dimensions: number;
  components: number;
  seed: number;
  /** Rows sampled (seeded) to estimate the components. @default 5_000 */
  sampleSize?: number;
  abortSignal?: AbortSignal | undefined;
  kernel?: 'wasm' | 'js' | undefined;
}

/**
 * Projects normalised vectors onto their top principal axes and renormalises the result. The axes are the top
 * eigenvectors of the uncentred second-moment matrix XᵀX of a seeded sample (a truncated SVD): without centring,
 * the projection keeps the dot products that cosine distance is made of, so neighbours stay neighbours as far as
 * the kept variance allows. Eigenvector signs are fixed (largest entry positive) so the result is deterministic.
 */
export async function pcaProject({ vectors, dimensions, components, seed, sampleSize = 5_000, abortSignal, kernel }: PcaProjectOptions): Promise<Float32Array[]> {
  const count = vectors.length;
  const axes = principalAxes({ vectors, dimensions, components, seed, sampleSize, kernel });
  abortSignal?.throwIfAborted();

  // Rows and axes share one store so the kernel projects a chunk of rows onto all axes in one call.
  const store = createVectorStore({ vectors: [...vectors, ...axes], dimensions, threads: 1, kernel });
  const paddedComponents = Math.ceil(components / 4) * 4;
  const scratch = store.scratchOffset(0);
  const aListOffset = scratch;
  const bListOffset = aListOffset + 4 * (projectionChunkRows + 8);
  const outOffset = bListOffset + 4 * (paddedComponents + 8);
  const aList = new Int32Array(store.buffer, aListOffset, projectionChunkRows + 8);
  const bList = new Int32Array(store.buffer, bListOffset, paddedComponents);
  const out = new Float32Array(store.buffer, outOffset, (projectionChunkRows + 8) * paddedComponents);
  const { rowBytes } = store.layout;
  for (let axis = 0; axis < paddedComponents; axis++) bList[axis] = (count + Math.min(axis, components - 1)) * rowBytes;

  const projected: Float32Array[] = new Array(count);
  let sliceStarted = performance.now();
  for (let start = 0; start < count; start += projectionChunkRows) {
    const rows = Math.min(projectionChunkRows, count - start);
    const paddedRows = (rows + 1) & ~1;
    for (let row = 0; row < paddedRows; row++) aList[row] = Math.min(start + row, count - 1) * rowBytes;
    store.kernel.dot2x4(aListOffset, paddedRows, bListOffset, paddedComponents, outOffset, rowBytes);
    for (let row = 0; row < rows; row++) {
      const vector = out.slice(row * paddedComponents, row * paddedComponents + components);
      let squaredNorm = 0;
      for (const value of vector) squaredNorm += value * value;
      if (squaredNorm > 0) {
        const scale = 1 / Math.sqrt(squaredNorm);
        for (let axis = 0; axis < components; axis++) vector[axis]! *= scale;
      } else {
        // Orthogonal to every kept axis: nothing is known about it; park it on the first axis.
        vector[0] = 1;
      }
      projected[start + row] = vector;
    }
    if (performance.now() - sliceStarted > 40) {
      await yieldToEventLoop();
      abortSignal?.throwIfAborted();
      sliceStarted = performance.now();
    }
  }
  return projected;
}

function principalAxes({ vectors, dimensions, components, seed, sampleSize, kernel }: Required<Omit<PcaProjectOptions, 'abortSignal' | 'kernel'>> & { kernel: 'wasm' | 'js' | undefined }): Float32Array[] {
  const count = vectors.length;
  const sample = sampleIndices(count, Math.min(count, sampleSize), seed);
  // Columns of the normalised sample, so XᵀX is a matrix of column dot products the kernel computes directly.
  const columns = Array.from({ length: dimensions }, () => new Float32Array(sample.length));
  sample.forEach((index, position) => {
    const vector = vectors[index]!;
    let squaredNorm = 0;
    for (let dimension = 0; dimension < dimensions; dimension++) squaredNorm += vector[dimension]! * vector[dimension]!;
    const scale = 1 / Math.sqrt(squaredNorm);
    for (let dimension = 0; dimension < dimensions; dimension++) columns[dimension]![position] = vector[dimension]! * scale;
  });
  const secondMoments = columnDotProducts(createVectorStore({ vectors: columns, dimensions: sample.length, threads: 1, kernel, normalise: false }));
  const decomposition = new EigenvalueDecomposition(secondMoments, { assumeSymmetric: true });
  const eigenvalues = decomposition.realEigenvalues;
  const order = eigenvalues.map((_, index) => index).sort((left, right) => eigenvalues[right]! - eigenvalues[left]! || left - right);
  const eigenvectors = decomposition.eigenvectorMatrix;
  return order.slice(0, components).map((column) => {
    const axis = Float32Array.from(eigenvectors.getColumn(column));
    let largest = 0;
    for (const value of axis) if (Math.abs(value) > Math.abs(largest)) largest = value;
    if (largest < 0) for (let dimension = 0; dimension < dimensions; dimension++) axis[dimension] = -axis[dimension]!;
    return axis;
  });
}

function columnDotProducts(store: VectorStore): Matrix {
  const { count, rowBytes } = store.layout;
  const padded = (count + 3) & ~3;
  const scratch = store.scratchOffset(0);
  const listOffset = scratch;
  const outOffset = scratch + 4 * (padded + 8);
  const list = new Int32Array(store.buffer, listOffset, padded);
  for (let row = 0; row < padded; row++) list[row] = Math.min(row, count - 1) * rowBytes;
  const matrix = new Matrix(count, count);
  const out = new Float32Array(store.buffer, outOffset, padded);
  // One row of the matrix at a time keeps the output inside the scratch area.
  for (let row = 0; row < count; row++) {
    store.kernel.dot1x4(listOffset + 4 * row, 1, listOffset, padded, outOffset, rowBytes);
    for (let column = 0; column < count; column++) matrix.set(row, column, out[column]!);
  }
  return matrix;
}

/** `size` distinct indices in increasing order, chosen by a seeded partial Fisher–Yates shuffle. */
function sampleIndices(count: number, size: number, seed: number): number[] {
  const random = seededRandom(seed);
  const indices = Int32Array.from({ length: count }, (_, index) => index);
  for (let position = 0; position < size; position++) {
    const other = position + Math.floor(random() * (count - position));
    const swap = indices[position]!;
    indices[position] = indices[other]!;
    indices[other] = swap;
  }
  return Array.from(indices.subarray(0, size)).sort((left, right) => left - right);
}
