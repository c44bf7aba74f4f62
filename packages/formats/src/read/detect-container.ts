import { z } from 'zod';
import { safeParseJsonText } from './parse-json-text.ts';

export const containerSchema = z.enum(['jsonl', 'json', 'csv', 'tsv']);
/** How rows are laid out in a file, independent of which system wrote them. */
export type Container = z.infer<typeof containerSchema>;

const byExtension: Record<string, Container> = {
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.jsonlines': 'jsonl',
  '.csv': 'csv',
  '.tsv': 'tsv',
};

function firstNonWhitespace(head: Buffer, from = 0): number {
  for (let index = from; index < head.length; index += 1) {
    const byte = head[index];
    if (byte !== 0x20 && byte !== 0x0a && byte !== 0x0d && byte !== 0x09) return index;
  }
  return -1;
}

/** True when a file starts with a UTF-16 byte-order mark (Excel's "Unicode text" exports). */
export function isUtf16(head: Buffer): boolean {
  return head.length >= 2 && ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff));
}

/**
 * Picks the container from the extension (`.gz` ignored), then from the first bytes: `[` is a JSON array,
 * `{` is JSONL when its first line is a whole object followed by another object (or nothing), else JSON.
 */
export function detectContainer(path: string, head: Buffer): Container {
  const name = path.toLowerCase().replace(/\.gz$/, '');
  const extension = name.slice(name.lastIndexOf('.'));
  const known = byExtension[extension];
  if (known) return known;
  const bomLength = head.length >= 3 && head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
  const start = firstNonWhitespace(head, bomLength);
  if (start === -1) return extension === '.json' ? 'json' : 'jsonl';
  if (head[start] === 0x5b) return 'json';
  if (head[start] !== 0x7b) return extension === '.json' ? 'json' : 'csv';
  const end = head.indexOf(0x0a, start);
  if (end === -1) return extension === '.json' ? 'json' : 'jsonl';
  const firstLine = safeParseJsonText(head.subarray(start, end).toString('utf8'));
  if (!firstLine.success) return 'json';
  const next = firstNonWhitespace(head, end);
  return next === -1 || head[next] === 0x7b ? 'jsonl' : 'json';
}
