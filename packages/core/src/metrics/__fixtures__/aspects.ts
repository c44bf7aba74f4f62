import type { Aspect } from '../../schemas/aspect.ts';

/** A hand-made aspect whose critique evidence is its own behaviour text. */
export function testAspect(id: string, feedbackId: string, sign: Aspect['sign'], behaviour: string): Aspect {
  return { id, feedbackId, behaviour, sign, evidence: { critique: { quote: behaviour, start: 0, end: behaviour.length } }, engine: 'llm' };
}
