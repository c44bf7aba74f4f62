import { describe, expect, it } from 'vitest';
import { isCriticAnswer } from './is-critic-answer.ts';

describe('isCriticAnswer', () => {
  it('recognises the critic’s own answer or working', () => {
    for (const clause of [
      'the correct answer is 44/4=11',
      'The correct answer is Paris',
      'real answer $13.55',
      'the correct answer is 50-5.8=44.2 not helpful',
      'It should be 50-5.6=44.4 incorrect',
      'should be 3 hours',
      'It should be 16, not 18',
      'its 1.5 hours',
      '= 11',
      '44/4=11',
      '5 + 3 = 8 apples',
      '3 hours',
      'it holds 50',
      'Switch the >= with !=',
      'result = []',
    ]) {
      expect(isCriticAnswer(clause), clause).toBe(true);
    }
  });

  it('leaves behaviours alone: the assistant’s act, a quoted wrong step, a grade, a place in the response', () => {
    for (const clause of [
      'answered 12 instead of 11',
      'it said the tank holds 40 litres',
      'the correct answer is never given',
      'The correct answer is in the second paragraph',
      'the answer is too long',
      '3x30=100??',
      '16x3=56 is a mistake',
      'got the numbers right, 50-11.6=38.4',
      'fib(n-1) is wrong',
      '32x3=104 is incorrect',
      'the reply was 3 paragraphs too long',
      'it never looked up my order',
      'the base case is wrong',
      'till 11am',
      'ft',
    ]) {
      expect(isCriticAnswer(clause), clause).toBe(false);
    }
  });
});
