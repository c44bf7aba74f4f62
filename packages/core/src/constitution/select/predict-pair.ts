import type { VoteChoice } from '../vote/vote-value.ts';

export type Prediction = 'a' | 'b' | 'undecided';

/** Choices of each principle per pair id (original a/b order). */
export type ChoiceMatrix = ReadonlyMap<string, ReadonlyMap<string, VoteChoice>>;

/**
 * How a constitution predicts a pair: the net vote of its applicable principles (each `a` +1, each `b` −1;
 * none/both/neither/invalid do not count). Net 0 (nothing applies, or a draw) → `undecided`.
 */
export function predictPair(principleIds: readonly string[], pairId: string, matrix: ChoiceMatrix): Prediction {
  let net = 0;
  for (const principleId of principleIds) {
    const choice = matrix.get(principleId)?.get(pairId);
    if (choice === 'a') net++;
    else if (choice === 'b') net--;
  }
  return net > 0 ? 'a' : net < 0 ? 'b' : 'undecided';
}

/** Credit of a prediction against a decisive label: 1 right, 0 wrong, ½ undecided. */
export const predictionCredit = (prediction: Prediction, preferred: 'a' | 'b'): number => (prediction === 'undecided' ? 0.5 : prediction === preferred ? 1 : 0);

/** Mean credit over the pairs; 0.5 (chance) for no pairs. */
export function setAgreement(principleIds: readonly string[], pairs: ReadonlyArray<{ id: string; preferred: 'a' | 'b' }>, matrix: ChoiceMatrix): number {
  if (pairs.length === 0) return 0.5;
  let credit = 0;
  for (const pair of pairs) credit += predictionCredit(predictPair(principleIds, pair.id, matrix), pair.preferred);
  return credit / pairs.length;
}
