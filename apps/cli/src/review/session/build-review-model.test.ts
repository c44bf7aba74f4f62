import { anchorOf, type ReviewDecision } from '@tenets/core';
import { describe, expect, it } from 'vitest';
import { syntheticReviewArtefacts } from '../__fixtures__/synthetic-review-artefacts.ts';
import { buildReviewModel } from './build-review-model.ts';

describe('buildReviewModel', () => {
  const artefacts = syntheticReviewArtefacts({ critiques: 40 });
  const aspectById = new Map(artefacts.aspects.map((aspect) => [aspect.id, aspect]));
  const cluster = (id: string) => anchorOf.cluster(artefacts.clustering.clusters.find((candidate) => candidate.id === id)!, aspectById);
  const principle = (id: string) => anchorOf.principle(artefacts.constitution!.principles.find((candidate) => candidate.id === id)!);

  it('redrafts the metric and principle of a merged cluster offline and keeps the others as drafted', () => {
    const model = buildReviewModel(artefacts, [{ type: 'cluster-merge', clusters: [cluster('clu-0'), cluster('clu-1')] }]);
    expect(model.clusters).toHaveLength(3);
    const merged = model.clusters.find((candidate) => candidate.aspectIds.length === 18)!;
    expect([...model.redraftedClusterIds]).toEqual([merged.id]);
    expect(model.metrics.map((metric) => metric.clusterIds[0] === merged.id || metric.id).sort()).toEqual([true, 'met-2', 'met-3'].sort());
    expect(model.principles.filter((candidate) => candidate.clusterId === merged.id)).toHaveLength(1);
    expect(model.principles.map((candidate) => candidate.id)).not.toContain('pri-0');
  });

  it('applies principle decisions to the redrafted result and maps unmatched decisions to their place in review.json', () => {
    const decisions: ReviewDecision[] = [
      { type: 'principle-reject', principle: principle('pri-2') },
      { type: 'cluster-noise', cluster: { feedbackIds: ['fb-none'] } },
      { type: 'principle-edit', principle: principle('pri-3'), text: 'Offer a human agent when asked.' },
      { type: 'metric-reject', metric: { feedbackIds: ['fb-none'] } },
    ];
    const model = buildReviewModel(artefacts, decisions);
    expect(model.principles.map((candidate) => candidate.text)).toEqual(['Explain the refund policy clearly.', 'Do not use emojis in formal emails.', 'Offer a human agent when asked.']);
    expect(model.rejectedPrinciples.map((candidate) => candidate.id)).toEqual(['pri-2']);
    expect([...model.editedPrincipleIds]).toEqual(['pri-3']);
    expect(model.unmatched).toEqual([
      { index: 1, reason: 'no cluster matches the anchor' },
      { index: 3, reason: 'no metric matches the anchor' },
    ]);
  });
});
