import { clusterCountOf } from './cluster-stabilities.ts';
import type { CondensedTree } from './tree-types.ts';

export interface LabelPointsOptions {
  tree: CondensedTree;
  /** Selected cluster ids (from selectClusters). */
  selected: readonly number[];
  allowSingleCluster: boolean;
  epsilon: number;
}

export interface PointLabels {
  /** 0..k−1 ordered by first member index; −1 for noise. */
  labels: Int32Array;
  /** Membership strength in [0, 1]: the point's λ relative to the densest λ of its cluster; 0 for noise. */
  probabilities: Float64Array;
  /** Condensed-tree cluster id behind each label. */
  clusterIds: Int32Array;
}

/**
 * Labels every point with the selected cluster above it in the condensed tree. When the root itself is the only
 * selection (allowSingleCluster), the `hdbscan` library rule applies: a point belongs only if it leaves the root
 * at λ ≥ 1/ε, or without ε at the root's largest λ. Probabilities follow the library too, except that infinite λ
 * (exact duplicates) are left out of a cluster's densest λ, so duplicates do not push every other member to 0.
 */
export function labelPoints({ tree, selected, allowSingleCluster, epsilon }: LabelPointsOptions): PointLabels {
  const { pointCount } = tree;
  const root = pointCount;
  const clusterCount = clusterCountOf(tree);
  const isSelected = new Uint8Array(clusterCount);
  for (const cluster of selected) isSelected[cluster - root] = 1;
  const parentOf = new Int32Array(clusterCount).fill(-1);
  const densestFinite = new Float64Array(clusterCount);
  let rootLargestLambda = 0;
  for (let row = 0; row < tree.parent.length; row++) {
    const parent = tree.parent[row]!;
    const child = tree.child[row]!;
    const lambda = tree.lambda[row]!;
    if (child >= pointCount) parentOf[child - root] = parent;
    if (Number.isFinite(lambda)) densestFinite[parent - root] = Math.max(densestFinite[parent - root]!, lambda);
    if (parent === root) rootLargestLambda = Math.max(rootLargestLambda, lambda);
  }
  const selectedAbove = new Int32Array(clusterCount).fill(-1);
  for (let index = 0; index < clusterCount; index++) {
    if (isSelected[index]) selectedAbove[index] = root + index;
    else if (parentOf[index] !== -1) selectedAbove[index] = selectedAbove[parentOf[index]! - root]!;
  }

  const clusterOfPoint = new Int32Array(pointCount).fill(-1);
  const probabilities = new Float64Array(pointCount);
  const rootOnly = selected.length === 1 && selected[0] === root && allowSingleCluster;
  for (let row = 0; row < tree.child.length; row++) {
    const point = tree.child[row]!;
    if (point >= pointCount) continue;
    const cluster = selectedAbove[tree.parent[row]! - root]!;
    if (cluster === -1) continue;
    const lambda = tree.lambda[row]!;
    if (cluster === root) {
      const threshold = epsilon > 0 ? 1 / epsilon : rootLargestLambda;
      if (!rootOnly || lambda < threshold) continue;
    }
    clusterOfPoint[point] = cluster;
    const densest = densestFinite[cluster - root]!;
    probabilities[point] = !Number.isFinite(lambda) || densest === 0 ? 1 : Math.min(lambda, densest) / densest;
  }

  const labelOf = new Map<number, number>();
  const labels = new Int32Array(pointCount).fill(-1);
  for (let point = 0; point < pointCount; point++) {
    const cluster = clusterOfPoint[point]!;
    if (cluster === -1) continue;
    let label = labelOf.get(cluster);
    if (label === undefined) {
      label = labelOf.size;
      labelOf.set(cluster, label);
    }
    labels[point] = label;
  }
  return { labels, probabilities, clusterIds: Int32Array.from(labelOf.keys()) };
}
