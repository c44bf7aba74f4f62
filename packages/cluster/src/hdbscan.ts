import { availableParallelism } from 'node:os';
import { TenetsConfigError } from '@tenets/core';
import { approximateNearestNeighbours, type ApproximateNeighbourOptions } from './approximate/approximate-nearest-neighbours.ts';
import { neighbourGraphSpanningTree } from './approximate/neighbour-graph-spanning-tree.ts';
import { startDenseWorkers } from './engine/dense-workers.ts';
import { neighbourForest } from './engine/neighbour-forest.ts';
import { componentPrimSpanningTree } from './engine/component-prim-spanning-tree.ts';
import { exactNearestNeighbours } from './engine/exact-nearest-neighbours.ts';
import { validateVectors } from './engine/validate-vectors.ts';
import { createVectorStore } from './engine/vector-store.ts';
import { pcaProject } from './reduce/pca-project.ts';
import { clusterStabilities } from './tree/cluster-stabilities.ts';
import { condenseTree } from './tree/condense-tree.ts';
import { labelPoints } from './tree/label-points.ts';
import { outlierScores } from './tree/outlier-scores.ts';
import { selectClusters, type ClusterSelectionMethod } from './tree/select-clusters.ts';
import { singleLinkageTree } from './tree/single-linkage-tree.ts';
import type { CondensedTree, MinimumSpanningTree } from './tree/tree-types.ts';

export type HdbscanEngine = 'auto' | 'exact' | 'approximate';

/** Below this many points `engine: 'auto'` runs the exact engine; from here on, the approximate one. */
export const defaultApproximateFrom = 20_000;
/** Neighbours listed per point by the exact engine to certify spanning-tree edges. */
export const defaultCertifyNeighbours = 16;
/** Below this many points everything runs on the main thread (starting workers costs more than it saves). */
export const defaultWorkerThreshold = 3_000;

export interface HdbscanOptions {
  /** One embedding per item; normalised here (with a warning) if not unit length. */
  vectors: readonly Float32Array[];
  /** Smallest group that counts as a cluster (≥ 2). */
  minClusterSize: number;
  /**
   * Density neighbourhood: a point's core distance is the distance to its minSamples-th nearest point, the point
   * itself counted as the first (scikit-learn / `hdbscan` convention; minSamples = 1 gives core distance 0).
   * @default minClusterSize
   */
  minSamples?: number;
  /** Cosine distance below which cluster splits are ignored (merged upwards). @default 0 */
  clusterSelectionEpsilon?: number;
  /** @default 'eom' */
  clusterSelectionMethod?: ClusterSelectionMethod;
  /** Allow the root to be selected as the one cluster. @default false */
  allowSingleCluster?: boolean;
  /** `'auto'` runs the exact engine below `approximateFrom` points and the approximate one from there. @default 'auto' */
  engine?: HdbscanEngine;
  /** @default 20_000 */
  approximateFrom?: number;
  /** Project onto this many principal components (uncentred, i.e. truncated SVD) before clustering. @default none */
  pcaComponents?: number;
  /** Worker threads besides the main thread; 0 runs single-threaded. @default min(available cores − 1, 3) */
  workers?: number;
  /**
   * Exact engine: nearest neighbours listed per point (at least 2 × (minSamples − 1)). More certify more
   * spanning-tree edges up front and leave less for the exact join. @default 16
   */
  certifyNeighbours?: number;
  /** Points below which workers are not started. @default 3_000 */
  workerThreshold?: number;
  /** Seeds the approximate neighbour search and the PCA sample. @default 0 */
  seed?: number;
  /** Tuning of the approximate engine. */
  approximate?: ApproximateNeighbourOptions;
  abortSignal?: AbortSignal;
  /** Internal: force the plain-JavaScript distance kernel (same results, slower). */
  _kernel?: 'wasm' | 'js';
}

export interface HdbscanResult {
  labels: Int32Array;
  probabilities: Float64Array;
  outlierScores: Float64Array;
  /** Condensed-tree cluster id behind each label. */
  clusterIds: Int32Array;
  condensedTree: CondensedTree;
  /** Stability per condensed-tree cluster, indexed by cluster id − n. */
  stabilities: Float64Array;
  coreDistances: Float64Array;
  spanningTree: MinimumSpanningTree;
  engine: 'exact' | 'approximate';
  warnings: string[];
  /** Milliseconds per phase, for benchmarks. */
  timings: Record<string, number>;
  /** How the engine went, for benchmarks and debugging. */
  diagnostics: HdbscanDiagnostics;
}

export interface HdbscanDiagnostics {
  /** Neighbours listed per point. */
  listedNeighbours?: number;
  /** Exact engine: components left after certifying neighbour edges (each costs one Prim step). */
  certifiedComponents?: number;
  /** Approximate engine: connected components of the neighbour graph before joining. */
  neighbourGraphComponents?: number;
  /** Approximate engine: NN-descent rounds run. */
  nnDescentRounds?: number;
  /** Worker threads used besides the main thread. */
  workers?: number;
}

/**
 * HDBSCAN* over cosine distance (Campello, Moulavi & Sander 2013; McInnes & Healy 2017): core distances,
 * mutual-reachability minimum spanning tree, single-linkage tree, condensed tree, EOM or leaf selection,
 * membership probabilities and GLOSH outlier scores. Deterministic: same input and options, same output.
 */
export async function hdbscan(options: HdbscanOptions): Promise<HdbscanResult> {
  const { vectors, minClusterSize, abortSignal } = options;
  const minSamples = options.minSamples ?? minClusterSize;
  const epsilon = options.clusterSelectionEpsilon ?? 0;
  const method = options.clusterSelectionMethod ?? 'eom';
  const allowSingleCluster = options.allowSingleCluster ?? false;
  checkOptions({ ...options, minSamples, epsilon, method });
  abortSignal?.throwIfAborted();

  const timings: Record<string, number> = {};
  const diagnostics: HdbscanDiagnostics = {};
  const warnings: string[] = [];
  let clock = performance.now();
  const lap = (phase: string) => {
    const now = performance.now();
    timings[phase] = (timings[phase] ?? 0) + (now - clock);
    clock = now;
  };

  const count = vectors.length;
  const { dimensions, unnormalisedCount } = validateVectors(vectors);
  if (unnormalisedCount > 0) warnings.push(`${unnormalisedCount} of ${count} vectors were not unit length and were normalised.`);
  const engine = options.engine === 'exact' || options.engine === 'approximate'
    ? options.engine
    : count >= (options.approximateFrom ?? defaultApproximateFrom) ? 'approximate' : 'exact';
  let neighbours = minSamples - 1;
  if (neighbours > count - 1 && count > 1) {
    warnings.push(`minSamples (${minSamples}) is larger than the ${count} points; core distances use all of them.`);
    neighbours = count - 1;
  }
  lap('validate');

  let coreDistances: Float64Array = new Float64Array(count);
  let spanningTree: MinimumSpanningTree = { from: new Int32Array(0), to: new Int32Array(0), weight: new Float64Array(0) };
  if (count >= 2) {
    let rows = vectors;
    let rowDimensions = dimensions;
    if (options.pcaComponents !== undefined && options.pcaComponents < dimensions) {
      rows = await pcaProject({ vectors, dimensions, components: options.pcaComponents, seed: options.seed ?? 0, abortSignal, kernel: options._kernel });
      rowDimensions = options.pcaComponents;
      lap('pca');
    }
    const workerCount = count >= (options.workerThreshold ?? defaultWorkerThreshold) ? (options.workers ?? defaultWorkers()) : 0;
    const store = createVectorStore({ vectors: rows, dimensions: rowDimensions, threads: 1 + workerCount, kernel: options._kernel });
    const workers = startDenseWorkers(store, workerCount);
    if (workerCount > 0 && workers === undefined) warnings.push('Worker threads were unavailable; clustering ran on one thread.');
    diagnostics.workers = workers?.count ?? 0;
    lap('prepare');
    try {
      if (engine === 'exact') {
        // More neighbours than the core distance needs: they certify most spanning-tree edges without search.
        // A listed edge can only be certified below the last listed distance, which must clear the core distance.
        const listed = Math.min(count - 1, Math.max(2 * neighbours, options.certifyNeighbours ?? defaultCertifyNeighbours));
        const lists = await exactNearestNeighbours({ store, neighbours: listed, workers, abortSignal });
        if (neighbours > 0) {
          for (let point = 0; point < count; point++) coreDistances[point] = lists.distances[point * listed + neighbours - 1]!;
        }
        lap('coreDistances');
        const forest = neighbourForest({ lists, neighbours: listed, coreDistances });
        diagnostics.listedNeighbours = listed;
        diagnostics.certifiedComponents = forest.componentCount;
        lap('certifiedForest');
        spanningTree = await componentPrimSpanningTree({ store, coreDistances, forest, workers, abortSignal });
        lap('spanningTree');
      } else {
        const graph = await approximateNearestNeighbours({ store, neighbours, seed: options.seed ?? 0, abortSignal, ...options.approximate });
        coreDistances = graph.coreDistances;
        diagnostics.listedNeighbours = graph.neighbours;
        diagnostics.nnDescentRounds = graph.rounds;
        lap('coreDistances');
        const result = await neighbourGraphSpanningTree({ store, graph });
        spanningTree = result.spanningTree;
        diagnostics.neighbourGraphComponents = result.components;
        if (result.components > 1) {
          warnings.push(`The approximate neighbour graph had ${result.components} components; they were joined by estimated shortest edges.`);
        }
        lap('spanningTree');
      }
    } finally {
      await workers?.close();
    }
  }

  const condensedTree = condenseTree(singleLinkageTree(spanningTree, count), minClusterSize);
  const stabilities = clusterStabilities(condensedTree);
  const selected = selectClusters({ tree: condensedTree, stabilities, method, epsilon, allowSingleCluster });
  const { labels, probabilities, clusterIds } = labelPoints({ tree: condensedTree, selected, allowSingleCluster, epsilon });
  const scores = outlierScores(condensedTree);
  lap('tree');
  if (count > 0 && count < minClusterSize) warnings.push(`Only ${count} points, fewer than minClusterSize (${minClusterSize}): all are noise.`);
  return {
    labels,
    probabilities,
    outlierScores: scores,
    clusterIds,
    condensedTree,
    stabilities,
    coreDistances,
    spanningTree,
    engine,
    warnings,
    timings,
    diagnostics,
  };
}

function defaultWorkers(): number {
  return Math.max(0, Math.min(availableParallelism() - 1, 3));
}

function checkOptions(options: HdbscanOptions & { minSamples: number; epsilon: number; method: string }) {
  const problems: string[] = [];
  if (!Array.isArray(options.vectors)) problems.push('vectors must be an array of Float32Array');
  if (!Number.isInteger(options.minClusterSize) || options.minClusterSize < 2) problems.push(`minClusterSize must be an integer ≥ 2, got ${options.minClusterSize}`);
  if (!Number.isInteger(options.minSamples) || options.minSamples < 1) problems.push(`minSamples must be an integer ≥ 1, got ${options.minSamples}`);
  if (!Number.isFinite(options.epsilon) || options.epsilon < 0) problems.push(`clusterSelectionEpsilon must be a finite number ≥ 0, got ${options.epsilon}`);
  if (options.method !== 'eom' && options.method !== 'leaf') problems.push(`clusterSelectionMethod must be 'eom' or 'leaf', got ${String(options.method)}`);
  if (options.engine !== undefined && !['auto', 'exact', 'approximate'].includes(options.engine)) problems.push(`engine must be 'auto', 'exact' or 'approximate'`);
  if (options.pcaComponents !== undefined && (!Number.isInteger(options.pcaComponents) || options.pcaComponents < 1)) {
    problems.push(`pcaComponents must be a positive integer, got ${options.pcaComponents}`);
  }
  if (options.workers !== undefined && (!Number.isInteger(options.workers) || options.workers < 0)) problems.push(`workers must be an integer ≥ 0, got ${options.workers}`);
  if (problems.length > 0) throw new TenetsConfigError({ message: `Invalid clustering options: ${problems.join('; ')}.` });
}
