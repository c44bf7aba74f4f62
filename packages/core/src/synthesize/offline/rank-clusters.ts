import { cosineSimilarity, embedMany, type EmbeddingModel } from 'ai';
import type { Aspect } from '../../schemas/aspect.ts';
import type { Cluster } from '../../schemas/cluster.ts';

/**
 * Every other cluster, nearest first, for each cluster: cosine similarity of the mean member-behaviour
 * embeddings. Ties break by cluster id, so the ranking is stable.
 */
export async function rankClusters(options: { clusters: readonly Cluster[]; aspectsById: ReadonlyMap<string, Aspect>; embeddingModel: EmbeddingModel }): Promise<Map<string, Array<{ clusterId: string; similarity: number }>>> {
  const { clusters, aspectsById, embeddingModel } = options;
  const behaviours = [...new Set(clusters.flatMap((cluster) => cluster.aspectIds.map((id) => aspectsById.get(id)?.behaviour).filter((text) => text !== undefined)))].sort();
  const { embeddings } = behaviours.length > 0 ? await embedMany({ model: embeddingModel, values: behaviours, maxRetries: 0 }) : { embeddings: [] as number[][] };
  const vectorOf = new Map(behaviours.map((text, index) => [text, embeddings[index]!]));
  const centroids = new Map<string, number[]>();
  for (const cluster of clusters) {
    const vectors = cluster.aspectIds.map((id) => vectorOf.get(aspectsById.get(id)?.behaviour ?? '')).filter((vector) => vector !== undefined);
    if (vectors.length === 0) continue;
    const sum = new Array<number>(vectors[0]!.length).fill(0);
    for (const vector of vectors) vector.forEach((value, index) => (sum[index]! += value));
    centroids.set(cluster.id, sum);
  }
  const ranking = new Map<string, Array<{ clusterId: string; similarity: number }>>();
  for (const [clusterId, centroid] of centroids) {
    const others = [...centroids]
      .filter(([otherId]) => otherId !== clusterId)
      .map(([otherId, other]) => ({ clusterId: otherId, similarity: cosineSimilarity(centroid, other) }))
      .sort((first, second) => second.similarity - first.similarity || (first.clusterId < second.clusterId ? -1 : 1));
    ranking.set(clusterId, others);
  }
  return ranking;
}
