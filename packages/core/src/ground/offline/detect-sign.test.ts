import { describe, expect, it } from 'vitest';
import { scoreSign, signFromRating } from './detect-sign.ts';

const signOf = (clause: string) => (scoreSign(clause) > 0 ? 'positive' : scoreSign(clause) < 0 ? 'negative' : 'undecided');

describe('scoreSign', () => {
  it('reads complaints, praise, negation, prohibitions, requests and verdicts', () => {
    const clauses = [
      'way too long',
      'super clear steps, loved it',
      'not helpful at all',
      'never made me repeat myself',
      "don't use emojis in a legal email",
      'please keep it short',
      'keep it up',
      'should have escalated to a human',
      'a little empathy would have been nice',
      'why are there emojis in a complaint??',
      'zero empathy',
      'no fluff, answered in one line',
      'it ignored my order number Thanks anyway',
      'Not gonna lie, the handoff was seamless',
      'answered in Portuguese',
      'cancelled without a sales pitch 👍',
      'the reply I got 😊 was full of 🙌 emojis 👎',
      'Très poli, merci',
      'Respuesta fría, sin ninguna empatía',
      'Die Antwort war falsch',
    ];
    expect(Object.fromEntries(clauses.map((clause) => [clause, signOf(clause)]))).toMatchInlineSnapshot(`
      {
        "Die Antwort war falsch": "negative",
        "Not gonna lie, the handoff was seamless": "positive",
        "Respuesta fría, sin ninguna empatía": "negative",
        "Très poli, merci": "positive",
        "a little empathy would have been nice": "negative",
        "answered in Portuguese": "undecided",
        "cancelled without a sales pitch 👍": "positive",
        "don't use emojis in a legal email": "negative",
        "it ignored my order number Thanks anyway": "negative",
        "keep it up": "positive",
        "never made me repeat myself": "positive",
        "no fluff, answered in one line": "positive",
        "not helpful at all": "negative",
        "please keep it short": "negative",
        "should have escalated to a human": "negative",
        "super clear steps, loved it": "positive",
        "the reply I got 😊 was full of 🙌 emojis 👎": "negative",
        "way too long": "negative",
        "why are there emojis in a complaint??": "negative",
        "zero empathy": "negative",
      }
    `);
  });
});

describe('signFromRating', () => {
  it('takes thumbs and non-positive numbers from ratings, and nothing from numbers on unknown scales', () => {
    expect([signFromRating('up'), signFromRating('down'), signFromRating(0), signFromRating(-1), signFromRating(5), signFromRating(undefined)]).toEqual([
      'positive',
      'negative',
      'negative',
      'negative',
      undefined,
      undefined,
    ]);
  });
});

describe('scoreSign: absence and contrast', () => {
  it('reads the absence of a chore as praise and negated pains as relief', () => {
    expect(['Answered in Italian, no translator needed', 'it sorted it out without having to ask twice', 'did not panic', 'no hassle at all'].map(signOf)).toEqual(['positive', 'positive', 'positive', 'positive']);
  });

  it('reads "instead of" as a miss unless the clause opens with praise', () => {
    expect(signOf('it used emojis instead of a formal greeting')).toBe('negative');
    expect(signOf('Liked that it matched my formal tone instead of using emojis')).toBe('positive');
  });
});
