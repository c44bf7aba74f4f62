import { describe, expect, it } from 'vitest';
import type { VoteChoice } from '../vote/vote-value.ts';
import { countVotes, voteValue } from '../vote/vote-value.ts';
import { predictPair } from './predict-pair.ts';
import { selectPrinciples } from './select-principles.ts';

// Six pairs. R1 selects the preferred side of p1–p4; R2 is redundant with it (p1–p3); R3 covers p5 only;
// R4 is wrong on p6 and right on p5 (net 0 there). By votes R1 > R2 > R3 = R4; jointly R1 + R3 is best.
const labels = { p1: 'a', p2: 'b', p3: 'a', p4: 'b', p5: 'a', p6: 'b' } as const;
const rows: Record<string, Partial<Record<keyof typeof labels, VoteChoice>>> = {
  r1: { p1: 'a', p2: 'b', p3: 'a', p4: 'b' },
  r2: { p1: 'a', p2: 'b', p3: 'a' },
  r3: { p5: 'a' },
  r4: { p5: 'a', p6: 'a' },
};
const pairs = Object.entries(labels).map(([id, preferred]) => ({ id, preferred }));
const matrix = new Map(Object.entries(rows).map(([principle, row]) => [principle, new Map(pairs.map((pair) => [pair.id, row[pair.id as keyof typeof labels] ?? 'none']))]));
const counts = countVotes(Object.entries(rows).flatMap(([principleId]) => pairs.map((pair) => ({ principleId, vote: voteValue(matrix.get(principleId)!.get(pair.id)!, pair.preferred) }))));

describe('selectPrinciples', () => {
  it('predicts by net vote of applicable principles', () => {
    expect(pairs.map((pair) => predictPair(['r1', 'r4'], pair.id, matrix))).toEqual(['a', 'b', 'a', 'b', 'a', 'a']);
    expect(predictPair([], 'p1', matrix)).toBe('undecided');
  });

  it('top-k by votes keeps the redundant rule; greedy does not', () => {
    expect(selectPrinciples({ principleIds: ['r1', 'r2', 'r3', 'r4'], counts, matrix, pairs, size: 2, method: 'votes' })).toEqual({ selected: ['r1', 'r2'], path: [5 / 6, 5 / 6] });
    expect(selectPrinciples({ principleIds: ['r1', 'r2', 'r3', 'r4'], counts, matrix, pairs, size: 2, method: 'greedy' })).toEqual({ selected: ['r1', 'r3'], path: [5 / 6, 5.5 / 6] });
  });

  it('greedy stops when nothing raises agreement, short of the size asked', () => {
    expect(selectPrinciples({ principleIds: ['r1', 'r2', 'r3', 'r4'], counts, matrix, pairs, size: 5 }).selected).toEqual(['r1', 'r3']);
  });
});
