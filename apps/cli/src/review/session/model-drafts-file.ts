import { metricSchema, principleSchema } from '@tenets/core';
import { z } from 'zod';

/**
 * Where model redrafts are kept: a small file beside the artefacts (like review-ui.json), keyed by cluster id.
 * A cluster id is a hash of its members, so a draft applies for exactly as long as that cluster exists.
 */
export const modelDraftsFile = 'review-model-drafts.json';

export const modelDraftsSchema = z.object({
  schemaVersion: z.literal(1),
  clusters: z.record(z.string(), z.object({ model: z.string(), metrics: z.array(metricSchema), principles: z.array(principleSchema) })),
});
export type ModelDrafts = z.infer<typeof modelDraftsSchema>['clusters'];
