import type { ClusterAssignment, ClusterOptions, Clusterer } from '@tenets/core';
import { hdbscan, type HdbscanOptions } from './hdbscan.ts';

/** Engine settings fixed when the clusterer is made; the per-call `ClusterOptions` supply data and parameters. */
export type HdbscanClustererOptions = Pick<
  HdbscanOptions,
  | 'engine'
  | 'approximateFrom'
  | 'pcaComponents'
  | 'workers'
  | 'workerThreshold'
  | 'clusterSelectionMethod'
  | 'allowSingleCluster'
  | 'certifyNeighbours'
  | 'approximate'
>;

/**
 * The default Tenets clustering engine: our own HDBSCAN* over cosine distance (see `hdbscan`). Exact below
 * `approximateFrom` points (20,000 by default), approximate (NN-descent neighbour graph) from there on, which
 * it states in `warnings`. Deterministic for a given input, options and seed.
 */
export function createHdbscanClusterer(options: HdbscanClustererOptions = {}): Clusterer {
  return {
    name: 'tenets-hdbscan',
    async cluster({ vectors, minClusterSize, minSamples, clusterSelectionEpsilon, seed, abortSignal }: ClusterOptions): Promise<ClusterAssignment> {
      const result = await hdbscan({ ...options, vectors, minClusterSize, minSamples, clusterSelectionEpsilon, seed, abortSignal });
      const warnings = [...result.warnings];
      if (result.engine === 'approximate') {
        warnings.push(
          `Clustered ${vectors.length} points with the approximate engine (NN-descent neighbour graph); results can differ slightly from the exact engine.`,
        );
      }
      return { labels: result.labels, probabilities: result.probabilities, outlierScores: result.outlierScores, warnings };
    },
  };
}
