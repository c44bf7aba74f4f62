import type { Aspect } from '../schemas/aspect.ts';
import type { Cluster } from '../schemas/cluster.ts';
import { contentId } from '../util/content-id.ts';

/**
 * A deterministic sample of a cluster's aspects to show a model: the medoid first, then members in a stable
 * pseudo-random order (by content hash), skipping repeated behaviours, with at least one member of each sign
 * the cluster holds when `count` allows. Members missing from `aspectsById` are skipped.
 */
export function sampleClusterMembers(cluster: Cluster, aspectsById: ReadonlyMap<string, Aspect>, count: number): Aspect[] {
  const ordered = orderClusterMembers(cluster, aspectsById);
  const sample: Aspect[] = [];
  const seen = new Set<string>();
  for (const aspect of ordered) {
    const key = aspect.behaviour.trim().toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    sample.push(aspect);
  }
  const picked = sample.slice(0, count);
  for (const sign of ['positive', 'negative'] as const) {
    const missing = sample.find((aspect) => aspect.sign === sign);
    if (!missing || picked.some((aspect) => aspect.sign === sign)) continue;
    // Replace the last member whose sign is shown more than once (never the medoid, never a sole representative).
    const replaceable = picked.findLastIndex((aspect, index) => index > 0 && picked.filter((other) => other.sign === aspect.sign).length > 1);
    if (replaceable > 0) picked[replaceable] = missing;
  }
  return picked;
}

/** The cluster's known members, medoid first, the rest in a stable pseudo-random order (by content hash). */
export function orderClusterMembers(cluster: Cluster, aspectsById: ReadonlyMap<string, Aspect>): Aspect[] {
  const members = cluster.aspectIds.map((id) => aspectsById.get(id)).filter((aspect) => aspect !== undefined);
  const keys = new Map(members.map((aspect) => [aspect.id, aspect.id === cluster.medoidAspectId ? '' : shuffleKey(aspect.id)]));
  return members.sort((first, second) => keys.get(first.id)!.localeCompare(keys.get(second.id)!));
}

function shuffleKey(id: string): string {
  return contentId('sample', id);
}
