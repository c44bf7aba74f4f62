import { saltedSeededRandom as seededRandom } from '../../util/seeded-random.ts';

/** Per-item tallies the meta-metrics are sums of. */
export interface ItemCounts {
  aspects: number;
  covered: number;
  positive: number;
  positiveCovered: number;
  negative: number;
  negativeCovered: number;
  detected: number;
  detectedMatched: number;
}

export interface BootstrapIntervalsOptions {
  items: readonly ItemCounts[];
  seed: number;
  /** @default 1000 */
  samples?: number;
  /** @default 0.95 */
  level?: number;
}

type Interval = { low: number; high: number } | null;

/**
 * Percentile bootstrap over items (critiques): resample items with replacement, recompute the micro
 * averages, take the (1 − level)/2 and (1 + level)/2 quantiles. Samples with a zero denominator are skipped
 * for that statistic; an interval is null when no sample defines it.
 */
export function bootstrapIntervals(options: BootstrapIntervalsOptions): {
  level: number;
  samples: number;
  seed: number;
  coverage: Interval;
  coveragePositive: Interval;
  coverageNegative: Interval;
  redundancy: Interval;
} {
  const { items, seed, samples = 1000, level = 0.95 } = options;
  const random = seededRandom(seed);
  const draws = { coverage: [] as number[], coveragePositive: [] as number[], coverageNegative: [] as number[], redundancy: [] as number[] };
  for (let sample = 0; sample < samples && items.length > 0; sample++) {
    let aspects = 0, covered = 0, positive = 0, positiveCovered = 0, negative = 0, negativeCovered = 0, detected = 0, detectedMatched = 0;
    for (let draw = 0; draw < items.length; draw++) {
      const counts = items[Math.floor(random() * items.length)]!;
      aspects += counts.aspects;
      covered += counts.covered;
      positive += counts.positive;
      positiveCovered += counts.positiveCovered;
      negative += counts.negative;
      negativeCovered += counts.negativeCovered;
      detected += counts.detected;
      detectedMatched += counts.detectedMatched;
    }
    if (aspects > 0) draws.coverage.push(covered / aspects);
    if (positive > 0) draws.coveragePositive.push(positiveCovered / positive);
    if (negative > 0) draws.coverageNegative.push(negativeCovered / negative);
    if (detected > 0) draws.redundancy.push((detected - detectedMatched) / detected);
  }
  const interval = (values: number[]): Interval => {
    if (values.length === 0) return null;
    values.sort((left, right) => left - right);
    const at = (quantile: number) => values[Math.min(values.length - 1, Math.max(0, Math.round(quantile * (values.length - 1))))]!;
    return { low: at((1 - level) / 2), high: at((1 + level) / 2) };
  };
  return {
    level,
    samples,
    seed,
    coverage: interval(draws.coverage),
    coveragePositive: interval(draws.coveragePositive),
    coverageNegative: interval(draws.coverageNegative),
    redundancy: interval(draws.redundancy),
  };
}
