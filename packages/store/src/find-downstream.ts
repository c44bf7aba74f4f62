import type { ArtefactRecord } from '@tenets/core';

/**
 * Names of the artefacts computed, directly or through others, from any of `upstream`, in name order.
 * Those are what becomes stale when an upstream artefact is rewritten with different content.
 */
export function findDownstream(records: Readonly<Record<string, ArtefactRecord>>, upstream: readonly string[]): string[] {
  const reached = new Set<string>(upstream);
  const downstream = new Set<string>();
  let grew = true;
  while (grew) {
    grew = false;
    for (const [name, record] of Object.entries(records)) {
      if (reached.has(name)) continue;
      if (record.derivedFrom.some((source) => reached.has(source))) {
        reached.add(name);
        downstream.add(name);
        grew = true;
      }
    }
  }
  return [...downstream].sort();
}
