import { z } from 'zod';

/** Why a rating has no value. Unscored ratings are excluded from every numerator and denominator. */
export const unscoredReasonSchema = z.enum(['parse_error', 'truncated', 'refusal', 'api_error']);
export type UnscoredReason = z.infer<typeof unscoredReasonSchema>;

/** Which judge produced a rating: a language model, or the offline lexical stand-in. */
export const judgeEngineSchema = z.enum(['llm', 'offline-lexical']);
export type JudgeEngine = z.infer<typeof judgeEngineSchema>;

/** +1 did well on the metric, −1 did badly, 0 the metric does not apply to this item. */
export const traitRatingSchema = z.literal([-1, 0, 1]);
export type TraitRating = z.infer<typeof traitRatingSchema>;

const traitBase = {
  /** The judged item: the feedback's `targetId`, or its `id` when it names no target. */
  itemId: z.string().min(1),
  metricId: z.string().min(1),
  engine: judgeEngineSchema,
  /** The judge model id (`provider/model`), when a model judged. */
  judge: z.string().optional(),
};

export const scoredTraitSchema = z.object({
  ...traitBase,
  status: z.literal('scored'),
  rating: traitRatingSchema,
  reasoning: z.string(),
});

export const unscoredTraitSchema = z.object({
  ...traitBase,
  status: z.literal('unscored'),
  reason: unscoredReasonSchema,
  message: z.string().optional(),
  /** The judge's raw reply, kept for audit when it could not be parsed. */
  rawText: z.string().optional(),
});

/** One judge rating of one item on one metric (AutoLibra's "trait" when the rating is ±1). */
export const traitSchema = z.discriminatedUnion('status', [scoredTraitSchema, unscoredTraitSchema]);
export type Trait = z.infer<typeof traitSchema>;
export type ScoredTrait = z.infer<typeof scoredTraitSchema>;
export type UnscoredTrait = z.infer<typeof unscoredTraitSchema>;
