import type { Cluster, Metric } from '@tenets/core';
import { terminalText } from './terminal-text.ts';

export interface ClusterRow {
  id: string;
  name: string;
  size: number;
  positive: number;
  negative: number;
  /** Top distinctive terms, best first. */
  terms: string[];
  /** Lower-cased text the `/` search matches against. */
  searchText: string;
}

export interface ClusterRowsOptions {
  clusters: readonly Cluster[];
  metrics: readonly Metric[];
  /** Names given in review (cluster id → name); they win over the metric's name. */
  names?: ReadonlyMap<string, string>;
}

/** Clusters largest first (then id), named by review, else by their metric, else by their terms. */
export function clusterRows({ clusters, metrics, names }: ClusterRowsOptions): ClusterRow[] {
  const metricName = new Map<string, string>();
  for (const metric of metrics) for (const clusterId of metric.clusterIds) if (!metricName.has(clusterId)) metricName.set(clusterId, metric.name);
  return clusters
    .map((cluster): ClusterRow => {
      const terms = cluster.terms.slice(0, 5).map((term) => terminalText(term, 24));
      const name = terminalText(names?.get(cluster.id) ?? metricName.get(cluster.id) ?? (terms.slice(0, 3).join(' · ') || cluster.id), 60);
      return { id: cluster.id, name, size: cluster.aspectIds.length, positive: cluster.sign.positive, negative: cluster.sign.negative, terms, searchText: `${name} ${terms.join(' ')}`.toLowerCase() };
    })
    .sort((left, right) => right.size - left.size || (left.id < right.id ? -1 : left.id > right.id ? 1 : 0));
}
