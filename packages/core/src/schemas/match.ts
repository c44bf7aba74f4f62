import { z } from 'zod';
import { signSchema } from './aspect.ts';
import { judgeEngineSchema, unscoredReasonSchema } from './trait.ts';

/**
 * The decision for one held-out aspect against one metric (or against none). An aspect with several
 * matches has several records; an aspect with none has exactly one record with `metricId: null`.
 * Every decision is persisted (`matches.jsonl`) so coverage can be audited.
 */
export const matchSchema = z.object({
  itemId: z.string().min(1),
  aspectId: z.string().min(1),
  sign: signSchema,
  metricId: z.string().nullable(),
  rationale: z.string(),
  /** The detected same-sign metrics the matcher could choose from (empty: no call was made). */
  candidateMetricIds: z.array(z.string()),
  /**
   * True when the aspect matched nothing of its own sign but would match a metric the judge rated with the
   * opposite sign (a negative critique of something rated +1). Counts as uncovered.
   */
  signConflict: z.boolean().optional(),
  conflictMetricId: z.string().optional(),
  engine: judgeEngineSchema,
  /** `unscored`: the matcher's reply could not be used; the aspect is left out of coverage and counted. */
  status: z.enum(['matched', 'unmatched', 'unscored']),
  reason: unscoredReasonSchema.optional(),
  rawText: z.string().optional(),
});
export type Match = z.infer<typeof matchSchema>;
