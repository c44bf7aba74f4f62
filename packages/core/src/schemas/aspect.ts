import { z } from 'zod';

export const engineSchema = z.enum(['offline', 'llm']);
export type Engine = z.infer<typeof engineSchema>;

export const signSchema = z.enum(['positive', 'negative']);
export type Sign = z.infer<typeof signSchema>;

/** A quoted span with character offsets into the text it was taken from (`end` exclusive). */
export const spanSchema = z.object({
  quote: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Span = z.infer<typeof spanSchema>;

/** A quote from the response/trajectory; `verified` is false when it could not be found there. */
export const responseEvidenceSchema = z.object({
  quote: z.string(),
  start: z.number().int().nonnegative().optional(),
  end: z.number().int().nonnegative().optional(),
  verified: z.boolean(),
});
export type ResponseEvidence = z.infer<typeof responseEvidenceSchema>;

/**
 * Kinds of critique text that name no behaviour but explain one: the critic's own answer or working, a restated
 * fact of the prompt, the critic's own story, and the critic's own problem (a product, a delivery, their life).
 */
export const critiqueContextKindSchema = z.enum(['critic-answer', 'restated-fact', 'own-story', 'own-problem']);
export type CritiqueContextKind = z.infer<typeof critiqueContextKindSchema>;

/** A clause of the same critique attached to a behaviour as context (`critique.slice(start, end) === quote`). */
export const critiqueContextSchema = spanSchema.extend({ kind: critiqueContextKindSchema });
export type CritiqueContext = z.infer<typeof critiqueContextSchema>;

/** A grounded behaviour: what the assistant did, whether the critique liked it, and where it says so. */
export const aspectSchema = z.object({
  id: z.string().min(1),
  feedbackId: z.string().min(1),
  behaviour: z.string().min(1),
  sign: signSchema,
  evidence: z.object({
    critique: spanSchema,
    response: responseEvidenceSchema.optional(),
    /** The trajectory step the behaviour happened in, when the target is an agent trajectory. */
    stepIndex: z.number().int().nonnegative().optional(),
    /**
     * Clauses of the critique that name no behaviour but correct or explain this one ("the correct answer is 11",
     * a restated fact of the prompt, the critic's own story), in critique order. Offline grounding only.
     */
    critiqueContext: z.array(critiqueContextSchema).optional(),
  }),
  engine: engineSchema,
});
export type Aspect = z.infer<typeof aspectSchema>;
