import type { FeedbackContext } from '../../schemas/feedback.ts';
import { isCriticAnswer } from './is-critic-answer.ts';
import { isFragment } from './is-fragment.ts';
import { isNarrativeContext } from './is-narrative-context.ts';
import { isOwnProblem } from './is-own-problem.ts';
import { isRestatedFact } from './is-restated-fact.ts';
import { isVerdictOnly } from './is-verdict-only.ts';
import { namesAssistant } from './names-assistant.ts';

/**
 * What a clause of a critique is: a `behaviour` of the assistant, or one of the kinds that name none —
 * `filler` (greetings, thanks), `verdict` (grades the run, or is a sentiment word alone: "Mixed run.", "wrong"),
 * `fragment` ("ft", "till 11am"), `own-story` (the critic's own account: "I ordered a blender last week"),
 * `own-problem` (a product, delivery or life problem of the critic's: "my chair stopped working"), `restated-fact`
 * (a fact of the prompt) and `critic-answer` (the critic's own answer or working).
 */
export type ClauseKind = 'behaviour' | 'filler' | 'verdict' | 'fragment' | 'own-story' | 'own-problem' | 'restated-fact' | 'critic-answer';

export interface ClauseFacts {
  /** The clause with filler trimmed. */
  quote: string;
  /** True when nothing but filler is left. */
  onlyFiller: boolean;
  /** Content words of `quote` (`contentTokens`). */
  contentWords: number;
  /** The clause's sign score (`scoreSign`). */
  signScore: number;
}

const equation = /\d\s*(?:[-+*/×÷x]|=)\s*[-+(]?\d/u;

/** Classifies one clause; the rules are tried in this order, the first that holds decides. */
export function classifyClause(clause: ClauseFacts, context: FeedbackContext | undefined): ClauseKind {
  const { quote, onlyFiller, contentWords, signScore } = clause;
  if (onlyFiller) return 'filler';
  if (isCriticAnswer(quote)) return 'critic-answer';
  // "It said 12" names what the assistant did, though "said" and "12" are no content words.
  if (contentWords === 0) return namesAssistant(quote) && /\p{N}/u.test(quote) ? 'behaviour' : 'verdict';
  if (isOwnProblem(quote)) return 'own-problem';
  if (isNarrativeContext(quote, signScore)) return 'own-story';
  // "32x3=104 is incorrect" names a wrong step of the response, not only a grade.
  if (isVerdictOnly(quote) && !equation.test(quote)) return 'verdict';
  if (isRestatedFact(quote, signScore, context)) return 'restated-fact';
  if (isFragment(quote, contentWords, signScore)) return 'fragment';
  return 'behaviour';
}
