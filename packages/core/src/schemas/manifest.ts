import { z } from 'zod';
import { engineSchema } from './aspect.ts';
import { tokenUsageSchema } from './usage.ts';

export const manifestSchemaVersion = 1;

/** Everything needed to reproduce and audit a run. Timings are the only non-deterministic part. */
export const manifestSchema = z.object({
  schemaVersion: z.literal(manifestSchemaVersion),
  tool: z.object({ name: z.literal('tenets'), version: z.string() }),
  engine: engineSchema,
  /** Human-readable note on the engine, e.g. that the offline engine ran. */
  engineNote: z.string(),
  models: z.object({ language: z.string().optional(), embedding: z.string().optional(), clusterer: z.string() }),
  seed: z.number().int(),
  options: z.record(z.string(), z.unknown()),
  inputs: z.array(z.object({ path: z.string(), sha256: z.string(), bytes: z.number().int().nonnegative() })),
  counts: z.record(z.string(), z.number()),
  timings: z.record(z.string(), z.number()),
  usage: z.object({ stages: z.record(z.string(), tokenUsageSchema), total: tokenUsageSchema }),
  warnings: z.array(z.string()),
});
export type Manifest = z.infer<typeof manifestSchema>;
