import { TenetsInvalidInputError } from '@tenets/core';
import type { z } from 'zod';
import { describeIssue } from '../ingest/describe-issue.ts';
import { defaultMaxFieldBytes, defaultMaxLineBytes } from '../ingest/ingest-format.ts';
import { openSource } from '../read/open-source.ts';
import { readJsonlItems } from '../read/read-jsonl-items.ts';
import type { Reject } from '../reject/reject.ts';
import { truncateRaw } from '../reject/truncate-raw.ts';

export interface ReadJsonlOptions {
  /** Throw `TenetsInvalidInputError` at the first bad line. @default false */
  strict?: boolean;
  /** @default 16 MiB */
  maxLineBytes?: number;
}

/**
 * Reads a JSONL artefact back, validating every line with `schema`. Bad lines are returned as rejects
 * (file, line, zod path, reason) rather than failing the whole read, unless `strict`.
 */
export async function readJsonl<TSchema extends z.ZodType>(
  path: string,
  schema: TSchema,
  options: ReadJsonlOptions = {},
): Promise<{ records: z.output<TSchema>[]; rejects: Reject[] }> {
  const records: z.output<TSchema>[] = [];
  const rejects: Reject[] = [];
  const addReject = (reject: Reject) => {
    if (options.strict) {
      throw new TenetsInvalidInputError({ message: `${reject.reason}: ${reject.message}`, file: reject.file, line: reject.line, ...(reject.field ? { field: reject.field } : {}) });
    }
    rejects.push(reject);
  };
  const source = await openSource(path).catch((error: NodeJS.ErrnoException) => {
    throw new TenetsInvalidInputError({ file: path, message: `cannot read the file: ${error.code === 'ENOENT' ? 'no such file' : error.message}`, cause: error });
  });
  try {
    const limits = { maxFieldBytes: Number.POSITIVE_INFINITY, maxLineBytes: options.maxLineBytes ?? Math.max(defaultMaxLineBytes, defaultMaxFieldBytes) };
    for await (const batch of readJsonlItems(source.chunks, limits)) {
      for (const item of batch) {
        if (item.kind === 'blank') continue;
        if (item.kind === 'problem') {
          addReject({ file: path, line: item.line, ...(item.field ? { field: item.field } : {}), reason: item.reason, message: item.message, raw: item.raw });
          continue;
        }
        const parsed = schema.safeParse(item.value);
        if (parsed.success) records.push(parsed.data);
        else {
          const { field, message } = describeIssue(parsed.error.issues[0], item.value, {});
          addReject({ file: path, line: item.line, field, reason: 'wrong type', message, raw: truncateRaw(item.text) });
        }
      }
    }
  } finally {
    await source.close();
  }
  return { records, rejects };
}
