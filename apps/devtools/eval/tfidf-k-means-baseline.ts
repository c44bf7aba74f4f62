import { kMeans } from '@tenets/core';

export interface TfidfKMeansOptions {
  texts: readonly string[];
  /** The number of clusters (the baseline is given the true number of behaviours). */
  k: number;
  seed: number;
  /** Seeded k-means++ runs; the one with the lowest inertia wins. @default 10 */
  restarts?: number;
  /** Words to drop; none for the plain baseline. */
  stopwords?: ReadonlySet<string>;
  /** 1 + ln(tf) instead of raw counts. @default false */
  sublinear?: boolean;
}

/**
 * A plain bag-of-words baseline in the spirit of scikit-learn's `TfidfVectorizer` defaults (lower case, tokens of
 * two or more word characters, smoothed idf, L2 rows), clustered by seeded k-means++ with several restarts.
 */
export function tfidfKMeansBaseline(options: TfidfKMeansOptions): Int32Array {
  const { texts, k, seed, restarts = 10, stopwords, sublinear = false } = options;
  const documents = texts.map((text) => (text.toLowerCase().match(/\b\w\w+\b/gu) ?? []).filter((word) => !stopwords?.has(word)));
  const frequency = new Map<string, number>();
  for (const words of documents) for (const word of new Set(words)) frequency.set(word, (frequency.get(word) ?? 0) + 1);
  const vocabulary = new Map([...frequency.keys()].sort().map((word, index) => [word, index]));
  const vectors = documents.map((words) => {
    const vector = new Float64Array(vocabulary.size);
    for (const word of words) vector[vocabulary.get(word)!]! += 1;
    let norm = 0;
    for (const [word, index] of vocabulary) {
      if (vector[index] === 0) continue;
      const tf = sublinear ? 1 + Math.log(vector[index]!) : vector[index]!;
      vector[index] = tf * (Math.log((1 + documents.length) / (1 + frequency.get(word)!)) + 1);
      norm += vector[index]! ** 2;
    }
    norm = Math.sqrt(norm) || 1;
    for (let index = 0; index < vector.length; index++) vector[index]! /= norm;
    return vector;
  });
  return bestOfRestarts(vectors, k, seed, restarts);
}

/** Seeded k-means++ `restarts` times over the vectors; the labels with the lowest inertia. */
export function bestOfRestarts(vectors: readonly Float64Array[], k: number, seed: number, restarts: number): Int32Array {
  let best: { labels: Int32Array; inertia: number } | undefined;
  for (let restart = 0; restart < restarts; restart++) {
    const { labels } = kMeans({ vectors, k, seed: seed + restart });
    const inertia = withinClusterSquares(vectors, labels);
    if (!best || inertia < best.inertia) best = { labels, inertia };
  }
  return best!.labels;
}

function withinClusterSquares(vectors: readonly Float64Array[], labels: Int32Array): number {
  const dimensions = vectors[0]?.length ?? 0;
  const sums = new Map<number, { total: Float64Array; count: number }>();
  vectors.forEach((vector, index) => {
    const entry = sums.get(labels[index]!) ?? { total: new Float64Array(dimensions), count: 0 };
    for (let dimension = 0; dimension < dimensions; dimension++) entry.total[dimension]! += vector[dimension]!;
    entry.count += 1;
    sums.set(labels[index]!, entry);
  });
  let inertia = 0;
  vectors.forEach((vector, index) => {
    const { total, count } = sums.get(labels[index]!)!;
    for (let dimension = 0; dimension < dimensions; dimension++) inertia += (vector[dimension]! - total[dimension]! / count) ** 2;
  });
  return inertia;
}
