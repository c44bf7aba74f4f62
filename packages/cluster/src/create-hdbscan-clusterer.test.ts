import { describe, expect, it } from 'vitest';
import type { Clusterer } from '@tenets/core';
import { createHdbscanClusterer } from './create-hdbscan-clusterer.ts';
import { adjustedRandIndex } from './metrics/adjusted-rand-index.ts';
import { generateBlobs } from './test/generate-blobs.ts';

describe('createHdbscanClusterer', () => {
  it('implements the Clusterer seam with labels, probabilities and outlier scores', async () => {
    const clusterer: Clusterer = createHdbscanClusterer();
    expect(clusterer.name).toBe('tenets-hdbscan');
    const blobs = generateBlobs({ count: 200, dimensions: 16, clusters: 3, spread: 0.5, backgroundShare: 0.05, seed: 4 });
    const result = await clusterer.cluster({ vectors: blobs.vectors, minClusterSize: 8, seed: 4 });
    expect(adjustedRandIndex(result.labels, blobs.labels)).toBeGreaterThan(0.95);
    expect(result.labels).toBeInstanceOf(Int32Array);
    expect(result.probabilities).toHaveLength(200);
    expect(result.outlierScores).toHaveLength(200);
    expect(result.warnings).toEqual([]);
  });

  it('says when it used the approximate engine', async () => {
    const blobs = generateBlobs({ count: 600, dimensions: 16, clusters: 3, spread: 0.5, seed: 6 });
    const result = await createHdbscanClusterer({ approximateFrom: 500 }).cluster({ vectors: blobs.vectors, minClusterSize: 10, seed: 6 });
    expect(result.warnings).toContain(
      'Clustered 600 points with the approximate engine (NN-descent neighbour graph); results can differ slightly from the exact engine.',
    );
    expect(adjustedRandIndex(result.labels, blobs.labels)).toBe(1);
  });
});
