import { contingencyTable } from './contingency-table.ts';

/**
 * Normalised mutual information with the arithmetic-mean normaliser (scikit-learn's default): MI / ((H(left) +
 * H(right)) / 2), in [0, 1]. Noise (−1) counts as one more label. Returns 1 when both labelings are a single label.
 */
export function normalizedMutualInformation(left: ArrayLike<number>, right: ArrayLike<number>): number {
  const { count, cells, rowTotals, columnTotals } = contingencyTable(left, right);
  if (count === 0) return 1;
  const entropy = (totals: number[]) => totals.reduce((total, size) => total - (size / count) * Math.log(size / count), 0);
  const leftEntropy = entropy(rowTotals);
  const rightEntropy = entropy(columnTotals);
  if (leftEntropy === 0 && rightEntropy === 0) return 1;
  let mutualInformation = 0;
  for (const { row, column, size } of cells) {
    mutualInformation += (size / count) * Math.log((size * count) / (rowTotals[row]! * columnTotals[column]!));
  }
  return Math.max(0, Math.min(1, mutualInformation / ((leftEntropy + rightEntropy) / 2)));
}
