import { z } from 'zod';

const rate = z.number().min(0).max(1).nullable();
const interval = z.object({ low: z.number(), high: z.number() }).nullable();

export const perMetricStatsSchema = z.object({
  metricId: z.string(),
  positive: z.number().int().nonnegative(),
  negative: z.number().int().nonnegative(),
  notApplicable: z.number().int().nonnegative(),
  unscored: z.number().int().nonnegative(),
  /** #(+1) / (#(+1) + #(−1)); null when the metric was never detected. */
  passRate: rate,
  /** #0 / #scored; null when nothing was scored. */
  naRate: rate,
  /** Distinct aspects matched to this metric. */
  matchedAspects: z.number().int().nonnegative(),
  /** Detected ratings of this metric that some aspect matched. */
  detectedMatched: z.number().int().nonnegative(),
  /** Detected ratings of this metric no aspect matched, over its detected ratings. */
  redundancy: rate,
});
export type PerMetricStats = z.infer<typeof perMetricStatsSchema>;

/**
 * AutoLibra meta-metrics over a held-out set, exactly as in autolibra.md §7. Every rate is null when its
 * denominator is zero. Unscored ratings and unscored aspects are excluded everywhere and counted here.
 */
export const metaMetricsSchema = z.object({
  coverage: rate,
  coveragePositive: rate,
  coverageNegative: rate,
  redundancy: rate,
  naRate: rate,
  unscoredCount: z.number().int().nonnegative(),
  unscoredRate: rate,
  /** Mean of per-item coverage over items with at least one evaluated aspect. */
  macroCoverage: rate,
  /** Mean of per-item redundancy over items with at least one detected rating. */
  macroRedundancy: rate,
  counts: z.object({
    items: z.number().int().nonnegative(),
    metrics: z.number().int().nonnegative(),
    aspects: z.number().int().nonnegative(),
    aspectsEvaluated: z.number().int().nonnegative(),
    aspectsPositive: z.number().int().nonnegative(),
    aspectsNegative: z.number().int().nonnegative(),
    aspectsCovered: z.number().int().nonnegative(),
    aspectsCoveredPositive: z.number().int().nonnegative(),
    aspectsCoveredNegative: z.number().int().nonnegative(),
    aspectsUnscored: z.number().int().nonnegative(),
    signConflicts: z.number().int().nonnegative(),
    ratings: z.number().int().nonnegative(),
    ratingsScored: z.number().int().nonnegative(),
    ratingsUnscored: z.number().int().nonnegative(),
    detected: z.number().int().nonnegative(),
    detectedPositive: z.number().int().nonnegative(),
    detectedNegative: z.number().int().nonnegative(),
    notApplicable: z.number().int().nonnegative(),
    detectedMatched: z.number().int().nonnegative(),
    detectedUnmatched: z.number().int().nonnegative(),
    /** Matches that pointed at a metric not detected with the aspect's sign on its item; ignored. */
    invalidMatches: z.number().int().nonnegative(),
  }),
  perMetric: z.array(perMetricStatsSchema),
  /** Percentile bootstrap over items (critiques), seeded. */
  intervals: z
    .object({
      level: z.number(),
      samples: z.number().int().positive(),
      seed: z.number().int(),
      coverage: interval,
      coveragePositive: interval,
      coverageNegative: interval,
      redundancy: interval,
    })
    .optional(),
});
export type MetaMetrics = z.infer<typeof metaMetricsSchema>;
