import { applyReview, draftMetricsOffline, draftPrinciplesOffline, type Cluster, type Metric, type Principle, type ReviewDecision } from '@tenets/core';
import type { ReviewArtefacts } from '../review-artefacts.ts';
import type { ReviewModel } from './review-model.ts';

const isClusterDecision = (decision: ReviewDecision) => decision.type.startsWith('cluster-');

/**
 * The run as reviewed, through core's `applyReview` in two passes: the cluster decisions first; then an
 * offline redraft of the metric and principle of every cluster they created or changed (merge, split,
 * noise), so those never show a stale draft; then the metric, principle and pair decisions over the result.
 */
export function buildReviewModel(artefacts: ReviewArtefacts, decisions: readonly ReviewDecision[], drafts: RedraftCache = new Map()): ReviewModel {
  const { aspects } = artefacts;
  const indexed = decisions.map((decision, index) => ({ decision, index }));
  const structural = indexed.filter(({ decision }) => isClusterDecision(decision));
  const rest = indexed.filter(({ decision }) => !isClusterDecision(decision));

  const first = applyReview({ clusters: artefacts.clustering, aspects }, { schemaVersion: 1, decisions: structural.map(({ decision }) => decision) });
  const originalIds = new Set(artefacts.clustering.clusters.map((cluster) => cluster.id));
  const reviewedClusters = first.clusters.clusters;
  const reviewedIds = new Set(reviewedClusters.map((cluster) => cluster.id));
  const changed = reviewedClusters.filter((cluster) => !originalIds.has(cluster.id));
  const gone = new Set([...originalIds].filter((id) => !reviewedIds.has(id)));
  const redrafted = redraft(artefacts, changed, drafts);
  const metrics = [...artefacts.metrics.filter((metric) => !metric.clusterIds.some((id) => gone.has(id))), ...redrafted.metrics];
  const principles = [...(artefacts.constitution?.principles ?? []).filter((principle) => !principle.clusterId || !gone.has(principle.clusterId)), ...redrafted.principles];

  const second = applyReview(
    { clusters: first.clusters, aspects, metrics, ...(artefacts.constitution ? { constitution: { ...artefacts.constitution, principles } } : {}) },
    { schemaVersion: 1, decisions: rest.map(({ decision }) => decision) },
  );
  const metricById = new Map(metrics.map((metric) => [metric.id, metric]));
  const principleById = new Map(principles.map((principle) => [principle.id, principle]));
  const unmatched = [
    ...first.unmatched.map((entry) => ({ index: structural[entry.index]!.index, reason: entry.reason })),
    ...second.unmatched.map((entry) => ({ index: rest[entry.index]!.index, reason: entry.reason })),
  ].sort((left, right) => left.index - right.index);
  // The input constitution is drafted-shaped (see ReviewArtefacts.constitution), so the result is too.
  const reviewedPrinciples = (second.constitution?.principles ?? []) as Principle[];
  return {
    artefacts,
    clusters: reviewedClusters,
    noiseAspectIds: first.clusters.noiseAspectIds,
    clusterNames: new Map(reviewedClusters.flatMap((cluster) => (cluster.label ? [[cluster.id, cluster.label] as const] : []))),
    metrics: second.metrics,
    rejectedMetrics: second.rejected.metricIds.map((id) => metricById.get(id)).filter((metric): metric is Metric => metric !== undefined),
    editedMetricIds: new Set(second.metrics.filter((metric) => metric.version > (metricById.get(metric.id)?.version ?? metric.version)).map((metric) => metric.id)),
    principles: reviewedPrinciples,
    rejectedPrinciples: second.rejected.principleIds.map((id) => principleById.get(id)).filter((principle): principle is Principle => principle !== undefined),
    acceptedPrincipleIds: new Set(second.acceptedPrincipleIds),
    editedPrincipleIds: new Set(reviewedPrinciples.filter((principle) => principleById.get(principle.id)?.text !== principle.text).map((principle) => principle.id)),
    droppedPairIds: new Set(second.pairs.droppedPairIds),
    pairScopes: new Map(Object.entries(second.pairs.scopes)),
    redraftedClusterIds: new Set(changed.map((cluster) => cluster.id)),
    modelDraftedClusterIds: new Map(changed.flatMap((cluster) => modelOf(drafts, cluster.id))),
    decisions: decisions.length,
    unmatched,
  };
}

/** Offline drafts by cluster id; an id is a hash of the members, so a draft stays valid for as long as its id exists. */
export type RedraftCache = Map<string, { metrics: Metric[]; principles: Principle[]; /** The model that drafted these, when not the offline engine. */ byModel?: string }>;

/** Offline drafts for the changed clusters only, one cluster at a time and each once: later decisions reuse them. */
function redraft(artefacts: ReviewArtefacts, clusters: readonly Cluster[], drafts: RedraftCache): { metrics: Metric[]; principles: Principle[] } {
  const metrics: Metric[] = [];
  const principles: Principle[] = [];
  for (const cluster of clusters) {
    let draft = drafts.get(cluster.id);
    if (!draft) {
      draft = offlineDraft(artefacts, cluster);
      drafts.set(cluster.id, draft);
    }
    metrics.push(...draft.metrics);
    principles.push(...draft.principles);
  }
  return { metrics, principles };
}

function modelOf(drafts: RedraftCache, clusterId: string): [string, string][] {
  const byModel = drafts.get(clusterId)?.byModel;
  return byModel ? [[clusterId, byModel]] : [];
}

/** Core's offline metric and principle for one cluster. */
export function offlineDraft(artefacts: ReviewArtefacts, cluster: Cluster): { metrics: Metric[]; principles: Principle[] } {
  const metrics = draftMetricsOffline({ clusters: [cluster], aspects: artefacts.aspects, feedback: artefacts.feedback });
  return { metrics, principles: draftPrinciplesOffline({ clusters: [cluster], metrics, aspects: artefacts.aspects, feedback: artefacts.feedback }) };
}
