import { describe, expect, it } from 'vitest';
import { closingSign } from './closing-sign.ts';

describe('closingSign', () => {
  it('reads a short polar last clause as the sign-off of the whole critique', () => {
    const sign = (...clauses: string[]) => closingSign(clauses).sign;
    expect([
      sign('answered in Italian', 'Thanks!'),
      sign('answered in Italian', 'Great job'),
      sign('risposta in italiano', 'Grazie'),
      sign('answered in Italian', '👍'),
      sign('answered in Italian', 'Please fix'),
      sign('answered in Italian', 'Thanks anyway'),
      sign('answered in Italian', 'Do better'),
      sign('answered in Italian', 'it also said the delivery would take three days'),
      sign('Thanks!'),
    ]).toEqual(['positive', 'positive', 'positive', 'positive', 'negative', 'negative', 'negative', undefined, undefined]);
    expect([...closingSign(['a', 'Cheers']).indices]).toEqual([1]);
  });

  it('reads a short polar opening as the verdict when the sign-off is bare thanks or absent', () => {
    expect(closingSign(['Overall not great', 'It clicked the disabled button three times', 'Thanks']).sign).toBe('negative');
    expect(closingSign(['Pretty good run overall', 'it opened the first result']).sign).toBe('positive');
    // The sign-off beats the opening when both are verdicts; a seven-word verdict is not a bare sign-off.
    expect(closingSign(['Pretty good run overall', 'it opened the first result', 'Would not trust it with this yet'])).toEqual({ sign: 'negative', indices: new Set() });
  });
});
