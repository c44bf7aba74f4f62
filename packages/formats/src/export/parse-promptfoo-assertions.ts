import { TenetsInvalidInputError } from '@tenets/core';
import { parse } from 'yaml';
import { promptfooAssertionsFileSchema, type PromptfooAssertionsFile } from './promptfoo-assertion.ts';

export type SafeParsePromptfooAssertionsResult = { success: true; value: PromptfooAssertionsFile } | { success: false; error: TenetsInvalidInputError };

/** Reads back what `renderPromptfooAssertions` wrote (YAML → the assertion shape), without throwing. */
export function safeParsePromptfooAssertions(text: string, file?: string): SafeParsePromptfooAssertionsResult {
  let value: unknown;
  try {
    value = parse(text);
  } catch (error) {
    return { success: false, error: new TenetsInvalidInputError({ message: `not valid YAML: ${error instanceof Error ? error.message : String(error)}`, file, cause: error }) };
  }
  const parsed = promptfooAssertionsFileSchema.safeParse(value);
  if (parsed.success) return { success: true, value: parsed.data };
  const issue = parsed.error.issues[0]!;
  return { success: false, error: new TenetsInvalidInputError({ message: issue.message, file, field: issue.path.join('.') }) };
}

/** Like `safeParsePromptfooAssertions`, but throws a `TenetsInvalidInputError`. */
export function parsePromptfooAssertions(text: string, file?: string): PromptfooAssertionsFile {
  const result = safeParsePromptfooAssertions(text, file);
  if (!result.success) throw result.error;
  return result.value;
}
