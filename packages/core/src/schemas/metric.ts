import { z } from 'zod';
import { engineSchema } from './aspect.ts';

export const metricExampleSchema = z.object({
  aspectId: z.string(),
  feedbackId: z.string(),
  behaviour: z.string(),
});
export type MetricExample = z.infer<typeof metricExampleSchema>;

/** An evaluation metric induced from a cluster of behaviours, with provenance. */
export const metricSchema = z.object({
  id: z.string(),
  name: z.string().min(1),
  definition: z.string().min(1),
  /** When the metric applies; the judge rates 0 (not applicable) otherwise. */
  applicability: z.string().optional(),
  goodExamples: z.array(metricExampleSchema),
  badExamples: z.array(metricExampleSchema),
  supportingAspectIds: z.array(z.string()),
  clusterIds: z.array(z.string()),
  /** Share of all grounded aspects this metric's clusters hold (0..1). */
  prevalence: z.number().min(0).max(1),
  signBalance: z.object({ positive: z.number().int(), negative: z.number().int() }),
  engine: engineSchema,
  version: z.number().int().positive().default(1),
});
export type Metric = z.infer<typeof metricSchema>;
