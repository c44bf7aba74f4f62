import { z } from 'zod';
import { engineSchema } from './aspect.ts';
import { metricSchema } from './metric.ts';
import { metaMetricsSchema } from './meta-metrics.ts';
import { itemSplitSchema } from './metric-search.ts';
import { judgeEngineSchema } from './trait.ts';

/** `metrics.json`: the chosen metric set with its provenance and its held-out measurement. */
export const metricSetFileSchema = z.object({
  schemaVersion: z.literal(1),
  engine: engineSchema,
  /** Human-readable note, e.g. that the offline engine produced the set. */
  engineNote: z.string().optional(),
  n: z.number().int().positive(),
  seed: z.number().int(),
  metrics: z.array(metricSchema),
  /** Every train aspect → its metric. */
  assignment: z.record(z.string(), z.string()),
  reassigned: z.array(z.object({ aspectId: z.string(), metricId: z.string(), similarity: z.number() })).default([]),
  split: itemSplitSchema.optional(),
  /** Meta-metrics on the held-out items; absent when the set was not evaluated. */
  evaluation: metaMetricsSchema.optional(),
  judge: z.object({ engine: judgeEngineSchema, model: z.string().optional() }).optional(),
  warnings: z.array(z.string()).default([]),
});
export type MetricSetFile = z.infer<typeof metricSetFileSchema>;
