import type { VectorStore } from '../engine/vector-store.ts';

export interface RandomProjectionLeavesOptions {
  store: VectorStore;
  trees: number;
  /** Nodes with more points than this are split. */
  leafSize: number;
  random: () => number;
}

const chunkRows = 4096;

/**
 * Leaves of a forest of random-projection trees for angular distance (as in Annoy and PyNNDescent): each node is
 * split by the hyperplane through the origin that bisects two of its points chosen at random, i.e. by the sign of
 * x·a − x·b (ties by a coin flip). Points close in angle tend to share leaves, which seeds NN-descent with good candidates. A split that
 * leaves one side empty (e.g. duplicates) falls back to a random halving.
 */
export function randomProjectionLeaves({ store, trees, leafSize, random }: RandomProjectionLeavesOptions): Int32Array[] {
  const { count, rowBytes, vectorsOffset } = store.layout;
  const scratch = store.scratchOffset(0);
  const aListOffset = scratch;
  const bListOffset = scratch + 16;
  const outOffset = bListOffset + 4 * (chunkRows + 4);
  const aList = new Int32Array(store.buffer, aListOffset, 2);
  const bList = new Int32Array(store.buffer, bListOffset, chunkRows + 4);
  const out = new Float32Array(store.buffer, outOffset, 2 * (chunkRows + 4));
  const leaves: Int32Array[] = [];
  const side = new Uint8Array(count);

  for (let tree = 0; tree < trees; tree++) {
    const stack: Int32Array[] = [Int32Array.from({ length: count }, (_, index) => index)];
    while (stack.length > 0) {
      const node = stack.pop()!;
      if (node.length <= leafSize) {
        leaves.push(node);
        continue;
      }
      const first = Math.floor(random() * node.length);
      let second = Math.floor(random() * (node.length - 1));
      if (second >= first) second++;
      aList[0] = vectorsOffset + node[first]! * rowBytes;
      aList[1] = vectorsOffset + node[second]! * rowBytes;
      let positive = 0;
      for (let start = 0; start < node.length; start += chunkRows) {
        const rows = Math.min(chunkRows, node.length - start);
        const padded = (rows + 3) & ~3;
        for (let slot = 0; slot < padded; slot++) bList[slot] = vectorsOffset + node[start + Math.min(slot, rows - 1)]! * rowBytes;
        store.kernel.dot2x4(aListOffset, 2, bListOffset, padded, outOffset, rowBytes);
        for (let slot = 0; slot < rows; slot++) {
          const margin = out[slot]! - out[padded + slot]!;
          const goesLeft = margin > 0 || (margin === 0 && random() < 0.5);
          side[start + slot] = goesLeft ? 1 : 0;
          if (goesLeft) positive++;
        }
      }
      let left: Int32Array;
      let right: Int32Array;
      if (positive === 0 || positive === node.length) {
        const shuffled = Int32Array.from(node);
        for (let index = shuffled.length - 1; index > 0; index--) {
          const other = Math.floor(random() * (index + 1));
          const swap = shuffled[index]!;
          shuffled[index] = shuffled[other]!;
          shuffled[other] = swap;
        }
        const half = shuffled.length >> 1;
        left = shuffled.slice(0, half);
        right = shuffled.slice(half);
      } else {
        left = new Int32Array(positive);
        right = new Int32Array(node.length - positive);
        let leftCount = 0;
        let rightCount = 0;
        for (let slot = 0; slot < node.length; slot++) {
          if (side[slot]) left[leftCount++] = node[slot]!;
          else right[rightCount++] = node[slot]!;
        }
      }
      stack.push(right, left);
    }
  }
  return leaves;
}
