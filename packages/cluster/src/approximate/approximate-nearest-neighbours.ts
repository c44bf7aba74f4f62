import { seededRandom } from '@tenets/core';
import type { NeighbourLists } from '../engine/dense-passes.js';
import { yieldToEventLoop } from '../engine/dense-workers.ts';
import { exactNearestNeighbours } from '../engine/exact-nearest-neighbours.ts';
import type { VectorStore } from '../engine/vector-store.ts';
import { NeighbourHeaps } from './neighbour-heaps.ts';
import { randomProjectionLeaves } from './random-projection-leaves.ts';
import { searchCoreDistances } from './search-core-distances.ts';

/** Tuning of the approximate engine; the defaults reach ≥ 0.95 ARI against the exact engine in the benchmark. */
export interface ApproximateNeighbourOptions {
  /**
   * Neighbours NN-descent keeps per point; they are the spanning-tree candidates. When minSamples − 1 is larger,
   * core distances come from a best-first search of this graph instead of longer lists (NN-descent cost grows
   * with the square of the list length). @default 16
   */
  graphNeighbours?: number;
  /** Random-projection trees that seed the lists. @default 6 */
  trees?: number;
  /** Largest leaf of a random-projection tree. @default 2 × graphNeighbours, at least 32 */
  leafSize?: number;
  /** Most NN-descent rounds. @default 10 */
  iterations?: number;
  /** Share of each list joined per round (ρ in Dong et al.). @default 0.5 */
  sampleRate?: number;
  /** Stop when a round improves fewer than this share of list entries. @default 0.002 */
  convergence?: number;
}

export interface NeighbourGraph {
  lists: NeighbourLists;
  /** Entries per point in `lists`. */
  neighbours: number;
  coreDistances: Float64Array;
  /** NN-descent rounds run (0 when the lists were computed exactly). */
  rounds: number;
}

export interface ApproximateNearestNeighboursOptions extends ApproximateNeighbourOptions {
  store: VectorStore;
  /** Neighbours behind the core distance: minSamples − 1. */
  neighbours: number;
  seed: number;
  abortSignal?: AbortSignal | undefined;
  /** Called after each phase (randomProjectionForest, nnDescent, coreDistances) for timings. */
  onPhase?: ((phase: string) => Promise<void>) | undefined;
}

/**
 * Approximate k-nearest-neighbour lists by NN-descent (Dong, Charikar & Li 2011) seeded from a random-projection
 * forest, as PyNNDescent does: neighbours of neighbours are likely neighbours, so each round joins every point's
 * sampled new and old neighbours (and reverse neighbours) with each other. Distances come from the same SIMD
 * kernel as the exact engine, one small matrix product per point. Seeded, single-threaded, deterministic.
 */
export async function approximateNearestNeighbours({
  store,
  neighbours: coreNeighbours,
  seed,
  abortSignal,
  onPhase = async () => {},
  graphNeighbours = 16,
  trees = 6,
  leafSize,
  iterations = 10,
  sampleRate = 0.5,
  convergence = 0.002,
}: ApproximateNearestNeighboursOptions): Promise<NeighbourGraph> {
  const { count, rowBytes, vectorsOffset } = store.layout;
  const neighbours = Math.min(count - 1, graphNeighbours);
  const coreDistances = new Float64Array(count);
  const finish = async (lists: NeighbourLists, rounds: number): Promise<NeighbourGraph> => {
    if (coreNeighbours > 0 && coreNeighbours <= neighbours) {
      for (let point = 0; point < count; point++) coreDistances[point] = lists.distances[point * neighbours + coreNeighbours - 1]!;
    } else if (coreNeighbours > 0) {
      searchCoreDistances({ store, lists, neighbours, coreNeighbours, coreDistances });
    }
    await onPhase('coreDistances');
    return { lists, neighbours, coreDistances, rounds };
  };
  if (neighbours < 1) return finish({ distances: new Float64Array(0), indices: new Int32Array(0) }, 0);
  // Small inputs: brute force is cheaper than building a forest.
  if (count <= 4 * Math.max(neighbours, coreNeighbours) + 64) {
    const listed = Math.max(neighbours, coreNeighbours);
    const exact = await exactNearestNeighbours({ store, neighbours: listed, abortSignal });
    if (coreNeighbours > 0) for (let point = 0; point < count; point++) coreDistances[point] = exact.distances[point * listed + coreNeighbours - 1]!;
    await onPhase('coreDistances');
    return { lists: exact, neighbours: listed, coreDistances, rounds: 0 };
  }

  const random = seededRandom(seed ^ 0x9e3779b9);
  const heaps = new NeighbourHeaps(count, neighbours);
  const scratch = store.scratchOffset(0);
  const maximumList = 4 * neighbours + 8;
  const aListOffset = scratch;
  const bListOffset = aListOffset + 4 * maximumList;
  const outOffset = bListOffset + 4 * maximumList;
  const aList = new Int32Array(store.buffer, aListOffset, maximumList);
  const bList = new Int32Array(store.buffer, bListOffset, maximumList);
  const out = new Float32Array(store.buffer, outOffset, maximumList * maximumList);

  /** Joins every point of `left` with every point of `right`; returns how many list entries improved. */
  const join = (left: Int32Array, leftCount: number, right: Int32Array, rightCount: number, sameSet: boolean): number => {
    if (leftCount === 0 || rightCount === 0) return 0;
    const paddedLeft = (leftCount + 1) & ~1;
    const paddedRight = (rightCount + 3) & ~3;
    for (let slot = 0; slot < paddedLeft; slot++) aList[slot] = vectorsOffset + left[Math.min(slot, leftCount - 1)]! * rowBytes;
    for (let slot = 0; slot < paddedRight; slot++) bList[slot] = vectorsOffset + right[Math.min(slot, rightCount - 1)]! * rowBytes;
    store.kernel.dot2x4(aListOffset, paddedLeft, bListOffset, paddedRight, outOffset, rowBytes);
    let improved = 0;
    for (let row = 0; row < leftCount; row++) {
      const point = left[row]!;
      for (let column = sameSet ? row + 1 : 0; column < rightCount; column++) {
        const other = right[column]!;
        if (other === point) continue;
        const dot = out[row * paddedRight + column]!;
        const distance = 1 - dot > 0 ? 1 - dot : 0;
        if (heaps.push(point, other, distance)) improved++;
        if (heaps.push(other, point, distance)) improved++;
      }
    }
    return improved;
  };

  const leafLimit = leafSize ?? Math.max(32, 2 * neighbours);
  let sliceStarted = performance.now();
  const maybeYield = async () => {
    if (performance.now() - sliceStarted > 40) {
      await yieldToEventLoop();
      abortSignal?.throwIfAborted();
      sliceStarted = performance.now();
    }
  };
  for (const leaf of randomProjectionLeaves({ store, trees, leafSize: leafLimit, random })) {
    for (let start = 0; start < leaf.length; start += maximumList - 8) {
      const block = leaf.subarray(start, Math.min(leaf.length, start + maximumList - 8));
      join(block, block.length, block, block.length, true);
      for (let rest = start + block.length; rest < leaf.length; rest += maximumList - 8) {
        const other = leaf.subarray(rest, Math.min(leaf.length, rest + maximumList - 8));
        join(block, block.length, other, other.length, false);
      }
    }
    await maybeYield();
  }

  await onPhase('randomProjectionForest');

  const sampleSize = Math.max(1, Math.round(sampleRate * neighbours));
  const newForward = new Int32Array(count * sampleSize);
  const newForwardCount = new Int32Array(count);
  const oldForward = new Int32Array(count * neighbours);
  const oldForwardCount = new Int32Array(count);
  const newReverse = new Int32Array(count * sampleSize);
  const newReverseCount = new Int32Array(count);
  const newReverseSeen = new Int32Array(count);
  const oldReverse = new Int32Array(count * sampleSize);
  const oldReverseCount = new Int32Array(count);
  const oldReverseSeen = new Int32Array(count);
  const newSet = new Int32Array(maximumList);
  const oldSet = new Int32Array(maximumList);
  const stamp = new Int32Array(count).fill(-1);
  /** Reservoir sampling keeps the reverse lists bounded and unbiased. */
  const addReverse = (lists: Int32Array, counts: Int32Array, seen: Int32Array, point: number, other: number) => {
    const position = seen[point]!++;
    if (position < sampleSize) {
      lists[point * sampleSize + position] = other;
      counts[point] = position + 1;
    } else {
      const slot = Math.floor(random() * (position + 1));
      if (slot < sampleSize) lists[point * sampleSize + slot] = other;
    }
  };

  let rounds = 0;
  for (let round = 0; round < iterations; round++) {
    rounds++;
    newReverseCount.fill(0);
    newReverseSeen.fill(0);
    oldReverseCount.fill(0);
    oldReverseSeen.fill(0);
    for (let point = 0; point < count; point++) {
      const base = point * neighbours;
      let newCount = 0;
      let oldCount = 0;
      let newSeen = 0;
      for (let entry = base; entry < base + neighbours; entry++) {
        const other = heaps.indices[entry]!;
        if (other === 0x7fffffff) continue;
        if (heaps.isNew[entry]) {
          // Reservoir sample of the new entries; the chosen ones become old.
          const position = newSeen++;
          if (position < sampleSize) newForward[point * sampleSize + newCount++] = entry;
          else {
            const slot = Math.floor(random() * (position + 1));
            if (slot < sampleSize) newForward[point * sampleSize + slot] = entry;
          }
        } else {
          oldForward[base + oldCount++] = other;
        }
      }
      for (let slot = 0; slot < newCount; slot++) {
        const entry = newForward[point * sampleSize + slot]!;
        heaps.isNew[entry] = 0;
        newForward[point * sampleSize + slot] = heaps.indices[entry]!;
      }
      newForwardCount[point] = newCount;
      oldForwardCount[point] = oldCount;
      for (let slot = 0; slot < newCount; slot++) addReverse(newReverse, newReverseCount, newReverseSeen, newForward[point * sampleSize + slot]!, point);
      for (let slot = 0; slot < oldCount; slot++) addReverse(oldReverse, oldReverseCount, oldReverseSeen, oldForward[base + slot]!, point);
    }

    let improved = 0;
    for (let point = 0; point < count; point++) {
      let newSize = 0;
      let oldSize = 0;
      const marker = round * count + point;
      const collect = (target: Int32Array, size: number, source: Int32Array, offset: number, sourceCount: number) => {
        for (let slot = 0; slot < sourceCount; slot++) {
          const other = source[offset + slot]!;
          if (stamp[other] === marker || other === point) continue;
          stamp[other] = marker;
          target[size++] = other;
        }
        return size;
      };
      newSize = collect(newSet, newSize, newForward, point * sampleSize, newForwardCount[point]!);
      newSize = collect(newSet, newSize, newReverse, point * sampleSize, newReverseCount[point]!);
      oldSize = collect(oldSet, oldSize, oldForward, point * neighbours, oldForwardCount[point]!);
      oldSize = collect(oldSet, oldSize, oldReverse, point * sampleSize, oldReverseCount[point]!);
      improved += join(newSet, newSize, newSet, newSize, true);
      improved += join(newSet, newSize, oldSet, oldSize, false);
      if ((point & 1023) === 1023) await maybeYield();
    }
    if (improved < convergence * count * neighbours) break;
  }
  fillShortLists(heaps, store);
  await onPhase('nnDescent');
  return finish({ distances: heaps.distances, indices: heaps.indices }, rounds);
}

/** Brute-forces the rare point whose list never filled up (it shared no leaf and no neighbour with enough points). */
function fillShortLists(heaps: NeighbourHeaps, store: VectorStore): void {
  const { count, rowBytes, vectorsOffset } = store.layout;
  const chunk = 1024;
  const scratch = store.scratchOffset(0);
  const bListOffset = scratch + 16;
  const outOffset = bListOffset + 4 * (chunk + 4);
  const aList = new Int32Array(store.buffer, scratch, 1);
  const bList = new Int32Array(store.buffer, bListOffset, chunk + 4);
  const out = new Float32Array(store.buffer, outOffset, chunk + 4);
  for (let point = 0; point < count; point++) {
    if (heaps.indices[point * heaps.neighbours + heaps.neighbours - 1] !== 0x7fffffff) continue;
    aList[0] = vectorsOffset + point * rowBytes;
    for (let start = 0; start < count; start += chunk) {
      const rows = Math.min(chunk, count - start);
      const padded = (rows + 3) & ~3;
      for (let slot = 0; slot < padded; slot++) bList[slot] = vectorsOffset + (start + Math.min(slot, rows - 1)) * rowBytes;
      store.kernel.dot1x4(scratch, 1, bListOffset, padded, outOffset, rowBytes);
      for (let slot = 0; slot < rows; slot++) {
        if (start + slot !== point) heaps.push(point, start + slot, Math.max(0, 1 - out[slot]!));
      }
    }
  }
}
