import { describe, expect, it } from 'vitest';
import { checkSpecSchema } from '../schemas/check-spec.ts';
import { deriveCheckOffline } from './derive-check-offline.ts';
import { describeCheck } from './evaluate-check.ts';

describe('deriveCheckOffline', () => {
  it('derives a check for each simply worded effect, and none where judgement is needed', () => {
    const effects = [
      'use no emojis',
      "match the user's formal tone instead of using emojis; leave out emojis",
      'omit emojis',
      "don't use emojis",
      'add a heart or kiss emoji',
      'keep it to at most 50 words',
      'answer in under 200 characters',
      'write at least 100 words',
      'start with "Dear Sir or Madam"',
      "always end the reply with 'Best regards'",
      'mention "order number" and "tracking link"',
      'include "refund" or "replacement"',
      'never say "unfortunately"',
      "don't use 'um' or 'like'",
      'reply in French',
      'be warmer and more empathetic',
      "answer in the customer's language",
      'avoid what users criticised as “repeated questions”',
      'never write "I am sorry for any inconvenience this may have caused you today"',
    ];
    const derived = Object.fromEntries(effects.map((effect) => [effect, deriveCheckOffline(effect)]));
    for (const spec of Object.values(derived)) if (spec) expect(checkSpecSchema.parse(spec)).toEqual(spec);
    expect(Object.fromEntries(Object.entries(derived).map(([effect, spec]) => [effect, spec ? describeCheck(spec) : null]))).toMatchInlineSnapshot(`
      {
        "add a heart or kiss emoji": "matches /\\p{Extended_Pictographic}/u",
        "always end the reply with 'Best regards'": "ends with "Best regards"",
        "answer in the customer's language": null,
        "answer in under 200 characters": "at most 199 chars",
        "avoid what users criticised as “repeated questions”": null,
        "be warmer and more empathetic": null,
        "don't use 'um' or 'like'": "contains none of "um", "like"",
        "don't use emojis": "does not match /\\p{Extended_Pictographic}/u",
        "include "refund" or "replacement"": "contains at least one of "refund", "replacement"",
        "keep it to at most 50 words": "at most 50 words",
        "match the user's formal tone instead of using emojis; leave out emojis": "does not match /\\p{Extended_Pictographic}/u",
        "mention "order number" and "tracking link"": "contains all of "order number", "tracking link"",
        "never say "unfortunately"": "contains none of "unfortunately"",
        "never write "I am sorry for any inconvenience this may have caused you today"": "contains none of "I am sorry for any inconvenience this may have caused you today"",
        "omit emojis": "does not match /\\p{Extended_Pictographic}/u",
        "reply in French": "written in language "fr"",
        "start with "Dear Sir or Madam"": "starts with "Dear Sir or Madam"",
        "use no emojis": "does not match /\\p{Extended_Pictographic}/u",
        "write at least 100 words": "at least 100 words",
      }
    `);
  });
});
