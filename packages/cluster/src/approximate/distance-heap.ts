/** A binary heap of (distance, index) pairs; a max-heap keeps the closest, a min-heap serves the closest first. */
export class DistanceHeap {
  private readonly distances: Float64Array;
  private readonly indices: Int32Array;
  private readonly sign: number;
  size = 0;

  constructor(capacity: number, maximumOnTop: boolean) {
    this.distances = new Float64Array(capacity);
    this.indices = new Int32Array(capacity);
    this.sign = maximumOnTop ? 1 : -1;
  }

  clear(): void {
    this.size = 0;
  }

  topDistance(): number {
    return this.distances[0]!;
  }

  copyDistances(target: Float64Array): number {
    target.set(this.distances.subarray(0, this.size));
    return this.size;
  }

  push(distance: number, index: number): void {
    if (this.size === this.distances.length) return;
    let position = this.size++;
    while (position > 0) {
      const parent = (position - 1) >> 1;
      if (this.sign * (this.distances[parent]! - distance) >= 0) break;
      this.distances[position] = this.distances[parent]!;
      this.indices[position] = this.indices[parent]!;
      position = parent;
    }
    this.distances[position] = distance;
    this.indices[position] = index;
  }

  pop(): number {
    const top = this.indices[0]!;
    const lastDistance = this.distances[--this.size]!;
    const lastIndex = this.indices[this.size]!;
    let position = 0;
    for (;;) {
      let child = 2 * position + 1;
      if (child >= this.size) break;
      if (child + 1 < this.size && this.sign * (this.distances[child + 1]! - this.distances[child]!) > 0) child++;
      if (this.sign * (this.distances[child]! - lastDistance) <= 0) break;
      this.distances[position] = this.distances[child]!;
      this.indices[position] = this.indices[child]!;
      position = child;
    }
    this.distances[position] = lastDistance;
    this.indices[position] = lastIndex;
    return top;
  }
}
