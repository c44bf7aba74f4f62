import { contentTokens } from '../../text/content-tokens.ts';

/**
 * Words that talk about the run or the critic's judgement of it, not about something the assistant did:
 * overall verdicts ("mixed run", "pretty good run overall", "almost there", "otherwise fine"), grades of the
 * answer as a whole ("wrong answer", "this is a good answer", "incorrect"), trust and
 * hedges ("would not trust it with this yet", "exactly what I want", "obviously"), one-word grades ("solid",
 * "smart") and the critic's own review ("watched the replay"). Normalised, as `contentTokens` returns them.
 */
const verdictWords: ReadonlySet<string> = new Set(
  `overall run runs attempt attempts session experience interaction performance effort almost nearly otherwise mostly
  mixed partly somewhat kinda yet trust trusted confident impressed satisfied dissatisfied unsatisfied solid decent
  alright smart clever obviously clearly exactly definitely totally absolutely certainly surely sure truly close
  enough watched watch replay replays reviewed review logs transcript recording incorrect correct inaccurate accurate
  mistaken answer answers final result`.split(/\s+/).filter(Boolean),
);

/**
 * True for a clause with content words that are all verdict words: it grades the run or reports the critic's
 * review of it but names no behaviour ("Mixed run.", "Almost there.", "Watched the replay.", "Would not trust
 * it with this yet"). A clause with no content words at all is not counted here (the caller drops those).
 */
export function isVerdictOnly(clause: string): boolean {
  // "This answer is WAY TOO much": "too" says what was wrong with it.
  if (/\btoo\b/iu.test(clause)) return false;
  const tokens = contentTokens(clause);
  return tokens.length > 0 && tokens.every((token) => verdictWords.has(token.surface));
}
