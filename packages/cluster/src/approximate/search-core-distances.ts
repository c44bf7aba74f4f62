import type { NeighbourLists } from '../engine/dense-passes.js';
import type { VectorStore } from '../engine/vector-store.ts';
import { DistanceHeap } from './distance-heap.ts';

/**
 * Core distances beyond the list length, by a best-first graph search from each point (as in NN-descent queries
 * and HNSW): keep the `beamWidth` closest points found, expand the closest unexpanded one through its neighbour
 * list, stop when it is farther than everything kept. The core distance is the coreNeighbours-th smallest exact
 * distance found — never below the true one, and equal to it whenever the search found the true neighbourhood.
 */
export function searchCoreDistances({ store, lists, neighbours, coreNeighbours, coreDistances }: {
  store: VectorStore;
  lists: NeighbourLists;
  neighbours: number;
  coreNeighbours: number;
  coreDistances: Float64Array;
}): void {
  const { count, rowBytes, vectorsOffset } = store.layout;
  const beamWidth = coreNeighbours + Math.max(8, coreNeighbours >> 2);
  const scratch = store.scratchOffset(0);
  const bListOffset = scratch + 16;
  const outOffset = bListOffset + 4 * (neighbours + 4);
  const aList = new Int32Array(store.buffer, scratch, 1);
  const bList = new Int32Array(store.buffer, bListOffset, neighbours + 4);
  const out = new Float32Array(store.buffer, outOffset, neighbours + 4);
  const stamp = new Int32Array(count).fill(-1);
  const kept = new DistanceHeap(beamWidth, true);
  const frontier = new DistanceHeap(beamWidth * (neighbours + 1) + neighbours, false);
  const fresh = new Int32Array(neighbours);
  const keptDistances = new Float64Array(beamWidth);
  for (let point = 0; point < count; point++) {
    kept.clear();
    frontier.clear();
    stamp[point] = point;
    for (let slot = 0; slot < neighbours; slot++) {
      const entry = point * neighbours + slot;
      const other = lists.indices[entry]!;
      stamp[other] = point;
      kept.push(lists.distances[entry]!, other);
      frontier.push(lists.distances[entry]!, other);
    }
    aList[0] = vectorsOffset + point * rowBytes;
    while (frontier.size > 0) {
      const distance = frontier.topDistance();
      const closest = frontier.pop();
      if (kept.size >= beamWidth && distance > kept.topDistance()) break;
      let freshCount = 0;
      for (let slot = 0; slot < neighbours; slot++) {
        const other = lists.indices[closest * neighbours + slot]!;
        if (stamp[other] === point) continue;
        stamp[other] = point;
        fresh[freshCount++] = other;
      }
      if (freshCount === 0) continue;
      const padded = (freshCount + 3) & ~3;
      for (let slot = 0; slot < padded; slot++) bList[slot] = vectorsOffset + fresh[Math.min(slot, freshCount - 1)]! * rowBytes;
      store.kernel.dot1x4(scratch, 1, bListOffset, padded, outOffset, rowBytes);
      for (let slot = 0; slot < freshCount; slot++) {
        const found = Math.max(0, 1 - out[slot]!);
        if (kept.size < beamWidth || found < kept.topDistance()) {
          if (kept.size >= beamWidth) kept.pop();
          kept.push(found, fresh[slot]!);
          frontier.push(found, fresh[slot]!);
        }
      }
    }
    const size = kept.copyDistances(keptDistances);
    const sorted = keptDistances.subarray(0, size).sort();
    coreDistances[point] = sorted[Math.min(coreNeighbours, size) - 1]!;
  }
}
