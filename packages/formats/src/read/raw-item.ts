import type { RejectReason } from '../reject/reject.ts';

/** What a container reader (JSONL, JSON array, CSV) yields, before any mapping to a record. */
export type RawItem =
  /** A parsed row: a JSON object, or a CSV row as an object keyed by column (dotted headers nested). */
  | { kind: 'value'; line: number; value: Record<string, unknown>; text: string }
  /** A blank line, harmless and only counted. */
  | { kind: 'blank'; line: number }
  /** A row that could not even be read; becomes a reject. */
  | { kind: 'problem'; line: number; field?: string; reason: RejectReason; message: string; raw: string };

export interface ReaderLimits {
  /** A string field longer than this many bytes rejects its row (`field too large`). */
  maxFieldBytes: number;
  /** A line (or JSON element, or CSV record) longer than this is skipped unread (`line too large`). */
  maxLineBytes: number;
  /** A row (or a JSON cell of it) nesting objects/arrays deeper than this is rejected (`too deeply nested`). @default 100 */
  maxDepth?: number;
}
