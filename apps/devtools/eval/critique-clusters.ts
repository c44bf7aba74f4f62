import { labelCritiques, type Aspect, type Clustering, type Feedback } from '@tenets/core';

/** Each critique's predicted cluster id under a clustering (see `labelCritiques`), `undefined` for noise. */
export function critiqueClusters(feedback: readonly Feedback[], aspects: readonly Aspect[], clustering: Clustering): Array<string | undefined> {
  const clusterOf = new Map<string, string>();
  for (const cluster of clustering.clusters) for (const aspectId of cluster.aspectIds) clusterOf.set(aspectId, cluster.id);
  return labelCritiques(feedback.map((record) => record.id), aspects, clusterOf);
}

/** Noise as one shared label, or as one label per noise critique (each its own singleton cluster). */
export function withNoise(predicted: ReadonlyArray<string | undefined>, treatment: 'one-label' | 'singletons'): string[] {
  return predicted.map((label, index) => label ?? (treatment === 'one-label' ? 'noise' : `noise-${index}`));
}
