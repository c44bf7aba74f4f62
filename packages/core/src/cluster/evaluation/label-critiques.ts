import type { Aspect } from '../../schemas/aspect.ts';

/**
 * The predicted label of each critique from the clusters of its aspects: the cluster holding most of them (ties
 * go to the aspect that comes first in the critique), or `undefined` when none of its aspects is in a cluster.
 * This is how `npm run eval` and the fixture test score aspect clusterings against per-critique labels.
 */
export function labelCritiques(feedbackIds: readonly string[], aspects: readonly Aspect[], clusterOf: ReadonlyMap<string, string>): Array<string | undefined> {
  const byFeedback = new Map<string, Aspect[]>();
  for (const aspect of aspects) byFeedback.set(aspect.feedbackId, [...(byFeedback.get(aspect.feedbackId) ?? []), aspect]);
  return feedbackIds.map((feedbackId) => {
    const ordered = [...(byFeedback.get(feedbackId) ?? [])].sort((left, right) => left.evidence.critique.start - right.evidence.critique.start);
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
