import type { NeighbourForest } from '../engine/neighbour-forest.ts';
import { exactNearestNeighbours } from '../engine/exact-nearest-neighbours.ts';
import { createVectorStore, type VectorStore } from '../engine/vector-store.ts';
import type { MinimumSpanningTree } from '../tree/tree-types.ts';

export interface JoinComponentsOptions {
  store: VectorStore;
  coreDistances: Float64Array;
  forest: NeighbourForest;
  /** Nearest components (by centroid) examined per component and round. @default 3 */
  candidateComponents?: number;
  /** Members per side compared for a pair of components. @default 32 */
  representatives?: number;
}

/**
 * Joins the components of an approximate neighbour forest into one spanning tree, Borůvka style over components:
 * each round, every component looks at the few components whose centroids are most similar to its own, estimates
 * the lightest mutual-reachability edge to each from the `representatives` members of either side that lie
 * closest to the other side's centroid, and takes the lightest; all chosen edges are added (skipping cycles).
 * Every round at least halves the number of components. The joining edges are estimates — usually the true
 * lightest edge or close to it — which only shifts where separate groups meet near the top of the hierarchy.
 */
export async function joinComponents({ store, coreDistances, forest, candidateComponents = 3, representatives = 32 }: JoinComponentsOptions): Promise<MinimumSpanningTree> {
  const { count, rowBytes, vectorsOffset } = store.layout;
  const { paddedDimensions, rows } = store;
  const from = Array.from(forest.from);
  const to = Array.from(forest.to);
  const weight = Array.from(forest.weight);
  const parent = Int32Array.from({ length: forest.componentCount }, (_, index) => index);
  const find = (component: number): number => {
    while (parent[component] !== component) {
      parent[component] = parent[parent[component]!]!;
      component = parent[component]!;
    }
    return component;
  };
  const scratch = store.scratchOffset(0);
  const aListOffset = scratch;
  const bListOffset = scratch + 4 * (representatives + 4);
  const outOffset = bListOffset + 4 * (representatives + 4);
  const aList = new Int32Array(store.buffer, aListOffset, representatives + 4);
  const bList = new Int32Array(store.buffer, bListOffset, representatives + 4);
  const out = new Float32Array(store.buffer, outOffset, (representatives + 4) * (representatives + 4));

  for (;;) {
    const groupOfRoot = new Map<number, number>();
    const groupOf = new Int32Array(count);
    for (let point = 0; point < count; point++) {
      const root = find(forest.componentOf[point]!);
      let group = groupOfRoot.get(root);
      if (group === undefined) {
        group = groupOfRoot.size;
        groupOfRoot.set(root, group);
      }
      groupOf[point] = group;
    }
    const groupCount = groupOfRoot.size;
    if (groupCount <= 1) break;
    const members: number[][] = Array.from({ length: groupCount }, () => []);
    for (let point = 0; point < count; point++) members[groupOf[point]!]!.push(point);
    const centroids = members.map((group) => {
      const centroid = new Float32Array(paddedDimensions);
      for (const point of group) for (let dimension = 0; dimension < paddedDimensions; dimension++) centroid[dimension]! += rows[point * paddedDimensions + dimension]!;
      let squaredNorm = 0;
      for (const value of centroid) squaredNorm += value * value;
      // Opposite points can cancel out; any direction will do for such a centroid.
      if (squaredNorm === 0) centroid[0] = 1;
      return centroid;
    });
    const nearestGroups = await nearestCentroids(centroids, Math.min(candidateComponents, groupCount - 1));

    const closestTo = (group: number, centroid: Float32Array): number[] => {
      const list = members[group]!;
      if (list.length <= representatives) return list;
      const scored = list.map((point) => {
        let dot = 0;
        for (let dimension = 0; dimension < paddedDimensions; dimension++) dot += rows[point * paddedDimensions + dimension]! * centroid[dimension]!;
        return { point, dot };
      });
      scored.sort((left, right) => right.dot - left.dot || left.point - right.point);
      return scored.slice(0, representatives).map((entry) => entry.point);
    };

    const bestWeight = new Float64Array(groupCount).fill(Infinity);
    const bestLow = new Int32Array(groupCount).fill(0x7fffffff);
    const bestHigh = new Int32Array(groupCount).fill(0x7fffffff);
    for (let group = 0; group < groupCount; group++) {
      for (let slot = 0; slot < nearestGroups.neighbours; slot++) {
        const other = nearestGroups.indices[group * nearestGroups.neighbours + slot]!;
        const left = closestTo(group, centroids[other]!);
        const right = closestTo(other, centroids[group]!);
        const paddedLeft = (left.length + 1) & ~1;
        const paddedRight = (right.length + 3) & ~3;
        for (let row = 0; row < paddedLeft; row++) aList[row] = vectorsOffset + left[Math.min(row, left.length - 1)]! * rowBytes;
        for (let column = 0; column < paddedRight; column++) bList[column] = vectorsOffset + right[Math.min(column, right.length - 1)]! * rowBytes;
        store.kernel.dot2x4(aListOffset, paddedLeft, bListOffset, paddedRight, outOffset, rowBytes);
        for (let row = 0; row < left.length; row++) {
          for (let column = 0; column < right.length; column++) {
            const a = left[row]!;
            const b = right[column]!;
            const distance = Math.max(0, 1 - out[row * paddedRight + column]!);
            const edgeWeight = Math.max(distance, coreDistances[a]!, coreDistances[b]!);
            const low = Math.min(a, b);
            const high = Math.max(a, b);
            for (const target of [group, other]) {
              if (
                edgeWeight < bestWeight[target]! ||
                (edgeWeight === bestWeight[target]! && (low < bestLow[target]! || (low === bestLow[target]! && high < bestHigh[target]!)))
              ) {
                bestWeight[target] = edgeWeight;
                bestLow[target] = low;
                bestHigh[target] = high;
              }
            }
          }
        }
      }
    }
    for (let group = 0; group < groupCount; group++) {
      if (bestWeight[group] === Infinity) continue;
      const left = find(forest.componentOf[bestLow[group]!]!);
      const right = find(forest.componentOf[bestHigh[group]!]!);
      if (left === right) continue;
      parent[left] = right;
      from.push(bestLow[group]!);
      to.push(bestHigh[group]!);
      weight.push(bestWeight[group]!);
    }
  }
  return { from: Int32Array.from(from), to: Int32Array.from(to), weight: Float64Array.from(weight) };
}

/** The `neighbours` most similar other centroids of each centroid, by the exact engine's brute force. */
async function nearestCentroids(centroids: Float32Array[], neighbours: number): Promise<{ indices: Int32Array; neighbours: number }> {
  const store = createVectorStore({ vectors: centroids, dimensions: centroids[0]!.length, threads: 1 });
  const lists = await exactNearestNeighbours({ store, neighbours });
  return { indices: lists.indices, neighbours };
}
