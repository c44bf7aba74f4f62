import { availableParallelism } from 'node:os';
import type { ApproximateNeighbourOptions } from './approximate/approximate-nearest-neighbours.ts';
import { approximateSpanningTree } from './approximate/approximate-spanning-tree.ts';
import { WorkerFailure, startDenseWorkers, yieldToEventLoop } from './engine/dense-workers.ts';
import { exactSpanningTree } from './engine/exact-spanning-tree.ts';
import { validateVectors } from './engine/validate-vectors.ts';
import { createVectorStore } from './engine/vector-store.ts';
import { checkHdbscanOptions } from './check-hdbscan-options.ts';
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
  /**
   * Worker threads besides the main thread for the exact engine's two dense passes; 0 runs single-threaded. The
   * result is the same either way. On a machine already busy with other work, 0 can be faster.
   * @default min(available cores − 1, 3)
   */
  workers?: number;
  /**
   * Exact engine: nearest neighbours listed per point (at least minSamples − 1 + 8). More certify more
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
  /** Internal: load workers from another file (tests use a missing one to exercise the fallback). */
  _workerUrl?: URL;
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
  checkHdbscanOptions({ ...options, minSamples, epsilon, method });
  abortSignal?.throwIfAborted();

  const timings: Record<string, number> = {};
  const diagnostics: HdbscanDiagnostics = {};
  const warnings: string[] = [];
  let clock = performance.now();
  const lap = async (phase: string) => {
    const now = performance.now();
    timings[phase] = (timings[phase] ?? 0) + (now - clock);
    // Phases are long synchronous stretches: let timers (and so abort signals) run between them.
    await yieldToEventLoop();
    abortSignal?.throwIfAborted();
    clock = performance.now();
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
  await lap('validate');

  let coreDistances: Float64Array = new Float64Array(count);
  let spanningTree: MinimumSpanningTree = { from: new Int32Array(0), to: new Int32Array(0), weight: new Float64Array(0) };
  if (count >= 2) {
    let rows = vectors;
    let rowDimensions = dimensions;
    if (options.pcaComponents !== undefined && options.pcaComponents < dimensions) {
      rows = await pcaProject({ vectors, dimensions, components: options.pcaComponents, seed: options.seed ?? 0, abortSignal, kernel: options._kernel });
      rowDimensions = options.pcaComponents;
      await lap('pca');
    } else if (options.pcaComponents !== undefined) {
      warnings.push(`pcaComponents (${options.pcaComponents}) is not below the ${dimensions} dimensions; vectors were not reduced.`);
    }
    // Only the exact engine's dense passes use workers; the approximate engine runs on the main thread.
    const workerCount = engine === 'exact' && count >= (options.workerThreshold ?? defaultWorkerThreshold) ? (options.workers ?? defaultWorkers()) : 0;
    const store = createVectorStore({ vectors: rows, dimensions: rowDimensions, threads: 1 + workerCount, kernel: options._kernel });
    let workers = startDenseWorkers(store, workerCount, options._workerUrl);
    if (workerCount > 0 && workers === undefined) warnings.push('Worker threads were unavailable; clustering ran on one thread.');
    diagnostics.workers = workers?.count ?? 0;
    try {
      await lap('prepare');
      if (engine === 'exact') {
        const runExact = () =>
          exactSpanningTree({
            store,
            neighbours,
            certifyNeighbours: options.certifyNeighbours ?? defaultCertifyNeighbours,
            workers,
            abortSignal,
            onPhase: lap,
          });
        let exact: Awaited<ReturnType<typeof runExact>>;
        try {
          exact = await runExact();
        } catch (error) {
          if (!(error instanceof WorkerFailure)) throw error;
          // Same result on one thread; a broken worker should cost time, not the run.
          await workers?.close();
          workers = undefined;
          diagnostics.workers = 0;
          warnings.push(`Worker threads failed (${error.message}); clustering ran on one thread.`);
          exact = await runExact();
        }
        ({ coreDistances, spanningTree } = exact);
        diagnostics.listedNeighbours = exact.listedNeighbours;
        diagnostics.certifiedComponents = exact.certifiedComponents;
      } else {
        const approximate = await approximateSpanningTree({
          store,
          neighbours,
          seed: options.seed ?? 0,
          tuning: options.approximate,
          abortSignal,
          onPhase: lap,
        });
        ({ coreDistances, spanningTree } = approximate);
        diagnostics.listedNeighbours = approximate.listedNeighbours;
        diagnostics.nnDescentRounds = approximate.nnDescentRounds;
        diagnostics.neighbourGraphComponents = approximate.components;
        if (approximate.components > 1) {
          warnings.push(`The approximate neighbour graph had ${approximate.components} components; they were joined by estimated shortest edges.`);
        }
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
  await lap('tree');
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
