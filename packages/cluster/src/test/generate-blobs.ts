import { seededRandom } from '@tenets/core';

export interface GenerateBlobsOptions {
  count: number;
  dimensions: number;
  clusters: number;
  /** Noise standard deviation relative to the centre spread (per dimension, scaled by 1/√d). */
  spread: number;
  /** Share of points drawn uniformly on the sphere as background noise (label −1). @default 0 */
  backgroundShare?: number;
  /** Cosine similarity every centre shares with a common direction (higher = centres closer together). @default 0 */
  centreSimilarity?: number;
  /** Relative cluster sizes fall off as 1/(rank + 1)^skew. @default 0 (equal sizes) */
  skew?: number;
  seed: number;
}

export interface Blobs {
  vectors: Float32Array[];
  labels: Int32Array;
}

/**
 * Seeded gaussian blobs on the unit sphere: `clusters` centres, points = normalise(centre + spread · N(0, I/d)),
 * plus optional uniform background noise. Points are shuffled so labels are not sorted by index.
 */
export function generateBlobs({ count, dimensions, clusters, spread, backgroundShare = 0, centreSimilarity = 0, skew = 0, seed }: GenerateBlobsOptions): Blobs {
  const random = seededRandom(seed);
  const gaussian = () => {
    let u = 0;
    while (u === 0) u = random();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
  };
  const randomUnit = () => normalise(Float64Array.from({ length: dimensions }, gaussian));
  const common = randomUnit();
  const centres = Array.from({ length: clusters }, () => {
    const own = randomUnit();
    const weight = Math.sqrt(Math.max(0, centreSimilarity));
    return normalise(own.map((value, dimension) => Math.sqrt(1 - weight * weight) * value + weight * common[dimension]!));
  });
  const background = Math.round(count * backgroundShare);
  const weights = Array.from({ length: clusters }, (_, rank) => 1 / (rank + 1) ** skew);
  const totalWeight = weights.reduce((sum, weight) => sum + weight, 0);
  const sizes = weights.map((weight) => Math.floor(((count - background) * weight) / totalWeight));
  sizes[0]! += count - background - sizes.reduce((sum, size) => sum + size, 0);

  const vectors: Float32Array[] = [];
  const labels: number[] = [];
  const scale = spread / Math.sqrt(dimensions);
  sizes.forEach((size, cluster) => {
    for (let point = 0; point < size; point++) {
      const centre = centres[cluster]!;
      vectors.push(Float32Array.from(normalise(centre.map((value) => value + scale * gaussian()))));
      labels.push(cluster);
    }
  });
  for (let point = 0; point < background; point++) {
    vectors.push(Float32Array.from(randomUnit()));
    labels.push(-1);
  }
  for (let index = vectors.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1));
    [vectors[index], vectors[other]] = [vectors[other]!, vectors[index]!];
    [labels[index], labels[other]] = [labels[other]!, labels[index]!];
  }
  return { vectors, labels: Int32Array.from(labels) };
}

function normalise(vector: Float64Array): Float64Array {
  let sum = 0;
  for (const value of vector) sum += value * value;
  const norm = Math.sqrt(sum);
  return vector.map((value) => value / norm);
}
