import { contingencyTable } from './contingency-table.ts';

/**
 * Adjusted Rand index (Hubert & Arabie 1985) between two labelings of the same points: 1 for identical
 * partitions (label names do not matter), about 0 for chance agreement. Noise (−1) counts as one more label.
 * Returns 1 when neither labeling splits anything or both put every point alone, as scikit-learn does.
 */
export function adjustedRandIndex(left: ArrayLike<number>, right: ArrayLike<number>): number {
  const table = contingencyTable(left, right);
  const pairs = (size: number) => (size * (size - 1)) / 2;
  const sum = (values: number[]) => values.reduce((total, value) => total + pairs(value), 0);
  const index = sum(table.cells.map((cell) => cell.size));
  const rowPairs = sum(table.rowTotals);
  const columnPairs = sum(table.columnTotals);
  const allPairs = pairs(table.count);
  if (allPairs === 0) return 1;
  const expected = (rowPairs * columnPairs) / allPairs;
  const maximum = (rowPairs + columnPairs) / 2;
  if (maximum === expected) return 1;
  return (index - expected) / (maximum - expected);
}
