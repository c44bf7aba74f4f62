import { access, readFile } from 'node:fs/promises';
import { TenetsArtefactError, TenetsInvalidInputError } from '@tenets/core';
import { readJsonl, safeParseJsonText } from '@tenets/formats';
import type { ArtefactDefinition } from './artefact-definition.ts';
import { describeSchemaIssue } from './describe-schema-issue.ts';

/** Reads and validates one artefact file; every problem is a `TenetsArtefactError` naming file, line and field. */
export async function readArtefactFile(path: string, name: string, file: string, definition: ArtefactDefinition): Promise<unknown> {
  const fail = (message: string, cause?: unknown) => new TenetsArtefactError({ file, artefact: name, problem: 'invalid', command: definition.producedBy, message, cause });
  if (definition.format === 'jsonl') return readJsonlArtefact(path, name, file, definition);
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw unreadable(error, name, file, definition);
  }
  if (definition.format === 'binary') return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const text = bytes.toString('utf8');
  if (definition.format === 'text') return text;
  const json = safeParseJsonText(text);
  if (!json.success) throw fail(`not valid JSON (${json.error.message})`, json.error);
  const parsed = definition.schema.safeParse(json.value);
  if (!parsed.success) throw fail(`does not match the ${name} schema: ${describeSchemaIssue(parsed.error)}`, parsed.error);
  return parsed.data;
}

/** JSONL is streamed line by line (feedback of a large log does not fit in one string). */
async function readJsonlArtefact(path: string, name: string, file: string, definition: ArtefactDefinition): Promise<unknown[]> {
  try {
    await access(path);
  } catch (error) {
    throw unreadable(error, name, file, definition);
  }
  try {
    return (await readJsonl(path, definition.schema, { strict: true })).records;
  } catch (error) {
    if (!TenetsInvalidInputError.isInstance(error)) throw error;
    const { line, field } = error as TenetsInvalidInputError;
    const reason = error.message.replace(/^.*?: (?=[a-z])/, '');
    throw new TenetsArtefactError({ file, artefact: name, problem: 'invalid', command: definition.producedBy, message: `line ${line}${field ? ` (field "${field}")` : ''}: ${reason}`, cause: error });
  }
}

function unreadable(error: unknown, name: string, file: string, definition: ArtefactDefinition): TenetsArtefactError {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new TenetsArtefactError({ file, artefact: name, problem: 'missing', command: definition.producedBy, message: 'listed in manifest.json but the file is gone' });
  return new TenetsArtefactError({ file, artefact: name, problem: 'invalid', command: definition.producedBy, message: `cannot read the file (${code ?? (error as Error).message})`, cause: error });
}
