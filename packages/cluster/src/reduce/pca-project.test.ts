import { describe, expect, it } from 'vitest';
import { hdbscan } from '../hdbscan.ts';
import { adjustedRandIndex } from '../metrics/adjusted-rand-index.ts';
import { generateBlobs } from '../test/generate-blobs.ts';
import { pcaProject } from './pca-project.ts';

describe('pcaProject', () => {
  it('keeps the dot products of vectors that live in a low-dimensional subspace', async () => {
    // Rows spanned by three fixed directions in 20 dimensions: three components lose nothing.
    const directions = [0, 1, 2].map((seed) => generateBlobs({ count: 1, dimensions: 20, clusters: 1, spread: 0, seed: 60 + seed }).vectors[0]!);
    const vectors = Array.from({ length: 50 }, (_, row) => {
      const weights = [Math.cos(row), Math.sin(row * 1.3), 0.5 + row / 50];
      return Float32Array.from({ length: 20 }, (_, dimension) => weights.reduce((sum, weight, index) => sum + weight * directions[index]![dimension]!, 0));
    });
    const projected = await pcaProject({ vectors, dimensions: 20, components: 3, seed: 1 });
    expect(projected).toHaveLength(50);
    const normalised = vectors.map((vector) => {
      const norm = Math.hypot(...vector);
      return Array.from(vector, (value) => value / norm);
    });
    const dot = (left: ArrayLike<number>, right: ArrayLike<number>) => Array.from(left).reduce((sum, value, index) => sum + value * right[index]!, 0);
    for (const [left, right] of [[0, 1], [5, 17], [20, 49]] as const) {
      expect(projected[left]).toHaveLength(3);
      expect(Math.hypot(...projected[left]!)).toBeCloseTo(1, 5);
      expect(dot(projected[left]!, projected[right]!)).toBeCloseTo(dot(normalised[left]!, normalised[right]!), 4);
    }
  });

  it('is deterministic and keeps clusters when reducing 128 dimensions to 16', async () => {
    const blobs = generateBlobs({ count: 1500, dimensions: 128, clusters: 6, spread: 1, backgroundShare: 0.05, seed: 8 });
    const options = { vectors: blobs.vectors, minClusterSize: 15, seed: 8 };
    const reduced = await hdbscan({ ...options, pcaComponents: 16 });
    const again = await hdbscan({ ...options, pcaComponents: 16 });
    const unreduced = await hdbscan(options);
    expect(again.labels).toEqual(reduced.labels);
    expect(reduced.timings.pca).toBeGreaterThan(0);
    expect(adjustedRandIndex(reduced.labels, unreduced.labels)).toBeGreaterThan(0.95);
  });
});
