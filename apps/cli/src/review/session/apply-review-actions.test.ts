import { describe, expect, it } from 'vitest';
import { syntheticReviewArtefacts } from '../__fixtures__/synthetic-review-artefacts.ts';
import { applyReviewActions } from './apply-review-actions.ts';

describe('applyReviewActions', () => {
  const artefacts = { ...syntheticReviewArtefacts({ critiques: 40 }), preferences: [{ id: 'pair-1', principleId: 'pri-0', scope: 'email', chosen: 'a', rejected: 'b' }] };

  it('merges, splits and marks noise, redrafting the changed clusters offline and dropping the rest', () => {
    const split = artefacts.clustering.clusters[2]!.aspectIds.slice(0, 3);
    const model = applyReviewActions(artefacts, [
      { type: 'merge-clusters', targetId: 'clu-0', sourceId: 'clu-1' },
      { type: 'split-cluster', clusterId: 'clu-2', aspectIds: split },
      { type: 'mark-noise', clusterId: 'clu-3' },
      { type: 'rename-cluster', clusterId: 'clu-0', name: 'Refunds and tone' },
    ]);
    expect(model.clusters.map((cluster) => `${cluster.id}:${cluster.aspectIds.length}`).sort()).toEqual(['clu-0:18', 'clu-2:7', expect.stringMatching(/^clu_[0-9a-f]{16}:3$/u)]);
    expect(model.noiseAspectIds).toHaveLength(4 + 8);
    expect(model.clusterNames.get('clu-0')).toBe('Refunds and tone');
    // clu-0 and clu-2 changed and the split is new: three offline redrafts; clu-1 (merged away) and clu-3 (noise) lose theirs.
    expect(model.redraftedClusterIds.size).toBe(3);
    expect(model.metrics.map((metric) => metric.clusterIds[0]).sort()).toEqual([...model.clusters.map((cluster) => cluster.id)].sort());
    expect(model.principles.every((principle) => principle.engine === 'offline' && model.clusters.some((cluster) => cluster.id === principle.clusterId))).toBe(true);
    expect(model.unmatched).toEqual([]);
  });

  it('edits, rejects and restores metrics, reorders and rejects principles, drops pairs, and lists decisions that no longer apply', () => {
    const model = applyReviewActions(artefacts, [
      { type: 'edit-metric', metricId: 'met-0', field: 'name', value: 'Refund clarity' },
      { type: 'reject-metric', metricId: 'met-1' },
      { type: 'reject-metric', metricId: 'met-2' },
      { type: 'restore-metric', metricId: 'met-2' },
      { type: 'move-principle', principleId: 'pri-2', offset: -1 },
      { type: 'reject-principle', principleId: 'pri-3' },
      { type: 'accept-principle', principleId: 'pri-0' },
      { type: 'drop-pair', pairId: 'pair-1' },
      { type: 'edit-scope', pairId: 'pair-gone', scope: 'x' },
      { type: 'reject-metric', metricId: 'met-gone' },
    ]);
    expect(model.metrics.map((metric) => `${metric.id} ${metric.name}`)).toEqual(['met-0 Refund clarity', 'met-3 Agent handling', 'met-2 Language handling']);
    expect(model.rejectedMetrics.map((metric) => metric.id)).toEqual(['met-1']);
    expect(model.principles.map((principle) => principle.id)).toEqual(['pri-0', 'pri-2', 'pri-1']);
    expect(model.rejectedPrinciples.map((principle) => principle.id)).toEqual(['pri-3']);
    expect([...model.acceptedPrincipleIds, ...model.droppedPairIds]).toEqual(['pri-0', 'pair-1']);
    expect(model.unmatched).toEqual([
      { index: 8, reason: 'pair pair-gone is gone' },
      { index: 9, reason: 'metric met-gone is gone' },
    ]);
  });
});
