import { describe, expect, it } from 'vitest';
import { terminalText } from './terminal-text.ts';

describe('terminalText', () => {
  it('turns escapes, newlines and bidi overrides into plain spaces and cuts long text', () => {
    expect(terminalText('red \u001B[31mtext\u001B[0m\nnext\u202Eline')).toBe('red [31mtext [0m next line');
    expect(terminalText('a very long critique', 10)).toBe('a very lo…');
    expect(terminalText('short', 10)).toBe('short');
  });
});
