import { z } from 'zod';
import { judgeEngineSchema } from './trait.ts';
import { tokenUsageSchema } from './usage.ts';

export const judgeMetricSummarySchema = z.object({
  metricId: z.string(),
  name: z.string(),
  positive: z.number().int().nonnegative(),
  negative: z.number().int().nonnegative(),
  notApplicable: z.number().int().nonnegative(),
  unscored: z.number().int().nonnegative(),
  /** #(+1) / (#(+1) + #(−1)); null when never detected. */
  passRate: z.number().nullable(),
  /** #0 / #scored. */
  naRate: z.number().nullable(),
  /** #unscored / #items. */
  unscoredRate: z.number().nullable(),
});
export type JudgeMetricSummary = z.infer<typeof judgeMetricSummarySchema>;

/** `judgements-summary.json`: per-metric pass, N/A and unscored rates of `tenets judge`. */
export const judgementsSummarySchema = z.object({
  engine: judgeEngineSchema,
  items: z.number().int().nonnegative(),
  ratings: z.number().int().nonnegative(),
  unscored: z.number().int().nonnegative(),
  unscoredRate: z.number().nullable(),
  naRate: z.number().nullable(),
  perMetric: z.array(judgeMetricSummarySchema),
  usage: tokenUsageSchema,
});
export type JudgementsSummary = z.infer<typeof judgementsSummarySchema>;
