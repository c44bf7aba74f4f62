import type { MinimumSpanningTree, SingleLinkageTree } from './tree-types.ts';

/**
 * Turns a spanning tree into a single-linkage dendrogram: edges sorted by weight (ties keep edge order), merged
 * with a union–find whose roots are dendrogram nodes. The tree must span all `pointCount` points.
 */
export function singleLinkageTree(spanningTree: MinimumSpanningTree, pointCount: number): SingleLinkageTree {
  const mergeCount = Math.max(0, pointCount - 1);
  if (spanningTree.weight.length !== mergeCount) {
    throw new RangeError(`A spanning tree over ${pointCount} points has ${mergeCount} edges, got ${spanningTree.weight.length}.`);
  }
  const order = new Int32Array(mergeCount);
  for (let edge = 0; edge < mergeCount; edge++) order[edge] = edge;
  const weight = spanningTree.weight;
  order.sort((left, right) => weight[left]! - weight[right]! || left - right);

  const parent = new Int32Array(2 * pointCount - 1 > 0 ? 2 * pointCount - 1 : 0);
  for (let node = 0; node < parent.length; node++) parent[node] = node;
  const size = new Int32Array(parent.length).fill(1);
  const find = (node: number): number => {
    let root = node;
    while (parent[root] !== root) root = parent[root]!;
    while (parent[node] !== root) {
      const next = parent[node]!;
      parent[node] = root;
      node = next;
    }
    return root;
  };

  const tree: SingleLinkageTree = {
    pointCount,
    left: new Int32Array(mergeCount),
    right: new Int32Array(mergeCount),
    distance: new Float64Array(mergeCount),
    size: new Int32Array(mergeCount),
  };
  for (let merge = 0; merge < mergeCount; merge++) {
    const edge = order[merge]!;
    const left = find(spanningTree.from[edge]!);
    const right = find(spanningTree.to[edge]!);
    if (left === right) throw new RangeError(`Edge ${edge} closes a cycle: the input is not a spanning tree.`);
    const node = pointCount + merge;
    parent[left] = node;
    parent[right] = node;
    size[node] = size[left]! + size[right]!;
    tree.left[merge] = left;
    tree.right[merge] = right;
    tree.distance[merge] = weight[edge]!;
    tree.size[merge] = size[node]!;
  }
  return tree;
}
