import { describe, expect, it } from 'vitest';
import { createHdbscanClusterer } from './create-hdbscan-clusterer.ts';
import { createHdbscanTsClusterer, hdbscanTsWarnings } from './create-hdbscan-ts-clusterer.ts';
import { adjustedRandIndex } from './metrics/adjusted-rand-index.ts';
import { generateBlobs } from './test/generate-blobs.ts';

describe('createHdbscanTsClusterer', () => {
  it('agrees exactly with tenets-hdbscan on well-separated blobs (the oracle check)', async () => {
    for (const seed of [1, 2]) {
      const blobs = generateBlobs({ count: 240, dimensions: 32, clusters: 4, spread: 0.4, seed });
      const options = { vectors: blobs.vectors, minClusterSize: 10, seed };
      const ours = await createHdbscanClusterer().cluster(options);
      const theirs = await createHdbscanTsClusterer().cluster(options);
      expect(adjustedRandIndex(ours.labels, blobs.labels)).toBe(1);
      expect(adjustedRandIndex(theirs.labels, ours.labels)).toBe(1);
      // Both number clusters by first member, so the labels are equal, not just the partitions.
      expect(theirs.labels).toEqual(ours.labels);
      expect(theirs.warnings).toEqual([]);
    }
  });

  it('returns noise for zero or one point instead of throwing like hdbscan-ts does', async () => {
    const clusterer = createHdbscanTsClusterer();
    expect(await clusterer.cluster({ vectors: [], minClusterSize: 2, seed: 0 })).toEqual({
      labels: new Int32Array(0),
      probabilities: new Float64Array(0),
      warnings: [],
    });
    const one = await clusterer.cluster({ vectors: [Float32Array.of(1, 0)], minClusterSize: 2, seed: 0 });
    expect(Array.from(one.labels)).toEqual([-1]);
  });

  it('says what it cannot do', () => {
    expect(hdbscanTsWarnings({ count: 1500, minSamples: 5, clusterSelectionEpsilon: 0 })).toEqual([]);
    expect(hdbscanTsWarnings({ count: 1501, minSamples: 1, clusterSelectionEpsilon: 0.1 })).toEqual([
      'hdbscan-ts is roughly cubic in the number of points: 1501 points will be slow; use the tenets-hdbscan engine.',
      'hdbscan-ts has no clusterSelectionEpsilon; it was ignored.',
      'hdbscan-ts cannot use minSamples = 1 (core distance 0); it used the nearest neighbour instead.',
    ]);
  });
});
