import { TenetsInvalidInputError } from '@tenets/core';

export type ParseJsonResult = { success: true; value: unknown } | { success: false; error: SyntaxError };

// Only texts with a run of 16+ digits can hold an integer beyond 2^53; the others skip the (slower) reviver.
const longDigitRun = /\d{16}/;
const integerSource = /^-?\d+$/;

/** Node ≥ 21 passes the source text of a primitive to the reviver (`context.source`). */
type SourceReviver = (this: unknown, key: string, value: unknown, context?: { source?: string }) => unknown;

/** Keeps integers JSON.parse would round (beyond ±2^53) as their exact digits, e.g. "9007199254740993". */
const keepExactIntegers: SourceReviver = (_key, value, context) => {
  if (typeof value !== 'number' || Number.isSafeInteger(value) || context?.source === undefined) return value;
  return integerSource.test(context.source) ? context.source : value;
};

/**
 * Parses JSON text without throwing. The only place outside data meets `JSON.parse`. Integers beyond
 * ±2^53 (`Number.MAX_SAFE_INTEGER`) come back as strings of their exact digits, so large ids are not rounded.
 */
export function safeParseJsonText(text: string): ParseJsonResult {
  try {
    if (longDigitRun.test(text)) {
      try {
        return { success: true, value: JSON.parse(text, keepExactIntegers as Parameters<typeof JSON.parse>[1]) };
      } catch (error) {
        // The reviver walks the value recursively; a very deep value is parsed (and measured) without it.
        if (!(error instanceof RangeError)) throw error;
      }
    }
    return { success: true, value: JSON.parse(text) };
  } catch (error) {
    return { success: false, error: error instanceof SyntaxError ? error : new SyntaxError(String(error)) };
  }
}

/** Parses JSON text or throws `TenetsInvalidInputError`. */
export function parseJsonText(text: string, where: { file?: string; line?: number } = {}): unknown {
  const result = safeParseJsonText(text);
  if (result.success) return result.value;
  throw new TenetsInvalidInputError({ message: `invalid JSON: ${result.error.message}`, ...where, cause: result.error });
}
