import type { NeighbourLists } from './dense-passes.js';

export interface NeighbourForestOptions {
  lists: NeighbourLists;
  /** Entries per point in `lists` (sorted by distance). */
  neighbours: number;
  coreDistances: Float64Array;
  /**
   * Only add edges proven to be in the exact minimum spanning tree (needs exact lists). Without it this is the
   * minimum spanning forest of the neighbour graph itself, as the approximate engine uses it. @default true
   */
  certify?: boolean;
}

/** Spanning-forest edges over the neighbour graph, and the components they join points into. */
export interface NeighbourForest {
  from: Int32Array;
  to: Int32Array;
  weight: Float64Array;
  componentCount: number;
  /** Component index per point, numbered in order of each component's smallest point. */
  componentOf: Int32Array;
}

/**
 * Borůvka's algorithm on the k-nearest-neighbour edges, weighted by mutual reachability. With `certify` (exact
 * lists) an edge is added only when it is proven to be the lightest edge leaving its component in the complete
 * graph: a pair missing from both lists is at least as far apart as each point's k-th neighbour, so its mutual
 * reachability is at least that distance, and a component's lightest listed edge is certified when it is strictly
 * lighter than the smallest k-th-neighbour distance among its members. Components that cannot certify an edge are
 * left for the exact join (component Prim). Ties are broken by (weight, smaller endpoint, larger endpoint).
 */
export function neighbourForest({ lists, neighbours, coreDistances, certify = true }: NeighbourForestOptions): NeighbourForest {
  const count = coreDistances.length;
  const unbounded = !certify || neighbours >= count - 1;
  const weights = new Float64Array(count * neighbours);
  for (let point = 0; point < count; point++) {
    for (let slot = 0; slot < neighbours; slot++) {
      const entry = point * neighbours + slot;
      const other = lists.indices[entry]!;
      weights[entry] = Math.max(lists.distances[entry]!, coreDistances[point]!, coreDistances[other]!);
    }
  }
  const parent = Int32Array.from({ length: count }, (_, index) => index);
  const find = (point: number): number => {
    let root = point;
    while (parent[root] !== root) root = parent[root]!;
    while (parent[point] !== root) {
      const next = parent[point]!;
      parent[point] = root;
      point = next;
    }
    return root;
  };
  const from: number[] = [];
  const to: number[] = [];
  const weight: number[] = [];
  const bestWeight = new Float64Array(count);
  const bestLow = new Int32Array(count);
  const bestHigh = new Int32Array(count);
  const floor = new Float64Array(count);

  for (;;) {
    bestWeight.fill(Infinity);
    bestLow.fill(0x7fffffff);
    bestHigh.fill(0x7fffffff);
    floor.fill(Infinity);
    for (let point = 0; point < count; point++) {
      const root = find(point);
      const limit = unbounded ? Infinity : lists.distances[point * neighbours + neighbours - 1]!;
      if (limit < floor[root]!) floor[root] = limit;
    }
    for (let point = 0; point < count; point++) {
      const pointRoot = find(point);
      for (let slot = 0; slot < neighbours; slot++) {
        const entry = point * neighbours + slot;
        const other = lists.indices[entry]!;
        const otherRoot = find(other);
        if (pointRoot === otherRoot) continue;
        const edgeWeight = weights[entry]!;
        const low = point < other ? point : other;
        const high = point < other ? other : point;
        for (const root of [pointRoot, otherRoot]) {
          if (
            edgeWeight < bestWeight[root]! ||
            (edgeWeight === bestWeight[root]! && (low < bestLow[root]! || (low === bestLow[root]! && high < bestHigh[root]!)))
          ) {
            bestWeight[root] = edgeWeight;
            bestLow[root] = low;
            bestHigh[root] = high;
          }
        }
      }
    }
    const roots: number[] = [];
    for (let point = 0; point < count; point++) if (parent[point] === point) roots.push(point);
    let added = 0;
    for (const root of roots) {
      // Strictly below the floor: then the edge is the unique lightest edge leaving the component under the
      // (weight, endpoints) order, which is what makes adding all of a round's edges at once safe.
      if (!(bestWeight[root]! < floor[root]!)) continue;
      const left = find(bestLow[root]!);
      const right = find(bestHigh[root]!);
      if (left === right) continue;
      parent[left] = right;
      from.push(bestLow[root]!);
      to.push(bestHigh[root]!);
      weight.push(bestWeight[root]!);
      added++;
    }
    if (added === 0) break;
  }

  const componentOf = new Int32Array(count);
  const componentOfRoot = new Map<number, number>();
  for (let point = 0; point < count; point++) {
    const root = find(point);
    let component = componentOfRoot.get(root);
    if (component === undefined) {
      component = componentOfRoot.size;
      componentOfRoot.set(root, component);
    }
    componentOf[point] = component;
  }
  return {
    from: Int32Array.from(from),
    to: Int32Array.from(to),
    weight: Float64Array.from(weight),
    componentCount: componentOfRoot.size,
    componentOf,
  };
}
