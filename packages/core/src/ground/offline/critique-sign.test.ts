import { describe, expect, it } from 'vitest';
import { critiqueSign } from './critique-sign.ts';

const aspects = (...signs: Array<'positive' | 'negative'>) => signs.map((sign) => ({ sign }));

describe('critiqueSign', () => {
  it('takes the sign most aspects have, negative on a tie, nothing without aspects', () => {
    expect([
      critiqueSign(aspects('positive')),
      critiqueSign(aspects('positive', 'positive', 'negative')),
      critiqueSign(aspects('negative', 'positive', 'negative')),
      critiqueSign(aspects('positive', 'negative')),
      critiqueSign([]),
    ]).toEqual(['positive', 'positive', 'negative', 'negative', undefined]);
  });
});
