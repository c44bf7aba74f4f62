import { describe, expect, it } from 'vitest';
import { distinctivePhrases } from './distinctive-phrases.ts';

const summary = (groups: string[][], background?: string[]) =>
  distinctivePhrases({ groups, background, top: 4 }).map((phrases) => phrases.map((phrase) => `${phrase.text} (${phrase.count}, ${phrase.precision.toFixed(2)})`));

describe('distinctivePhrases', () => {
  it('ranks noun phrases by coverage and precision, and never starts or ends one with a generic word', () => {
    const groups = [
      ['it ignored my order number again', 'gave it the order number and it asked for it again', 'never looked at the order number', 'checked my order number right away'],
      ['used emojis in a formal complaint', 'too many emojis again', 'emojis in a reply to my lawyer', 'no emojis, thank you'],
      ['the answer was way too long', 'a wall of text for a yes or no question', 'long answer, gave up reading', 'wall of text again'],
    ];
    expect(summary(groups)).toMatchInlineSnapshot(`
      [
        [
          "order number (4, 1.00)",
        ],
        [
          "emojis (4, 1.00)",
        ],
        [
          "wall of text (2, 1.00)",
          "answer (2, 1.00)",
          "long (2, 1.00)",
        ],
      ]
    `);
  });

  it('prefers the longer phrase a word mostly occurs in, and counts background texts against precision', () => {
    expect(summary([['refund policy made up', 'invented a refund policy', 'the refund policy is wrong', 'refund window wrong']])).toMatchInlineSnapshot(`
      [
        [
          "refund policy (3, 1.00)",
        ],
      ]
    `);
    const groups = [['refund amount wrong', 'refund window wrong', 'no refund at all', 'refund denied, wrong window']];
    expect(summary(groups)).toMatchInlineSnapshot(`
      [
        [
          "refund (4, 1.00)",
          "window (2, 1.00)",
        ],
      ]
    `);
    expect(summary(groups, ['asked for a refund', 'refund took ages', 'another refund question'])).toMatchInlineSnapshot(`
      [
        [
          "refund (4, 0.57)",
          "window (2, 1.00)",
        ],
      ]
    `);
  });

  it('leaves out quoted response text, ids and figures, and maps language names to "language"', () => {
    const groups = [['it said "please hold the line" twice', 'order ORD-123 ignored', 'answered in English', 'replied in Portuguese', 'wrote in French']];
    expect(summary(groups)).toMatchInlineSnapshot(`
      [
        [
          "language (3, 1.00)",
        ],
      ]
    `);
    expect(distinctivePhrases({ groups: [[], ['hello']] })).toEqual([[], []]);
  });
});
