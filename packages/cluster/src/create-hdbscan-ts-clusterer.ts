import { HDBSCAN } from 'hdbscan-ts';
import type { ClusterAssignment, ClusterOptions, Clusterer } from '@tenets/core';
import { validateVectors } from './engine/validate-vectors.ts';

/** Above this many points the adapter warns: hdbscan-ts is roughly cubic (≈ 14 s at 2,000 × 384). */
export const hdbscanTsWarningThreshold = 1_500;

/** What the hdbscan-ts adapter cannot do as asked, in words for the user. */
export function hdbscanTsWarnings({ count, minSamples, clusterSelectionEpsilon }: { count: number; minSamples: number; clusterSelectionEpsilon: number }): string[] {
  const warnings: string[] = [];
  if (count > hdbscanTsWarningThreshold) {
    warnings.push(`hdbscan-ts is roughly cubic in the number of points: ${count} points will be slow; use the tenets-hdbscan engine.`);
  }
  if (clusterSelectionEpsilon !== 0) warnings.push('hdbscan-ts has no clusterSelectionEpsilon; it was ignored.');
  if (minSamples === 1) warnings.push('hdbscan-ts cannot use minSamples = 1 (core distance 0); it used the nearest neighbour instead.');
  return warnings;
}

/**
 * Adapter over `hdbscan-ts` 1.0.17, kept for small inputs and as a test oracle. Rows are L2-normalised so its
 * squared Euclidean distance equals 2 × cosine distance. Differences it cannot hide, reported in `warnings`:
 * it is O(n³); it has no `clusterSelectionEpsilon`; its core distance skips the point itself, so minSamples is
 * passed as minSamples − 1 to match the usual convention (minSamples = 1 cannot be expressed); its stability
 * is simplified and tends to mark overlapping clusters as noise. It throws on a single point, which is noise here.
 */
export function createHdbscanTsClusterer(): Clusterer {
  return {
    name: 'hdbscan-ts',
    async cluster({ vectors, minClusterSize, minSamples = minClusterSize, clusterSelectionEpsilon = 0, abortSignal }: ClusterOptions): Promise<ClusterAssignment> {
      abortSignal?.throwIfAborted();
      const count = vectors.length;
      const warnings = hdbscanTsWarnings({ count, minSamples, clusterSelectionEpsilon });
      if (count < 2) return { labels: new Int32Array(count).fill(-1), probabilities: new Float64Array(count), warnings };
      validateVectors(vectors);

      const rows = vectors.map((vector) => {
        let squaredNorm = 0;
        for (const value of vector) squaredNorm += value * value;
        const norm = Math.sqrt(squaredNorm);
        return Array.from(vector, (value) => value / norm);
      });
      const engine = new HDBSCAN({ minClusterSize, minSamples: Math.max(1, minSamples - 1) });
      const rawLabels = engine.fit(rows);
      const labels = new Int32Array(count).fill(-1);
      const probabilities = new Float64Array(count);
      const labelOf = new Map<number, number>();
      for (let point = 0; point < count; point++) {
        const raw = rawLabels[point]!;
        if (raw < 0) continue;
        let label = labelOf.get(raw);
        if (label === undefined) {
          label = labelOf.size;
          labelOf.set(raw, label);
        }
        labels[point] = label;
        const probability = engine.probabilities_[point]!;
        // hdbscan-ts divides by zero when a cluster's points are all equally far apart: full membership.
        probabilities[point] = Number.isFinite(probability) ? Math.min(1, Math.max(0, probability)) : 1;
      }
      return { labels, probabilities, warnings };
    },
  };
}
