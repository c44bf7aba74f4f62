import { describe, expect, it } from 'vitest';
import { escapeForTerminal } from './escape-for-terminal.ts';
import { toJsonLine } from './to-json-line.ts';

describe('escapeForTerminal', () => {
  it('makes ESC sequences, NUL, C1, DEL, bidi overrides and line breaks visible, and leaves other text alone', () => {
    expect(escapeForTerminal('red \u001b[31mtext\u001b[0m, nul \u0000, csi \u009b2J, del \u007f, rlo \u202e, tab\t, line\nbreak')).toMatchInlineSnapshot(
      `"red \\x1B[31mtext\\x1B[0m, nul \\x00, csi \\x9B2J, del \\x7F, rlo \\u202E, tab\\t, line\\nbreak"`,
    );
    expect(escapeForTerminal('café 太长了 👍')).toBe('café 太长了 👍');
  });
});

describe('toJsonLine', () => {
  it('escapes what JSON.stringify leaves raw, and parses back to the same value', () => {
    const value = { text: 'c1 \u009b, del \u007f, rlo \u202e, ls \u2028, esc \u001b' };
    const line = toJsonLine(value);
    expect(line).toMatchInlineSnapshot(`"{"text":"c1 \\u009b, del \\u007f, rlo \\u202e, ls \\u2028, esc \\u001b"}"`);
    expect(/[\u0000-\u001f\u007f-\u009f\u202e\u2028]/.test(line)).toBe(false);
    expect(JSON.parse(line)).toEqual(value);
  });
});
