import type { Aspect, ResponseEvidence } from '../../schemas/aspect.ts';
import type { Feedback } from '../../schemas/feedback.ts';
import { contentId } from '../../util/content-id.ts';
import { evidenceTarget, stepAt } from '../../evidence/evidence-target.ts';
import type { GroundedBehaviourReply } from './grounding-schema.ts';
import { createQuoteHaystack, locateQuote } from '../../evidence/locate-quote.ts';

export interface GroundedAspects {
  aspects: Aspect[];
  /** Quotes that could not be located or step indices out of range: kept visible, never silently fixed. */
  warnings: string[];
}

/**
 * Turns the model's behaviours for one critique into aspects, checking every quote in code: the critique
 * quote is located in the critique (an unlocatable one keeps the whole critique as its span); the response
 * quote is located in the output (see `evidenceTarget`) and marked `verified: false` when it is not there.
 */
export function buildGroundedAspects(feedback: Feedback, replies: readonly GroundedBehaviourReply[]): GroundedAspects {
  const target = evidenceTarget(feedback.context);
  const critiqueHaystack = createQuoteHaystack(feedback.critique);
  const targetHaystack = createQuoteHaystack(target.text);
  const stepCount = feedback.context?.trajectory?.length ?? 0;
  const warnings: string[] = [];
  const aspects = replies.map((reply, index): Aspect => {
    const behaviour = reply.behaviour.trim();
    const critiqueLocation = locateQuote(critiqueHaystack, reply.critiqueQuote);
    if (!critiqueLocation) warnings.push(`Feedback ${feedback.id}: critique quote ${JSON.stringify(clip(reply.critiqueQuote))} not found in the critique; the whole critique is kept as evidence.`);
    const critique = critiqueLocation
      ? { quote: feedback.critique.slice(critiqueLocation.start, critiqueLocation.end), start: critiqueLocation.start, end: critiqueLocation.end }
      : { quote: feedback.critique, start: 0, end: feedback.critique.length };

    let response: ResponseEvidence | undefined;
    let locatedStep: number | undefined;
    const responseQuote = reply.responseQuote?.trim();
    if (responseQuote) {
      const location = locateQuote(targetHaystack, responseQuote);
      if (location) {
        response = { quote: target.text.slice(location.start, location.end), start: location.start, end: location.end, verified: true };
        locatedStep = stepAt(target, location.start);
      } else {
        response = { quote: responseQuote, verified: false };
        warnings.push(`Feedback ${feedback.id}: response quote ${JSON.stringify(clip(responseQuote))} not found in the output; kept as unverified.`);
      }
    }

    let stepIndex = locatedStep;
    if (stepIndex === undefined && reply.stepIndex !== null) {
      if (Number.isInteger(reply.stepIndex) && reply.stepIndex >= 0 && reply.stepIndex < stepCount) stepIndex = reply.stepIndex;
      else warnings.push(`Feedback ${feedback.id}: step index ${reply.stepIndex} is outside the trajectory (${stepCount} steps); dropped.`);
    }

    return {
      id: contentId('asp', feedback.id, index, behaviour),
      feedbackId: feedback.id,
      behaviour,
      sign: reply.sign,
      evidence: { critique, ...(response ? { response } : {}), ...(stepIndex === undefined ? {} : { stepIndex }) },
      engine: 'llm',
    };
  });
  return { aspects, warnings };
}

function clip(text: string): string {
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}
