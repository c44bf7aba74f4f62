/** Counts of (left label, right label) pairs, with row and column totals. Noise (−1) is one more label. */
export interface ContingencyTable {
  count: number;
  /** Non-empty cells only. */
  cells: Array<{ row: number; column: number; size: number }>;
  rowTotals: number[];
  columnTotals: number[];
}

export function contingencyTable(left: ArrayLike<number>, right: ArrayLike<number>): ContingencyTable {
  if (left.length !== right.length) throw new RangeError(`Labelings differ in length: ${left.length} vs ${right.length}.`);
  const rowIndex = new Map<number, number>();
  const columnIndex = new Map<number, number>();
  const cells = new Map<string, { row: number; column: number; size: number }>();
  const rowTotals: number[] = [];
  const columnTotals: number[] = [];
  for (let point = 0; point < left.length; point++) {
    let row = rowIndex.get(left[point]!);
    if (row === undefined) {
      row = rowIndex.size;
      rowIndex.set(left[point]!, row);
      rowTotals.push(0);
    }
    let column = columnIndex.get(right[point]!);
    if (column === undefined) {
      column = columnIndex.size;
      columnIndex.set(right[point]!, column);
      columnTotals.push(0);
    }
    rowTotals[row]!++;
    columnTotals[column]!++;
    const key = `${row},${column}`;
    const cell = cells.get(key);
    if (cell === undefined) cells.set(key, { row, column, size: 1 });
    else cell.size++;
  }
  return { count: left.length, cells: [...cells.values()], rowTotals, columnTotals };
}
