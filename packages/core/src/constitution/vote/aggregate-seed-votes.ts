import type { PrincipleVote } from '../../schemas/principle.ts';
import { voteValue, type VoteChoice } from './vote-value.ts';

export type SeedAggregation = 'unanimous' | 'majority';

/**
 * Combines the votes of several seeds (each a full vote over the same pairs and principles) into one vote per
 * (pair, principle). Invalid seeds are left out; none valid → invalid. `unanimous` (the reference's default):
 * every valid seed chose the same → that choice, else abstain. `majority`: a choice made by more than half of
 * the valid seeds, else abstain. The record keeps the first seed's flip. Sorted by pair id, then principle id.
 */
export function aggregateSeedVotes(perSeed: ReadonlyArray<readonly PrincipleVote[]>, labels: ReadonlyMap<string, 'a' | 'b'>, aggregation: SeedAggregation): PrincipleVote[] {
  const groups = new Map<string, PrincipleVote[]>();
  for (const votes of perSeed) {
    for (const vote of votes) {
      const key = `${vote.pairId}\u0000${vote.principleId}`;
      groups.set(key, [...(groups.get(key) ?? []), vote]);
    }
  }
  const result: PrincipleVote[] = [];
  for (const votes of groups.values()) {
    const first = votes[0]!;
    const valid = votes.filter((vote) => vote.choice !== 'invalid');
    if (valid.length === 0) {
      result.push({ ...first, choice: 'invalid', vote: 'invalid', reason: `invalid in all ${votes.length} seeds${first.reason ? ` (${first.reason})` : ''}` });
      continue;
    }
    const tally = new Map<VoteChoice, number>();
    for (const vote of valid) tally.set(vote.choice, (tally.get(vote.choice) ?? 0) + 1);
    const [top, count] = [...tally].sort((left, right) => right[1] - left[1])[0]!;
    const agreed = aggregation === 'unanimous' ? tally.size === 1 : count > valid.length / 2;
    const choice: VoteChoice = agreed ? top : 'none';
    const { reason: _reason, ...rest } = first;
    result.push({ ...rest, choice, vote: voteValue(choice, labels.get(first.pairId)!) });
  }
  return result.sort((left, right) => (left.pairId < right.pairId ? -1 : left.pairId > right.pairId ? 1 : left.principleId < right.principleId ? -1 : left.principleId > right.principleId ? 1 : 0));
}
