import { defaultMinClusterSize } from './default-min-cluster-size.ts';

export interface OfflineClusteringDefaults {
  /** `defaultMinClusterSize(n)`: round(√n / 2) for small logs, 1 % of n for large ones, within 3…1000. */
  minClusterSize: number;
  /** 3: a small density neighbourhood. With minSamples = minClusterSize, HDBSCAN calls most lexical points noise. */
  minSamples: number;
  /**
   * 0.3: noise aspects join the nearest cluster when their centroid cosine similarity is at least this. Measured
   * on the labelled DEV fixtures (apps/devtools/eval/topic-and-reassignment.ts): no reassignment leaves 12–20 % of
   * critiques as noise and scores lowest; 0.3 scored best on average (0.2 moved more aspects into the wrong cluster,
   * 0.4 and 0.5 and a margin over the second-nearest cluster left more noise for no gain).
   */
  reassignNoiseThreshold: number;
}

/**
 * HDBSCAN settings for lexical (TF-IDF + LSA) embeddings of n aspects, measured on the support-assistant fixture
 * at 150 to 1,440 critiques (docs/offline-engine.md). Lexical neighbourhoods are sparse and uneven, so the
 * density estimate uses few neighbours and borderline points are attached to their nearest cluster.
 */
export function offlineClusteringDefaults(aspectCount: number): OfflineClusteringDefaults {
  const minClusterSize = defaultMinClusterSize(aspectCount);
  return { minClusterSize, minSamples: Math.min(3, minClusterSize), reassignNoiseThreshold: 0.3 };
}
