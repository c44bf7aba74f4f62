import { createHash } from 'node:crypto';

/** A stable id derived from content, so re-runs over the same input produce the same ids. */
export function contentId(prefix: string, ...parts: readonly unknown[]): string {
  const hash = createHash('sha256');
  for (const part of parts) {
    hash.update(typeof part === 'string' ? part : JSON.stringify(part) ?? 'undefined');
    hash.update('\u0000');
  }
  return `${prefix}_${hash.digest('hex').slice(0, 16)}`;
}
