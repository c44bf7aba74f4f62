import { describe, expect, it } from 'vitest';
import { distinctiveTerms } from './distinctive-terms.ts';

describe('distinctiveTerms (c-TF-IDF)', () => {
  it('ranks the terms that set each group apart, in their written form, best first', () => {
    const groups = [
      ['the refund policy was made up', 'invented a refund policy', 'refund policy does not exist', 'wrong refund window'],
      ['used emojis in a formal email', 'emojis in a formal complaint', 'too many emojis', 'emojis look unprofessional'],
      ['answer was too long', 'way too long', 'long answer for a simple question'],
    ];
    expect(distinctiveTerms({ groups, top: 4 })).toMatchInlineSnapshot(`
      [
        [
          "refund",
          "policy",
          "refund policy",
        ],
        [
          "emojis",
          "emojis formal",
          "formal",
        ],
        [
          "long",
          "answer",
          "answer long",
          "answer simple",
        ],
      ]
    `);
  });

  it('weighs a term shared by every group below one that belongs to a single group', () => {
    const [first] = distinctiveTerms({ groups: [['reply refund', 'reply refund'], ['reply emojis', 'reply emojis']], top: 2 });
    expect(first).toEqual(['refund', 'reply refund']);
  });

  it('skips terms used once in groups of four or more texts, and copes with empty groups', () => {
    expect(distinctiveTerms({ groups: [['refund policy', 'refund', 'policy', 'refnud']], top: 5 })[0]).not.toContain('refnud');
    expect(distinctiveTerms({ groups: [[], ['hello']] })).toEqual([[], []]);
  });
});
