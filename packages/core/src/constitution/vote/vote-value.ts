import type { PrincipleVote, PrincipleVoteValue, VoteCounts } from '../../schemas/principle.ts';

export type VoteChoice = PrincipleVote['choice'];

/**
 * A choice (in the original a/b order) relative to the label: the preferred side → `for`, the other → `against`,
 * not applicable → `abstain`; `both`, `neither` and `invalid` stay themselves (the reference booked "neither" as
 * "both"; we do not).
 */
export function voteValue(choice: VoteChoice, preferred: 'a' | 'b'): PrincipleVoteValue {
  if (choice === 'a' || choice === 'b') return choice === preferred ? 'for' : 'against';
  if (choice === 'none') return 'abstain';
  return choice;
}

export const emptyVoteCounts = (): VoteCounts => ({ for: 0, against: 0, abstain: 0, both: 0, neither: 0, invalid: 0 });

/** Counts votes per principle id, exactly one bucket per vote. */
export function countVotes(votes: readonly Pick<PrincipleVote, 'principleId' | 'vote'>[]): Map<string, VoteCounts> {
  const counts = new Map<string, VoteCounts>();
  for (const vote of votes) {
    const entry = counts.get(vote.principleId) ?? emptyVoteCounts();
    entry[vote.vote]++;
    counts.set(vote.principleId, entry);
  }
  return counts;
}

export const totalVotes = (counts: VoteCounts): number => counts.for + counts.against + counts.abstain + counts.both + counts.neither + counts.invalid;
