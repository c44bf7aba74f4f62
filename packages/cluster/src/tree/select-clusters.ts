import { clusterCountOf } from './cluster-stabilities.ts';
import type { CondensedTree } from './tree-types.ts';

export type ClusterSelectionMethod = 'eom' | 'leaf';

export interface SelectClustersOptions {
  tree: CondensedTree;
  stabilities: Float64Array;
  /** `'eom'`: excess of mass; `'leaf'`: the leaves of the cluster tree (many small, homogeneous clusters). */
  method: ClusterSelectionMethod;
  /** Clusters born below this distance are merged upwards until one born above it. 0 turns this off. */
  epsilon: number;
  /** Let the root be the one cluster when nothing below it is better. */
  allowSingleCluster: boolean;
}

/**
 * Picks the flat clustering from the condensed tree, following the `hdbscan` Python library: EOM walks clusters
 * from the largest id (deepest) up, keeping a cluster when its stability is at least the sum of its children's.
 * Two documented differences: the ε search visits leaves in id order and then drops any selection that has a
 * selected ancestor (the library can keep both); `leaf` with no split falls back to the root only when
 * `allowSingleCluster` is set. Returns selected cluster ids in increasing order.
 */
export function selectClusters({ tree, stabilities, method, epsilon, allowSingleCluster }: SelectClustersOptions): number[] {
  const { pointCount } = tree;
  const clusterCount = clusterCountOf(tree);
  if (clusterCount === 0) return [];
  const root = pointCount;
  const childrenOf: number[][] = Array.from({ length: clusterCount }, () => []);
  const parentOf = new Int32Array(clusterCount).fill(-1);
  const birthLambda = new Float64Array(clusterCount);
  for (let row = 0; row < tree.child.length; row++) {
    const child = tree.child[row]!;
    if (child < pointCount) continue;
    childrenOf[tree.parent[row]! - pointCount]!.push(child);
    parentOf[child - pointCount] = tree.parent[row]!;
    birthLambda[child - pointCount] = tree.lambda[row]!;
  }
  const descendants = (cluster: number): number[] => {
    const found: number[] = [];
    const stack = [...childrenOf[cluster - pointCount]!];
    while (stack.length > 0) {
      const next = stack.pop()!;
      found.push(next);
      stack.push(...childrenOf[next - pointCount]!);
    }
    return found;
  };
  const hasSplits = clusterCount > 1;

  let selected: number[];
  if (method === 'eom') {
    // Bottom-up (children have larger ids): keep a cluster when it beats the sum of its children. A kept cluster
    // shadows every kept descendant, which the top-down pass below applies in O(clusters).
    const kept = new Uint8Array(clusterCount);
    const stability = Float64Array.from(stabilities);
    const lowest = allowSingleCluster ? root : root + 1;
    for (let cluster = root + clusterCount - 1; cluster >= lowest; cluster--) {
      let childStability = 0;
      for (const child of childrenOf[cluster - root]!) childStability += stability[child - root]!;
      if (childStability > stability[cluster - root]!) stability[cluster - root] = childStability;
      else kept[cluster - root] = 1;
    }
    const isSelected = new Uint8Array(clusterCount);
    const shadowed = new Uint8Array(clusterCount);
    for (let index = 0; index < clusterCount; index++) {
      const parent = parentOf[index]!;
      if (parent !== -1) shadowed[index] = shadowed[parent - root]! | isSelected[parent - root]!;
      isSelected[index] = kept[index]! & (shadowed[index]! ^ 1);
    }
    selected = [];
    for (let index = 0; index < clusterCount; index++) if (isSelected[index]) selected.push(root + index);
    if (epsilon > 0 && hasSplits) {
      const onlyRoot = selected.length === 1 && selected[0] === root;
      if (!onlyRoot) selected = epsilonSearch(selected);
    }
  } else {
    const leaves: number[] = [];
    for (let index = 1; index < clusterCount; index++) if (childrenOf[index]!.length === 0) leaves.push(root + index);
    if (leaves.length === 0) selected = allowSingleCluster ? [root] : [];
    else selected = epsilon > 0 ? epsilonSearch(leaves) : leaves;
  }
  return selected.sort((left, right) => left - right);

  function epsilonSearch(candidates: number[]): number[] {
    const chosen = new Set<number>();
    const processed = new Set<number>();
    for (const leaf of [...candidates].sort((left, right) => left - right)) {
      if (leaf === root) {
        chosen.add(leaf);
        continue;
      }
      if (1 / birthLambda[leaf - root]! < epsilon) {
        if (processed.has(leaf)) continue;
        const merged = traverseUpwards(leaf);
        chosen.add(merged);
        for (const descendant of descendants(merged)) processed.add(descendant);
      } else {
        chosen.add(leaf);
      }
    }
    return [...chosen].filter((cluster) => {
      for (let ancestor = parentOf[cluster - root]!; ancestor !== -1; ancestor = parentOf[ancestor - root]!) {
        if (chosen.has(ancestor)) return false;
      }
      return true;
    });
  }

  function traverseUpwards(leaf: number): number {
    const parent = parentOf[leaf - root]!;
    if (parent === root) return allowSingleCluster ? parent : leaf;
    if (1 / birthLambda[parent - root]! > epsilon) return parent;
    return traverseUpwards(parent);
  }
}
