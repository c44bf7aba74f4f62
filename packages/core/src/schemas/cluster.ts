import { z } from 'zod';
import { engineSchema } from './aspect.ts';

export const clusterSchema = z.object({
  id: z.string(),
  /** Member aspect ids, sorted; includes reassigned noise points (listed again in `reassignedAspectIds`). */
  aspectIds: z.array(z.string()),
  medoidAspectId: z.string(),
  /** Most distinctive terms (class-based TF-IDF), best first. */
  terms: z.array(z.string()),
  /** Mean membership probability of the HDBSCAN members. */
  meanProbability: z.number(),
  reassignedAspectIds: z.array(z.string()).default([]),
  sign: z.object({ positive: z.number().int(), negative: z.number().int() }),
});
export type Cluster = z.infer<typeof clusterSchema>;

export const clusteringSchema = z.object({
  engine: engineSchema,
  clusterer: z.string(),
  parameters: z.record(z.string(), z.unknown()),
  clusters: z.array(clusterSchema),
  /** Aspects no cluster claimed. Reported, never dropped. */
  noiseAspectIds: z.array(z.string()),
  reassigned: z.array(z.object({ aspectId: z.string(), clusterId: z.string(), similarity: z.number() })).default([]),
});
export type Clustering = z.infer<typeof clusteringSchema>;
