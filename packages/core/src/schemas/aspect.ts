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
  }),
  engine: engineSchema,
});
export type Aspect = z.infer<typeof aspectSchema>;
