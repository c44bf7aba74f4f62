/**
 * Per-point lists of the k nearest points found so far, sorted by (distance, index), with a "new" flag per entry
 * for NN-descent (an entry is new until it has taken part in a local join). Flat typed arrays: point p's list is
 * [p·k, p·k + k); empty slots hold distance Infinity and index 0x7fffffff.
 */
export class NeighbourHeaps {
  readonly count: number;
  readonly neighbours: number;
  readonly distances: Float64Array;
  readonly indices: Int32Array;
  readonly isNew: Uint8Array;

  constructor(count: number, neighbours: number) {
    this.count = count;
    this.neighbours = neighbours;
    this.distances = new Float64Array(count * neighbours).fill(Infinity);
    this.indices = new Int32Array(count * neighbours).fill(0x7fffffff);
    this.isNew = new Uint8Array(count * neighbours);
  }

  /** Adds `other` to `point`'s list if it beats the current worst and is not listed yet. Returns whether it did. */
  push(point: number, other: number, distance: number): boolean {
    const neighbours = this.neighbours;
    const base = point * neighbours;
    const distances = this.distances;
    const indices = this.indices;
    const last = base + neighbours - 1;
    if (distance > distances[last]! || (distance === distances[last]! && other >= indices[last]!)) return false;
    for (let entry = base; entry <= last; entry++) if (indices[entry] === other) return false;
    let position = last;
    while (position > base) {
      const before = distances[position - 1]!;
      if (before < distance || (before === distance && indices[position - 1]! < other)) break;
      distances[position] = before;
      indices[position] = indices[position - 1]!;
      this.isNew[position] = this.isNew[position - 1]!;
      position--;
    }
    distances[position] = distance;
    indices[position] = other;
    this.isNew[position] = 1;
    return true;
  }
}
