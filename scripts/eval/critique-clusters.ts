import type { Aspect, Clustering, Feedback } from '@tenets/core';

/**
 * The predicted label of each critique: the cluster holding most of its aspects (ties go to the aspect that
 * comes first in the critique), or `undefined` when none of its aspects is in a cluster (noise, or no aspect).
 */
export function critiqueClusters(feedback: readonly Feedback[], aspects: readonly Aspect[], clustering: Clustering): Array<string | undefined> {
  const clusterOf = new Map<string, string>();
  for (const cluster of clustering.clusters) for (const aspectId of cluster.aspectIds) clusterOf.set(aspectId, cluster.id);
  const byFeedback = new Map<string, Aspect[]>();
  for (const aspect of aspects) byFeedback.set(aspect.feedbackId, [...(byFeedback.get(aspect.feedbackId) ?? []), aspect]);
  return feedback.map((record) => {
    const ordered = (byFeedback.get(record.id) ?? []).sort((left, right) => left.evidence.critique.start - right.evidence.critique.start);
    const votes = new Map<string, number>();
    let best: string | undefined;
    for (const aspect of ordered) {
      const cluster = clusterOf.get(aspect.id);
      if (cluster === undefined) continue;
      votes.set(cluster, (votes.get(cluster) ?? 0) + 1);
      if (best === undefined || votes.get(cluster)! > votes.get(best)!) best = cluster;
    }
    return best;
  });
}

/** Noise as one shared label, or as one label per noise critique (each its own singleton cluster). */
export function withNoise(predicted: ReadonlyArray<string | undefined>, treatment: 'one-label' | 'singletons'): string[] {
  return predicted.map((label, index) => label ?? (treatment === 'one-label' ? 'noise' : `noise-${index}`));
}
