import { describe, expect, it } from 'vitest';
import { hasPlaceholderToken } from './placeholder-tokens.ts';

describe('hasPlaceholderToken', () => {
  it('finds the placeholders datasets use for names, companies and users', () => {
    for (const text of ['thanks __company__ for nothing', '<cust__1234> asked twice', 'reply to <cust__', '__user__', 'Dear {name},', 'Hi {{customer_name}}', 'call <PERSON> back', 'mail <EMAIL>', 'I am [NAME]', '[REDACTED] said', 'hello @__user__'])
      expect(hasPlaceholderToken(text), text).toBe(true);
  });

  it('leaves ordinary text alone', () => {
    for (const text of ['the snake_case name', 'a < b and c > d', 'see [1]', 'i <3 this bot', 'use {} for objects', 'order #123', '[citation] needed', 'as written [sic]', 'def __init__(self) is wrong', 'check __name__ == "__main__"'])
      expect(hasPlaceholderToken(text), text).toBe(false);
  });
});
