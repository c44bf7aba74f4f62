import { describe, expect, it } from 'vitest';
import { adjustedRandIndex } from './adjusted-rand-index.ts';
import { normalizedMutualInformation } from './normalized-mutual-information.ts';

describe('adjustedRandIndex', () => {
  it('is 1 for the same partition under other label names', () => {
    expect(adjustedRandIndex([0, 0, 1, 1, -1], [5, 5, 2, 2, 9])).toBe(1);
  });

  it('matches hand-computed values', () => {
    // Pairs together: index 1 (the {0,1} pair); row pairs 2, column pairs 1, all pairs 6 → (1 − 1/3) / (1.5 − 1/3).
    expect(adjustedRandIndex([0, 0, 1, 1], [0, 0, 1, 2])).toBeCloseTo(4 / 7, 12);
    // One cluster against all singletons: nothing in common beyond chance.
    expect(adjustedRandIndex([0, 0, 0, 0], [0, 1, 2, 3])).toBe(0);
    expect(adjustedRandIndex([0, 0, 1, 1], [0, 1, 0, 1])).toBeCloseTo(-0.5, 12);
  });

  it('treats the degenerate cases as perfect agreement, as scikit-learn does', () => {
    expect(adjustedRandIndex([], [])).toBe(1);
    expect(adjustedRandIndex([3], [4])).toBe(1);
    expect(adjustedRandIndex([1, 1, 1], [2, 2, 2])).toBe(1);
  });

  it('rejects labelings of different lengths', () => {
    expect(() => adjustedRandIndex([0], [0, 1])).toThrow(RangeError);
  });
});

describe('normalizedMutualInformation', () => {
  it('matches a hand-computed value', () => {
    // MI = ln 2; H = ln 2 and 1.5 ln 2; arithmetic mean 1.25 ln 2 → 0.8.
    expect(normalizedMutualInformation([0, 0, 1, 1], [0, 0, 1, 2])).toBeCloseTo(0.8, 12);
  });

  it('is 1 for identical partitions and 0 for independent ones', () => {
    expect(normalizedMutualInformation([1, 1, 2, 2, -1], [7, 7, 3, 3, 0])).toBeCloseTo(1, 12);
    expect(normalizedMutualInformation([0, 0, 1, 1], [0, 1, 0, 1])).toBeCloseTo(0, 12);
    expect(normalizedMutualInformation([4, 4], [1, 1])).toBe(1);
  });
});
