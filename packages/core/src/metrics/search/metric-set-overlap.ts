import type { Metric } from '../../schemas/metric.ts';

/**
 * How alike two metric sets are by provenance: for each metric, the best Jaccard overlap of its supporting
 * aspects with a metric of the other set, averaged, then averaged over both directions. 1 = same partition.
 */
export function metricSetOverlap(left: readonly Metric[], right: readonly Metric[]): number {
  if (left.length === 0 || right.length === 0) return left.length === right.length ? 1 : 0;
  return (directed(left, right) + directed(right, left)) / 2;
}

function directed(from: readonly Metric[], to: readonly Metric[]): number {
  const toSets = to.map((metric) => new Set(metric.supportingAspectIds));
  let total = 0;
  for (const metric of from) {
    let best = 0;
    for (const other of toSets) best = Math.max(best, jaccard(metric.supportingAspectIds, other));
    total += best;
  }
  return total / from.length;
}

function jaccard(left: readonly string[], right: ReadonlySet<string>): number {
  const leftSet = new Set(left);
  let shared = 0;
  for (const id of leftSet) if (right.has(id)) shared++;
  const union = leftSet.size + right.size - shared;
  return union === 0 ? 1 : shared / union;
}
