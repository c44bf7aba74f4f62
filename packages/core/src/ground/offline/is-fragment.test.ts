import { describe, expect, it } from 'vitest';
import { contentTokens } from '../../text/content-tokens.ts';
import { asksAfterOmission, isFragment } from './is-fragment.ts';

const fragment = (clause: string, signScore = 0) => isFragment(clause, contentTokens(clause).length, signScore);

describe('isFragment', () => {
  it('recognises fragments with fewer than two content words and no sign', () => {
    expect(fragment('ft')).toBe(true);
    expect(fragment('till 11am')).toBe(true);
    expect(fragment('For example')).toBe(true);
    expect(fragment('Antoher thing')).toBe(true);
  });

  it('keeps short clauses with a sign, the assistant, a question or a grade', () => {
    expect(fragment('too long', -1.5)).toBe(false);
    expect(fragment('rude', -1)).toBe(false);
    expect(fragment('answered in Portuguese')).toBe(false);
    expect(fragment('felt listened to for once')).toBe(false);
    expect(fragment('What about the $1.00 coupon?')).toBe(false);
    expect(fragment('Very comprehensive')).toBe(false);
    expect(fragment('even the decimals were right')).toBe(false);
    expect(fragment('should keep doing what they are doing')).toBe(false);
  });

  it('reads a question after something left out', () => {
    expect(asksAfterOmission('what about the 3 bags already in the shed')).toBe(true);
    expect(asksAfterOmission('the coupon')).toBe(false);
  });
});
