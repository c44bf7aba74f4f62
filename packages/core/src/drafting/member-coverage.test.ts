import { describe, expect, it } from 'vitest';
import { memberCoverage } from './member-coverage.ts';

describe('memberCoverage', () => {
  const members = ['quoted the FAQ instead of checking my order', 'did not check my order', 'never checked the order number', 'trim it down', 'trim it down'];

  it('is the share of the other members that share a content word with the candidate', () => {
    expect(memberCoverage(members)('did not check my order')).toBe(0.5);
    // The candidate itself is left out once; its twin still counts.
    expect(memberCoverage(members)('trim it down')).toBe(0.25);
  });

  it('is 0 for a candidate without content words or a cluster of one', () => {
    expect(memberCoverage(members)('it was')).toBe(0);
    expect(memberCoverage(['did not check my order'])('did not check my order')).toBe(0);
  });
});
