// C0 controls, DEL, C1 controls (U+009B is a one-byte CSI on some terminals), the Arabic letter mark and the
// bidirectional embeddings, overrides and isolates (they reorder what a reader sees), line/paragraph separators.
const terminalUnsafe = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const named: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function escapeCharacter(character: string): string {
  const code = character.charCodeAt(0);
  return named[character] ?? (code <= 0xff ? `\\x${code.toString(16).toUpperCase().padStart(2, '0')}` : `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`);
}

/**
 * Makes an input-derived string safe to print on one terminal line: control characters (ESC sequences, NUL,
 * C1, DEL), bidi overrides and line breaks become visible escapes (`\x1B`, `\x00`, `\u202E`, `\n`). Everything
 * else, including non-ASCII text, is left as it is. Use it on every file name, id, value or snippet that is
 * printed; JSON files do not need it (write them with `toJsonLine`).
 */
export function escapeForTerminal(text: string): string {
  terminalUnsafe.lastIndex = 0;
  return terminalUnsafe.test(text) ? text.replace(terminalUnsafe, escapeCharacter) : text;
}
