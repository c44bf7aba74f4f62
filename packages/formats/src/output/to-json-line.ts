// JSON.stringify escapes C0 controls and lone surrogates; these pass through raw and would reach a terminal
// that `cat`s the file. Escaping them as \uXXXX keeps the JSON equal when parsed back.
const rawInJson = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * `JSON.stringify(value)` with DEL, C1 controls, bidi controls and U+2028/U+2029 written as `\uXXXX` escapes:
 * the same value when parsed, but no byte of the line can act on a terminal.
 */
export function toJsonLine(value: unknown): string {
  const text = JSON.stringify(value);
  rawInJson.lastIndex = 0;
  return rawInJson.test(text) ? text.replace(rawInJson, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`) : text;
}
