import { describe, expect, it } from 'vitest';
import { failedFilterRules, filterPrinciples } from '../filter/filter-principles.ts';
import { aggregateSeedVotes } from './aggregate-seed-votes.ts';
import { countVotes, voteValue } from './vote-value.ts';

describe('vote counting', () => {
  it('maps choices relative to the label and keeps neither apart from both', () => {
    expect((['a', 'b', 'none', 'both', 'neither', 'invalid'] as const).map((choice) => [voteValue(choice, 'a'), voteValue(choice, 'b')])).toEqual([
      ['for', 'against'],
      ['against', 'for'],
      ['abstain', 'abstain'],
      ['both', 'both'],
      ['neither', 'neither'],
      ['invalid', 'invalid'],
    ]);
  });

  it('counts every vote in exactly one bucket (hand-computed)', () => {
    const votes = [
      { principleId: 'r1', vote: 'for' },
      { principleId: 'r1', vote: 'for' },
      { principleId: 'r1', vote: 'against' },
      { principleId: 'r1', vote: 'neither' },
      { principleId: 'r1', vote: 'neither' },
      { principleId: 'r1', vote: 'both' },
      { principleId: 'r1', vote: 'invalid' },
      { principleId: 'r2', vote: 'abstain' },
    ] as const;
    expect(Object.fromEntries(countVotes(votes))).toEqual({
      r1: { for: 2, against: 1, abstain: 0, both: 1, neither: 2, invalid: 1 },
      r2: { for: 0, against: 0, abstain: 1, both: 0, neither: 0, invalid: 0 },
    });
  });
});

describe('filter thresholds (reference defaults)', () => {
  const counts = (partial: Partial<Record<'for' | 'against' | 'abstain' | 'both' | 'neither' | 'invalid', number>>) => ({ for: 0, against: 0, abstain: 0, both: 0, neither: 0, invalid: 0, ...partial });

  it('majority true: for > against (a draw fails)', () => {
    expect(failedFilterRules(counts({ for: 3, against: 3, abstain: 4 }))).toEqual(['majority-true']);
    expect(failedFilterRules(counts({ for: 4, against: 3, abstain: 3 }))).toEqual([]);
  });

  it('minimum relevance: (for + against) / total ≥ 10 %, and minimum support: for / total ≥ 10 %', () => {
    // total 20: relevant 2 → 10 % passes; for 2 → 10 % passes.
    expect(failedFilterRules(counts({ for: 2, abstain: 18 }))).toEqual([]);
    // total 21: relevant 2 → 9.5 % fails both.
    expect(failedFilterRules(counts({ for: 2, abstain: 19 }))).toEqual(['min-relevance', 'min-support']);
    // relevance alone (the paper's reading) would keep for 1 / against 0 of 10; support 10 % too.
    expect(failedFilterRules(counts({ for: 1, abstain: 9 }), { majorityTrue: true, minRelevance: 0.1, minSupport: 0, majorityValid: true })).toEqual([]);
  });

  it('majority valid: invalid < for + against + abstain', () => {
    expect(failedFilterRules(counts({ for: 2, against: 1, abstain: 1, invalid: 4 }))).toEqual(['majority-valid']);
    expect(failedFilterRules(counts({ for: 2, against: 1, abstain: 1, invalid: 3 }))).toEqual([]);
  });

  it('a principle without votes fails every rule; survivors keep their order', () => {
    const { kept, rejected } = filterPrinciples({ principles: [{ id: 'b' }, { id: 'a' }, { id: 'c' }], counts: new Map([['a', counts({ for: 5 })], ['b', counts({ for: 3, against: 1 })]]) });
    expect(kept.map((principle) => principle.id)).toEqual(['b', 'a']);
    expect(rejected).toEqual([{ principle: { id: 'c' }, failed: ['majority-true', 'min-relevance', 'min-support', 'majority-valid'] }]);
  });
});

describe('aggregateSeedVotes', () => {
  const vote = (pairId: string, choice: 'a' | 'b' | 'none' | 'invalid', flipped = false) => ({ pairId, principleId: 'r', choice, vote: voteValue(choice, 'a'), flipped, split: 'selection' as const });
  const labels = new Map([['p1', 'a' as const], ['p2', 'a' as const], ['p3', 'a' as const]]);
  // Three seeds: p1 a/a/a, p2 a/a/b, p3 invalid/a/invalid.
  const seeds = [
    [vote('p1', 'a', true), vote('p2', 'a'), vote('p3', 'invalid')],
    [vote('p1', 'a'), vote('p2', 'a'), vote('p3', 'a')],
    [vote('p1', 'a'), vote('p2', 'b'), vote('p3', 'invalid')],
  ];
  it('unanimous: any disagreement abstains; invalid seeds are left out', () => {
    expect(aggregateSeedVotes(seeds, labels, 'unanimous').map((entry) => [entry.pairId, entry.choice, entry.vote, entry.flipped])).toEqual([
      ['p1', 'a', 'for', true],
      ['p2', 'none', 'abstain', false],
      ['p3', 'a', 'for', false],
    ]);
  });
  it('majority: more than half of the valid seeds', () => {
    expect(aggregateSeedVotes(seeds, labels, 'majority').map((entry) => entry.vote)).toEqual(['for', 'for', 'for']);
    expect(aggregateSeedVotes([[vote('p1', 'invalid')], [vote('p1', 'invalid')]], labels, 'majority').map((entry) => entry.vote)).toEqual(['invalid']);
  });
});
