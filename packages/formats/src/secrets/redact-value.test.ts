import { describe, expect, it } from 'vitest';
import { redactSecrets } from './redact-secrets.ts';
import { redactValue } from './redact-value.ts';

// Fake keys built at run time so no secret-shaped literal sits in the repository.
const key = `sk-proj-${'A1b2C3d4'.repeat(5)}`;

describe('redactValue', () => {
  it('redacts strings and keys after a newline or tab, keeps the listed top-level keys, and shares what is unchanged', () => {
    const shared = { untouched: 'plain' };
    const record = { id: key, critique: `line one\n${key}`, metadata: { [`\t${key}`]: 'value', list: [`tab\t${key}`], shared } };
    const redacted = redactValue(record, new Set(['id']));
    expect(redacted).toMatchInlineSnapshot(`
      {
        "critique": "line one
      [REDACTED:openai]",
        "id": "sk-proj-A1b2C3d4A1b2C3d4A1b2C3d4A1b2C3d4A1b2C3d4",
        "metadata": {
          "	[REDACTED:openai]": "value",
          "list": [
            "tab	[REDACTED:openai]",
          ],
          "shared": {
            "untouched": "plain",
          },
        },
      }
    `);
    expect(redacted.metadata.shared).toBe(shared);
    expect(redactValue(shared)).toBe(shared);
  });

  it('redactSecrets catches a key right after an escaped \\n, \\t or \\u000b in JSON text', () => {
    const json = JSON.stringify({ note: `a\n${key}`, other: `b\t${key}`, third: `c\u000b${key}` });
    expect(redactSecrets(json)).toMatchInlineSnapshot(`"{"note":"a\\n[REDACTED:openai]","other":"b\\t[REDACTED:openai]","third":"c\\u000b[REDACTED:openai]"}"`);
  });
});
