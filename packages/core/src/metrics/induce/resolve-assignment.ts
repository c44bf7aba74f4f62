import type { Aspect } from '../../schemas/aspect.ts';
import type { Cluster } from '../../schemas/cluster.ts';
import { cosine, centroid } from '../../util/vectors.ts';

export interface DraftedMetric {
  clusterIds: readonly string[];
  aspectIds: readonly string[];
}

export interface ResolvedAssignment {
  /** Aspect ids per drafted metric, in draft order. */
  members: string[][];
  /** Aspects the model left unassigned, placed here by embedding similarity. */
  reassigned: Array<{ aspectId: string; metricIndex: number; similarity: number }>;
  warnings: string[];
}

/**
 * Checks in code that every train aspect lands in exactly one metric (autolibra.md §4, step 5). Explicit
 * aspect ids beat group claims; a group claimed twice goes to its first claimant; unknown ids are ignored;
 * aspects left over go to the metric whose members' centroid is most similar, and are reported.
 */
export function resolveAssignment(options: {
  drafts: readonly DraftedMetric[];
  clusters: readonly Cluster[];
  aspects: readonly Aspect[];
  vectors: ReadonlyMap<string, Float32Array>;
}): ResolvedAssignment {
  const { drafts, clusters, aspects, vectors } = options;
  const warnings: string[] = [];
  const clusterById = new Map(clusters.map((cluster) => [cluster.id, cluster]));
  const known = new Set(aspects.map((aspect) => aspect.id));
  const owner = new Map<string, number>();

  const claimedClusters = new Map<string, number>();
  drafts.forEach((draft, metricIndex) => {
    for (const clusterId of draft.clusterIds) {
      const cluster = clusterById.get(clusterId);
      if (!cluster) {
        warnings.push(`Metric ${metricIndex + 1} named an unknown group; ignored.`);
        continue;
      }
      if (claimedClusters.has(clusterId)) {
        if (claimedClusters.get(clusterId) !== metricIndex) warnings.push(`A group was claimed by metrics ${claimedClusters.get(clusterId)! + 1} and ${metricIndex + 1}; the first claim kept it.`);
        continue;
      }
      claimedClusters.set(clusterId, metricIndex);
      for (const aspectId of cluster.aspectIds) owner.set(aspectId, metricIndex);
    }
  });
  const explicit = new Map<string, number>();
  drafts.forEach((draft, metricIndex) => {
    for (const aspectId of draft.aspectIds) {
      if (!known.has(aspectId)) {
        warnings.push(`Metric ${metricIndex + 1} listed an unknown behaviour id; ignored.`);
        continue;
      }
      if (explicit.has(aspectId) && explicit.get(aspectId) !== metricIndex) {
        warnings.push(`A behaviour was listed under metrics ${explicit.get(aspectId)! + 1} and ${metricIndex + 1}; the first listing kept it.`);
        continue;
      }
      explicit.set(aspectId, metricIndex);
      owner.set(aspectId, metricIndex);
    }
  });

  const members: string[][] = drafts.map(() => []);
  const leftOver: Aspect[] = [];
  for (const aspect of aspects) {
    const metricIndex = owner.get(aspect.id);
    if (metricIndex === undefined) leftOver.push(aspect);
    else members[metricIndex]!.push(aspect.id);
  }
  const reassigned: ResolvedAssignment['reassigned'] = [];
  if (leftOver.length > 0) {
    const centroids = members.map((ids) => (ids.length > 0 ? centroid(ids.map((id) => vectors.get(id)!)) : undefined));
    for (const aspect of leftOver) {
      let best = { metricIndex: -1, similarity: -Infinity };
      centroids.forEach((centre, metricIndex) => {
        if (!centre) return;
        const similarity = cosine(vectors.get(aspect.id)!, centre);
        if (similarity > best.similarity) best = { metricIndex, similarity };
      });
      // No metric has members at all: fall back to the first metric so nothing is dropped.
      if (best.metricIndex < 0) best = { metricIndex: 0, similarity: 0 };
      reassigned.push({ aspectId: aspect.id, metricIndex: best.metricIndex, similarity: Math.round(best.similarity * 1e6) / 1e6 });
    }
    for (const entry of reassigned) members[entry.metricIndex]!.push(entry.aspectId);
    warnings.push(`${leftOver.length} behaviour(s) were not assigned by the model and were placed by similarity.`);
  }
  return { members, reassigned, warnings };
}
