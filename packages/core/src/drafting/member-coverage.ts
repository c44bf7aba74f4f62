import { contentTokens } from '../text/content-tokens.ts';

/**
 * Share of a cluster's other members that share at least one content-word stem with a candidate behaviour: how much
 * of the cluster a name or rule written from it can speak for. "trim it down" in a cluster of "quoted … instead of
 * checking my order" clauses covers little of it, however central its vector.
 */
export function memberCoverage(candidate: string, members: readonly string[]): number {
  const stems = new Set(contentTokens(candidate).map((token) => token.stem));
  if (stems.size === 0 || members.length <= 1) return 0;
  let others = 0;
  let sharing = 0;
  let skippedSelf = false;
  for (const member of members) {
    if (!skippedSelf && member === candidate) {
      skippedSelf = true;
      continue;
    }
    others++;
    if (contentTokens(member).some((token) => stems.has(token.stem))) sharing++;
  }
  return others === 0 ? 0 : sharing / others;
}
