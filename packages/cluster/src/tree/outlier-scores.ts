import { clusterCountOf } from './cluster-stabilities.ts';
import type { CondensedTree } from './tree-types.ts';

/**
 * GLOSH outlier scores (Campello et al. 2015): 1 − λ_point / λ_max, where λ_point is where the point leaves its
 * cluster and λ_max the densest λ anywhere below that cluster. 0 = as dense as the densest part of its cluster,
 * near 1 = far out. Infinite λ (exact duplicates) score 0 and are left out of λ_max, as in `labelPoints`.
 */
export function outlierScores(tree: CondensedTree): Float64Array {
  const { pointCount } = tree;
  const root = pointCount;
  const clusterCount = clusterCountOf(tree);
  const densest = new Float64Array(clusterCount);
  const parentOf = new Int32Array(clusterCount).fill(-1);
  for (let row = 0; row < tree.parent.length; row++) {
    const parent = tree.parent[row]! - root;
    const child = tree.child[row]!;
    const lambda = tree.lambda[row]!;
    if (child >= pointCount) parentOf[child - root] = parent;
    if (Number.isFinite(lambda) && lambda > densest[parent]!) densest[parent] = lambda;
  }
  for (let index = clusterCount - 1; index > 0; index--) {
    const parent = parentOf[index]!;
    if (parent !== -1 && densest[index]! > densest[parent]!) densest[parent] = densest[index]!;
  }
  const scores = new Float64Array(pointCount);
  for (let row = 0; row < tree.child.length; row++) {
    const point = tree.child[row]!;
    if (point >= pointCount) continue;
    const lambdaMax = densest[tree.parent[row]! - root]!;
    const lambda = tree.lambda[row]!;
    scores[point] = lambdaMax === 0 || !Number.isFinite(lambda) ? 0 : Math.max(0, (lambdaMax - lambda) / lambdaMax);
  }
  return scores;
}
