import { z } from 'zod';
import { tokenUsageSchema } from './usage.ts';

const rate = z.number().min(0).max(1).nullable();

/** One candidate metric set of the N search, measured on the held-out items. */
export const searchRowSchema = z.object({
  round: z.number().int().positive(),
  n: z.number().int().positive(),
  seedIndex: z.number().int().nonnegative(),
  seed: z.number().int(),
  /** Metrics actually induced (can be below N when groups are empty or the model left one without members). */
  metricCount: z.number().int().nonnegative(),
  metricSetId: z.string().nullable(),
  coverage: rate,
  coveragePositive: rate,
  coverageNegative: rate,
  redundancy: rate,
  naRate: rate,
  unscoredRate: rate,
  aspectsUnscored: z.number().int().nonnegative(),
  /** Model calls this candidate made (induction + judge + matching; cached judge items cost none). */
  calls: z.number().int().nonnegative(),
  cachedItems: z.number().int().nonnegative(),
  /** Within the coverage tolerance of the best set in the final selection. */
  kept: z.boolean(),
  chosen: z.boolean(),
  /** Why the candidate has no numbers (e.g. the induction reply was unusable). */
  error: z.string().optional(),
});
export type SearchRow = z.infer<typeof searchRowSchema>;

export const searchDecisionSchema = z.object({
  /** 0 for set-up decisions made before the first round. */
  round: z.number().int().nonnegative(),
  kind: z.enum(['split', 'range', 'candidate', 'candidate-failed', 'select', 'stop', 'budget']),
  message: z.string(),
  n: z.number().int().optional(),
  seed: z.number().int().optional(),
});
export type SearchDecision = z.infer<typeof searchDecisionSchema>;

export const searchStabilitySchema = z.object({
  n: z.number().int().positive(),
  /** Candidate sets of size N that were evaluated (across seeds and rounds). */
  sets: z.number().int().nonnegative(),
  pairs: z.number().int().nonnegative(),
  /** Mean and minimum provenance overlap between pairs of those sets (1 = identical partitions); null with < 2 sets. */
  meanOverlap: rate,
  minOverlap: rate,
});
export type SearchStability = z.infer<typeof searchStabilitySchema>;

export const itemSplitSchema = z.object({
  seed: z.number().int(),
  trainFraction: z.number().min(0).max(1),
  trainItemIds: z.array(z.string()),
  heldOutItemIds: z.array(z.string()),
});

export const searchStopReasonSchema = z.enum(['stable', 'max-rounds', 'budget', 'no-candidates']);
export type SearchStopReason = z.infer<typeof searchStopReasonSchema>;

/** `metrics-search.json`: the whole search, for the table and the audit. */
export const metricSearchFileSchema = z.object({
  schemaVersion: z.literal(1),
  engines: z.object({ induction: z.string(), judge: z.string(), match: z.string() }),
  split: itemSplitSchema,
  options: z.record(z.string(), z.unknown()),
  rounds: z.number().int().nonnegative(),
  stopReason: searchStopReasonSchema,
  chosen: z.object({ round: z.number().int(), n: z.number().int(), seed: z.number().int(), metricSetId: z.string() }).nullable(),
  stability: searchStabilitySchema.nullable(),
  table: z.array(searchRowSchema),
  decisions: z.array(searchDecisionSchema),
  usage: tokenUsageSchema,
});
export type MetricSearchFile = z.infer<typeof metricSearchFileSchema>;
