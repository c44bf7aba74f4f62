import { describe, expect, it } from 'vitest';
import { contentTokens } from '../../text/content-tokens.ts';
import type { FeedbackContext } from '../../schemas/feedback.ts';
import { classifyClause } from './classify-clause.ts';
import { scoreSign } from './detect-sign.ts';

const classify = (quote: string, context?: FeedbackContext) =>
  classifyClause({ quote, onlyFiller: false, contentWords: contentTokens(quote).length, signScore: scoreSign(quote) }, context);
const cats = { prompt: 'Gary is a furry guinea pig. The tank holds 50 litres. How long does it take to fill it at 5 litres a minute?' };

describe('classifyClause', () => {
  it('names each kind of clause that is not a behaviour', () => {
    expect(classify('the correct answer is 44/4=11')).toBe('critic-answer');
    expect(classify('should be 3 hours')).toBe('critic-answer');
    expect(classify('= 11')).toBe('critic-answer');
    expect(classify('gary is furry', cats)).toBe('restated-fact');
    expect(classify('ft')).toBe('fragment');
    expect(classify('till 11am')).toBe('fragment');
    expect(classify('My gaming chair stopped working after a week, which is annoying enough on its own')).toBe('own-problem');
    expect(classify('the parcel arrived damaged')).toBe('own-problem');
    expect(classify('I ordered a blender last week')).toBe('own-story');
    expect(classify('I checked it with a calculator')).toBe('own-story');
    expect(classify('I worked this out on paper first')).toBe('own-story');
    expect(classify('Mixed run')).toBe('verdict');
    expect(classify('32x3=104 is incorrect')).toBe('behaviour');
    expect(classify('wrong')).toBe('verdict');
  });

  it('keeps behaviours that look like them', () => {
    expect(classify('it said the tank holds 40 litres', cats)).toBe('behaviour');
    expect(classify('answered 12 instead of 11')).toBe('behaviour');
    expect(classify('it never looked up my order')).toBe('behaviour');
    expect(classify('the base case is wrong')).toBe('behaviour');
    expect(classify('I checked and it gave a different answer')).toBe('behaviour');
    expect(classify('I checked it with a calculator and it is wrong')).toBe('behaviour');
    expect(classify('Ich habe auf Deutsch geschrieben und die Antwort kam auf Englisch')).toBe('behaviour');
    expect(classify('I run a small bakery and we order from you every month')).toBe('own-story');
    expect(classify('too long')).toBe('behaviour');
    expect(classify('I think that there is more that should be known')).toBe('behaviour');
    expect(classify('the answer is about chlorine (bleach)')).toBe('behaviour');
  });
});

describe('classifyClause, what the assistant said with a number', () => {
  it('keeps "It said 12" as the behaviour the critic\'s answer corrects', () => {
    expect(classify('It said 12')).toBe('behaviour');
    expect(classify('it answered 12')).toBe('behaviour');
    expect(classify('wrong')).toBe('verdict');
  });
});
