import type { Aspect } from '../schemas/aspect.ts';
import type { Cluster } from '../schemas/cluster.ts';
import type { Metric } from '../schemas/metric.ts';
import type { Principle } from '../schemas/principle.ts';
import type { AspectAnchor, GroupAnchor } from './review-anchor.ts';

/** The sorted, distinct feedback ids behind a list of aspect ids (unknown aspect ids are skipped). */
export function feedbackIdsOf(aspectIds: readonly string[], aspectsById: ReadonlyMap<string, Aspect>): string[] {
  const ids = new Set<string>();
  for (const aspectId of aspectIds) {
    const aspect = aspectsById.get(aspectId);
    if (aspect) ids.add(aspect.feedbackId);
  }
  return [...ids].sort();
}

/** Anchors for the review screens: what a decision about this item records so it survives a re-run. */
export const anchorOf = {
  cluster(cluster: Pick<Cluster, 'aspectIds'>, aspectsById: ReadonlyMap<string, Aspect>): GroupAnchor {
    return { feedbackIds: feedbackIdsOf(cluster.aspectIds, aspectsById) };
  },
  metric(metric: Pick<Metric, 'supportingAspectIds'>, aspectsById: ReadonlyMap<string, Aspect>): GroupAnchor {
    return { feedbackIds: feedbackIdsOf(metric.supportingAspectIds, aspectsById) };
  },
  principle(principle: Pick<Principle, 'supportingFeedbackIds'>): GroupAnchor {
    return { feedbackIds: [...new Set(principle.supportingFeedbackIds)].sort() };
  },
  aspect(aspect: Aspect): AspectAnchor {
    return { feedbackId: aspect.feedbackId, quote: aspect.evidence.critique.quote };
  },
};
