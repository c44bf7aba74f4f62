import { TenetsArtefactError } from '@tenets/core';
import { writeJsonAtomic, writeJsonlAtomic, writeTextAtomic, type WrittenFile } from '@tenets/formats';
import type { ArtefactDefinition } from './artefact-definition.ts';
import { describeSchemaIssue } from './describe-schema-issue.ts';
import { writeBytesAtomic } from './write-bytes-atomic.ts';

/**
 * Validates `value` against the definition's schema, then writes it atomically in the definition's format.
 * The value is written as given (key order kept), not as parsed, so the bytes are exactly the caller's.
 */
export async function writeArtefactFile(path: string, name: string, definition: ArtefactDefinition, value: unknown): Promise<WrittenFile> {
  const records = definition.format === 'jsonl' ? (Array.isArray(value) ? value : undefined) : [value];
  if (!records) throw new TenetsArtefactError({ file: definition.file, artefact: name, problem: 'invalid', message: `expected an array of records to write as JSONL, got ${typeof value}` });
  records.forEach((record, index) => {
    const parsed = definition.schema.safeParse(record);
    if (!parsed.success) {
      const where = definition.format === 'jsonl' ? `record ${index + 1}: ` : '';
      throw new TenetsArtefactError({ file: definition.file, artefact: name, problem: 'invalid', message: `refusing to write a value that does not match the ${name} schema (${where}${describeSchemaIssue(parsed.error)})` });
    }
  });
  switch (definition.format) {
    case 'json':
      return writeJsonAtomic(path, value);
    case 'jsonl': {
      const written = await writeJsonlAtomic(path, records);
      return { path: written.path, bytes: written.bytes, sha256: written.sha256 };
    }
    case 'text':
      return writeTextAtomic(path, value as string);
    case 'binary':
      return writeBytesAtomic(path, value as Uint8Array);
  }
}
