import { Matrix, SVD } from 'ml-matrix';
import { describe, expect, it } from 'vitest';
import { createGaussianRandom as createSeededRandom } from '../../util/seeded-random.ts';
import { randomizedSvd } from './randomized-svd.ts';
import { sparseFromMap } from './sparse-vector.ts';

/** A seeded sparse matrix with a few strong directions plus noise, like a TF-IDF matrix. */
function sparseMatrix(rowCount: number, columns: number, seed: number) {
  const random = createSeededRandom(seed);
  return Array.from({ length: rowCount }, (_, row) => {
    const entries = new Map<number, number>();
    const topic = row % 4;
    for (let column = topic * 10; column < topic * 10 + 10; column++) if (random.next() < 0.5) entries.set(column, 1 + random.next());
    for (let noise = 0; noise < 3; noise++) entries.set(Math.floor(random.next() * columns), random.next() * 0.3);
    return sparseFromMap(entries);
  });
}

describe('randomizedSvd', () => {
  const rows = sparseMatrix(60, 50, 3);
  const dense = new Matrix(rows.map((row) => Array.from({ length: 50 }, (_, column) => {
    const position = row.indices.indexOf(column);
    return position >= 0 ? row.values[position]! : 0;
  })));

  it('finds the leading singular values of an exact SVD', () => {
    const exact = new SVD(dense, { computeLeftSingularVectors: false, computeRightSingularVectors: false }).diagonal.slice(0, 5);
    const approximate = randomizedSvd({ rows, columns: 50, rank: 5, seed: 1 });
    expect(approximate.rank).toBe(5);
    // The four topic directions are found to 1e-4 (relative); the fifth sits in the noise and only to 1e-2.
    approximate.singularValues.forEach((value, index) => expect(value / exact[index]!).toBeCloseTo(1, index < 4 ? 4 : 2));
  });

  it('returns orthonormal components with deterministic signs', () => {
    // Four strong directions (the four "topics"): well separated, so any sketch finds the same ones.
    const first = randomizedSvd({ rows, columns: 50, rank: 4, seed: 1 });
    const second = randomizedSvd({ rows, columns: 50, rank: 4, seed: 99 });
    for (let left = 0; left < 4; left++) {
      for (let right = 0; right < 4; right++) {
        let dot = 0;
        for (let column = 0; column < 50; column++) dot += first.components[column * 4 + left]! * first.components[column * 4 + right]!;
        expect(dot).toBeCloseTo(left === right ? 1 : 0, 8);
      }
    }
    // A different sketch converges to the same subspace (to the accuracy of 3 power iterations), and the sign
    // convention makes the vectors equal.
    first.components.forEach((value, index) => expect(second.components[index]).toBeCloseTo(value, 3));
  });

  it('stops at the rank of the matrix', () => {
    const lowRank = [sparseFromMap(new Map([[0, 1], [1, 1]])), sparseFromMap(new Map([[0, 2], [1, 2]]))];
    expect(randomizedSvd({ rows: lowRank, columns: 3, rank: 3, seed: 1 }).rank).toBe(1);
    expect(randomizedSvd({ rows: [], columns: 3, rank: 3, seed: 1 }).rank).toBe(0);
  });
});
