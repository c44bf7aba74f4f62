import { describe, expect, it } from 'vitest';
import { kMeans } from './k-means.ts';

describe('kMeans', () => {
  // Three tight groups around (1,0), (0,1) and (−1,0).
  const vectors = [
    [1, 0.01], [0.99, 0], [1, -0.02],
    [0, 1], [0.02, 0.98], [-0.01, 1],
    [-1, 0], [-0.98, 0.01], [-1, -0.01],
  ];

  it('finds well-separated groups, labelled by first member', () => {
    const result = kMeans({ vectors, k: 3, seed: 1 });
    expect(Array.from(result.labels)).toEqual([0, 0, 0, 1, 1, 1, 2, 2, 2]);
    expect(result.clusterCount).toBe(3);
  });

  it('is deterministic for a seed', () => {
    const first = kMeans({ vectors, k: 2, seed: 5 });
    const second = kMeans({ vectors, k: 2, seed: 5 });
    expect(Array.from(first.labels)).toEqual(Array.from(second.labels));
    expect(first.clusterCount).toBe(2);
  });

  it('returns fewer clusters when there are fewer distinct points than k', () => {
    const result = kMeans({ vectors: [[1, 0], [1, 0], [0, 1]], k: 3, seed: 3 });
    expect(result.clusterCount).toBe(2);
    expect(result.labels[0]).toBe(result.labels[1]);
    expect(kMeans({ vectors: [], k: 2, seed: 1 }).clusterCount).toBe(0);
  });
});
