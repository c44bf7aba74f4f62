import { z } from 'zod';
import { metricSchema } from '../schemas/metric.ts';
import { principleSchema } from '../schemas/principle.ts';

/**
 * The `review-model-drafts` artefact: metric and principle drafts a model made in the review (`D`) for clusters a
 * review decision changed, keyed by cluster id. A cluster id is a hash of its members, so a draft applies for
 * exactly as long as that cluster exists.
 */
export const reviewModelDraftsSchema = z.object({
  schemaVersion: z.literal(1),
  clusters: z.record(z.string(), z.object({ model: z.string(), metrics: z.array(metricSchema), principles: z.array(principleSchema) })),
});
export type ReviewModelDrafts = z.infer<typeof reviewModelDraftsSchema>;
