import { TenetsInvalidInputError } from '../errors/tenets-invalid-input-error.ts';

export interface ReassignNoiseOptions {
  /** One vector per item; they are L2-normalised again here, so unnormalised input is fine. */
  vectors: readonly Float32Array[];
  /** Cluster label per item, −1 for noise (as returned by a `Clusterer`). */
  labels: Int32Array;
  /** Smallest cosine similarity to a cluster centroid that moves a noise point into that cluster. */
  threshold: number;
  /**
   * How much more similar the nearest centroid must be than the second nearest: a point between two clusters
   * stays noise. @default 0 (the nearest cluster wins however close the second is)
   */
  margin?: number;
}

export interface NoiseReassignment {
  index: number;
  label: number;
  /** Cosine similarity between the point and the centroid of its new cluster. */
  similarity: number;
}

export interface ReassignNoiseResult {
  /** A new array: the input labels with reassigned noise points changed; the input is never mutated. */
  labels: Int32Array;
  /** Every point that moved, in index order, so callers can report and mark them. */
  reassigned: NoiseReassignment[];
}

/**
 * Moves each noise point (label −1) to the cluster whose centroid is most cosine-similar, but only when that
 * similarity is at least `threshold`. Centroids are the mean of the normalised members, renormalised, and are
 * computed from the original clusters only (reassigned points do not shift them). Ties go to the lower label.
 * With a `margin`, the nearest centroid must also beat the second nearest by that much (one cluster: no second).
 */
export function reassignNoise({ vectors, labels, threshold, margin = 0 }: ReassignNoiseOptions): ReassignNoiseResult {
  if (vectors.length !== labels.length) {
    throw new TenetsInvalidInputError({ message: `reassignNoise: ${vectors.length} vectors but ${labels.length} labels.` });
  }
  if (!Number.isFinite(threshold)) {
    throw new TenetsInvalidInputError({ message: `reassignNoise: threshold must be a finite number, got ${threshold}.` });
  }
  if (!(margin >= 0 && Number.isFinite(margin))) {
    throw new TenetsInvalidInputError({ message: `reassignNoise: margin must be a finite number ≥ 0, got ${margin}.` });
  }
  const dimensions = vectors[0]?.length ?? 0;
  vectors.forEach((vector, index) => {
    if (vector.length !== dimensions) {
      throw new TenetsInvalidInputError({ message: `reassignNoise: row ${index} has ${vector.length} dimensions, expected ${dimensions}.` });
    }
  });
  const result = Int32Array.from(labels);
  const reassigned: NoiseReassignment[] = [];
  const centroids = clusterCentroids(vectors, labels);
  if (centroids.length === 0) return { labels: result, reassigned };

  for (let index = 0; index < vectors.length; index++) {
    if (labels[index] !== -1) continue;
    const vector = vectors[index]!;
    const norm = vectorNorm(vector);
    if (norm === 0) continue;
    let bestLabel = -1;
    let bestSimilarity = -Infinity;
    let secondSimilarity = -Infinity;
    for (let label = 0; label < centroids.length; label++) {
      const centroid = centroids[label];
      if (centroid === undefined) continue;
      let dot = 0;
      for (let dimension = 0; dimension < vector.length; dimension++) dot += vector[dimension]! * centroid[dimension]!;
      const similarity = dot / norm;
      if (similarity > bestSimilarity) {
        secondSimilarity = bestSimilarity;
        bestSimilarity = similarity;
        bestLabel = label;
      } else if (similarity > secondSimilarity) {
        secondSimilarity = similarity;
      }
    }
    if (bestLabel !== -1 && bestSimilarity >= threshold && bestSimilarity - secondSimilarity >= margin) {
      result[index] = bestLabel;
      reassigned.push({ index, label: bestLabel, similarity: bestSimilarity });
    }
  }
  return { labels: result, reassigned };
}

/** Renormalised mean of normalised members per label; `undefined` for labels with no usable member. */
function clusterCentroids(vectors: readonly Float32Array[], labels: Int32Array): Array<Float64Array | undefined> {
  let labelCount = 0;
  for (const label of labels) {
    if (label < -1) throw new TenetsInvalidInputError({ message: `reassignNoise: invalid label ${label}.` });
    labelCount = Math.max(labelCount, label + 1);
  }
  const centroids: Array<Float64Array | undefined> = new Array(labelCount).fill(undefined);
  for (let index = 0; index < vectors.length; index++) {
    const label = labels[index]!;
    if (label === -1) continue;
    const vector = vectors[index]!;
    const norm = vectorNorm(vector);
    if (norm === 0) continue;
    let centroid = centroids[label];
    if (centroid === undefined) {
      centroid = new Float64Array(vector.length);
      centroids[label] = centroid;
    }
    for (let dimension = 0; dimension < vector.length; dimension++) centroid[dimension]! += vector[dimension]! / norm;
  }
  for (const centroid of centroids) {
    if (centroid === undefined) continue;
    const norm = vectorNorm(centroid);
    if (norm === 0) continue;
    for (let dimension = 0; dimension < centroid.length; dimension++) centroid[dimension]! /= norm;
  }
  return centroids;
}

function vectorNorm(vector: ArrayLike<number>): number {
  let sum = 0;
  for (let dimension = 0; dimension < vector.length; dimension++) sum += vector[dimension]! * vector[dimension]!;
  return Math.sqrt(sum);
}
