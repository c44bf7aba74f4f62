import { saltedSeededRandom as seededRandom } from '../util/seeded-random.ts';

export interface KMeansOptions {
  vectors: readonly ArrayLike<number>[];
  k: number;
  seed: number;
  /** @default 100 */
  maxIterations?: number;
}

export interface KMeansResult {
  /** Cluster index per vector, 0..k−1; clusters that ended up empty are removed and the rest renumbered. */
  labels: Int32Array;
  /** Number of non-empty clusters (≤ k). */
  clusterCount: number;
  iterations: number;
}

/**
 * Seeded k-means with k-means++ initialisation (squared Euclidean distance; pass normalised vectors for
 * cosine geometry). Deterministic for a given seed and input order.
 */
export function kMeans(options: KMeansOptions): KMeansResult {
  const { vectors, seed, maxIterations = 100 } = options;
  const count = vectors.length;
  const k = Math.max(1, Math.min(options.k, count));
  if (count === 0) return { labels: new Int32Array(0), clusterCount: 0, iterations: 0 };
  const dimensions = vectors[0]!.length;
  const random = seededRandom(seed);
  const centres: Float64Array[] = [Float64Array.from(vectors[Math.floor(random() * count)]!)];
  const nearest = new Float64Array(count).fill(Infinity);

  while (centres.length < k) {
    const latest = centres[centres.length - 1]!;
    let total = 0;
    for (let index = 0; index < count; index++) {
      nearest[index] = Math.min(nearest[index]!, squaredDistance(vectors[index]!, latest, dimensions));
      total += nearest[index]!;
    }
    let chosen = -1;
    if (total > 0) {
      let target = random() * total;
      for (let index = 0; index < count; index++) {
        target -= nearest[index]!;
        if (target <= 0 && nearest[index]! > 0) {
          chosen = index;
          break;
        }
      }
      if (chosen < 0) chosen = lastPositive(nearest);
    }
    // Every point coincides with a centre already: fewer distinct points than k.
    if (chosen < 0) break;
    centres.push(Float64Array.from(vectors[chosen]!));
  }

  const labels = new Int32Array(count).fill(-1);
  let iterations = 0;
  for (; iterations < maxIterations; iterations++) {
    let changed = false;
    for (let index = 0; index < count; index++) {
      let best = 0;
      let bestDistance = Infinity;
      centres.forEach((centre, centreIndex) => {
        const distance = squaredDistance(vectors[index]!, centre, dimensions);
        if (distance < bestDistance - 1e-12) {
          bestDistance = distance;
          best = centreIndex;
        }
      });
      if (labels[index] !== best) {
        labels[index] = best;
        changed = true;
      }
    }
    if (!changed) break;
    for (let centreIndex = 0; centreIndex < centres.length; centreIndex++) {
      const sum = new Float64Array(dimensions);
      let members = 0;
      for (let index = 0; index < count; index++) {
        if (labels[index] !== centreIndex) continue;
        members++;
        const vector = vectors[index]!;
        for (let dimension = 0; dimension < dimensions; dimension++) sum[dimension]! += vector[dimension]!;
      }
      if (members === 0) continue;
      for (let dimension = 0; dimension < dimensions; dimension++) sum[dimension]! /= members;
      centres[centreIndex] = sum;
    }
  }

  const renumber = new Map<number, number>();
  for (const label of labels) if (!renumber.has(label)) renumber.set(label, renumber.size);
  return { labels: labels.map((label) => renumber.get(label)!), clusterCount: renumber.size, iterations };
}

function squaredDistance(vector: ArrayLike<number>, centre: Float64Array, dimensions: number): number {
  let sum = 0;
  for (let dimension = 0; dimension < dimensions; dimension++) {
    const difference = vector[dimension]! - centre[dimension]!;
    sum += difference * difference;
  }
  return sum;
}

function lastPositive(values: Float64Array): number {
  for (let index = values.length - 1; index >= 0; index--) if (values[index]! > 0) return index;
  return -1;
}
