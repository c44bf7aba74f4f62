import { z } from 'zod';

/**
 * Why a row was not kept, in words a person understands. `rating without critique` is not an error:
 * such rows are counted as `ratingsOnly` in the summary and written to the rejects file so nothing is lost.
 */
export const rejectReasons = [
  'invalid JSON',
  'invalid UTF-8',
  'invalid CSV row',
  'not an object',
  'not a JSON array',
  'missing critique',
  'missing field',
  'rating without critique',
  'wrong type',
  'field too large',
  'line too large',
  'duplicate id',
  'length mismatch',
  'too deeply nested',
  'invalid gzip',
] as const;
export const rejectReasonSchema = z.enum(rejectReasons);
export type RejectReason = z.infer<typeof rejectReasonSchema>;

/** One row that did not become a record: where it was, which field, why, and a redacted snippet of it. */
export const rejectSchema = z.object({
  file: z.string(),
  line: z.number().int().nonnegative(),
  /** Dotted path of the offending field: the zod path for schema problems, the input path otherwise. */
  field: z.string().optional(),
  /** For a row split by `explode`: the index of the element this reject is about. */
  element: z.number().int().nonnegative().optional(),
  reason: rejectReasonSchema,
  message: z.string(),
  /** The row as read, truncated to about 2 KB, with secrets redacted. */
  raw: z.string(),
});
export type Reject = z.infer<typeof rejectSchema>;
