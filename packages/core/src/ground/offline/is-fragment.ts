import { contentTokens, words } from '../../text/content-tokens.ts';
import { sentimentWords } from '../../text/stopwords.ts';
import { namesAssistant } from './names-assistant.ts';

/** Adjective endings: a one-word grade of the response ("Very comprehensive", "Persistent", "informative") is kept. */
const adjective = /(?:ive|ful|ous|ent|ant|able|ible|ic|ical|less|ish|ary|ory)$/u;

/**
 * True for a fragment left by splitting or shorthand ("ft", "till 11am", "the second one"): fewer than two
 * content words, no praise or complaint, and nothing naming the assistant or its act. "too long", "rude" and
 * "ignored" carry a sign and stay, and so does a one-word grade ("very comprehensive"); a clause of verdict words only is `isVerdictOnly`'s.
 */
const prescriptive = new Set(['should', 'shouldve', 'shouldnt', 'must', 'need', 'needs', 'needed', 'ought']);

/** "What about the $1.00 coupon?", "how about the lunch break": the critic asks after something the response left out. */
export function asksAfterOmission(clause: string): boolean {
  return /\?\s*$/u.test(clause) || /^\W*(?:and\s+)?(?:what|how)\s+about\b/iu.test(clause);
}

export function isFragment(clause: string, contentWords: number, signScore: number): boolean {
  // "What about the $1.00 coupon?" asks after something the response left out.
  if (contentWords >= 2 || signScore !== 0 || namesAssistant(clause) || asksAfterOmission(clause)) return false;
  // "even the decimals were right": a grade word the sign lexicon does not score is still a grade.
  // "should keep doing what they are doing", "there is more that should be known": a prescription is about the response.
  if (words(clause).some((word) => sentimentWords.has(word) || prescriptive.has(word))) return false;
  return !contentTokens(clause).some((token) => token.surface.length > 4 && adjective.test(token.surface));
}
