import { contentTokens } from './content-tokens.ts';
import { genericWords } from './generic-words.ts';

export interface DistinctiveTermsOptions {
  /** Texts per group (e.g. the behaviours of each cluster's aspects). */
  groups: ReadonlyArray<readonly string[]>;
  /** Terms per group. @default 10 */
  top?: number;
}

/**
 * The most distinctive terms of each group by class-based TF-IDF (c-TF-IDF, as in BERTopic): a group's texts are
 * one document; a term weighs `tf(term, group) · log(1 + A / f(term))` with tf normalised by the group's term
 * count, A the average term count per group and f the term's count over all groups. Terms are word stems and
 * stem bigrams, shown in their most frequent written form ("refund policy"); generic words ("gave", "again",
 * "usual") are left out. Best first, ties by term.
 */
export function distinctiveTerms(options: DistinctiveTermsOptions): string[][] {
  const { groups, top = 10 } = options;
  const surfaceCounts = new Map<string, Map<string, number>>();
  const groupCounts = groups.map((texts) => {
    const counts = new Map<string, number>();
    for (const text of texts) {
      const tokens = contentTokens(text);
      const generic = tokens.map((token) => genericWords.has(token.surface));
      const terms: Array<[string, string]> = tokens.filter((_, index) => !generic[index]).map((token) => [token.stem, token.surface]);
      for (let index = 1; index < tokens.length; index++) {
        if (generic[index - 1] || generic[index]) continue;
        terms.push([`${tokens[index - 1]!.stem} ${tokens[index]!.stem}`, `${tokens[index - 1]!.surface} ${tokens[index]!.surface}`]);
      }
      for (const [term, surface] of terms) {
        counts.set(term, (counts.get(term) ?? 0) + 1);
        const surfaces = surfaceCounts.get(term) ?? new Map<string, number>();
        surfaces.set(surface, (surfaces.get(surface) ?? 0) + 1);
        surfaceCounts.set(term, surfaces);
      }
    }
    return counts;
  });
  const totals = new Map<string, number>();
  for (const counts of groupCounts) for (const [term, count] of counts) totals.set(term, (totals.get(term) ?? 0) + count);
  const termsPerGroup = groupCounts.map((counts) => [...counts.values()].reduce((sum, count) => sum + count, 0));
  const averageTerms = termsPerGroup.reduce((sum, count) => sum + count, 0) / Math.max(1, groups.length);

  return groupCounts.map((counts, groupIndex) => {
    const size = termsPerGroup[groupIndex]!;
    // In groups of several texts, a term used once is usually a typo or an entity, not what the group is about.
    const minimumCount = groups[groupIndex]!.length >= 4 ? 2 : 1;
    return [...counts]
      .filter(([, count]) => count >= minimumCount)
      .map(([term, count]) => ({ term, weight: (count / size) * Math.log(1 + averageTerms / totals.get(term)!) }))
      .sort((left, right) => right.weight - left.weight || (left.term < right.term ? -1 : left.term > right.term ? 1 : 0))
      .slice(0, top)
      .map(({ term }) => mostFrequent(surfaceCounts.get(term)!));
  });
}

function mostFrequent(counts: ReadonlyMap<string, number>): string {
  let best = '';
  let bestCount = -1;
  for (const [surface, count] of counts) {
    if (count > bestCount || (count === bestCount && surface < best)) {
      best = surface;
      bestCount = count;
    }
  }
  return best;
}
