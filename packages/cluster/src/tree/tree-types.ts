/** Edges of a spanning tree (or forest) over points 0..n−1, weighted by mutual reachability distance. */
export interface MinimumSpanningTree {
  from: Int32Array;
  to: Int32Array;
  weight: Float64Array;
}

/**
 * Single-linkage dendrogram in SciPy form: merge i joins nodes `left[i]` and `right[i]` at `distance[i]` into
 * node n + i holding `size[i]` points. Nodes 0..n−1 are the points themselves.
 */
export interface SingleLinkageTree {
  pointCount: number;
  left: Int32Array;
  right: Int32Array;
  distance: Float64Array;
  size: Int32Array;
}

/**
 * Condensed cluster tree, one row per (parent, child) edge as in the `hdbscan` Python library. Cluster ids start
 * at `pointCount` (the root) and grow breadth-first, so a child's id is always larger than its parent's; ids below
 * `pointCount` are points. `lambda` = 1 / distance at which the child leaves the parent (Infinity at distance 0).
 */
export interface CondensedTree {
  pointCount: number;
  parent: Int32Array;
  child: Int32Array;
  lambda: Float64Array;
  childSize: Int32Array;
}
