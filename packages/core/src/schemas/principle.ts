import { z } from 'zod';
import { engineSchema } from './aspect.ts';

/** A constitution principle with the critiques that support it. */
export const principleSchema = z.object({
  id: z.string(),
  text: z.string().min(1),
  supportingFeedbackIds: z.array(z.string()),
  support: z.object({
    feedback: z.number().int().nonnegative(),
    aspects: z.number().int().nonnegative(),
    positive: z.number().int().nonnegative(),
    negative: z.number().int().nonnegative(),
  }),
  exampleCritiques: z.array(z.object({ feedbackId: z.string(), critique: z.string() })),
  clusterId: z.string().optional(),
  metricId: z.string().optional(),
  engine: engineSchema,
});
export type Principle = z.infer<typeof principleSchema>;

export const constitutionSchema = z.object({
  engine: engineSchema,
  principles: z.array(principleSchema),
});
export type Constitution = z.infer<typeof constitutionSchema>;
