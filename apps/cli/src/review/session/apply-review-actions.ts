import { contentId, draftMetricsOffline, draftPrinciplesOffline, type Aspect, type Cluster, type Metric, type Principle } from '@tenets/core';
import type { ReviewAction } from '../review-action.ts';
import type { ReviewArtefacts } from '../review-artefacts.ts';
import type { ReviewModel } from './review-model.ts';

const structural = new Set<ReviewAction['type']>(['merge-clusters', 'split-cluster', 'mark-noise']);

/**
 * Replays review actions over a run, in order: first the cluster changes (merge, split, noise, rename), then an
 * offline redraft of the metric and principle of every cluster they changed, then metric, principle and pair
 * decisions. An action whose target is gone is listed in `unmatched`, never thrown.
 */
export function applyReviewActions(artefacts: ReviewArtefacts, actions: readonly ReviewAction[]): ReviewModel {
  const clusters = new Map(artefacts.clustering.clusters.map((cluster) => [cluster.id, cluster]));
  const noise = new Set(artefacts.clustering.noiseAspectIds);
  const clusterNames = new Map<string, string>();
  const changed = new Set<string>();
  const removed = new Set<string>();
  const unmatched: ReviewModel['unmatched'] = [];
  const aspectById = new Map(artefacts.aspects.map((aspect) => [aspect.id, aspect]));
  const miss = (index: number, reason: string) => unmatched.push({ index, reason });

  actions.forEach((action, index) => {
    if (action.type === 'rename-cluster') {
      if (clusters.has(action.clusterId)) clusterNames.set(action.clusterId, action.name);
      else miss(index, `cluster ${action.clusterId} is gone`);
    } else if (action.type === 'merge-clusters') {
      const target = clusters.get(action.targetId);
      const source = clusters.get(action.sourceId);
      if (!target || !source || target === source) return miss(index, `cannot merge ${action.sourceId} into ${action.targetId}`);
      clusters.set(target.id, withMembers(target, [...target.aspectIds, ...source.aspectIds], aspectById));
      clusters.delete(source.id);
      removed.add(source.id);
      changed.add(target.id);
    } else if (action.type === 'split-cluster') {
      const cluster = clusters.get(action.clusterId);
      const taken = new Set(action.aspectIds.filter((id) => cluster?.aspectIds.includes(id)));
      if (!cluster || taken.size === 0 || taken.size === cluster.aspectIds.length) return miss(index, `cannot split ${action.aspectIds.length} member(s) off ${action.clusterId}`);
      const splitIds = [...taken].sort();
      const split = withMembers({ ...cluster, id: contentId('clu', 'split', ...splitIds), reassignedAspectIds: [] }, splitIds, aspectById);
      clusters.set(cluster.id, withMembers(cluster, cluster.aspectIds.filter((id) => !taken.has(id)), aspectById));
      clusters.set(split.id, split);
      changed.add(cluster.id).add(split.id);
    } else if (action.type === 'mark-noise') {
      const cluster = clusters.get(action.clusterId);
      if (!cluster) return miss(index, `cluster ${action.clusterId} is gone`);
      for (const id of cluster.aspectIds) noise.add(id);
      clusters.delete(cluster.id);
      removed.add(cluster.id);
    }
  });
  for (const id of removed) changed.delete(id);

  const reviewedClusters = [...clusters.values()];
  const redrafted = redraft(artefacts, reviewedClusters.filter((cluster) => changed.has(cluster.id)));
  const touched = new Set([...changed, ...removed]);
  let metrics: Metric[] = [...artefacts.metrics.filter((metric) => !metric.clusterIds.some((id) => touched.has(id))), ...redrafted.metrics];
  let principles: Principle[] = [...(artefacts.constitution?.principles ?? []).filter((principle) => !principle.clusterId || !touched.has(principle.clusterId)), ...redrafted.principles];
  const rejectedMetrics = new Map<string, Metric>();
  const rejectedPrinciples = new Map<string, Principle>();
  const editedMetricIds = new Set<string>();
  const editedPrincipleIds = new Set<string>();
  const acceptedPrincipleIds = new Set<string>();
  const droppedPairIds = new Set<string>();
  const pairScopes = new Map<string, string>();
  const pairIds = new Set((artefacts.preferences ?? []).map((pair) => pair.id));

  actions.forEach((action, index) => {
    if (structural.has(action.type) || action.type === 'rename-cluster') return;
    if (action.type === 'edit-metric') {
      const found = metrics.find((metric) => metric.id === action.metricId);
      if (!found) return miss(index, `metric ${action.metricId} is gone`);
      metrics = metrics.map((metric) => (metric === found ? { ...metric, [action.field]: action.value } : metric));
      editedMetricIds.add(action.metricId);
    } else if (action.type === 'reject-metric') {
      const found = metrics.find((metric) => metric.id === action.metricId);
      if (!found) return miss(index, `metric ${action.metricId} is gone`);
      metrics = metrics.filter((metric) => metric !== found);
      rejectedMetrics.set(found.id, found);
    } else if (action.type === 'restore-metric') {
      const found = rejectedMetrics.get(action.metricId);
      if (!found) return miss(index, `metric ${action.metricId} is not rejected`);
      rejectedMetrics.delete(found.id);
      metrics = [...metrics, found];
    } else if (action.type === 'accept-principle' || action.type === 'edit-principle' || action.type === 'move-principle' || action.type === 'reject-principle') {
      const position = principles.findIndex((principle) => principle.id === action.principleId);
      if (position < 0) return miss(index, `principle ${action.principleId} is gone`);
      if (action.type === 'accept-principle') acceptedPrincipleIds.add(action.principleId);
      else if (action.type === 'edit-principle') {
        principles = principles.map((principle, at) => (at === position ? { ...principle, text: action.text } : principle));
        editedPrincipleIds.add(action.principleId);
      } else if (action.type === 'move-principle') {
        const to = position + action.offset;
        if (to < 0 || to >= principles.length) return;
        const next = [...principles];
        [next[position], next[to]] = [next[to]!, next[position]!];
        principles = next;
      } else {
        rejectedPrinciples.set(action.principleId, principles[position]!);
        acceptedPrincipleIds.delete(action.principleId);
        principles = principles.filter((_, at) => at !== position);
      }
    } else if (action.type === 'restore-principle') {
      const found = rejectedPrinciples.get(action.principleId);
      if (!found) return miss(index, `principle ${action.principleId} is not rejected`);
      rejectedPrinciples.delete(found.id);
      principles = [...principles, found];
    } else if (action.type === 'drop-pair' || action.type === 'edit-scope') {
      if (!pairIds.has(action.pairId)) miss(index, `pair ${action.pairId} is gone`);
      else if (action.type === 'drop-pair') droppedPairIds.add(action.pairId);
      else pairScopes.set(action.pairId, action.scope);
    }
  });

  return {
    artefacts,
    clusters: reviewedClusters.sort((left, right) => (left.id < right.id ? -1 : left.id > right.id ? 1 : 0)),
    noiseAspectIds: [...noise].sort(),
    clusterNames,
    metrics,
    rejectedMetrics: [...rejectedMetrics.values()],
    editedMetricIds,
    principles,
    rejectedPrinciples: [...rejectedPrinciples.values()],
    acceptedPrincipleIds,
    editedPrincipleIds,
    droppedPairIds,
    pairScopes,
    redraftedClusterIds: new Set(redrafted.metrics.flatMap((metric) => metric.clusterIds)),
    decisions: actions.length,
    unmatched: unmatched.sort((left, right) => left.index - right.index),
  };
}

function withMembers(cluster: Cluster, aspectIds: readonly string[], aspectById: ReadonlyMap<string, Aspect>): Cluster {
  const sorted = [...new Set(aspectIds)].sort();
  const positive = sorted.filter((id) => aspectById.get(id)?.sign === 'positive').length;
  const medoidAspectId = sorted.includes(cluster.medoidAspectId) ? cluster.medoidAspectId : (sorted[0] ?? '');
  return { ...cluster, aspectIds: sorted, medoidAspectId, reassignedAspectIds: cluster.reassignedAspectIds.filter((id) => sorted.includes(id)), sign: { positive, negative: sorted.length - positive } };
}

/** Offline drafts for the changed clusters only: fast enough to run at once after each decision. */
function redraft(artefacts: ReviewArtefacts, clusters: readonly Cluster[]): { metrics: Metric[]; principles: Principle[] } {
  if (clusters.length === 0) return { metrics: [], principles: [] };
  const metrics = draftMetricsOffline({ clusters, aspects: artefacts.aspects, feedback: artefacts.feedback });
  const principles = draftPrinciplesOffline({ clusters, metrics, aspects: artefacts.aspects, feedback: artefacts.feedback });
  return { metrics, principles };
}
