import { describe, expect, it } from 'vitest';
import { clusteringAgreement } from './clustering-agreement.ts';

describe('clusteringAgreement', () => {
  it('matches scikit-learn on a refinement (NMI 0.8, ARI 4/7)', () => {
    const agreement = clusteringAgreement(['a', 'a', 'b', 'b'], ['0', '0', '1', '2']);
    expect(agreement.normalizedMutualInformation).toBeCloseTo(0.8, 12);
    expect(agreement.adjustedRandIndex).toBeCloseTo(4 / 7, 12);
  });

  it('is 1 for identical partitions whatever the label names, and about 0 for independent ones', () => {
    expect(clusteringAgreement(['a', 'a', 'b', 'c'], ['x', 'x', 'y', 'z'])).toEqual({ normalizedMutualInformation: 1, adjustedRandIndex: 1 });
    const independent = clusteringAgreement(['a', 'a', 'b', 'b'], ['x', 'y', 'x', 'y']);
    expect(independent.normalizedMutualInformation).toBeCloseTo(0, 12);
    expect(independent.adjustedRandIndex).toBeCloseTo(-0.5, 12);
  });

  it('rejects partitions of different lengths', () => {
    expect(() => clusteringAgreement(['a'], [])).toThrow(RangeError);
  });
});
