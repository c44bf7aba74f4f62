import { TenetsInvalidInputError } from '../../errors/tenets-invalid-input-error.ts';
import type { Sign } from '../../schemas/aspect.ts';
import type { Match } from '../../schemas/match.ts';
import type { MetaMetrics, PerMetricStats } from '../../schemas/meta-metrics.ts';
import type { Trait } from '../../schemas/trait.ts';
import { bootstrapIntervals, type ItemCounts } from './bootstrap-intervals.ts';

export interface MetaMetricsAspect {
  id: string;
  itemId: string;
  sign: Sign;
}

export interface ComputeMetaMetricsOptions {
  /** The held-out items that were judged. */
  itemIds: readonly string[];
  metricIds: readonly string[];
  /** The held-out aspects (grounded once, before the split). */
  aspects: readonly MetaMetricsAspect[];
  traits: readonly Trait[];
  matches: readonly Match[];
  /** Percentile bootstrap over items. Absent → no intervals. */
  bootstrap?: { seed: number; /** @default 1000 */ samples?: number; /** @default 0.95 */ level?: number };
}

/**
 * AutoLibra's meta-metrics (autolibra.md §7), micro-averaged:
 * - coverage = |{a ∈ A : match(a) ≠ ∅}| / |A|, and per sign over A⁺ and A⁻;
 * - redundancy = Σ_i |{m ∈ D_i : (i, m) not matched}| / Σ_i |D_i|, D_i = metrics rated ±1 on item i;
 * - N/A rate = #(rating 0) / #scored ratings.
 * Unscored ratings leave every numerator and denominator. An aspect leaves A when its match reply was
 * unscored or its whole item was unscored (nothing to match against); both are counted. A match only
 * counts when it points at a metric detected with the aspect's sign on the aspect's item: the formula
 * is checked here, not trusted to the matcher.
 */
export function computeMetaMetrics(options: ComputeMetaMetricsOptions): MetaMetrics {
  const { itemIds, metricIds, aspects, traits, matches } = options;
  const items = new Set(itemIds);
  const metrics = new Set(metricIds);
  const traitByKey = new Map<string, Trait>();
  for (const trait of traits) {
    if (!items.has(trait.itemId) || !metrics.has(trait.metricId)) continue;
    const key = pairKey(trait.itemId, trait.metricId);
    if (!traitByKey.has(key)) traitByKey.set(key, trait);
  }
  const detectedSign = (itemId: string, metricId: string): Sign | undefined => {
    const trait = traitByKey.get(pairKey(itemId, metricId));
    if (trait?.status !== 'scored' || trait.rating === 0) return undefined;
    return trait.rating === 1 ? 'positive' : 'negative';
  };

  const perItem = new Map<string, ItemCounts>(itemIds.map((itemId) => [itemId, emptyItemCounts()]));
  const perMetric = new Map<string, PerMetricStats>(metricIds.map((metricId) => [metricId, emptyMetricStats(metricId)]));
  const scoredItems = new Set<string>();
  let ratingsScored = 0;
  let notApplicable = 0;
  let detectedPositive = 0;
  let detectedNegative = 0;
  for (const itemId of itemIds) {
    for (const metricId of metricIds) {
      const trait = traitByKey.get(pairKey(itemId, metricId));
      const stats = perMetric.get(metricId)!;
      // A missing rating is as unknown as an unparseable one.
      if (trait?.status !== 'scored') {
        stats.unscored++;
        continue;
      }
      ratingsScored++;
      scoredItems.add(itemId);
      if (trait.rating === 0) {
        notApplicable++;
        stats.notApplicable++;
      } else if (trait.rating === 1) {
        detectedPositive++;
        stats.positive++;
        perItem.get(itemId)!.detected++;
      } else {
        detectedNegative++;
        stats.negative++;
        perItem.get(itemId)!.detected++;
      }
    }
  }

  const matchesByAspect = new Map<string, Match[]>();
  for (const match of matches) matchesByAspect.set(match.aspectId, [...(matchesByAspect.get(match.aspectId) ?? []), match]);
  const matchedPairs = new Set<string>();
  const matchedAspectsByMetric = new Map<string, Set<string>>();
  let invalidMatches = 0;
  let aspectsUnscored = 0;
  let signConflicts = 0;
  for (const aspect of aspects) {
    const counts = perItem.get(aspect.itemId);
    const aspectMatches = matchesByAspect.get(aspect.id) ?? [];
    if (!counts) throw new TenetsInvalidInputError({ message: `Aspect ${aspect.id} is on item ${aspect.itemId}, which is not among the judged items.` });
    if (!scoredItems.has(aspect.itemId) || aspectMatches.some((match) => match.status === 'unscored')) {
      aspectsUnscored++;
      continue;
    }
    if (aspectMatches.some((match) => match.signConflict)) signConflicts++;
    let covered = false;
    for (const match of aspectMatches) {
      if (match.metricId === null) continue;
      if (detectedSign(aspect.itemId, match.metricId) !== aspect.sign) {
        invalidMatches++;
        continue;
      }
      covered = true;
      matchedPairs.add(pairKey(aspect.itemId, match.metricId));
      const matched = matchedAspectsByMetric.get(match.metricId) ?? new Set<string>();
      matched.add(aspect.id);
      matchedAspectsByMetric.set(match.metricId, matched);
    }
    counts.aspects++;
    if (aspect.sign === 'positive') counts.positive++;
    else counts.negative++;
    if (covered) {
      counts.covered++;
      if (aspect.sign === 'positive') counts.positiveCovered++;
      else counts.negativeCovered++;
    }
  }

  for (const pair of matchedPairs) {
    const [itemId, metricId] = splitKey(pair);
    perItem.get(itemId)!.detectedMatched++;
    perMetric.get(metricId)!.detectedMatched++;
  }
  for (const [metricId, aspectIds] of matchedAspectsByMetric) perMetric.get(metricId)!.matchedAspects = aspectIds.size;
  for (const stats of perMetric.values()) {
    const detected = stats.positive + stats.negative;
    const scored = detected + stats.notApplicable;
    stats.passRate = ratio(stats.positive, detected);
    stats.naRate = ratio(stats.notApplicable, scored);
    stats.redundancy = ratio(detected - stats.detectedMatched, detected);
  }

  const totals = sumCounts([...perItem.values()]);
  const ratings = itemIds.length * metricIds.length;
  const ratingsUnscored = ratings - ratingsScored;
  const itemCounts = [...perItem.values()];
  const result: MetaMetrics = {
    coverage: ratio(totals.covered, totals.aspects),
    coveragePositive: ratio(totals.positiveCovered, totals.positive),
    coverageNegative: ratio(totals.negativeCovered, totals.negative),
    redundancy: ratio(totals.detected - totals.detectedMatched, totals.detected),
    naRate: ratio(notApplicable, ratingsScored),
    unscoredCount: ratingsUnscored,
    unscoredRate: ratio(ratingsUnscored, ratings),
    macroCoverage: mean(itemCounts.filter((counts) => counts.aspects > 0).map((counts) => counts.covered / counts.aspects)),
    macroRedundancy: mean(itemCounts.filter((counts) => counts.detected > 0).map((counts) => (counts.detected - counts.detectedMatched) / counts.detected)),
    counts: {
      items: itemIds.length,
      metrics: metricIds.length,
      aspects: aspects.length,
      aspectsEvaluated: totals.aspects,
      aspectsPositive: totals.positive,
      aspectsNegative: totals.negative,
      aspectsCovered: totals.covered,
      aspectsCoveredPositive: totals.positiveCovered,
      aspectsCoveredNegative: totals.negativeCovered,
      aspectsUnscored,
      signConflicts,
      ratings,
      ratingsScored,
      ratingsUnscored,
      detected: detectedPositive + detectedNegative,
      detectedPositive,
      detectedNegative,
      notApplicable,
      detectedMatched: totals.detectedMatched,
      detectedUnmatched: totals.detected - totals.detectedMatched,
      invalidMatches,
    },
    perMetric: [...perMetric.values()],
  };
  if (options.bootstrap) result.intervals = bootstrapIntervals({ items: itemCounts, ...options.bootstrap });
  return result;
}

function pairKey(itemId: string, metricId: string): string {
  return JSON.stringify([itemId, metricId]);
}

function splitKey(key: string): [string, string] {
  return JSON.parse(key) as [string, string];
}

function ratio(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : numerator / denominator;
}

function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((sum, value) => sum + value, 0) / values.length;
}

function emptyItemCounts(): ItemCounts {
  return { aspects: 0, covered: 0, positive: 0, positiveCovered: 0, negative: 0, negativeCovered: 0, detected: 0, detectedMatched: 0 };
}

function emptyMetricStats(metricId: string): PerMetricStats {
  return { metricId, positive: 0, negative: 0, notApplicable: 0, unscored: 0, passRate: null, naRate: null, matchedAspects: 0, detectedMatched: 0, redundancy: null };
}

export function sumCounts(items: readonly ItemCounts[]): ItemCounts {
  const total = emptyItemCounts();
  for (const counts of items) for (const key of Object.keys(total) as (keyof ItemCounts)[]) total[key] += counts[key];
  return total;
}
