import { quoteInput } from '../output/quote-input.ts';
import { defaultMaxDepth, exceedsDepth } from '../output/nesting-depth.ts';
import { truncateRaw } from '../reject/truncate-raw.ts';
import { decodeUtf8Checked, decodeUtf8Lossy, decodeUtf8Strict } from './decode-utf8.ts';
import { findOversizedField, findStringPath } from './find-string-path.ts';
import { safeParseJsonText } from './parse-json-text.ts';
import type { RawItem, ReaderLimits } from './raw-item.ts';

function isBlank(bytes: Buffer): boolean {
  for (let index = 0; index < bytes.length; index += 1) {
    const byte = bytes[index];
    if (byte !== 0x20 && byte !== 0x09 && byte !== 0x0d) return false;
  }
  return true;
}

export function describeJsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return `a string (${quoteInput(value)})`;
  return typeof value === 'object' || typeof value === 'undefined' ? `an ${typeof value}` : `a ${typeof value}`;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function invalidUtf8(line: number, bytes: Buffer): RawItem {
  const text = decodeUtf8Lossy(bytes);
  const parsed = safeParseJsonText(text);
  const field = parsed.success && !exceedsDepth(parsed.value, defaultMaxDepth) ? findStringPath(parsed.value, (value) => value.includes('\uFFFD')) : undefined;
  const offset = findInvalidUtf8Offset(bytes);
  return {
    kind: 'problem',
    line,
    ...(field ? { field } : {}),
    reason: 'invalid UTF-8',
    message: `bytes are not valid UTF-8 (first bad byte at offset ${offset}${field ? `, in field "${field}"` : ''}); re-save the file as UTF-8`,
    raw: truncateRaw(text, bytes.length),
  };
}

/** Offset of the first byte that does not start a valid UTF-8 sequence. */
function findInvalidUtf8Offset(bytes: Buffer): number {
  let index = 0;
  while (index < bytes.length) {
    const byte = bytes[index];
    if (byte < 0x80) {
      index += 1;
      continue;
    }
    const length = byte >= 0xc2 && byte <= 0xdf ? 2 : byte >= 0xe0 && byte <= 0xef ? 3 : byte >= 0xf0 && byte <= 0xf4 ? 4 : 0;
    // The strict decoder settles overlong forms and surrogates for this one sequence.
    if (length === 0 || index + length > bytes.length || decodeUtf8Strict(bytes.subarray(index, index + length)) === undefined) return index;
    index += length;
  }
  return bytes.length;
}

/** Turns the bytes of one JSONL line or JSON array element into a parsed object, a blank, or a problem. */
export function bytesToItem(line: number, bytes: Buffer, limits: ReaderLimits): RawItem {
  if (isBlank(bytes)) return { kind: 'blank', line };
  const text = decodeUtf8Checked(bytes);
  if (text === undefined) return invalidUtf8(line, bytes);
  const parsed = safeParseJsonText(text);
  if (!parsed.success) {
    const message = /^\s+$/.test(text)
      ? `the line holds only whitespace that JSON does not allow (${[...new Set(text)].map((character) => `U+${character.codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0')}`).join(' ')})`
      : `not valid JSON: ${truncateRaw(parsed.error.message)}`;
    return { kind: 'problem', line, reason: 'invalid JSON', message, raw: truncateRaw(text, bytes.length) };
  }
  if (!isPlainObject(parsed.value)) {
    return { kind: 'problem', line, reason: 'not an object', message: `expected a JSON object, got ${describeJsonType(parsed.value)}`, raw: truncateRaw(text, bytes.length) };
  }
  const maxDepth = limits.maxDepth ?? defaultMaxDepth;
  if (exceedsDepth(parsed.value, maxDepth)) return tooDeep(line, maxDepth, text, bytes.length);
  if (bytes.length > limits.maxFieldBytes) {
    const field = findOversizedField(parsed.value, limits.maxFieldBytes);
    if (field !== undefined) return fieldTooLarge(line, field, limits.maxFieldBytes, text, bytes.length);
  }
  return { kind: 'value', line, value: parsed.value, text };
}

export function tooDeep(line: number, maxDepth: number, text: string, totalBytes: number): RawItem {
  return {
    kind: 'problem',
    line,
    reason: 'too deeply nested',
    message: `the row nests objects or arrays more than ${maxDepth} levels deep; flatten it (the other rows are read as usual)`,
    raw: truncateRaw(text, totalBytes),
  };
}

export function fieldTooLarge(line: number, field: string, maxFieldBytes: number, text: string, totalBytes: number): RawItem {
  return {
    kind: 'problem',
    line,
    field,
    reason: 'field too large',
    message: `field "${field}" is longer than the ${formatBytes(maxFieldBytes)} limit per field`,
    raw: truncateRaw(text, totalBytes),
  };
}

export function lineTooLarge(line: number, byteLength: number, maxLineBytes: number, head: Buffer, what = 'line'): RawItem {
  return {
    kind: 'problem',
    line,
    reason: 'line too large',
    message: `${what} is ${formatBytes(byteLength)}, over the ${formatBytes(maxLineBytes)} limit; it was skipped without being read`,
    raw: truncateRaw(decodeUtf8Lossy(head), byteLength),
  };
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Number((bytes / (1024 * 1024)).toFixed(1))} MB`;
  if (bytes >= 1024) return `${Number((bytes / 1024).toFixed(1))} KB`;
  return `${bytes} bytes`;
}
