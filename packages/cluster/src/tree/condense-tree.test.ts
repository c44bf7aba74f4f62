import { describe, expect, it } from 'vitest';
import { clusterStabilities } from './cluster-stabilities.ts';
import { condenseTree } from './condense-tree.ts';
import { labelPoints } from './label-points.ts';
import { outlierScores } from './outlier-scores.ts';
import { selectClusters } from './select-clusters.ts';
import { singleLinkageTree } from './single-linkage-tree.ts';
import type { CondensedTree, MinimumSpanningTree } from './tree-types.ts';

/*
 * Seven points, worked by hand. Spanning tree edges (from, to, weight), in this order:
 *   e0 (0,1) 0.1   e1 (1,2) 0.1   e2 (2,3) 0.2   e3 (4,5) 0.1   e4 (5,6) 0.25   e5 (3,4) 0.5
 * Sorted by weight, ties in edge order: e0 e1 e3 e2 e4 e5. Single linkage (node = 7 + merge):
 *   7 = (0, 1) @0.1 size 2     8 = (7, 2) @0.1 size 3     9 = (4, 5) @0.1 size 2
 *  10 = (8, 3) @0.2 size 4    11 = (9, 6) @0.25 size 3   12 = (10, 11) @0.5 size 7
 *
 * Condensed with minClusterSize 3 (root label 7, λ = 1/distance), breadth first from node 12:
 *   12 @λ2: sizes 4 and 3, both ≥ 3 → clusters 8 (node 10) and 9 (node 11)
 *   10 @λ5: sizes 3 and 1 → node 8 keeps label 8, point 3 falls out of 8 at λ5
 *   11 @λ4: sizes 2 and 1 → points 4, 5 then 6 fall out of 9 at λ4
 *    8 @λ10: sizes 2 and 1 → points 0, 1 then 2 fall out of 8 at λ10
 * Stabilities (root born at 0, clusters 8 and 9 born at λ2):
 *   root 7: 2·4 + 2·3 = 14;  cluster 8: (5−2) + 3·(10−2) = 27;  cluster 9: 3·(4−2) = 6
 * EOM keeps 8 and 9 (no cluster children); labels: {0,1,2,3} → 0, {4,5,6} → 1.
 * Probabilities: cluster 8's densest λ is 10, so point 3 gets 5/10; everyone else 1.
 * GLOSH: point 3 scores (10 − 5)/10 = 0.5; everyone else 0.
 */
const spanningTree: MinimumSpanningTree = {
  from: Int32Array.of(0, 1, 2, 4, 5, 3),
  to: Int32Array.of(1, 2, 3, 5, 6, 4),
  weight: Float64Array.of(0.1, 0.1, 0.2, 0.1, 0.25, 0.5),
};

function rows(tree: CondensedTree): Array<[number, number, number, number]> {
  return Array.from(tree.parent, (parent, row) => [parent, tree.child[row]!, tree.lambda[row]!, tree.childSize[row]!]);
}

describe('single-linkage and condensed trees', () => {
  it('builds the dendrogram worked out above', () => {
    const tree = singleLinkageTree(spanningTree, 7);
    expect(Array.from(tree.left)).toEqual([0, 7, 4, 8, 9, 10]);
    expect(Array.from(tree.right)).toEqual([1, 2, 5, 3, 6, 11]);
    expect(Array.from(tree.distance)).toEqual([0.1, 0.1, 0.1, 0.2, 0.25, 0.5]);
    expect(Array.from(tree.size)).toEqual([2, 3, 2, 4, 3, 7]);
  });

  it('condenses with minClusterSize 3 exactly as worked out above', () => {
    const condensed = condenseTree(singleLinkageTree(spanningTree, 7), 3);
    expect(rows(condensed)).toEqual([
      [7, 8, 2, 4],
      [7, 9, 2, 3],
      [8, 3, 5, 1],
      [9, 4, 4, 1],
      [9, 5, 4, 1],
      [9, 6, 4, 1],
      [8, 0, 10, 1],
      [8, 1, 10, 1],
      [8, 2, 10, 1],
    ]);
    expect(Array.from(clusterStabilities(condensed))).toEqual([14, 27, 6]);
  });

  it('selects, labels and scores as worked out above', () => {
    const tree = condenseTree(singleLinkageTree(spanningTree, 7), 3);
    const stabilities = clusterStabilities(tree);
    for (const method of ['eom', 'leaf'] as const) {
      for (const allowSingleCluster of [false, true]) {
        expect(selectClusters({ tree, stabilities, method, epsilon: 0, allowSingleCluster })).toEqual([8, 9]);
      }
    }
    const labelled = labelPoints({ tree, selected: [8, 9], allowSingleCluster: false, epsilon: 0 });
    expect(Array.from(labelled.labels)).toEqual([0, 0, 0, 0, 1, 1, 1]);
    expect(Array.from(labelled.probabilities)).toEqual([1, 1, 1, 0.5, 1, 1, 1]);
    expect(Array.from(labelled.clusterIds)).toEqual([8, 9]);
    expect(Array.from(outlierScores(tree))).toEqual([0, 0, 0, 0.5, 0, 0, 0]);
  });

  it('merges clusters born below clusterSelectionEpsilon only up to the root, unless a single cluster is allowed', () => {
    const tree = condenseTree(singleLinkageTree(spanningTree, 7), 3);
    const stabilities = clusterStabilities(tree);
    // Both clusters are born at distance 0.5 < 0.6, but their parent is the root.
    expect(selectClusters({ tree, stabilities, method: 'eom', epsilon: 0.6, allowSingleCluster: false })).toEqual([8, 9]);
    const merged = selectClusters({ tree, stabilities, method: 'eom', epsilon: 0.6, allowSingleCluster: true });
    expect(merged).toEqual([7]);
    // Root-only labelling with ε keeps the points that leave at λ ≥ 1/0.6 — here all of them.
    expect(Array.from(labelPoints({ tree, selected: merged, allowSingleCluster: true, epsilon: 0.6 }).labels)).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(selectClusters({ tree, stabilities, method: 'eom', epsilon: 0.4, allowSingleCluster: true })).toEqual([8, 9]);
  });

  /*
   * minClusterSize 4 on the same dendrogram: at node 12 the right side (3 points) is too small, so 4, 5, 6 fall out
   * of the root at λ2 (breadth-first order inside node 11: 6, then 4, 5) and node 10 keeps the root label. At node
   * 10 both sides (3 and 1) are too small: points 2, 0, 1 (breadth-first inside node 8) and 3 fall out at λ5.
   * No cluster is ever born: EOM finds nothing; allowSingleCluster selects the root, and the library rule keeps
   * only the points leaving at the root's largest λ (5): 0, 1, 2, 3.
   */
  it('handles a tree with no split (minClusterSize 4)', () => {
    const tree = condenseTree(singleLinkageTree(spanningTree, 7), 4);
    expect(rows(tree)).toEqual([
      [7, 6, 2, 1],
      [7, 4, 2, 1],
      [7, 5, 2, 1],
      [7, 2, 5, 1],
      [7, 0, 5, 1],
      [7, 1, 5, 1],
      [7, 3, 5, 1],
    ]);
    const stabilities = clusterStabilities(tree);
    expect(Array.from(stabilities)).toEqual([3 * 2 + 4 * 5]);
    expect(selectClusters({ tree, stabilities, method: 'eom', epsilon: 0, allowSingleCluster: false })).toEqual([]);
    expect(selectClusters({ tree, stabilities, method: 'leaf', epsilon: 0, allowSingleCluster: false })).toEqual([]);
    expect(selectClusters({ tree, stabilities, method: 'leaf', epsilon: 0, allowSingleCluster: true })).toEqual([7]);
    const single = selectClusters({ tree, stabilities, method: 'eom', epsilon: 0, allowSingleCluster: true });
    expect(single).toEqual([7]);
    expect(Array.from(labelPoints({ tree, selected: single, allowSingleCluster: true, epsilon: 0 }).labels)).toEqual([0, 0, 0, 0, -1, -1, -1]);
    expect(Array.from(labelPoints({ tree, selected: [], allowSingleCluster: false, epsilon: 0 }).labels)).toEqual([-1, -1, -1, -1, -1, -1, -1]);
  });

  /*
   * Nested clusters: A = {0..3} and B = {4..7} merge at 0.5 into a parent that later meets C = {8..11} at 1.
   * Inside A and B points leave at distance 0.1 (λ10); inside C at 0.05 (λ20). With minClusterSize 3:
   * root 12 → clusters 13 (A∪B) and 14 (C) at λ1; 13 → 15 (A) and 16 (B) at λ2.
   * Stabilities: 15 and 16: 4·(10 − 2) = 32 each; 13: 8·(2 − 1) = 8 < 64, so EOM picks A and B; 14: 4·(20 − 1) = 76.
   * The leaves are the same here; ε = 0.6 merges A and B (born at 0.5) back into 13, which was born at 1 > 0.6.
   */
  it('chooses children over a parent when they are more stable, and ε merges them back', () => {
    const chain = (first: number, weight: number) => [
      [first, first + 1, weight],
      [first + 1, first + 2, weight],
      [first + 2, first + 3, weight],
    ];
    const edges = [...chain(0, 0.1), ...chain(4, 0.1), ...chain(8, 0.05), [3, 4, 0.5], [7, 8, 1]];
    const nested: MinimumSpanningTree = {
      from: Int32Array.from(edges, (edge) => edge[0]!),
      to: Int32Array.from(edges, (edge) => edge[1]!),
      weight: Float64Array.from(edges, (edge) => edge[2]!),
    };
    const tree = condenseTree(singleLinkageTree(nested, 12), 3);
    const stabilities = clusterStabilities(tree);
    expect(Array.from(stabilities)).toEqual([1 * 8 + 1 * 4, 8, 76, 32, 32]);
    expect(selectClusters({ tree, stabilities, method: 'eom', epsilon: 0, allowSingleCluster: false })).toEqual([14, 15, 16]);
    expect(selectClusters({ tree, stabilities, method: 'leaf', epsilon: 0, allowSingleCluster: false })).toEqual([14, 15, 16]);
    expect(selectClusters({ tree, stabilities, method: 'eom', epsilon: 0.6, allowSingleCluster: false })).toEqual([13, 14]);
    const labels = labelPoints({ tree, selected: [14, 15, 16], allowSingleCluster: false, epsilon: 0 }).labels;
    expect(Array.from(labels)).toEqual([0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2]);
  });

  it('gives zero-distance merges infinite λ without NaN stabilities', () => {
    const duplicates: MinimumSpanningTree = {
      from: Int32Array.of(0, 0, 0, 0),
      to: Int32Array.of(1, 2, 3, 4),
      weight: Float64Array.of(0, 0, 0, 0),
    };
    const tree = condenseTree(singleLinkageTree(duplicates, 5), 2);
    const stabilities = clusterStabilities(tree);
    expect(stabilities.some(Number.isNaN)).toBe(false);
    expect(Array.from(outlierScores(tree))).toEqual([0, 0, 0, 0, 0]);
  });

  it('rejects an edge list that is not a spanning tree', () => {
    expect(() => singleLinkageTree({ from: Int32Array.of(0), to: Int32Array.of(1), weight: Float64Array.of(1) }, 3)).toThrow('2 edges');
    expect(() => singleLinkageTree({ from: Int32Array.of(0, 1), to: Int32Array.of(1, 0), weight: Float64Array.of(1, 1) }, 3)).toThrow('cycle');
  });
});
