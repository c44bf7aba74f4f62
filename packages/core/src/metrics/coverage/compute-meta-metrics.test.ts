import { describe, expect, it } from 'vitest';
import { computeMetaMetrics, type MetaMetricsAspect } from './compute-meta-metrics.ts';
import type { Match } from '../../schemas/match.ts';
import type { Trait } from '../../schemas/trait.ts';

const scored = (itemId: string, metricId: string, rating: -1 | 0 | 1): Trait => ({ itemId, metricId, engine: 'llm', status: 'scored', rating, reasoning: 'r' });
const unscored = (itemId: string, metricId: string): Trait => ({ itemId, metricId, engine: 'llm', status: 'unscored', reason: 'parse_error' });
const match = (aspect: MetaMetricsAspect, metricId: string | null, extra: Partial<Match> = {}): Match => ({
  itemId: aspect.itemId,
  aspectId: aspect.id,
  sign: aspect.sign,
  metricId,
  rationale: 'r',
  candidateMetricIds: [],
  engine: 'llm',
  status: metricId === null ? 'unmatched' : 'matched',
  ...extra,
});

describe('computeMetaMetrics', () => {
  // Three held-out items, four metrics.
  //        m1   m2        m3   m4
  //   i1   +1   −1         0   −1
  //   i2   −1   unscored  +1    0
  //   i3   unscored on every metric (the judge call failed)
  const traits: Trait[] = [
    scored('i1', 'm1', 1), scored('i1', 'm2', -1), scored('i1', 'm3', 0), scored('i1', 'm4', -1),
    scored('i2', 'm1', -1), unscored('i2', 'm2'), scored('i2', 'm3', 1), scored('i2', 'm4', 0),
    unscored('i3', 'm1'), unscored('i3', 'm2'), unscored('i3', 'm3'), unscored('i3', 'm4'),
  ];
  const aspect = (id: string, itemId: string, sign: 'positive' | 'negative'): MetaMetricsAspect => ({ id, itemId, sign });
  const a1 = aspect('a1', 'i1', 'positive');
  const a2 = aspect('a2', 'i1', 'negative');
  const a3 = aspect('a3', 'i1', 'negative');
  const a8 = aspect('a8', 'i1', 'negative');
  const a9 = aspect('a9', 'i1', 'positive');
  const a4 = aspect('a4', 'i2', 'positive');
  const a5 = aspect('a5', 'i2', 'negative');
  const a6 = aspect('a6', 'i2', 'negative');
  const a10 = aspect('a10', 'i2', 'negative');
  const a7 = aspect('a7', 'i3', 'positive');
  const matches: Match[] = [
    match(a1, 'm1'),
    match(a2, 'm2'),
    match(a3, 'm2'), // one trait absorbs two aspects
    match(a8, 'm2'), // a multi-metric match: a8 explains both m2 and m4 on i1
    match(a8, 'm4'),
    match(a9, 'm2'), // invalid: m2 is −1 on i1 but a9 is positive → ignored, a9 uncovered
    match(a4, 'm3'),
    match(a5, null, { signConflict: true, conflictMetricId: 'm3' }), // negative critique of a +1 trait
    match(a6, null, { status: 'unscored', reason: 'parse_error' }), // matcher reply unusable → left out
    match(a10, null),
    // a7 is on i3, whose every rating is unscored → left out, no match record needed
  ];
  const result = computeMetaMetrics({
    itemIds: ['i1', 'i2', 'i3'],
    metricIds: ['m1', 'm2', 'm3', 'm4'],
    aspects: [a1, a2, a3, a8, a9, a4, a5, a6, a10, a7],
    traits,
    matches,
  });

  it('computes micro coverage by sign, leaving unscored aspects out', () => {
    // A (evaluated) = a1 a2 a3 a8 a9 | a4 a5 a10 = 8   (a6: unscored match, a7: unscored item)
    // covered       = a1 a2 a3 a8    | a4         = 5   → coverage 5/8
    // A⁺ = a1 a9 a4 = 3, covered a1 a4 = 2 → 2/3;  A⁻ = a2 a3 a8 a5 a10 = 5, covered a2 a3 a8 = 3 → 3/5
    expect(result.coverage).toBe(5 / 8);
    expect(result.coveragePositive).toBe(2 / 3);
    expect(result.coverageNegative).toBe(3 / 5);
    expect(result.counts.aspectsUnscored).toBe(2);
    expect(result.counts.signConflicts).toBe(1);
    expect(result.counts.invalidMatches).toBe(1);
  });

  it('computes redundancy over detected ratings only', () => {
    // D_i1 = {m1, m2, m4} (m3 is N/A), D_i2 = {m1, m3} (m2 unscored, m4 N/A), D_i3 = ∅ (unscored)
    // matched: (i1,m1) a1, (i1,m2) a2 a3 a8, (i1,m4) a8, (i2,m3) a4 → unmatched: (i2,m1) → 1/5
    // (the reference's denominator, items × N = 12, would have given 8/12)
    expect(result.redundancy).toBe(1 / 5);
    expect(result.counts.detected).toBe(5);
    expect(result.counts.detectedPositive).toBe(2);
    expect(result.counts.detectedNegative).toBe(3);
  });

  it('reports N/A and unscored rates with unscored ratings out of the N/A denominator', () => {
    // 12 ratings, 5 unscored (i2 m2 + four on i3) → 7 scored, 2 of them 0 → N/A 2/7, unscored 5/12
    expect(result.naRate).toBe(2 / 7);
    expect(result.unscoredCount).toBe(5);
    expect(result.unscoredRate).toBe(5 / 12);
  });

  it('computes macro variants per item', () => {
    // coverage: i1 4/5, i2 1/3 → (0.8 + 1/3) / 2;  redundancy: i1 0/3, i2 1/2 → 0.25 (i3 has no detections)
    expect(result.macroCoverage).toBeCloseTo((0.8 + 1 / 3) / 2, 12);
    expect(result.macroRedundancy).toBe(0.25);
  });

  it('reports per-metric pass, N/A and redundancy rates', () => {
    expect(result.perMetric).toEqual([
      // m1: +1 on i1, −1 on i2 → pass 1/2; only (i1,m1) matched → redundancy 1/2
      { metricId: 'm1', positive: 1, negative: 1, notApplicable: 0, unscored: 1, passRate: 0.5, naRate: 0, matchedAspects: 1, detectedMatched: 1, redundancy: 0.5 },
      // m2: −1 on i1 (matched by a2 a3 a8), unscored on i2 and i3
      { metricId: 'm2', positive: 0, negative: 1, notApplicable: 0, unscored: 2, passRate: 0, naRate: 0, matchedAspects: 3, detectedMatched: 1, redundancy: 0 },
      // m3: N/A on i1, +1 on i2 (matched by a4) → N/A 1/2
      { metricId: 'm3', positive: 1, negative: 0, notApplicable: 1, unscored: 1, passRate: 1, naRate: 0.5, matchedAspects: 1, detectedMatched: 1, redundancy: 0 },
      // m4: −1 on i1 (matched by a8), N/A on i2
      { metricId: 'm4', positive: 0, negative: 1, notApplicable: 1, unscored: 1, passRate: 0, naRate: 0.5, matchedAspects: 1, detectedMatched: 1, redundancy: 0 },
    ]);
  });

  it('returns null, not 0, when a denominator is empty', () => {
    const empty = computeMetaMetrics({ itemIds: ['i1'], metricIds: ['m1', 'm2'], aspects: [], traits: [scored('i1', 'm1', 0), scored('i1', 'm2', 0)], matches: [] });
    // |A| = 0 → coverage null; Σ|D_i| = 0 → redundancy null; both ratings N/A → 2/2
    expect([empty.coverage, empty.coveragePositive, empty.coverageNegative, empty.redundancy, empty.macroCoverage, empty.macroRedundancy]).toEqual([null, null, null, null, null, null]);
    expect(empty.naRate).toBe(1);
    expect(empty.perMetric[0]!.passRate).toBeNull();
    const nothing = computeMetaMetrics({ itemIds: [], metricIds: [], aspects: [], traits: [], matches: [] });
    expect([nothing.naRate, nothing.unscoredRate]).toEqual([null, null]);
  });

  it('counts a missing rating as unscored', () => {
    // i1 has m1 = −1 and no record for m2 → 2 ratings, 1 unscored; one negative aspect matched to m1
    const partial = computeMetaMetrics({
      itemIds: ['i1'],
      metricIds: ['m1', 'm2'],
      aspects: [a2],
      traits: [scored('i1', 'm1', -1)],
      matches: [match(a2, 'm1')],
    });
    expect([partial.coverage, partial.redundancy, partial.unscoredRate, partial.naRate]).toEqual([1, 0, 0.5, 0]);
  });

  it('rejects aspects on items that were not judged', () => {
    expect(() => computeMetaMetrics({ itemIds: ['i1'], metricIds: ['m1'], aspects: [a4], traits: [], matches: [] })).toThrow(/not among the judged items/);
  });

  it('adds seeded bootstrap intervals that bracket the point estimate', () => {
    const options = { itemIds: ['i1', 'i2', 'i3'], metricIds: ['m1', 'm2', 'm3', 'm4'], aspects: [a1, a2, a3, a8, a9, a4, a5, a6, a10, a7], traits, matches };
    const first = computeMetaMetrics({ ...options, bootstrap: { seed: 7, samples: 200 } });
    const second = computeMetaMetrics({ ...options, bootstrap: { seed: 7, samples: 200 } });
    expect(first.intervals).toEqual(second.intervals);
    // Resampling i1 and i2 only: coverage ranges from 1/3 (i2 only) to 4/5 (i1 only).
    expect(first.intervals!.coverage!.low).toBeGreaterThanOrEqual(1 / 3);
    expect(first.intervals!.coverage!.high).toBeLessThanOrEqual(0.8);
    expect(first.intervals!.coverage!.low).toBeLessThan(5 / 8);
    expect(first.intervals!.coverage!.high).toBeGreaterThan(5 / 8);
  });
});
