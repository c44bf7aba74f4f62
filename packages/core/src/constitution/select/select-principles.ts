import type { VoteCounts } from '../../schemas/principle.ts';
import { setAgreement, type ChoiceMatrix } from './predict-pair.ts';

export type SelectionMethod = 'greedy' | 'votes';

export interface SelectPrinciplesOptions {
  /** Surviving principle ids, in any order (ranked here). */
  principleIds: readonly string[];
  counts: ReadonlyMap<string, VoteCounts>;
  matrix: ChoiceMatrix;
  /** Decisive pairs of the selection split. */
  pairs: ReadonlyArray<{ id: string; preferred: 'a' | 'b' }>;
  /** Constitution size. @default 5 */
  size?: number;
  /**
   * `greedy` (default): forward selection — add the principle that most raises the set's agreement on the
   * selection split; stop at `size` or when no principle raises it (so a redundant rule is never added).
   * `votes`: the reference's ranking, the top `size` by for − against.
   */
  method?: SelectionMethod;
}

export interface SelectPrinciplesResult {
  /** Chosen ids in the order chosen. */
  selected: string[];
  /** Agreement on the selection split after each addition (greedy) or of each prefix (votes). */
  path: number[];
}

/** Ranking of the reference: for − against, then for, then id. */
export function rankByVotes(principleIds: readonly string[], counts: ReadonlyMap<string, VoteCounts>): string[] {
  const net = (id: string) => (counts.get(id)?.for ?? 0) - (counts.get(id)?.against ?? 0);
  return [...principleIds].sort((left, right) => net(right) - net(left) || (counts.get(right)?.for ?? 0) - (counts.get(left)?.for ?? 0) || (left < right ? -1 : left > right ? 1 : 0));
}

/** Chooses the constitution from the vote matrix jointly (greedy) or by votes. No model calls. */
export function selectPrinciples(options: SelectPrinciplesOptions): SelectPrinciplesResult {
  const { counts, matrix, pairs, size = 5, method = 'greedy' } = options;
  const ranked = rankByVotes(options.principleIds, counts);
  if (method === 'votes') {
    const selected = ranked.slice(0, size);
    return { selected, path: selected.map((_, index) => setAgreement(selected.slice(0, index + 1), pairs, matrix)) };
  }
  const selected: string[] = [];
  const path: number[] = [];
  let current = setAgreement([], pairs, matrix);
  while (selected.length < size) {
    let best: string | undefined;
    let bestAgreement = current;
    // Ties go to the better-ranked principle: strict improvement only, scanned in rank order.
    for (const id of ranked) {
      if (selected.includes(id)) continue;
      const agreement = setAgreement([...selected, id], pairs, matrix);
      if (agreement > bestAgreement + 1e-12) {
        best = id;
        bestAgreement = agreement;
      }
    }
    if (best === undefined) break;
    selected.push(best);
    path.push(bestAgreement);
    current = bestAgreement;
  }
  return { selected, path };
}
