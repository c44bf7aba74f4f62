import type { ClusterAssignment, Clusterer, ClusterOptions } from '../cluster/clusterer.ts';

/**
 * A tiny deterministic clusterer for tests of the stages around clustering (not a real engine): connected
 * components of the graph "cosine similarity ≥ threshold"; components smaller than `minClusterSize` are noise.
 */
export function createThresholdClusterer({ threshold = 0.8 }: { threshold?: number } = {}): Clusterer {
  return {
    name: `test-threshold-${threshold}`,
    async cluster({ vectors, minClusterSize }: ClusterOptions): Promise<ClusterAssignment> {
      const parent = vectors.map((_, index) => index);
      const find = (index: number): number => (parent[index] === index ? index : (parent[index] = find(parent[index]!)));
      for (let left = 0; left < vectors.length; left++) {
        for (let right = left + 1; right < vectors.length; right++) {
          if (dot(vectors[left]!, vectors[right]!) >= threshold) parent[find(right)] = find(left);
        }
      }
      const members = new Map<number, number[]>();
      vectors.forEach((_, index) => members.set(find(index), [...(members.get(find(index)) ?? []), index]));
      const labels = new Int32Array(vectors.length).fill(-1);
      const probabilities = new Float64Array(vectors.length);
      let next = 0;
      for (const group of [...members.values()].sort((a, b) => a[0]! - b[0]!)) {
        if (group.length < minClusterSize) continue;
        for (const index of group) {
          labels[index] = next;
          probabilities[index] = 1;
        }
        next += 1;
      }
      return { labels, probabilities, warnings: [] };
    },
  };
}

function dot(left: Float32Array, right: Float32Array): number {
  let sum = 0;
  for (let index = 0; index < left.length; index++) sum += left[index]! * right[index]!;
  return sum;
}
