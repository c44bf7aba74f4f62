export interface ClusteringAgreement {
  /** Normalised mutual information (arithmetic-mean normalisation, as scikit-learn's default), 0..1. */
  normalizedMutualInformation: number;
  /** Adjusted Rand index: 0 for chance, 1 for identical partitions. */
  adjustedRandIndex: number;
}

/**
 * How well a predicted partition recovers a reference one. Labels are compared as opaque strings, so the
 * caller decides how noise is encoded (one shared label, or one label per noise point).
 */
export function clusteringAgreement(reference: readonly string[], predicted: readonly string[]): ClusteringAgreement {
  if (reference.length !== predicted.length) throw new RangeError('reference and predicted must have the same length');
  const total = reference.length;
  if (total === 0) return { normalizedMutualInformation: 1, adjustedRandIndex: 1 };
  const joint = new Map<string, number>();
  const referenceCounts = new Map<string, number>();
  const predictedCounts = new Map<string, number>();
  for (let index = 0; index < total; index++) {
    const left = reference[index]!;
    const right = predicted[index]!;
    joint.set(`${left}\u0000${right}`, (joint.get(`${left}\u0000${right}`) ?? 0) + 1);
    referenceCounts.set(left, (referenceCounts.get(left) ?? 0) + 1);
    predictedCounts.set(right, (predictedCounts.get(right) ?? 0) + 1);
  }
  const entropy = (counts: Map<string, number>) => [...counts.values()].reduce((sum, count) => sum - (count / total) * Math.log(count / total), 0);
  let mutualInformation = 0;
  for (const [key, count] of joint) {
    const [left, right] = key.split('\u0000') as [string, string];
    mutualInformation += (count / total) * Math.log((count * total) / (referenceCounts.get(left)! * predictedCounts.get(right)!));
  }
  const referenceEntropy = entropy(referenceCounts);
  const predictedEntropy = entropy(predictedCounts);
  const meanEntropy = (referenceEntropy + predictedEntropy) / 2;
  const normalizedMutualInformation = meanEntropy === 0 ? 1 : Math.max(0, mutualInformation / meanEntropy);

  const pairs = (count: number) => (count * (count - 1)) / 2;
  const jointPairs = [...joint.values()].reduce((sum, count) => sum + pairs(count), 0);
  const referencePairs = [...referenceCounts.values()].reduce((sum, count) => sum + pairs(count), 0);
  const predictedPairs = [...predictedCounts.values()].reduce((sum, count) => sum + pairs(count), 0);
  const expected = (referencePairs * predictedPairs) / pairs(total);
  const maximum = (referencePairs + predictedPairs) / 2;
  const adjustedRandIndex = maximum === expected ? 1 : (jointPairs - expected) / (maximum - expected);
  return { normalizedMutualInformation, adjustedRandIndex };
}
