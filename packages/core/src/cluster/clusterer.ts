/** Options every clustering engine understands. Vectors are L2-normalised; distance is cosine. */
export interface ClusterOptions {
  vectors: readonly Float32Array[];
  /** Smallest group that counts as a cluster. */
  minClusterSize: number;
  /** Neighbours for the core distance. @default minClusterSize */
  minSamples?: number;
  /** Merge clusters split below this distance. @default 0 */
  clusterSelectionEpsilon?: number;
  seed: number;
  abortSignal?: AbortSignal;
}

export interface ClusterAssignment {
  /** Cluster label per vector, −1 for noise. Labels are 0..k−1, ordered by first member index. */
  labels: Int32Array;
  /** Membership strength per vector in [0, 1] (0 for noise). */
  probabilities: Float64Array;
  /** GLOSH-style outlier score per vector in [0, 1], when the engine computes it. */
  outlierScores?: Float64Array;
  warnings: string[];
}

/** The seam between stages and clustering engines (fast HDBSCAN, hdbscan-ts adapter, …). */
export interface Clusterer {
  readonly name: string;
  cluster(options: ClusterOptions): Promise<ClusterAssignment>;
}
