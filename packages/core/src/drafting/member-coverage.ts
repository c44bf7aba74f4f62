import { contentTokens } from '../text/content-tokens.ts';

/** A name, definition or rule is written from a member whose words at least this share of the other members use. */
export const minimumCoverage = 0.2;

/**
 * Coverage over a cluster's members: for a candidate behaviour, the share of the other members that share at least one
 * content-word stem with it — how much of the cluster a name or rule written from it can speak for. "trim it down" in a
 * cluster of "quoted … instead of checking my order" clauses covers little of it, however central its vector. The
 * members are tokenised once; each candidate costs a look-up per stem.
 */
export function memberCoverage(members: readonly string[]): (candidate: string) => number {
  const membersWithStem = new Map<string, number[]>();
  members.forEach((member, index) => {
    for (const stem of new Set(contentTokens(member).map((token) => token.stem))) {
      const list = membersWithStem.get(stem);
      if (list) list.push(index);
      else membersWithStem.set(stem, [index]);
    }
  });
  const texts = new Set(members);
  return (candidate) => {
    const stems = new Set(contentTokens(candidate).map((token) => token.stem));
    if (stems.size === 0 || members.length <= 1) return 0;
    const sharing = new Set<number>();
    for (const stem of stems) for (const index of membersWithStem.get(stem) ?? []) sharing.add(index);
    // The candidate itself (its first copy among the members) is not one of the others.
    const self = texts.has(candidate) ? 1 : 0;
    const others = members.length - self;
    return others === 0 ? 0 : (sharing.size - self) / others;
  };
}

/** The candidates that speak for enough of the cluster (`memberCoverage`), in their order; all of them when none does. */
export function coveringCandidates<Candidate extends { aspect: { behaviour: string } }>(candidates: readonly Candidate[], members: readonly string[]): Candidate[] {
  const coverage = memberCoverage(members);
  const covering = candidates.filter((candidate) => coverage(candidate.aspect.behaviour) >= minimumCoverage);
  return covering.length > 0 ? covering : [...candidates];
}
