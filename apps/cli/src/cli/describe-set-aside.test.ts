import { describe, expect, it } from 'vitest';
import { describeSetAside } from './describe-set-aside.ts';

describe('describeSetAside', () => {
  it('says what was attached and dropped, by kind, without greetings and thanks', () => {
    expect(
      describeSetAside({ aspects: 10, 'clauses.attached.critic-answer': 4, 'clauses.attached.own-problem': 1, 'clauses.dropped.fragment': 2, 'clauses.dropped.verdict': 3, 'clauses.dropped.filler': 40 }),
    ).toBe("clauses naming no behaviour of the assistant: 5 attached to a behaviour as context (critic's answer 4, product or life problem 1); 5 dropped (verdict 3, fragment 2)");
  });

  it('is empty when nothing but filler was set aside', () => {
    expect(describeSetAside({ aspects: 10, 'clauses.dropped.filler': 4 })).toBe('');
    expect(describeSetAside({})).toBe('');
  });
});
