import { z } from 'zod';

/** One atomic behaviour as the model reports it (quotes unverified until checked in code). */
export const groundedBehaviourReplySchema = z.object({
  behaviour: z.string().describe('Neutral description of what the assistant or agent did, past tense, no entity names.'),
  sign: z.enum(['positive', 'negative']).describe('Whether the critique approves (positive) or disapproves (negative) of it.'),
  critiqueQuote: z.string().describe('Verbatim words of the critique this point comes from.'),
  responseQuote: z.string().nullable().describe('Verbatim words of the output where the behaviour shows, or null.'),
  stepIndex: z.number().int().nullable().describe('Trajectory step index where it happened, or null.'),
});
export type GroundedBehaviourReply = z.infer<typeof groundedBehaviourReplySchema>;

export const ungroundableReasonSchema = z.enum(['vague', 'input-directed', 'not-a-critique']);
export type UngroundableReason = z.infer<typeof ungroundableReasonSchema>;

const verdictShape = {
  verdict: z.enum(['grounded', 'ungroundable']),
  ungroundableReason: ungroundableReasonSchema.nullable(),
  aspects: z.array(groundedBehaviourReplySchema),
};

export const groundingVerdictFields = z.object(verdictShape);
export type GroundingVerdict = z.infer<typeof groundingVerdictFields>;

/** Phrases that restate the critique instead of describing a behaviour. */
const restatesCritique =
  /\b(?:the|this) (?:feedback|critique|review|reviewer|annotator|rater)\s+(?:says|said|states|stated|mentions|mentioned|notes|noted|complains|complained|thinks|feels|claims|points out|suggests|is|was)\b/i;

/** What is wrong with a verdict beyond its JSON shape, or undefined when it is usable. */
export function checkGroundingVerdict(verdict: GroundingVerdict): string | undefined {
  if (verdict.verdict === 'grounded') {
    if (verdict.aspects.length === 0) return 'verdict "grounded" needs at least one aspect';
    if (verdict.ungroundableReason !== null) return 'ungroundableReason must be null when the verdict is "grounded"';
  } else {
    if (verdict.aspects.length > 0) return 'verdict "ungroundable" must come with an empty aspects list';
    if (verdict.ungroundableReason === null) return 'verdict "ungroundable" needs an ungroundableReason';
  }
  for (const [index, aspect] of verdict.aspects.entries()) {
    if (aspect.behaviour.trim().length === 0) return `aspects[${index}].behaviour is empty`;
    if (aspect.critiqueQuote.trim().length === 0) return `aspects[${index}].critiqueQuote is empty`;
    if (restatesCritique.test(aspect.behaviour)) return `aspects[${index}].behaviour restates the critique; describe what the assistant did instead`;
  }
  return undefined;
}

/** The reply to a single-critique grounding call; inconsistent verdicts fail validation (and get one repair). */
export const groundingReplySchema = groundingVerdictFields.superRefine((verdict, context) => {
  const problem = checkGroundingVerdict(verdict);
  if (problem) context.addIssue({ code: 'custom', message: problem });
});

/**
 * The reply to a batch of short critiques. Each result is checked on its own in code, so one bad answer
 * sends only that critique to a retry, not the whole batch.
 */
export function batchGroundingReplySchema(critiqueIds: readonly [string, ...string[]]) {
  return z.object({
    results: z.array(z.object({ critiqueId: z.enum(critiqueIds), ...verdictShape })),
  });
}
export type BatchGroundingReply = z.infer<ReturnType<typeof batchGroundingReplySchema>>;
