import { describe, expect, it } from 'vitest';
import { isOwnProblem } from './is-own-problem.ts';

describe('isOwnProblem', () => {
  it('recognises the critic’s own product, delivery or life problem, complaint words and all', () => {
    expect(isOwnProblem('my gaming chair stopped working after a week, which is annoying enough on its own')).toBe(true);
    expect(isOwnProblem('the parcel arrived damaged')).toBe(true);
    expect(isOwnProblem('I bought a laptop stand a month ago and it is missing a part')).toBe(true);
    expect(isOwnProblem('I ordered a coffee grinder for my sister’s birthday and it was charged twice')).toBe(true);
  });

  it('keeps clauses about the assistant', () => {
    expect(isOwnProblem('it never looked up my order')).toBe(false);
    expect(isOwnProblem('the link it sent was broken')).toBe(false);
    expect(isOwnProblem('a 🎉 emoji when I’m complaining that my baby monitor never arrived?')).toBe(false);
    expect(isOwnProblem('the bot said my parcel had arrived')).toBe(false);
    expect(isOwnProblem('check the delivery status')).toBe(false);
  });
});
