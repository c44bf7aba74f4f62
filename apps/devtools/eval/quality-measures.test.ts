import { describe, expect, it } from 'vitest';
import type { Aspect } from '@tenets/core';
import { isBehaviourPhrase, isRule } from './drafting-quality.ts';
import { critiqueSign } from './quality-measures.ts';

describe('isRule', () => {
  it('accepts imperatives and "The assistant should" + verb', () => {
    for (const text of ['Keep answers short; do not pad them.', 'Answer in the language the customer wrote in.', 'Do not make up refund rules.', 'The assistant should check the order before answering.']) {
      expect(isRule(text), text).toBe(true);
    }
  });
  it('rejects quoted critiques, first person and noun phrases', () => {
    for (const text of ['The assistant should avoid what users criticised as “ignored my order #”.', 'My gaming chair stopped working after a week.', 'Refund policy accuracy.']) {
      expect(isRule(text), text).toBe(false);
    }
  });
});

describe('isBehaviourPhrase', () => {
  it('accepts what the assistant does and rejects topic noun pairs and placeholders', () => {
    expect(isBehaviourPhrase('Escalates to a human when asked')).toBe(true);
    expect(isBehaviourPhrase("Answering in the customer's language")).toBe(true);
    expect(isBehaviourPhrase('Step and Button')).toBe(false);
    expect(isBehaviourPhrase('Order Number')).toBe(false);
    expect(isBehaviourPhrase('Replies to __company__ customers')).toBe(false);
  });
});

describe('critiqueSign', () => {
  const aspect = (sign: Aspect['sign']) => ({ sign }) as Aspect;
  it('is the majority of the aspects, negative on a tie', () => {
    expect(critiqueSign([aspect('negative'), aspect('positive'), aspect('positive')])).toBe('positive');
    expect(critiqueSign([aspect('positive'), aspect('negative')])).toBe('negative');
    expect(critiqueSign([])).toBeUndefined();
  });
});
