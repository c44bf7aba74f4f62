import type { Preference } from '../../schemas/preference.ts';
import { textStems } from './text-stems.ts';

export interface ContrastiveTerm {
  stem: string;
  /** Most frequent written form. */
  surface: string;
  /** Pairs where only the preferred text holds the stem. */
  preferredOnly: number;
  /** Pairs where only the rejected text holds it. */
  rejectedOnly: number;
  /** (preferredOnly − rejectedOnly) / √(preferredOnly + rejectedOnly + 1): contrast, damped for rare terms. */
  score: number;
}

/**
 * Terms distinctive of preferred versus rejected texts over a set of decisive pairs. Only the side-specific
 * occurrences count (a stem in both texts of a pair says nothing about the preference).
 */
export function contrastiveTerms(pairs: ReadonlyArray<Preference & { preferred: 'a' | 'b' }>): Map<string, ContrastiveTerm> {
  const terms = new Map<string, ContrastiveTerm>();
  const surfaceCounts = new Map<string, Map<string, number>>();
  const touch = (stem: string, surface: string) => {
    const entry = terms.get(stem) ?? { stem, surface, preferredOnly: 0, rejectedOnly: 0, score: 0 };
    terms.set(stem, entry);
    const counts = surfaceCounts.get(stem) ?? new Map<string, number>();
    counts.set(surface, (counts.get(surface) ?? 0) + 1);
    surfaceCounts.set(stem, counts);
    return entry;
  };
  for (const pair of pairs) {
    const preferred = textStems(pair.preferred === 'a' ? pair.textA : pair.textB);
    const rejected = textStems(pair.preferred === 'a' ? pair.textB : pair.textA);
    for (const stem of preferred.stems) if (!rejected.stems.has(stem)) touch(stem, preferred.surfaces.get(stem)!).preferredOnly++;
    for (const stem of rejected.stems) if (!preferred.stems.has(stem)) touch(stem, rejected.surfaces.get(stem)!).rejectedOnly++;
  }
  for (const entry of terms.values()) {
    entry.score = (entry.preferredOnly - entry.rejectedOnly) / Math.sqrt(entry.preferredOnly + entry.rejectedOnly + 1);
    let best = '';
    let bestCount = -1;
    for (const [surface, count] of surfaceCounts.get(entry.stem)!) {
      if (count > bestCount || (count === bestCount && surface < best)) [best, bestCount] = [surface, count];
    }
    entry.surface = best;
  }
  return terms;
}
