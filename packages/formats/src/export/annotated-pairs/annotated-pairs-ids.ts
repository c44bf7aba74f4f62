import { createHash } from 'node:crypto';

/** The default annotator's description; its hash is the default annotator id, as in Feedback Forensics. */
export const defaultAnnotatorDescription = 'Default annotator from original dataset (from column `preferred_text`)';

/** First 8 hex characters of the MD5 of the UTF-8 text: the annotator id scheme of Feedback Forensics. */
export function annotatedPairsHash(text: string): string {
  return createHash('md5').update(text, 'utf8').digest('hex').slice(0, 8);
}

/**
 * Python's `json.dumps(value, sort_keys=True)` for the flat string objects of a response (`{text, model}`):
 * separators `", "` and `": "`, non-ASCII escaped as `\uXXXX` (UTF-16 units), so ids match those Python writes.
 */
export function pythonJsonDumps(value: Readonly<Record<string, string>>): string {
  const keys = Object.keys(value).sort();
  return `{${keys.map((key) => `${pythonString(key)}: ${pythonString(value[key]!)}`).join(', ')}}`;
}

function pythonString(text: string): string {
  let out = '"';
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    const char = text[index]!;
    if (char === '"') out += '\\"';
    else if (char === '\\') out += '\\\\';
    else if (char === '\n') out += '\\n';
    else if (char === '\r') out += '\\r';
    else if (char === '\t') out += '\\t';
    else if (char === '\b') out += '\\b';
    else if (char === '\f') out += '\\f';
    else if (code < 0x20 || code > 0x7e) out += `\\u${code.toString(16).padStart(4, '0')}`;
    else out += char;
  }
  return `${out}"`;
}

/** Comparison id: hash of `"<prompt>|<A>|<B>"` (the prompt part left out when there is none). */
export function annotatedPairsComparisonId(prompt: string | null, responseA: Readonly<Record<string, string>>, responseB: Readonly<Record<string, string>>): string {
  const body = `${pythonJsonDumps(responseA)}|${pythonJsonDumps(responseB)}`;
  return annotatedPairsHash(prompt === null ? body : `${prompt}|${body}`);
}
