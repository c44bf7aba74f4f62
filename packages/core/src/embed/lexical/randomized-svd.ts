import { EigenvalueDecomposition, Matrix } from 'ml-matrix';
import { createGaussianRandom as createSeededRandom } from '../../util/seeded-random.ts';
import { runFitSteps, type FitSteps } from '../../util/fit-steps.ts';
import type { SparseVector } from './sparse-vector.ts';

export interface RandomizedSvdOptions {
  rows: readonly SparseVector[];
  /** Number of columns of the (implicit) matrix. */
  columns: number;
  /** Components wanted. */
  rank: number;
  /** @default 10 */
  oversampling?: number;
  /** Subspace (power) iterations; more sharpens the spectrum. @default 3 */
  powerIterations?: number;
  seed: number;
}

/** The top right singular vectors: `components[column * rank + component]`, strongest component first. */
export interface TruncatedSvd {
  components: Float64Array;
  singularValues: Float64Array;
  /** Components actually found (≤ requested rank; fewer when the matrix has lower rank). */
  rank: number;
  columns: number;
}

/**
 * Truncated SVD of a sparse matrix by randomized subspace iteration (Halko, Martinsson & Tropp 2011):
 * a seeded Gaussian sketch, a few power iterations with re-orthonormalisation, then an exact eigen-
 * decomposition of the small Gram matrix (ml-matrix). Signs are fixed (largest entry positive) so the result
 * is deterministic for a given seed.
 */
export function randomizedSvd(options: RandomizedSvdOptions): TruncatedSvd {
  return runFitSteps(randomizedSvdSteps(options));
}

/** Multiply-adds between two pauses of the stepwise SVD (a few milliseconds of work). */
const sliceWork = 2_000_000;
/** Gaussian draws between two pauses (each costs about ten multiply-adds). */
const sliceGaussians = 200_000;

/** Passes over the rows `randomizedSvdSteps` reports as progress: `rows.length` units each. */
export function randomizedSvdPasses(options: Pick<RandomizedSvdOptions, 'powerIterations'>): number {
  return 2 + 2 * (options.powerIterations ?? 3);
}

/**
 * `randomizedSvd` as pausable steps (see `FitSteps`): it pauses every few million multiply-adds and reports
 * rows finished in each of its `randomizedSvdPasses` passes over the rows. Same arithmetic in the same order.
 */
export function* randomizedSvdSteps(options: RandomizedSvdOptions): FitSteps<TruncatedSvd> {
  const { rows, columns, rank, oversampling = 10, powerIterations = 3, seed } = options;
  const width = Math.max(0, Math.min(rank + oversampling, rows.length, columns));
  if (width === 0) return { components: new Float64Array(0), singularValues: new Float64Array(0), rank: 0, columns };
  const random = createSeededRandom(seed);
  const sketch = new Float64Array(columns * width);
  for (let index = 0; index < sketch.length; index++) {
    sketch[index] = random.gaussian();
    if ((index + 1) % sliceGaussians === 0) yield 0;
  }

  let basis = yield* orthonormalise(yield* multiply(rows, sketch, width), width, 1);
  for (let iteration = 0; iteration < powerIterations; iteration++) {
    const transposed = yield* orthonormalise(yield* multiplyTransposed(rows, basis, columns, width), width, 1);
    basis = yield* orthonormalise(yield* multiply(rows, transposed, width), width, iteration === powerIterations - 1 ? 2 : 1);
  }
  // B = Qᵀ A, kept transposed (columns × width); its Gram matrix gives the singular triplets.
  const projected = yield* multiplyTransposed(rows, basis, columns, width);
  const products = new Float64Array(width * width);
  let work = 0;
  for (let column = 0; column < columns; column++) {
    const offset = column * width;
    for (let left = 0; left < width; left++) {
      const value = projected[offset + left]!;
      if (value === 0) continue;
      const row = left * width;
      for (let right = left; right < width; right++) products[row + right]! += value * projected[offset + right]!;
    }
    work += (width * width) / 2;
    if (work >= sliceWork) {
      work = 0;
      yield 0;
    }
  }
  const gram = new Matrix(width, width);
  for (let left = 0; left < width; left++) {
    for (let right = left; right < width; right++) {
      gram.set(left, right, products[left * width + right]!);
      gram.set(right, left, products[left * width + right]!);
    }
  }
  const decomposition = new EigenvalueDecomposition(gram, { assumeSymmetric: true });
  const eigenvalues = decomposition.realEigenvalues;
  const vectors = decomposition.eigenvectorMatrix;
  const order = eigenvalues.map((value, index) => ({ value, index })).sort((left, right) => right.value - left.value || left.index - right.index);
  const largest = Math.max(order[0]?.value ?? 0, 0);
  const kept = order.filter((entry) => entry.value > largest * 1e-10 && entry.value > 1e-12).slice(0, rank);

  const found = kept.length;
  const components = new Float64Array(columns * found);
  const singularValues = Float64Array.from(kept, (entry) => Math.sqrt(entry.value));
  for (let component = 0; component < found; component++) {
    const entry = kept[component]!;
    const scale = 1 / singularValues[component]!;
    for (let column = 0; column < columns; column++) {
      let sum = 0;
      for (let inner = 0; inner < width; inner++) sum += projected[column * width + inner]! * vectors.get(inner, entry.index);
      components[column * found + component] = sum * scale;
    }
    yield 0;
  }
  fixSigns(components, columns, found);
  return { components, singularValues, rank: found, columns };
}

/** A (rows × columns, sparse) · M (columns × width) → rows × width; reports rows finished. */
function* multiply(rows: readonly SparseVector[], matrix: Float64Array, width: number): FitSteps<Float64Array> {
  const result = new Float64Array(rows.length * width);
  let work = 0;
  let finished = 0;
  for (let rowIndex = 0; rowIndex < rows.length; rowIndex++) {
    const row = rows[rowIndex]!;
    const offset = rowIndex * width;
    for (let entry = 0; entry < row.indices.length; entry++) {
      const source = row.indices[entry]! * width;
      const value = row.values[entry]!;
      for (let inner = 0; inner < width; inner++) result[offset + inner]! += value * matrix[source + inner]!;
    }
    work += (row.indices.length + 1) * width;
    if (work >= sliceWork) {
      yield rowIndex + 1 - finished;
      finished = rowIndex + 1;
      work = 0;
    }
  }
  if (finished < rows.length) yield rows.length - finished;
  return result;
}

/** Aᵀ (columns × rows) · M (rows × width) → columns × width; reports rows finished. */
function* multiplyTransposed(rows: readonly SparseVector[], matrix: Float64Array, columns: number, width: number): FitSteps<Float64Array> {
  const result = new Float64Array(columns * width);
  let work = 0;
  let finished = 0;
  for (let rowIndex = 0; rowIndex < rows.length; rowIndex++) {
    const row = rows[rowIndex]!;
    const source = rowIndex * width;
    for (let entry = 0; entry < row.indices.length; entry++) {
      const offset = row.indices[entry]! * width;
      const value = row.values[entry]!;
      for (let inner = 0; inner < width; inner++) result[offset + inner]! += value * matrix[source + inner]!;
    }
    work += (row.indices.length + 1) * width;
    if (work >= sliceWork) {
      yield rowIndex + 1 - finished;
      finished = rowIndex + 1;
      work = 0;
    }
  }
  if (finished < rows.length) yield rows.length - finished;
  return result;
}

/**
 * Orthonormalises the columns of a row-major height × width matrix by classical Gram–Schmidt, repeated
 * `passes` times ("twice is enough" for a basis that must be orthonormal to machine precision; once suffices
 * between power iterations). Columns are transposed to contiguous arrays first, for speed.
 */
function* orthonormalise(matrix: Float64Array, width: number, passes: number): FitSteps<Float64Array> {
  const height = matrix.length / width;
  const columns = Array.from({ length: width }, (_, column) => {
    const values = new Float64Array(height);
    for (let row = 0; row < height; row++) values[row] = matrix[row * width + column]!;
    return values;
  });
  const dots = new Float64Array(width);
  for (let column = 0; column < width; column++) {
    const current = columns[column]!;
    for (let pass = 0; pass < passes; pass++) {
      for (let previous = 0; previous < column; previous++) {
        const other = columns[previous]!;
        let dot = 0;
        for (let row = 0; row < height; row++) dot += current[row]! * other[row]!;
        dots[previous] = dot;
      }
      for (let previous = 0; previous < column; previous++) {
        const other = columns[previous]!;
        const dot = dots[previous]!;
        if (dot !== 0) for (let row = 0; row < height; row++) current[row]! -= dot * other[row]!;
      }
    }
    let norm = 0;
    for (let row = 0; row < height; row++) norm += current[row]! * current[row]!;
    norm = Math.sqrt(norm);
    // A dependent column becomes zero and contributes nothing (the matrix has lower rank than asked for).
    const scale = norm > 1e-10 ? 1 / norm : 0;
    for (let row = 0; row < height; row++) current[row]! *= scale;
    yield 0;
  }
  for (let column = 0; column < width; column++) {
    const values = columns[column]!;
    for (let row = 0; row < height; row++) matrix[row * width + column] = values[row]!;
  }
  return matrix;
}

function fixSigns(components: Float64Array, columns: number, rank: number): void {
  for (let component = 0; component < rank; component++) {
    let largest = 0;
    for (let column = 0; column < columns; column++) {
      const value = components[column * rank + component]!;
      if (Math.abs(value) > Math.abs(largest) + 1e-12) largest = value;
    }
    if (largest < 0) for (let column = 0; column < columns; column++) components[column * rank + component]! *= -1;
  }
}
