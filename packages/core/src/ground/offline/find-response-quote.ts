import { evidenceTarget } from '../../evidence/evidence-target.ts';
import { locateQuote } from '../../evidence/locate-quote.ts';
import { quotedFragments } from '../../evidence/quoted-fragments.ts';
import type { ResponseEvidence } from '../../schemas/aspect.ts';
import type { FeedbackContext } from '../../schemas/feedback.ts';

/**
 * Response evidence for a clause that quotes the assistant: the first quoted fragment found in the output
 * (response, assistant messages, trajectory; exactly or approximately), with offsets into that text, verified.
 * A quote of three or more words that cannot be found is returned unverified; a short quote that is not in
 * the output ("I typed "agent"") is the critic's own words and is ignored.
 */
export function findResponseQuote(clause: string, context: FeedbackContext | undefined): ResponseEvidence | undefined {
  const fragments = quotedFragments(clause);
  if (fragments.length === 0) return undefined;
  const target = evidenceTarget(context);
  for (const fragment of fragments) {
    const location = target.text.length > 0 ? locateQuote(target.text, fragment) : undefined;
    if (location) return { quote: fragment, start: location.start, end: location.end, verified: true };
  }
  const unverified = fragments.find((fragment) => fragment.split(/\s+/u).length >= 3);
  return unverified === undefined ? undefined : { quote: unverified, verified: false };
}
