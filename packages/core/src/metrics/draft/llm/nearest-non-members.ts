import type { Aspect } from '../../../schemas/aspect.ts';
import type { Cluster } from '../../../schemas/cluster.ts';

export type AspectEmbeddings = ReadonlyMap<string, ArrayLike<number>>;

export interface ContrastIndex {
  /** The aspects of other clusters closest to `cluster`, at most `perClusterCap` from any one of them. */
  nearestNonMembers(cluster: Cluster, count: number, perClusterCap?: number): Aspect[];
}

type Profile = Float64Array | Map<string, number>;

/**
 * Finds nearby non-members for contrastive naming. Similarity is cosine to the cluster's mean embedding
 * when embeddings are given, else word overlap with the cluster's behaviours. Only the members of the few
 * clusters whose centres are nearest are scored, so the cost stays bounded on large logs.
 */
export function createContrastIndex(options: { clusters: readonly Cluster[]; aspectsById: ReadonlyMap<string, Aspect>; embeddings?: AspectEmbeddings }): ContrastIndex {
  const { clusters, aspectsById } = options;
  const embeddings = options.embeddings && options.embeddings.size > 0 ? options.embeddings : undefined;
  const profileOfAspect = (aspect: Aspect): Profile | undefined => {
    if (!embeddings) return wordCounts([aspect]);
    const vector = embeddings.get(aspect.id);
    return vector ? Float64Array.from(vector) : undefined;
  };
  const membersOf = (cluster: Cluster) => cluster.aspectIds.map((id) => aspectsById.get(id)).filter((aspect) => aspect !== undefined);
  const centres = new Map<string, Profile>(clusters.map((cluster) => [cluster.id, embeddings ? meanVector(membersOf(cluster), embeddings) : wordCounts(membersOf(cluster))]));

  return {
    nearestNonMembers(cluster, count, perClusterCap = Math.max(2, Math.ceil(count / 3))) {
      if (count <= 0) return [];
      const centre = centres.get(cluster.id) ?? (embeddings ? meanVector(membersOf(cluster), embeddings) : wordCounts(membersOf(cluster)));
      const memberIds = new Set(cluster.aspectIds);
      const neighbourCount = Math.ceil(count / perClusterCap) + 2;
      const neighbours = clusters
        .filter((other) => other.id !== cluster.id)
        .map((other) => ({ other, score: cosine(centre, centres.get(other.id)!) }))
        .sort((first, second) => second.score - first.score || first.other.id.localeCompare(second.other.id))
        .slice(0, neighbourCount);
      const candidates: Array<{ aspect: Aspect; clusterId: string; score: number }> = [];
      for (const { other } of neighbours) {
        for (const aspect of membersOf(other)) {
          if (memberIds.has(aspect.id)) continue;
          const profile = profileOfAspect(aspect);
          candidates.push({ aspect, clusterId: other.id, score: profile ? cosine(centre, profile) : -1 });
        }
      }
      candidates.sort((first, second) => second.score - first.score || first.aspect.id.localeCompare(second.aspect.id));
      const taken = new Map<string, number>();
      const seen = new Set<string>();
      const nearest: Aspect[] = [];
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
    },
  };
}

/** One-off convenience over `createContrastIndex`. */
export function nearestNonMembers(options: {
  cluster: Cluster;
  clusters: readonly Cluster[];
  aspectsById: ReadonlyMap<string, Aspect>;
  embeddings?: AspectEmbeddings;
  count: number;
  perClusterCap?: number;
}): Aspect[] {
  return createContrastIndex(options).nearestNonMembers(options.cluster, options.count, options.perClusterCap);
}

function meanVector(members: readonly Aspect[], embeddings: AspectEmbeddings): Float64Array {
  const vectors = members.map((aspect) => embeddings.get(aspect.id)).filter((vector) => vector !== undefined);
  const mean = new Float64Array(vectors[0]?.length ?? 0);
  for (const vector of vectors) for (let index = 0; index < mean.length; index++) mean[index]! += vector[index] ?? 0;
  return mean;
}

function cosine(first: Profile, second: Profile): number {
  let dot = 0;
  let firstNorm = 0;
  let secondNorm = 0;
  if (first instanceof Map || second instanceof Map) {
    if (!(first instanceof Map && second instanceof Map)) return 0;
    for (const [word, value] of first) {
      dot += value * (second.get(word) ?? 0);
      firstNorm += value * value;
    }
    for (const value of second.values()) secondNorm += value * value;
  } else {
    for (let index = 0; index < first.length; index++) {
      const other = second[index] ?? 0;
      dot += first[index]! * other;
      firstNorm += first[index]! * first[index]!;
      secondNorm += other * other;
    }
  }
  return firstNorm === 0 || secondNorm === 0 ? 0 : dot / Math.sqrt(firstNorm * secondNorm);
}

const fillerWords = new Set(['the', 'and', 'for', 'with', 'that', 'this', 'was', 'were', 'from', 'into', 'than', 'then', 'its', 'their', 'user', 'users', 'asked', 'did', 'not']);

/** Counts of lower-cased words of three or more letters (no filler words) over the aspects' behaviours. */
function wordCounts(aspects: readonly Aspect[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const aspect of aspects) {
    for (const word of aspect.behaviour.toLowerCase().match(/\p{L}{3,}/gu) ?? []) {
      if (!fillerWords.has(word)) counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  return counts;
}
