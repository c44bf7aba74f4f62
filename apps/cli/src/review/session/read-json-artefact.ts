import { readFile } from 'node:fs/promises';
import { TenetsInvalidInputError } from '@tenets/core';
import { safeParseJsonText } from '@tenets/formats';
import type { z } from 'zod';

/**
 * Reads and validates one JSON file of a run. Missing: `undefined` when optional, else an error with `hint`.
 * Invalid: an error naming the file and the first bad field.
 */
export async function readJsonArtefact<SCHEMA extends z.ZodType>(path: string, schema: SCHEMA, options: { optional?: boolean; hint: string }): Promise<z.output<SCHEMA> | undefined> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' && options.optional) return undefined;
    throw new TenetsInvalidInputError({ file: path, message: (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : String(error), hint: options.hint, cause: error });
  }
  const json = safeParseJsonText(text);
  if (!json.success) throw new TenetsInvalidInputError({ file: path, message: `not valid JSON: ${json.error.message}`, hint: options.hint, cause: json.error });
  const parsed = schema.safeParse(json.value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new TenetsInvalidInputError({ file: path, field: issue.path.join('.'), message: issue.message, hint: options.hint });
  }
  return parsed.data;
}
