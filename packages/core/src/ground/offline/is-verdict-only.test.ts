import { describe, expect, it } from 'vitest';
import { isVerdictOnly } from './is-verdict-only.ts';

describe('isVerdictOnly', () => {
  it('recognises grades of the run or of the answer as a whole', () => {
    for (const clause of ['Mixed run', 'Watched the replay', 'wrong answer', 'This is a good answer', 'Incorrect', 'correct answer', 'The answer is wrong']) {
      expect(isVerdictOnly(clause), clause).toBe(true);
    }
  });

  it('keeps clauses that say what was wrong or right', () => {
    for (const clause of ['the answer is too long', 'This answer is WAY TOO much', 'answered in German', 'wrong units', 'wrong quantity', 'the base case is wrong', 'no.']) {
      expect(isVerdictOnly(clause), clause).toBe(false);
    }
  });
});
