import { draftPrinciplesOffline } from '../constitution/draft/offline/draft-principles-offline.ts';
import { draftMetricsOffline } from '../metrics/draft/offline/draft-metrics-offline.ts';
import type { Cluster } from '../schemas/cluster.ts';
import type { Feedback } from '../schemas/feedback.ts';
import type { Metric } from '../schemas/metric.ts';
import { isTestedConstitution, type Principle } from '../schemas/principle.ts';
import { applyReview, type ApplyReviewInput, type ApplyReviewResult } from './apply-review.ts';
import type { Review, ReviewDecision } from './review-decision.ts';

export interface ApplyReviewWithRedraftInput extends ApplyReviewInput {
  /** The run's feedback, which the offline drafter quotes. */
  feedback: readonly Feedback[];
}

/** A cluster's metric and principle drafted after a review decision changed it. */
export interface ClusterRedraft {
  metrics: Metric[];
  principles: Principle[];
}

const isClusterDecision = (decision: ReviewDecision) => decision.type.startsWith('cluster-');

/**
 * `applyReview` for the per-cluster metrics and drafted principles of `tenets run`, as the review screens show
 * them: the cluster decisions first; then every cluster they created (merge, split, noise) gets its metric and
 * principle drafted offline (or taken from `drafts`, keyed by cluster id; offline redrafts it computes are added
 * to `drafts`, so a caller that re-applies the review after each decision drafts each cluster once), replacing those of the clusters it
 * replaced; then the metric, principle and pair decisions over the result. Unmatched decisions keep their
 * positions in `review.decisions`. A tested constitution keeps its principles (a redraft is a drafted principle,
 * which a tested constitution cannot hold untested); only the metrics are redrafted then.
 */
export function applyReviewWithRedraft(input: ApplyReviewWithRedraftInput, review: Review, drafts: Map<string, ClusterRedraft> = new Map()): ApplyReviewResult {
  const indexed = review.decisions.map((decision, index) => ({ decision, index }));
  const structural = indexed.filter(({ decision }) => isClusterDecision(decision));
  const rest = indexed.filter(({ decision }) => !isClusterDecision(decision));
  const first = applyReview({ clusters: input.clusters, aspects: input.aspects }, { ...review, decisions: structural.map(({ decision }) => decision) });

  const originalIds = new Set(input.clusters.clusters.map((cluster) => cluster.id));
  const reviewedIds = new Set(first.clusters.clusters.map((cluster) => cluster.id));
  const changed = first.clusters.clusters.filter((cluster) => !originalIds.has(cluster.id));
  const gone = new Set([...originalIds].filter((id) => !reviewedIds.has(id)));
  const redrafts = changed.map((cluster) => {
    const redraft = drafts.get(cluster.id) ?? redraftOffline(input, cluster);
    drafts.set(cluster.id, redraft);
    return redraft;
  });
  const metrics = [...(input.metrics ?? []).filter((metric) => !metric.clusterIds.some((id) => gone.has(id))), ...redrafts.flatMap((redraft) => redraft.metrics)];
  const constitution =
    input.constitution === undefined || isTestedConstitution(input.constitution)
      ? input.constitution
      : { ...input.constitution, principles: [...input.constitution.principles.filter((principle) => !principle.clusterId || !gone.has(principle.clusterId)), ...redrafts.flatMap((redraft) => redraft.principles)] };

  const second = applyReview({ clusters: first.clusters, aspects: input.aspects, metrics, ...(constitution ? { constitution } : {}) }, { ...review, decisions: rest.map(({ decision }) => decision) });
  const unmatched = [
    ...first.unmatched.map((entry) => ({ ...entry, index: structural[entry.index]!.index })),
    ...second.unmatched.map((entry) => ({ ...entry, index: rest[entry.index]!.index })),
  ].sort((left, right) => left.index - right.index);
  return {
    ...second,
    // The second pass holds no cluster decision; the first pass's clusters keep their accepted flags and names.
    clusters: first.clusters,
    rejected: { ...second.rejected, clusterIds: [...new Set([...first.rejected.clusterIds, ...second.rejected.clusterIds])].sort() },
    undraftedClusterIds: [],
    unmatched,
  };
}

/** Core's offline metric and principle for one cluster. */
export function redraftOffline(input: Pick<ApplyReviewWithRedraftInput, 'aspects' | 'feedback'>, cluster: Cluster): ClusterRedraft {
  const metrics = draftMetricsOffline({ clusters: [cluster], aspects: input.aspects, feedback: input.feedback });
  return { metrics, principles: draftPrinciplesOffline({ clusters: [cluster], metrics, aspects: input.aspects, feedback: input.feedback }) };
}
