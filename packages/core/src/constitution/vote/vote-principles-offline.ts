import type { CandidatePrinciple, PrincipleVote } from '../../schemas/principle.ts';
import type { Preference } from '../../schemas/preference.ts';
import { textStems } from '../propose/text-stems.ts';
import { flipCoin } from './flip-coin.ts';
import { voteValue, type VoteChoice } from './vote-value.ts';

export interface VotePrinciplesOfflineOptions {
  principles: readonly CandidatePrinciple[];
  pairs: ReadonlyArray<Preference & { preferred: 'a' | 'b' }>;
  split: PrincipleVote['split'];
  seed: number;
}

/**
 * The offline vote: a principle selects the side that holds one of its terms; both sides → `both`, neither →
 * `none` (abstain). Principles without terms (drafted from critiques) cannot be checked lexically → `invalid`
 * with the reason. The seeded order flip is applied and undone as on the model path, so records match.
 */
export function votePrinciplesOffline(options: VotePrinciplesOfflineOptions): PrincipleVote[] {
  const { principles, pairs, split, seed } = options;
  const votes: PrincipleVote[] = [];
  for (const pair of pairs) {
    const flipped = flipCoin(seed, pair.id);
    const shownFirst = textStems(flipped ? pair.textB : pair.textA).stems;
    const shownSecond = textStems(flipped ? pair.textA : pair.textB).stems;
    for (const principle of principles) {
      if (!principle.terms || principle.terms.length === 0) {
        votes.push({ pairId: pair.id, principleId: principle.id, choice: 'invalid', vote: 'invalid', flipped, split, reason: 'the offline engine checks terms only; this principle has none' });
        continue;
      }
      const first = principle.terms.some((term) => shownFirst.has(term));
      const second = principle.terms.some((term) => shownSecond.has(term));
      const shown: VoteChoice = first && second ? 'both' : first ? 'a' : second ? 'b' : 'none';
      const choice = unflip(shown, flipped);
      votes.push({ pairId: pair.id, principleId: principle.id, choice, vote: voteValue(choice, pair.preferred), flipped, split });
    }
  }
  return votes;
}

/** A choice made on the shown order, in the original order. */
export function unflip(choice: VoteChoice, flipped: boolean): VoteChoice {
  if (!flipped) return choice;
  return choice === 'a' ? 'b' : choice === 'b' ? 'a' : choice;
}
