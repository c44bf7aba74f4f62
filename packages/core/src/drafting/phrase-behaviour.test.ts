import { describe, expect, it } from 'vitest';
import type { Sign } from '../schemas/aspect.ts';
import { behaviourPhrase, ruleOf, ruleSentence, whetherSentence } from './phrase-behaviour.ts';
import { readBehaviour } from './read-behaviour.ts';

const phrased = (clause: string, sign: Sign) => {
  const reading = readBehaviour(clause)!;
  return { rule: ruleSentence(ruleOf(reading, sign)), name: behaviourPhrase(reading), definition: whetherSentence(reading) };
};

describe('ruleOf, behaviourPhrase and whetherSentence', () => {
  it('write praise as what to do, complaints as what not to do, complained-of omissions as what to do', () => {
    const cases: Array<[string, Sign]> = [
      ['answered in Italian just like I asked in Italian', 'positive'],
      ['answered in spanish when i asked in german', 'negative'],
      ['did not escalate when I asked for a human', 'negative'],
      ['never made me repeat myself', 'positive'],
      ['transferred me to a human right after I asked', 'positive'],
      ['the answer was far too long for a yes or no question', 'negative'],
      ['each step said exactly which button to press', 'positive'],
      ['no empathy', 'negative'],
      ['no fluff', 'positive'],
      ['long-winded', 'negative'],
      ['please keep it short', 'negative'],
    ];
    expect(cases.map(([clause, sign]) => phrased(clause, sign))).toMatchInlineSnapshot(`
      [
        {
          "definition": "Whether the assistant answers in Italian just like the user asked in Italian",
          "name": "Answers in Italian just like the user asked",
          "rule": "Answer in Italian just like the user asked in Italian.",
        },
        {
          "definition": "Whether the assistant answers in Spanish when the user asked in German",
          "name": "Answers in Spanish when asked in German",
          "rule": "Do not answer in Spanish when asked in German.",
        },
        {
          "definition": "Whether the assistant escalates when the user asked for a human",
          "name": "Escalates when asked for a human",
          "rule": "Escalate when asked for a human.",
        },
        {
          "definition": "Whether the assistant makes the user repeat themselves",
          "name": "Makes the user repeat themselves",
          "rule": "Do not make the user repeat themselves.",
        },
        {
          "definition": "Whether the assistant transfers the user to a human right after the user asked",
          "name": "Transfers the user to a human",
          "rule": "Transfer the user to a human after the user asked.",
        },
        {
          "definition": "Whether the assistant's answer is far too long for a yes or no question",
          "name": "Answer is far too long",
          "rule": "Do not make the answer far too long for a yes or no question.",
        },
        {
          "definition": "Whether, in the assistant's reply, each step says exactly which button to press",
          "name": "Each step says exactly which button to press",
          "rule": "Make sure each step says exactly which button to press.",
        },
        {
          "definition": "Whether the assistant shows empathy",
          "name": "Shows empathy",
          "rule": "Show empathy.",
        },
        {
          "definition": "Whether the assistant uses fluff",
          "name": "Uses fluff",
          "rule": "Leave out fluff.",
        },
        {
          "definition": "Whether the assistant's reply is long-winded",
          "name": "Is long-winded",
          "rule": "Do not be long-winded.",
        },
        {
          "definition": "Whether the assistant keeps it short",
          "name": "Keeps it short",
          "rule": "Keep it short.",
        },
      ]
    `);
  });

  it('writes every rule in the imperative, without quotes or first person', () => {
    const cases: Array<[string, Sign]> = [
      ['ignored my order number', 'negative'],
      ['used the account number from my first message straight away', 'positive'],
      ['made up a refund policy', 'negative'],
      ['kept asking for my email', 'negative'],
      ['the reply reads like a text message', 'negative'],
      ['dismissive answer', 'negative'],
      ['warm and kind', 'positive'],
    ];
    for (const [clause, sign] of cases) {
      const rule = ruleSentence(ruleOf(readBehaviour(clause)!, sign));
      expect(rule, clause).toMatch(/^(?:Do not|Make sure|Keep|Make|Be|Avoid|Leave out|Show|Give|Use|Include|[A-Z][a-z]+) [^"“”]+\.$/u);
      expect(rule, clause).not.toMatch(/\b(?:I|my|me|we|our)\b/u);
    }
  });
});
