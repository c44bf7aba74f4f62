import { applyReviewWithRedraft, redraftOffline, type Cluster, type Metric, type Principle, type ReviewDecision } from '@tenets/core';
import type { ReviewArtefacts } from '../review-artefacts.ts';
import type { ReviewModel } from './review-model.ts';

/**
 * The run as reviewed, through core's `applyReviewWithRedraft` (the same review `tenets export` applies): the
 * cluster decisions first; then the metric and principle of every cluster they created or changed (merge, split,
 * noise) redrafted offline, or taken from `drafts` (model drafts, and offline ones from earlier calls, which it
 * keeps); then the metric, principle and pair decisions over the result.
 */
export function buildReviewModel(artefacts: ReviewArtefacts, decisions: readonly ReviewDecision[], drafts: RedraftCache = new Map()): ReviewModel {
  const reviewed = applyReviewWithRedraft(
    { clusters: artefacts.clustering, aspects: artefacts.aspects, feedback: artefacts.feedback, metrics: artefacts.metrics, ...(artefacts.constitution ? { constitution: artefacts.constitution } : {}) },
    { schemaVersion: 1, decisions: [...decisions] },
    drafts,
  );
  const originalIds = new Set(artefacts.clustering.clusters.map((cluster) => cluster.id));
  const reviewedClusters = reviewed.clusters.clusters;
  const changed = reviewedClusters.filter((cluster) => !originalIds.has(cluster.id));
  const redrafts = changed.flatMap((cluster) => drafts.get(cluster.id) ?? []);
  const metricById = new Map([...artefacts.metrics, ...redrafts.flatMap((draft) => draft.metrics)].map((metric) => [metric.id, metric]));
  const principleById = new Map([...(artefacts.constitution?.principles ?? []), ...redrafts.flatMap((draft) => draft.principles)].map((principle) => [principle.id, principle]));
  // The input constitution is drafted-shaped (see ReviewArtefacts.constitution), so the result is too.
  const reviewedPrinciples = (reviewed.constitution?.principles ?? []) as Principle[];
  return {
    artefacts,
    clusters: reviewedClusters,
    noiseAspectIds: reviewed.clusters.noiseAspectIds,
    clusterNames: new Map(reviewedClusters.flatMap((cluster) => (cluster.label ? [[cluster.id, cluster.label] as const] : []))),
    metrics: reviewed.metrics,
    rejectedMetrics: reviewed.rejected.metricIds.map((id) => metricById.get(id)).filter((metric): metric is Metric => metric !== undefined),
    editedMetricIds: new Set(reviewed.metrics.filter((metric) => metric.version > (metricById.get(metric.id)?.version ?? metric.version)).map((metric) => metric.id)),
    principles: reviewedPrinciples,
    rejectedPrinciples: reviewed.rejected.principleIds.map((id) => principleById.get(id)).filter((principle): principle is Principle => principle !== undefined),
    acceptedPrincipleIds: new Set(reviewed.acceptedPrincipleIds),
    editedPrincipleIds: new Set(reviewedPrinciples.filter((principle) => principleById.get(principle.id)?.text !== principle.text).map((principle) => principle.id)),
    droppedPairIds: new Set(reviewed.pairs.droppedPairIds),
    pairScopes: new Map(Object.entries(reviewed.pairs.scopes)),
    redraftedClusterIds: new Set(changed.map((cluster) => cluster.id)),
    modelDraftedClusterIds: new Map(changed.flatMap((cluster) => modelOf(drafts, cluster.id))),
    decisions: decisions.length,
    unmatched: reviewed.unmatched.map(({ index, reason }) => ({ index, reason })),
  };
}

/** Offline drafts by cluster id; an id is a hash of the members, so a draft stays valid for as long as its id exists. */
export type RedraftCache = Map<string, { metrics: Metric[]; principles: Principle[]; /** The model that drafted these, when not the offline engine. */ byModel?: string }>;

function modelOf(drafts: RedraftCache, clusterId: string): [string, string][] {
  const byModel = drafts.get(clusterId)?.byModel;
  return byModel ? [[clusterId, byModel]] : [];
}

/** Core's offline metric and principle for one cluster. */
export function offlineDraft(artefacts: ReviewArtefacts, cluster: Cluster): { metrics: Metric[]; principles: Principle[] } {
  return redraftOffline(artefacts, cluster);
}
