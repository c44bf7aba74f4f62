import { z } from 'zod';
import { engineSchema } from './aspect.ts';
import { metricSchema } from './metric.ts';

/** `metrics.json` as `tenets run` writes it: one drafted metric per cluster (ids from the cluster). */
export const metricsFileSchema = z.object({
  engine: engineSchema,
  metrics: z.array(metricSchema),
});
export type MetricsFile = z.infer<typeof metricsFileSchema>;
