import type { GroupAnchor } from './review-anchor.ts';

/** Lowest Jaccard similarity of feedback-id sets at which an anchor still names a group. */
export const minimumAnchorSimilarity = 0.5;

/**
 * The candidate whose feedback ids best match the anchor (Jaccard ≥ 0.5), the first such candidate on a tie,
 * or undefined. With the same inputs the best match is exact (similarity 1).
 */
export function matchGroup<CANDIDATE>(anchor: GroupAnchor, candidates: readonly CANDIDATE[], feedbackIdsOf: (candidate: CANDIDATE) => readonly string[]): CANDIDATE | undefined {
  const wanted = new Set(anchor.feedbackIds);
  let best: CANDIDATE | undefined;
  let bestSimilarity = 0;
  for (const candidate of candidates) {
    const ids = new Set(feedbackIdsOf(candidate));
    let shared = 0;
    for (const id of ids) if (wanted.has(id)) shared += 1;
    const union = wanted.size + ids.size - shared;
    const similarity = union === 0 ? 0 : shared / union;
    if (similarity >= minimumAnchorSimilarity && similarity > bestSimilarity) {
      best = candidate;
      bestSimilarity = similarity;
    }
  }
  return best;
}
