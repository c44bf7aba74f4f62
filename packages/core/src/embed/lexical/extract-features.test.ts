import { describe, expect, it } from 'vitest';
import { extractFeatures } from './extract-features.ts';

describe('extractFeatures', () => {
  it('gives stems, stem bigrams and marked character n-grams, unweighted by default', () => {
    const features = extractFeatures('Emojis everywhere');
    expect(features.words).toEqual(['emoji', 'everywher', 'emoji everywher']);
    expect(features.characters.slice(0, 4)).toEqual(['<em', 'emo', 'moj', 'oji']);
    expect(features.wordWeights).toBeUndefined();
  });

  it('weights the word, bigram and character features of topic words', () => {
    const features = extractFeatures('forgot the water litres', { stemWeights: new Map([['water', 0.25]]) });
    expect(features.words).toEqual(['forgot', 'water', 'litr', 'forgot water', 'water litr']);
    expect(features.wordWeights).toEqual([1, 0.25, 1, 0.25, 0.25]);
    expect(features.characters.filter((_, index) => features.characterWeights![index] !== 1)).toEqual(['<wa', 'wat', 'ate', 'ter', 'er>', '<wat', 'wate', 'ater', 'ter>', '<wate', 'water', 'ater>']);
    expect(extractFeatures('forgot the water litres', { stemWeights: new Map([['water', 1]]) })).toEqual(extractFeatures('forgot the water litres'));
  });
});
