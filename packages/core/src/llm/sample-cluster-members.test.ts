import { describe, expect, it } from 'vitest';
import type { Aspect } from '../schemas/aspect.ts';
import { metricAspects, metricClusters, metricEmbeddings } from './__fixtures__/metric-clusters.ts';
import { nearestNonMembers } from '../metrics/draft/llm/nearest-non-members.ts';
import { sampleClusterMembers } from './sample-cluster-members.ts';

const aspectsById = new Map(metricAspects.map((aspect) => [aspect.id, aspect]));
const ids = (aspects: readonly Aspect[]) => aspects.map((aspect) => aspect.id);

describe('sampleClusterMembers', () => {
  it('starts with the medoid, skips repeated behaviours and is stable', () => {
    const sample = sampleClusterMembers(metricClusters[0]!, aspectsById, 10);
    expect(ids(sample)).toEqual(['a1', 'a3', 'a2']);
    expect(ids(sampleClusterMembers(metricClusters[0]!, aspectsById, 10))).toEqual(ids(sample));
  });

  it('keeps one member of each sign the cluster has, even in a tiny sample', () => {
    expect(sampleClusterMembers(metricClusters[1]!, aspectsById, 2).map((aspect) => [aspect.id, aspect.sign])).toEqual([
      ['b2', 'negative'],
      ['b1', 'positive'],
    ]);
    expect(ids(sampleClusterMembers(metricClusters[1]!, aspectsById, 1))).toEqual(['b2']);
  });
});

describe('nearestNonMembers', () => {
  it('ranks other clusters’ aspects by cosine to the cluster mean, capped per neighbour', () => {
    const nearest = nearestNonMembers({ cluster: metricClusters[0]!, clusters: metricClusters, aspectsById, embeddings: metricEmbeddings, count: 4, perClusterCap: 2 });
    expect(ids(nearest)).toEqual(['c2', 'c1', 'b2', 'b3']);
  });

  it('returns nothing when asked for nothing or when there is no other cluster', () => {
    expect(nearestNonMembers({ cluster: metricClusters[0]!, clusters: metricClusters, aspectsById, count: 0 })).toEqual([]);
    expect(nearestNonMembers({ cluster: metricClusters[0]!, clusters: [metricClusters[0]!], aspectsById, count: 5 })).toEqual([]);
  });
});
