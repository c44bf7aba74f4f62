import { z } from 'zod';
import { checkResultSchema } from './check-spec.ts';

export const synthesisScopeSchema = z.enum(['in', 'near', 'out']);
export type SynthesisScope = z.infer<typeof synthesisScopeSchema>;

export const synthesisRoleSchema = z.enum(['generator', 'policy', 'reviser', 'verifier']);
export type SynthesisRole = z.infer<typeof synthesisRoleSchema>;

export const generatedResponseSchema = z.object({
  text: z.string(),
  model: z.string(),
  finishReason: z.string(),
});
export type GeneratedResponse = z.infer<typeof generatedResponseSchema>;

/** One verifier reading, in one presentation order. `null` fields: the reply was unusable (unscored). */
export const orderVerdictSchema = z.object({
  order: z.enum(['revised-first', 'baseline-first']),
  revisedFollows: z.boolean().nullable(),
  baselineFollows: z.boolean().nullable(),
  reasoning: z.string(),
});
export type OrderVerdict = z.infer<typeof orderVerdictSchema>;

export const verificationSchema = z.object({
  /** How the record was verified: the verifier model, the signs in the log (offline), or not at all. */
  method: z.enum(['verifier', 'log', 'none']),
  /** In-scope pairs: one verdict per presentation order. */
  orders: z.array(orderVerdictSchema).default([]),
  /** Near/out-of-scope anchors: does the principle leave this baseline alone? */
  leftAlone: z.boolean().nullable().optional(),
  passed: z.boolean(),
});
export type Verification = z.infer<typeof verificationSchema>;

/** One row per prompt: every export is a projection of it. */
export const synthesisRecordSchema = z.object({
  id: z.string().min(1),
  principleId: z.string().min(1),
  scope: synthesisScopeSchema,
  category: z.string().min(1),
  prompt: z.string().min(1),
  baseline: generatedResponseSchema.optional(),
  revised: generatedResponseSchema.extend({ explanation: z.string().optional() }).optional(),
  verification: verificationSchema,
  checks: z
    .object({ baseline: checkResultSchema.optional(), revised: checkResultSchema.optional() })
    .default({}),
  split: z.enum(['train', 'test']),
  /** Which model played which role for this record. */
  models: z.partialRecord(synthesisRoleSchema, z.string()),
  /** Where the prompt came from: generated, or a logged feedback record. */
  origin: z.object({ kind: z.enum(['generated', 'log']), feedbackIds: z.array(z.string()).default([]) }),
  /** Offline engine: the record holds a prompt only and needs a model for its responses. */
  needsGeneration: z.boolean().default(false),
  message: z.string().optional(),
});
export type SynthesisRecord = z.infer<typeof synthesisRecordSchema>;
export type SynthesisRecordInput = z.input<typeof synthesisRecordSchema>;

export const dropReasonSchema = z.enum([
  'duplicate-prompt',
  'baseline-failed',
  'baseline-truncated',
  'revision-failed',
  'revision-truncated',
  'revision-unchanged',
  'verifier-unscored',
  'revised-does-not-follow',
  'baseline-already-follows',
  'check-revised-fails',
  'check-baseline-passes',
  'anchor-unscored',
  'anchor-affected',
]);
export type DropReason = z.infer<typeof dropReasonSchema>;

/** A prompt or pair that did not make it into the records, and why. */
export const droppedItemSchema = z.object({
  principleId: z.string(),
  scope: synthesisScopeSchema,
  category: z.string(),
  prompt: z.string(),
  reason: dropReasonSchema,
  detail: z.string().optional(),
});
export type DroppedItem = z.infer<typeof droppedItemSchema>;
