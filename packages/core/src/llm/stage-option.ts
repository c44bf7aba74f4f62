import { TenetsConfigError } from '../errors/tenets-config-error.ts';
import { TenetsInvalidInputError } from '../errors/tenets-invalid-input-error.ts';
import type { Aspect } from '../schemas/aspect.ts';
import type { Cluster } from '../schemas/cluster.ts';

/** Checks a numeric stage option, so a bad flag fails before any model call is made. */
export function positiveIntegerOption(name: string, value: number): number {
  if (!Number.isInteger(value) || value < 1) throw new TenetsConfigError({ message: `${name} must be a positive integer, got ${value}.` });
  return value;
}

/** Every cluster must have at least one member among the aspects given; checked before any model call. */
export function requireKnownMembers(clusters: readonly Cluster[], aspectsById: ReadonlyMap<string, Aspect>): void {
  for (const cluster of clusters) {
    if (!cluster.aspectIds.some((id) => aspectsById.has(id))) {
      throw new TenetsInvalidInputError({ message: `Cluster ${cluster.id} has no member among the aspects given.`, field: 'clusters' });
    }
  }
}
