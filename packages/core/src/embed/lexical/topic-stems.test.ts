import { describe, expect, it } from 'vitest';
import { contextStems, topicStems } from './topic-stems.ts';

describe('topicStems', () => {
  it('finds the words a text shares with its context, quoted words kept out', () => {
    const stems = contextStems('How much water is left in the tank? Answer: "I did not understand the water question"');
    expect([...topicStems({ text: 'it replied "I did not understand" about the water tank', contextStems: stems })]).toEqual(['water', 'tank']);
    expect([...topicStems({ text: 'it replied "I did not understand" about the water tank', contextStems: stems, keepQuotedWords: false })].sort()).toEqual(['tank', 'understand', 'water']);
  });
});
