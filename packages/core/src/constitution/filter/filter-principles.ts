import type { FilterThresholds, VoteCounts } from '../../schemas/principle.ts';
import { totalVotes } from '../vote/vote-value.ts';

/**
 * The reference's filter defaults, each a named threshold:
 * - `majorityTrue`: keep iff for > against;
 * - `minRelevance`: keep iff (for + against) / total ≥ it (the paper's "relevant on ≥ 10 %");
 * - `minSupport`: keep iff for / total ≥ it (what the reference's "minimum relevance" actually computes);
 * - `majorityValid`: keep iff invalid < for + against + abstain.
 * total = for + against + abstain + both + neither + invalid.
 */
export const defaultFilterThresholds: FilterThresholds = { majorityTrue: true, minRelevance: 0.1, minSupport: 0.1, majorityValid: true };

export type FilterRule = 'majority-true' | 'min-relevance' | 'min-support' | 'majority-valid';

/** The rules a principle's votes fail (empty = it survives). A principle with no votes fails every ratio rule. */
export function failedFilterRules(counts: VoteCounts, thresholds: FilterThresholds = defaultFilterThresholds): FilterRule[] {
  const total = totalVotes(counts);
  const failed: FilterRule[] = [];
  if (thresholds.majorityTrue && !(counts.for > counts.against)) failed.push('majority-true');
  if (thresholds.minRelevance > 0 && !(total > 0 && (counts.for + counts.against) / total >= thresholds.minRelevance)) failed.push('min-relevance');
  if (thresholds.minSupport > 0 && !(total > 0 && counts.for / total >= thresholds.minSupport)) failed.push('min-support');
  if (thresholds.majorityValid && !(counts.invalid < counts.for + counts.against + counts.abstain)) failed.push('majority-valid');
  return failed;
}

export interface FilterPrinciplesOptions<PRINCIPLE extends { id: string }> {
  principles: readonly PRINCIPLE[];
  counts: ReadonlyMap<string, VoteCounts>;
  thresholds?: FilterThresholds;
}

/** Splits principles into survivors and rejected ones (with the rules they failed), order kept. */
export function filterPrinciples<PRINCIPLE extends { id: string }>(options: FilterPrinciplesOptions<PRINCIPLE>) {
  const { principles, counts, thresholds = defaultFilterThresholds } = options;
  const kept: PRINCIPLE[] = [];
  const rejected: Array<{ principle: PRINCIPLE; failed: FilterRule[] }> = [];
  for (const principle of principles) {
    const failed = failedFilterRules(counts.get(principle.id) ?? { for: 0, against: 0, abstain: 0, both: 0, neither: 0, invalid: 0 }, thresholds);
    if (failed.length === 0) kept.push(principle);
    else rejected.push({ principle, failed });
  }
  return { kept, rejected };
}
