import type { Aspect } from '../schemas/aspect.ts';
import type { Cluster } from '../schemas/cluster.ts';

export type AspectEmbeddings = ReadonlyMap<string, ArrayLike<number>>;

/**
 * The aspects of other clusters closest to `cluster`, for contrastive naming: by cosine to the cluster's
 * mean embedding when embeddings are given, else by word overlap with the cluster's behaviours. At most
 * `perClusterCap` come from any one other cluster, so the contrast spans several neighbours.
 */
export function nearestNonMembers(options: {
  cluster: Cluster;
  clusters: readonly Cluster[];
  aspectsById: ReadonlyMap<string, Aspect>;
  embeddings?: AspectEmbeddings;
  count: number;
  perClusterCap?: number;
}): Aspect[] {
  const { cluster, clusters, aspectsById, embeddings, count } = options;
  if (count <= 0) return [];
  const perClusterCap = options.perClusterCap ?? Math.max(2, Math.ceil(count / 3));
  const memberIds = new Set(cluster.aspectIds);
  const members = cluster.aspectIds.map((id) => aspectsById.get(id)).filter((aspect) => aspect !== undefined);
  const score = similarityTo(members, embeddings);
  const candidates: Array<{ aspect: Aspect; clusterId: string; score: number }> = [];
  for (const other of clusters) {
    if (other.id === cluster.id) continue;
    for (const id of other.aspectIds) {
      const aspect = aspectsById.get(id);
      if (!aspect || memberIds.has(id)) continue;
      candidates.push({ aspect, clusterId: other.id, score: score(aspect) });
    }
  }
  candidates.sort((first, second) => second.score - first.score || first.aspect.id.localeCompare(second.aspect.id));
  const taken = new Map<string, number>();
  const nearest: Aspect[] = [];
  const seen = new Set<string>();
  for (const candidate of candidates) {
    if (nearest.length >= count) break;
    const fromCluster = taken.get(candidate.clusterId) ?? 0;
    const behaviour = candidate.aspect.behaviour.trim().toLowerCase();
    if (fromCluster >= perClusterCap || seen.has(behaviour)) continue;
    taken.set(candidate.clusterId, fromCluster + 1);
    seen.add(behaviour);
    nearest.push(candidate.aspect);
  }
  return nearest;
}

function similarityTo(members: readonly Aspect[], embeddings: AspectEmbeddings | undefined): (aspect: Aspect) => number {
  const vectors = embeddings ? members.map((aspect) => embeddings.get(aspect.id)).filter((vector) => vector !== undefined) : [];
  if (embeddings && vectors.length > 0) {
    const centroid = new Float64Array(vectors[0]!.length);
    for (const vector of vectors) for (let index = 0; index < centroid.length; index++) centroid[index]! += vector[index] ?? 0;
    return (aspect) => {
      const vector = embeddings.get(aspect.id);
      return vector ? cosine(centroid, vector) : -1;
    };
  }
  const profile = new Map<string, number>();
  for (const aspect of members) for (const word of behaviourWords(aspect.behaviour)) profile.set(word, (profile.get(word) ?? 0) + 1);
  return (aspect) => {
    const counts = new Map<string, number>();
    for (const word of behaviourWords(aspect.behaviour)) counts.set(word, (counts.get(word) ?? 0) + 1);
    return cosine(profile, counts);
  };
}

function cosine(first: ArrayLike<number> | Map<string, number>, second: ArrayLike<number> | Map<string, number>): number {
  let dot = 0;
  let firstNorm = 0;
  let secondNorm = 0;
  if (first instanceof Map && second instanceof Map) {
    for (const [word, value] of first) dot += value * (second.get(word) ?? 0);
    for (const value of first.values()) firstNorm += value * value;
    for (const value of second.values()) secondNorm += value * value;
  } else if (!(first instanceof Map) && !(second instanceof Map)) {
    for (let index = 0; index < first.length; index++) {
      dot += first[index]! * (second[index] ?? 0);
      firstNorm += first[index]! * first[index]!;
      secondNorm += (second[index] ?? 0) * (second[index] ?? 0);
    }
  }
  return firstNorm === 0 || secondNorm === 0 ? 0 : dot / Math.sqrt(firstNorm * secondNorm);
}

const fillerWords = new Set(['the', 'and', 'for', 'with', 'that', 'this', 'was', 'were', 'from', 'into', 'than', 'then', 'its', 'their', 'user', 'users', 'asked', 'did', 'not']);

/** Lower-cased words of three or more letters, without filler words. */
function behaviourWords(text: string): string[] {
  return (text.toLowerCase().match(/\p{L}{3,}/gu) ?? []).filter((word) => !fillerWords.has(word));
}
