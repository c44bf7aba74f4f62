import { anchorOf, TenetsInvalidInputError, type Aspect, type ReviewDecision } from '@tenets/core';
import type { ReviewAction } from '../review-action.ts';
import type { ReviewModel } from './review-model.ts';

/**
 * Turns what a screen asked for (by the ids it shows) into a review decision anchored on feedback ids and
 * critique quotes, so it still finds its target after a re-run. Throws when the id is not in the model.
 */
export function actionToDecision(action: ReviewAction, model: ReviewModel, aspectById: ReadonlyMap<string, Aspect>): ReviewDecision {
  const cluster = (id: string) => anchorOf.cluster(need(model.clusters.find((candidate) => candidate.id === id), 'cluster', id), aspectById);
  const metric = (id: string) => anchorOf.metric(need([...model.metrics, ...model.rejectedMetrics].find((candidate) => candidate.id === id), 'metric', id), aspectById);
  const principle = (id: string) => anchorOf.principle(need([...model.principles, ...model.rejectedPrinciples].find((candidate) => candidate.id === id), 'principle', id));
  switch (action.type) {
    case 'rename-cluster':
      return { type: 'cluster-rename', cluster: cluster(action.clusterId), name: action.name };
    case 'merge-clusters':
      return { type: 'cluster-merge', clusters: [cluster(action.targetId), cluster(action.sourceId)] };
    case 'split-cluster':
      return { type: 'cluster-split', cluster: cluster(action.clusterId), members: action.aspectIds.map((id) => anchorOf.aspect(need(aspectById.get(id), 'behaviour', id))) };
    case 'mark-noise':
      return { type: 'cluster-noise', cluster: cluster(action.clusterId) };
    case 'edit-metric':
      return { type: 'metric-edit', metric: metric(action.metricId), [action.field]: action.value };
    case 'reject-metric':
      return { type: 'metric-reject', metric: metric(action.metricId) };
    case 'restore-metric':
      return { type: 'metric-restore', metric: metric(action.metricId) };
    case 'accept-principle':
    case 'restore-principle':
      // Accepting a rejected principle brings it back (applyReview clears the rejection).
      return { type: 'principle-accept', principle: principle(action.principleId) };
    case 'reject-principle':
      return { type: 'principle-reject', principle: principle(action.principleId) };
    case 'edit-principle':
      return { type: 'principle-edit', principle: principle(action.principleId), text: action.text };
    case 'move-principle': {
      const order = [...model.principles];
      const from = order.findIndex((candidate) => candidate.id === action.principleId);
      need(order[from], 'principle', action.principleId);
      const to = Math.max(0, Math.min(order.length - 1, from + action.offset));
      const [moved] = order.splice(from, 1);
      order.splice(to, 0, moved!);
      return { type: 'principle-reorder', principles: order.map((candidate) => anchorOf.principle(candidate)) };
    }
    case 'drop-pair':
      return { type: 'pair-drop', pair: { pairId: action.pairId } };
    case 'edit-scope':
      return { type: 'pair-edit-scope', pair: { pairId: action.pairId }, scope: action.scope };
  }
}

function need<VALUE>(value: VALUE | undefined, kind: string, id: string): VALUE {
  if (value === undefined) throw new TenetsInvalidInputError({ message: `no ${kind} ${id} in this run (as reviewed so far)` });
  return value;
}
