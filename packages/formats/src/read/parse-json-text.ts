import { TenetsInvalidInputError } from '@tenets/core';

export type ParseJsonResult = { success: true; value: unknown } | { success: false; error: SyntaxError };

/** Parses JSON text without throwing. The only place outside data meets `JSON.parse`. */
export function safeParseJsonText(text: string): ParseJsonResult {
  try {
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
