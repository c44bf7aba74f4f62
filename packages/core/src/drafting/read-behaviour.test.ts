import { describe, expect, it } from 'vitest';
import { readBehaviour } from './read-behaviour.ts';

describe('readBehaviour', () => {
  it('reads what the assistant did, with the critic told of as "the user"', () => {
    const clauses = [
      'ignored my order number',
      'it kept asking to confirm my email',
      'did not even acknowledge that I was upset',
      'never made me repeat myself',
      'please keep it short!',
      "don't put emojis in a legal email",
      'should have escalated to a human',
      'the answer was far too long for a yes or no question',
      'steps didn\'t work',
      'robotic tone, no empathy',
      'very empathetic',
      'liked that it verified the order before answering',
      'checked A-321323 and told me it was in Lyon',
    ];
    expect(Object.fromEntries(clauses.map((clause) => [clause, readBehaviour(clause)]))).toMatchInlineSnapshot(`
      {
        "checked A-321323 and told me it was in Lyon": {
          "negated": false,
          "rest": "the order",
          "shape": "act",
          "verb": "check",
        },
        "did not even acknowledge that I was upset": {
          "negated": true,
          "rest": "that the user was upset",
          "shape": "act",
          "verb": "acknowledge",
        },
        "don't put emojis in a legal email": {
          "negated": true,
          "rest": "emojis in a legal email",
          "shape": "instruction",
          "verb": "put",
        },
        "ignored my order number": {
          "negated": false,
          "rest": "the user's order number",
          "shape": "act",
          "verb": "ignore",
        },
        "it kept asking to confirm my email": {
          "negated": false,
          "rest": "asking to confirm the user's email",
          "shape": "act",
          "verb": "keep",
        },
        "liked that it verified the order before answering": {
          "negated": false,
          "rest": "the order before answering",
          "shape": "act",
          "verb": "verify",
        },
        "never made me repeat myself": {
          "negated": true,
          "rest": "the user repeat themselves",
          "shape": "act",
          "verb": "make",
        },
        "please keep it short!": {
          "negated": false,
          "rest": "it short",
          "shape": "instruction",
          "verb": "keep",
        },
        "robotic tone, no empathy": {
          "absent": false,
          "adjective": false,
          "phrase": "robotic tone",
          "shape": "trait",
        },
        "should have escalated to a human": {
          "negated": false,
          "rest": "to a human",
          "shape": "instruction",
          "verb": "escalate",
        },
        "steps didn't work": {
          "negated": true,
          "plural": true,
          "rest": "",
          "shape": "quality",
          "subject": "the steps",
          "verb": "work",
        },
        "the answer was far too long for a yes or no question": {
          "negated": false,
          "plural": false,
          "rest": "far too long for a yes or no question",
          "shape": "quality",
          "subject": "the answer",
          "verb": "be",
        },
        "very empathetic": {
          "absent": false,
          "adjective": true,
          "phrase": "empathetic",
          "shape": "trait",
        },
      }
    `);
  });

  it('finds no behaviour of the assistant in product complaints, the critic\'s story, quotes, placeholders or other languages', () => {
    const clauses = [
      'my gaming chair stopped working after a week, which is annoying enough on its own',
      'the blender arrived damaged',
      'I bought a coffee grinder last week and it was delivered to the wrong address',
      'the tracking page says it is stuck in Graz',
      'felt heard',
      'recited "You can track any order from the My Orders page." instead of checking',
      'ignored __company__ policy',
      'told <cust__ to wait',
      'réponse beaucoup trop longue pour une question simple',
      'tono formal y sin emojis, muy bien',
      'thanks!',
    ];
    expect(clauses.map((clause) => readBehaviour(clause))).toEqual(clauses.map(() => undefined));
  });
});
