import { describe, expect, it } from 'vitest';
import { distinctivePhrases } from '../../../text/distinctive-phrases.ts';
import { nameMetric } from './name-metric.ts';

/** Names for groups of behaviours, each group named against the others, in order. */
const names = (groups: string[][], taken = new Set<string>()) => {
  const phrases = distinctivePhrases({ groups, top: 40 });
  return groups.map((behaviours, index) => {
    const name = nameMetric({ phrases: phrases[index]!, behaviours, taken });
    taken.add(name);
    return name;
  });
};

describe('nameMetric', () => {
  it('names the object and what the members did with it, the reply noun for a language, a quality for an adjective', () => {
    expect(
      names([
        ['ignored my order number', 'ignored the order number again', 'checked my order number right away', 'order number ignored, twice'],
        ['uses emojis in a formal complaint', 'used emojis with my lawyer', 'using emojis in a complaint', 'emojis everywhere'],
        ['answered in English', 'the answer was in Italian', 'wrote in Portuguese, answer came in English', 'answered in my language'],
        ['the code is almost correct', 'correct code, one slip', 'code is not correct', 'correct except the loop'],
        ['never escalate', 'refused to escalate to a human', 'did escalate when asked', 'would not escalate'],
        ['made up a refund policy', 'invented a refund policy', 'the refund policy it quoted was wrong', 'wrong refund window in the policy'],
      ]),
    ).toMatchInlineSnapshot(`
      [
        "Order Number Handling",
        "Emoji Use",
        "Answer Language",
        "Code Correctness",
        "Escalation",
        "Refund Policy Accuracy",
      ]
    `);
  });

  it('pairs a weak or lone phrase with the next distinct one, never a generic word', () => {
    expect(
      names([
        ['emojis in a formal tone', 'emojis with a formal tone', 'emojis, really', 'emojis again'],
        ['gave up after one search', 'wasted steps on the search', 'gave a vague query', 'query gave nothing'],
      ]),
    ).toMatchInlineSnapshot(`
      [
        "Emojis and Formal Tone",
        "Query and Search",
      ]
    `);
  });

  it('takes the next phrase when a name is taken, then numbers it, and falls back when there is no phrase', () => {
    const groups = [['refund policy wrong', 'refund policy invented', 'made up the refund policy', 'refund window wrong', 'window of refunds']];
    expect(names(groups)).toEqual(['Refund Policy Accuracy']);
    expect(names(groups, new Set(['Refund Policy Accuracy']))).toMatchInlineSnapshot(`
      [
        "Window and Refund Policy",
      ]
    `);
    expect(nameMetric({ phrases: [], behaviours: ['no.'], taken: new Set(['Behaviour']) })).toBe('Behaviour 2');
  });
});
