import type { CondensedTree, SingleLinkageTree } from './tree-types.ts';

/**
 * Condenses a single-linkage dendrogram (Campello et al. 2013; `hdbscan` library semantics): walking down from the
 * root, a split where both sides hold at least `minClusterSize` points makes two new clusters; otherwise the small
 * side's points fall out of the current cluster at that λ and the large side keeps its label.
 */
export function condenseTree(tree: SingleLinkageTree, minClusterSize: number): CondensedTree {
  const pointCount = tree.pointCount;
  const parents: number[] = [];
  const children: number[] = [];
  const lambdas: number[] = [];
  const childSizes: number[] = [];
  if (pointCount === 1) {
    parents.push(1);
    children.push(0);
    lambdas.push(0);
    childSizes.push(1);
  }
  const nodeCount = 2 * pointCount - 1;
  const root = nodeCount - 1;
  const sizeOf = (node: number) => (node < pointCount ? 1 : tree.size[node - pointCount]!);
  const relabel = new Int32Array(Math.max(nodeCount, 0));
  const ignore = new Uint8Array(Math.max(nodeCount, 0));
  const queue = new Int32Array(Math.max(nodeCount, 0));
  const subtree = new Int32Array(Math.max(nodeCount, 0));
  let nextLabel = pointCount + 1;
  if (pointCount > 1) relabel[root] = pointCount;

  const dropSubtree = (top: number, parentLabel: number, lambda: number) => {
    let head = 0;
    let tail = 0;
    subtree[tail++] = top;
    while (head < tail) {
      const node = subtree[head++]!;
      ignore[node] = 1;
      if (node < pointCount) {
        parents.push(parentLabel);
        children.push(node);
        lambdas.push(lambda);
        childSizes.push(1);
      } else {
        subtree[tail++] = tree.left[node - pointCount]!;
        subtree[tail++] = tree.right[node - pointCount]!;
      }
    }
  };

  let head = 0;
  let tail = 0;
  if (pointCount > 1) queue[tail++] = root;
  while (head < tail) {
    const node = queue[head++]!;
    if (node < pointCount) continue;
    const merge = node - pointCount;
    const left = tree.left[merge]!;
    const right = tree.right[merge]!;
    queue[tail++] = left;
    queue[tail++] = right;
    if (ignore[node]) continue;
    const distance = tree.distance[merge]!;
    const lambda = distance > 0 ? 1 / distance : Infinity;
    const leftSize = sizeOf(left);
    const rightSize = sizeOf(right);
    const label = relabel[node]!;
    if (leftSize >= minClusterSize && rightSize >= minClusterSize) {
      relabel[left] = nextLabel++;
      parents.push(label);
      children.push(relabel[left]!);
      lambdas.push(lambda);
      childSizes.push(leftSize);
      relabel[right] = nextLabel++;
      parents.push(label);
      children.push(relabel[right]!);
      lambdas.push(lambda);
      childSizes.push(rightSize);
    } else if (leftSize < minClusterSize && rightSize < minClusterSize) {
      dropSubtree(left, label, lambda);
      dropSubtree(right, label, lambda);
    } else if (leftSize < minClusterSize) {
      relabel[right] = label;
      dropSubtree(left, label, lambda);
    } else {
      relabel[left] = label;
      dropSubtree(right, label, lambda);
    }
  }
  return {
    pointCount,
    parent: Int32Array.from(parents),
    child: Int32Array.from(children),
    lambda: Float64Array.from(lambdas),
    childSize: Int32Array.from(childSizes),
  };
}
