import { describe, expect, it } from 'vitest';
import { TenetsInvalidInputError } from '../errors/tenets-invalid-input-error.ts';
import { reassignNoise } from './reassign-noise.ts';

function unit(angleDegrees: number): Float32Array {
  const radians = (angleDegrees * Math.PI) / 180;
  return Float32Array.of(Math.cos(radians), Math.sin(radians));
}

describe('reassignNoise', () => {
  // Cluster 0 sits around 0°, cluster 1 around 90°; both centroids are exactly on those axes.
  const vectors = [unit(-10), unit(10), unit(80), unit(100), unit(20), unit(60), unit(180)];
  const labels = Int32Array.of(0, 0, 1, 1, -1, -1, -1);

  it('moves noise to the most similar centroid when it clears the threshold', () => {
    const result = reassignNoise({ vectors, labels, threshold: 0.8 });
    // 20° → cluster 0 (cos 20° ≈ 0.940); 60° → cluster 1 (cos 30° ≈ 0.866); 180° stays noise (cos 90° = 0).
    expect(Array.from(result.labels)).toEqual([0, 0, 1, 1, 0, 1, -1]);
    expect(result.reassigned.map(({ index, label }) => ({ index, label }))).toEqual([
      { index: 4, label: 0 },
      { index: 5, label: 1 },
    ]);
    expect(result.reassigned[0]!.similarity).toBeCloseTo(Math.cos((20 * Math.PI) / 180), 6);
    expect(result.reassigned[1]!.similarity).toBeCloseTo(Math.cos((30 * Math.PI) / 180), 6);
  });

  it('keeps noise below the threshold and never mutates the input labels', () => {
    const result = reassignNoise({ vectors, labels, threshold: 0.9 });
    expect(Array.from(result.labels)).toEqual([0, 0, 1, 1, 0, -1, -1]);
    expect(result.reassigned.map(({ index }) => index)).toEqual([4]);
    expect(Array.from(labels)).toEqual([0, 0, 1, 1, -1, -1, -1]);
  });

  it('with a margin, leaves a point between two clusters as noise', () => {
    // 40°: cos 40° ≈ 0.766 to cluster 0, cos 50° ≈ 0.643 to cluster 1 (gap 0.123); 50°: the gap is the same the other way; 45°: no gap.
    const between = [unit(-10), unit(10), unit(80), unit(100), unit(40), unit(45), unit(50)];
    const noisy = Int32Array.of(0, 0, 1, 1, -1, -1, -1);
    expect(Array.from(reassignNoise({ vectors: between, labels: noisy, threshold: 0.5 }).labels)).toEqual([0, 0, 1, 1, 0, 0, 1]);
    expect(Array.from(reassignNoise({ vectors: between, labels: noisy, threshold: 0.5, margin: 0.1 }).labels)).toEqual([0, 0, 1, 1, 0, -1, 1]);
    expect(Array.from(reassignNoise({ vectors: between, labels: noisy, threshold: 0.5, margin: 0.2 }).labels)).toEqual([0, 0, 1, 1, -1, -1, -1]);
    // With one cluster there is no second to beat.
    expect(Array.from(reassignNoise({ vectors: [unit(0), unit(10), unit(30)], labels: Int32Array.of(0, 0, -1), threshold: 0.5, margin: 0.5 }).labels)).toEqual([0, 0, 0]);
    expect(() => reassignNoise({ vectors, labels, threshold: 0.5, margin: -1 })).toThrow(TenetsInvalidInputError);
  });

  it('uses the mean of normalised members, so vector length does not weight the centroid', () => {
    // A long member at 80° must not pull the centroid further than a unit one would.
    const scaled = [unit(0), Float32Array.from(unit(80), (value) => value * 100), unit(40)];
    const result = reassignNoise({ vectors: scaled, labels: Int32Array.of(0, 0, -1), threshold: 0.99 });
    expect(Array.from(result.labels)).toEqual([0, 0, 0]);
    expect(result.reassigned[0]!.similarity).toBeCloseTo(1, 6);
  });

  it('breaks similarity ties towards the lower label', () => {
    const diagonal = Float32Array.of(Math.SQRT1_2, Math.SQRT1_2);
    const result = reassignNoise({ vectors: [Float32Array.of(1, 0), Float32Array.of(0, 1), diagonal], labels: Int32Array.of(0, 1, -1), threshold: 0 });
    expect(result.reassigned).toEqual([{ index: 2, label: 0, similarity: expect.closeTo(Math.SQRT1_2, 6) }]);
  });

  it('returns the labels unchanged when there is no cluster or no noise', () => {
    expect(reassignNoise({ vectors: [unit(0), unit(5)], labels: Int32Array.of(-1, -1), threshold: -1 }).reassigned).toEqual([]);
    expect(Array.from(reassignNoise({ vectors: [unit(0)], labels: Int32Array.of(0), threshold: 0 }).labels)).toEqual([0]);
    expect(reassignNoise({ vectors: [], labels: new Int32Array(0), threshold: 0 })).toEqual({ labels: new Int32Array(0), reassigned: [] });
  });

  it('rejects mismatched lengths, mixed dimensions and a non-finite threshold', () => {
    expect(() => reassignNoise({ vectors: [unit(0)], labels: Int32Array.of(0, 0), threshold: 0 })).toThrow(TenetsInvalidInputError);
    expect(() => reassignNoise({ vectors: [unit(0), Float32Array.of(1, 0, 0)], labels: Int32Array.of(0, -1), threshold: 0 })).toThrow(
      'row 1 has 3 dimensions, expected 2',
    );
    expect(() => reassignNoise({ vectors: [unit(0)], labels: Int32Array.of(0), threshold: Number.NaN })).toThrow('threshold must be a finite number');
  });
});
