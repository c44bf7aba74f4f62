import type { Preference } from '@tenets/core';

/** The segment name of a pair for `--split-by <field>`: the metadata value as text; `(none)` when absent. */
export function segmentOf(pair: Preference, field: string): string {
  const value = pair.metadata[field];
  if (value === undefined || value === null || value === '') return '(none)';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** Pairs grouped by segment, segments sorted by name. */
export function segmentPairs(pairs: readonly Preference[], field: string): Array<{ segment: string; pairs: Preference[] }> {
  const groups = new Map<string, Preference[]>();
  for (const pair of pairs) {
    const segment = segmentOf(pair, field);
    groups.set(segment, [...(groups.get(segment) ?? []), pair]);
  }
  return [...groups].sort(([left], [right]) => (left < right ? -1 : left > right ? 1 : 0)).map(([segment, grouped]) => ({ segment, pairs: grouped }));
}

/** A file-system-safe folder name for a segment (`segments/<slug>`), unique by a short suffix when cleaned. */
export function segmentSlug(segment: string, index: number): string {
  const cleaned = segment.toLowerCase().replace(/[^a-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40);
  return cleaned === segment && cleaned !== '' ? cleaned : `${String(index + 1).padStart(2, '0')}-${cleaned || 'segment'}`;
}
