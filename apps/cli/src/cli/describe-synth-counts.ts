import type { RunSynthCommandResult } from '@tenets/runner';

/** The one-line summary of a synthesis: records by kind, dropped, conflicts and failed calls. */
export function describeSynthCounts(counts: RunSynthCommandResult['counts']): string {
  return `records: ${counts.records ?? 0} (pairs ${counts.pairs ?? 0}, anchors ${counts.anchors ?? 0}, test ${counts.test ?? 0}${counts.needsGeneration ? `, prompt-only ${counts.needsGeneration}` : ''}); dropped ${counts.dropped ?? 0}; conflicts ${counts.conflicts ?? 0}; failed calls ${counts.failures ?? 0}`;
}
