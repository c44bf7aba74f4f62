import type { Aspect } from '../../schemas/aspect.ts';
import type { Feedback } from '../../schemas/feedback.ts';
import { contentId } from '../../util/content-id.ts';
import { contentTokens, words } from '../../text/content-tokens.ts';
import { describeBehaviour } from './describe-behaviour.ts';
import { decideSigns } from './decide-signs.ts';
import { scoreSign } from './detect-sign.ts';
import { findResponseQuote } from './find-response-quote.ts';
import { isNarrativeContext } from './is-narrative-context.ts';
import { isVerdictOnly } from './is-verdict-only.ts';
import { splitClauses, type TextSpan } from './split-clauses.ts';
import { trimFiller } from './trim-filler.ts';

interface Clause {
  index: number;
  span: TextSpan;
  evidence: TextSpan;
  quote: string;
  contentWords: number;
  score: number;
}

/**
 * Rule-based grounding, the offline engine's first stage: one aspect per clause of the critique that says
 * something about the assistant. Greetings, thanks and filler clauses are dropped, and so are the critic's own
 * story ("I ordered a blender last week") and verdicts that name no behaviour ("Mixed run.", "Almost there.")
 * when other clauses carry the point; a critique with any words keeps at least one aspect. Behaviour text and
 * evidence come from the critique itself (`critique.slice(start, end) === quote`); quoted response text is
 * verified against the response.
 */
export function groundOffline(feedback: Feedback): Aspect[] {
  const critique = feedback.critique;
  const spans = splitClauses(critique);
  const signs = decideSigns({ critique, clauses: spans, rating: feedback.rating });
  const clauses: Clause[] = spans.map((span, index) => {
    const trimmed = trimFiller(critique, span);
    const onlyFiller = trimmed.start === trimmed.end;
    const evidence = onlyFiller ? span : trimmed;
    const quote = critique.slice(evidence.start, evidence.end);
    const contentWords = onlyFiller ? 0 : contentTokens(quote).length;
    return { index, span, evidence, quote, contentWords, score: scoreSign(critique.slice(span.start, span.end)) };
  });
  let kept = clauses.filter((clause) => clause.contentWords > 0);
  const behavioural = kept.filter((clause) => !isNarrativeContext(clause.quote, clause.score) && !isVerdictOnly(clause.quote));
  if (behavioural.length > 0) kept = behavioural;
  if (kept.length === 0) {
    const wordy = clauses.filter((clause) => words(clause.quote).length > 0);
    const longest = wordy.sort((left, right) => words(right.quote).length - words(left.quote).length || left.index - right.index)[0];
    kept = longest ? [longest] : [];
  }
  return kept.map((clause) => {
    const response = findResponseQuote(clause.quote, feedback.context);
    return {
      id: contentId('asp', feedback.id, clause.index, clause.quote),
      feedbackId: feedback.id,
      behaviour: describeBehaviour(clause.quote),
      sign: signs[clause.index]!,
      evidence: {
        critique: { quote: clause.quote, start: clause.evidence.start, end: clause.evidence.end },
        ...(response ? { response } : {}),
      },
      engine: 'offline',
    };
  });
}
