import type { CondensedTree } from './tree-types.ts';

/**
 * Excess-of-mass stability per cluster, Σ over its child rows of (λ_child − λ_birth) · childSize, indexed by
 * cluster id − pointCount. The root is born at λ = 0. A span between equal λ counts 0, also when both are
 * infinite (duplicate points), so stabilities are never NaN.
 */
export function clusterStabilities(tree: CondensedTree): Float64Array {
  const clusterCount = clusterCountOf(tree);
  const births = new Float64Array(clusterCount);
  for (let row = 0; row < tree.child.length; row++) {
    const child = tree.child[row]!;
    if (child >= tree.pointCount) births[child - tree.pointCount] = tree.lambda[row]!;
  }
  const stabilities = new Float64Array(clusterCount);
  for (let row = 0; row < tree.parent.length; row++) {
    const cluster = tree.parent[row]! - tree.pointCount;
    const lambda = tree.lambda[row]!;
    const birth = births[cluster]!;
    if (lambda !== birth) stabilities[cluster]! += (lambda - birth) * tree.childSize[row]!;
  }
  return stabilities;
}

/** Number of cluster ids in a condensed tree (root included). */
export function clusterCountOf(tree: CondensedTree): number {
  let largest = tree.pointCount;
  for (let row = 0; row < tree.parent.length; row++) largest = Math.max(largest, tree.parent[row]!, tree.child[row]!);
  return tree.parent.length === 0 ? 0 : largest - tree.pointCount + 1;
}
