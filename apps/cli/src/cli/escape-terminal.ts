/**
 * Makes an input-derived string safe to print on one terminal line: control characters (C0, DEL, C1 —
 * ESC sequences, NUL, CR, newlines) become visible escapes such as `\x1b`, so a file name or id cannot
 * recolour, move or clear the terminal.
 */
export function escapeTerminal(text: string): string {
  return text.replace(/[\u0000-\u001F\u007F-\u009F]/g, (character) => {
    if (character === '\t') return '\\t';
    if (character === '\n') return '\\n';
    if (character === '\r') return '\\r';
    return `\\x${character.charCodeAt(0).toString(16).padStart(2, '0')}`;
  });
}
