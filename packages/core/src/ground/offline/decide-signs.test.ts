import { describe, expect, it } from 'vitest';
import { feedbackSchema, type Rating } from '../../schemas/feedback.ts';
import { decideSigns } from './decide-signs.ts';
import { splitClauses } from './split-clauses.ts';
import { groundOffline } from './ground-offline.ts';

/** Each clause of the critique with the sign decided for it. */
function signs(critique: string, rating?: Rating): string[] {
  const clauses = splitClauses(critique);
  const decided = decideSigns({ critique, clauses, rating });
  return clauses.map((span, index) => `${decided[index] === 'positive' ? '+' : '-'} ${critique.slice(span.start, span.end)}`);
}

describe('decideSigns', () => {
  it('reads the praise the old rules filed as complaints (support fixture)', () => {
    expect(signs('Hey team, Quick, direct answer without the usual wall of text! Keep it up.')[0]).toBe('+ Hey team, Quick, direct answer without the usual wall of text!');
    expect(signs('Well. accepted that I wanted to cancel without pushing Gold Thank you.', 5).at(-1)).toBe('+ accepted that I wanted to cancel without pushing Gold Thank you');
    expect(signs('Tono formal y sin emojis, muy bien.')).toEqual(['+ Tono formal y sin emojis, muy bien']);
  });

  it('reads a correction as a complaint', () => {
    expect(signs('the correct answer is 44/4=11')).toEqual(['- the correct answer is 44/4=11']);
    expect(signs('It should be 12 not 14.')).toEqual(['- It should be 12 not 14']);
    expect(signs("Actually it's 3 apples")).toEqual(["- Actually it's 3 apples"]);
  });

  it('gives a clause without a sign of its own the opposite sign of its neighbour across a contrast word', () => {
    expect(signs('Answered in seconds. However, it ignored my order number.')).toEqual(['+ Answered in seconds', '- it ignored my order number']);
    expect(signs('It answered in Italian, but the steps were wrong.')).toEqual(['+ It answered in Italian', '- the steps were wrong']);
    expect(signs('Pero la respuesta fue incorrecta')).toEqual(['- Pero la respuesta fue incorrecta']);
  });

  it('takes the closing praise, thanks or complaint for clauses without a sign of their own', () => {
    expect(signs('Answered in Portuguese. Thanks!')[0]).toBe('+ Answered in Portuguese');
    expect(signs('Answered in Portuguese. Please fix.')[0]).toBe('- Answered in Portuguese');
    expect(signs('Answered in Portuguese. Thanks anyway.')[0]).toBe('- Answered in Portuguese');
    // A sign-off does not outweigh a clause's own clear complaint.
    expect(signs('The answer was wrong. Thanks!')[0]).toBe('- The answer was wrong');
  });

  it('takes the rating for clauses without a clear sign, and keeps clear praise when another clause carries the rating', () => {
    expect(signs('Answered in Portuguese', 'up')).toEqual(['+ Answered in Portuguese']);
    expect(signs('Answered in Portuguese', 'down')).toEqual(['- Answered in Portuguese']);
    expect(signs('The tone was warm, but it asked for my order number again.', 'down')).toEqual(['+ The tone was warm', '- it asked for my order number again']);
    // The rating comes before a contrast: "it said X but it is in my message" is one complaint.
    expect(signs('It asked for my email, but it was in my first message.', 'down')).toEqual(['- It asked for my email', '- it was in my first message']);
  });

  it('lets a rating no clause carries override faint readings, but not a strong one', () => {
    expect(signs('the reply was clear', 'down')).toEqual(['- the reply was clear']);
    expect(signs('super clear steps, loved it', 'down')).toEqual(['+ super clear steps, loved it']);
    expect(signs('hmm no', 'up')).toEqual(['+ hmm no']);
  });

  it('defaults to negative when nothing in the critique carries a sign', () => {
    expect(signs('answered in Portuguese')).toEqual(['- answered in Portuguese']);
  });
});

describe('decideSigns, a German complaint with closing thanks', () => {
  it('keeps "viel zu lang" a complaint although the critique ends in "Danke!"', () => {
    const critique = 'Die Antwort war viel zu lang. Danke!';
    expect(groundOffline(feedbackSchema.parse({ id: 'de', critique })).map((aspect) => aspect.sign)).toEqual(['negative']);
  });
});

describe('decideSigns, a quick handover after a complaint', () => {
  it('reads "got a real agent within five minutes" as praise even in a thumbs-down critique', () => {
    const critique = 'it quoted the FAQ instead of checking my order but got a real agent within five minutes when I asked for one';
    expect(groundOffline(feedbackSchema.parse({ id: 'h', critique, rating: 'down' })).map((aspect) => aspect.sign)).toEqual(['negative', 'positive']);
    expect(groundOffline(feedbackSchema.parse({ id: 'h2', critique: 'still no agent within ten minutes' })).map((aspect) => aspect.sign)).toEqual(['negative']);
  });
});
