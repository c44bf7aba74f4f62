import { describe, expect, it } from 'vitest';
import { whetherClause } from './whether-clause.ts';

describe('whetherClause', () => {
  it('reads a behaviour as something the assistant did where the grammar is plain, and quotes it otherwise', () => {
    const cases: Array<[string, 'positive' | 'negative']> = [
      ['ignored my order number', 'negative'],
      ['its final answer was vague, no price or confirmation, so I had to check everything myself', 'negative'],
      ['the reply had so much filler', 'negative'],
      ['checked the order number, great', 'positive'],
      ['handed me to a human agent as soon as I asked, which was great', 'positive'],
      ["told me I'd get a full refund within 45 days", 'negative'],
      ['should have closed the banner first', 'negative'],
      ['way too long', 'negative'],
      ['very empathetic', 'positive'],
      ['liked that it verified the final details', 'positive'],
      ['double-checked the label', 'positive'],
      ['also looks for matches by using the findall method', 'negative'],
      ['asking for my email again', 'negative'],
      ['following this, the arguments need to be switched', 'negative'],
      ['finally, the return value should be ans', 'negative'],
      ['I gave it my order number and it ignored it', 'negative'],
      ['said "Could you provide your email?" twice', 'negative'],
      ['tono formal y sin emojis', 'positive'],
    ];
    expect(cases.map(([behaviour, sign]) => whetherClause(behaviour, sign).text)).toMatchInlineSnapshot(`
      [
        "Whether the assistant ignored the user's order number",
        "Whether the assistant's final answer was vague, no price or confirmation, so the user had to check everything themselves",
        "Whether the assistant's reply had so much filler",
        "Whether the assistant checked the order number",
        "Whether the assistant handed the user to a human agent as soon as the user asked",
        "Whether the assistant told the user they'd get a full refund within 45 days",
        "Whether the assistant closed the banner first",
        "Whether the assistant's reply is way too long",
        "Whether the assistant's reply is very empathetic",
        "Whether the assistant verified the final details",
        "Whether the assistant double-checked the label",
        "Whether the assistant also looks for matches by using the findall method",
        "Whether the assistant avoids asking for the user's email again",
        "Whether the assistant shows what users described as “following this, the arguments need to be switched”",
        "Whether the assistant shows what users described as “finally, the return value should be ans”",
        "Whether the assistant shows what users described as “I gave it my order number and it ignored it”",
        "Whether the assistant shows what users described as “said "Could you provide your email?" twice”",
        "Whether the assistant shows what users described as “tono formal y sin emojis”",
      ]
    `);
  });
});
