import type { Aspect } from '../../schemas/aspect.ts';
import type { Cluster } from '../../schemas/cluster.ts';
import { contentId } from '../../util/content-id.ts';

/**
 * Turns k-means labels into `Cluster` records (hard assignment: probability 1, no noise). `terms` are
 * left empty for the caller to fill. Clusters come out largest first, ties by id.
 */
export function clustersFromLabels(options: { aspects: readonly Aspect[]; labels: Int32Array; vectors: readonly Float32Array[] }): Cluster[] {
  const { aspects, labels, vectors } = options;
  const groups = new Map<number, number[]>();
  labels.forEach((label, index) => groups.set(label, [...(groups.get(label) ?? []), index]));
  const clusters = [...groups.values()].map((indices): Cluster => {
    const members = indices.map((index) => aspects[index]!);
    const aspectIds = members.map((aspect) => aspect.id).sort();
    return {
      id: contentId('clu', aspectIds),
      aspectIds,
      medoidAspectId: aspects[medoid(indices, vectors)]!.id,
      terms: [],
      meanProbability: 1,
      reassignedAspectIds: [],
      sign: { positive: members.filter((aspect) => aspect.sign === 'positive').length, negative: members.filter((aspect) => aspect.sign === 'negative').length },
    };
  });
  return clusters.sort((left, right) => right.aspectIds.length - left.aspectIds.length || (left.id < right.id ? -1 : 1));
}

/** The member closest to the members' sum, i.e. with the largest summed similarity to the others (vectors normalised). */
function medoid(indices: readonly number[], vectors: readonly Float32Array[]): number {
  const dimensions = vectors[indices[0]!]!.length;
  const sum = new Float64Array(dimensions);
  for (const index of indices) for (let dimension = 0; dimension < dimensions; dimension++) sum[dimension]! += vectors[index]![dimension]!;
  let best = indices[0]!;
  let bestScore = -Infinity;
  for (const index of indices) {
    let score = 0;
    for (let dimension = 0; dimension < dimensions; dimension++) score += vectors[index]![dimension]! * sum[dimension]!;
    if (score > bestScore + 1e-12) {
      bestScore = score;
      best = index;
    }
  }
  return best;
}
