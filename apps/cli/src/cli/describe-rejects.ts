import type { IngestSummary } from '@tenets/formats';

/** `"invalid_json 300, missing_critique 12, 2 more reasons"`: the most frequent reject reasons first. */
export function topRejectReasons(summary: Pick<IngestSummary, 'rejectedByReason' | 'ratingsOnly'>, shown = 3): string {
  const reasons: [string, number][] = Object.entries(summary.rejectedByReason).map(([reason, count]) => [reason, count ?? 0]);
  if (summary.ratingsOnly > 0) reasons.push(['rating without critique', summary.ratingsOnly]);
  reasons.sort(([leftReason, left], [rightReason, right]) => right - left || leftReason.localeCompare(rightReason));
  const listed = reasons.slice(0, shown).map(([reason, count]) => `${reason} ${count}`);
  const more = reasons.length - shown;
  return [...listed, ...(more > 0 ? [`${more} more reason${more === 1 ? '' : 's'}`] : [])].join(', ');
}

/** True when the input had rows and not one became a critique: nothing to work on, so exit 3. */
export function nothingKept(summary: Pick<IngestSummary, 'kept'>): boolean {
  return summary.kept === 0;
}
