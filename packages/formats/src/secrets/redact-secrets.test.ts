import { describe, expect, it } from 'vitest';
import { countSecrets, redactSecrets } from './redact-secrets.ts';

describe('redactSecrets', () => {
  // Fake keys built at run time so no secret-shaped literal sits in the repository.
  const fake = (prefix: string, length: number) => `${prefix}${'A1b2C3d4'.repeat(8).slice(0, length)}`;

  it('replaces common API key shapes and names them', () => {
    const text = [
      `openai ${fake('sk-proj-', 40)}`,
      `anthropic ${fake('sk-ant-api03-', 40)}`,
      `langfuse ${fake('sk-lf-', 36)} and ${fake('pk-lf-', 36)}`,
      `langsmith ${fake('lsv2_pt_', 32)}`,
      `github ${fake('ghp_', 36)}`,
      `aws AKIA${'ABCDEFGHIJKLMNOP'}`,
      `header Authorization: Bearer ${fake('', 32)}`,
    ].join('\n');
    expect(redactSecrets(text)).toMatchInlineSnapshot(`
      "openai [REDACTED:openai]
      anthropic [REDACTED:anthropic]
      langfuse [REDACTED:langfuse] and [REDACTED:langfuse]
      langsmith [REDACTED:langsmith]
      github [REDACTED:github]
      aws [REDACTED:aws]
      header Authorization: Bearer [REDACTED:bearer]"
    `);
    expect(countSecrets(text)).toBe(8);
  });

  it('leaves ordinary text, hashes and short sk- words alone, and keeps JSON valid', () => {
    const ordinary = 'ask-me anything; sk-short; sha256 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08';
    expect(redactSecrets(ordinary)).toBe(ordinary);
    const json = JSON.stringify({ note: `key "${fake('sk-', 30)}"\n` });
    expect(JSON.parse(redactSecrets(json))).toEqual({ note: 'key "[REDACTED:openai]"\n' });
  });
});
