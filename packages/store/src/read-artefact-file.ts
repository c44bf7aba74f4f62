import { readFile } from 'node:fs/promises';
import { TenetsArtefactError } from '@tenets/core';
import { safeParseJsonText } from '@tenets/formats';
import type { ArtefactDefinition } from './artefact-definition.ts';
import { describeSchemaIssue } from './describe-schema-issue.ts';

/** Reads and validates one artefact file; every problem is a `TenetsArtefactError` naming file, line and field. */
export async function readArtefactFile(path: string, name: string, file: string, definition: ArtefactDefinition): Promise<unknown> {
  const fail = (message: string, cause?: unknown) => new TenetsArtefactError({ file, artefact: name, problem: 'invalid', command: definition.producedBy, message, cause });
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new TenetsArtefactError({ file, artefact: name, problem: 'missing', command: definition.producedBy, message: 'listed in manifest.json but the file is gone' });
    throw fail(`cannot read the file (${code ?? (error as Error).message})`, error);
  }
  if (definition.format === 'binary') return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const text = bytes.toString('utf8');
  if (definition.format === 'text') return text;
  if (definition.format === 'json') {
    const json = safeParseJsonText(text);
    if (!json.success) throw fail(`not valid JSON (${json.error.message})`, json.error);
    const parsed = definition.schema.safeParse(json.value);
    if (!parsed.success) throw fail(`does not match the ${name} schema: ${describeSchemaIssue(parsed.error)}`, parsed.error);
    return parsed.data;
  }
  const records: unknown[] = [];
  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index]!;
    if (line.trim() === '') continue;
    const json = safeParseJsonText(line);
    if (!json.success) throw fail(`line ${index + 1} is not valid JSON (${json.error.message})`, json.error);
    const parsed = definition.schema.safeParse(json.value);
    if (!parsed.success) throw fail(`line ${index + 1} does not match the ${name} schema: ${describeSchemaIssue(parsed.error)}`, parsed.error);
    records.push(parsed.data);
  }
  return records;
}
