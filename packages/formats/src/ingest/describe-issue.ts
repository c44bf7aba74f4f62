import type { z } from 'zod';
import { getPath } from '../map/dotted-path.ts';
import { describeJsonType } from '../read/bytes-to-item.ts';

const expectations: Record<string, string> = {
  rating: 'a number or "up"/"down"',
  origin: '"human" or "machine"',
  context: 'an object with prompt, response, messages or trajectory',
  metadata: 'an object',
  preferred: '"a", "b" or "tie"',
};

/**
 * A zod issue in words: which field, what was expected, what was found, and which column it came from.
 * `expecting` overrides the expected value of a field (e.g. a rating that may also be a scale label).
 */
export function describeIssue(
  issue: z.core.$ZodIssue,
  candidate: Record<string, unknown>,
  sources: Record<string, string>,
  expecting: Record<string, string> = {},
): { field: string; message: string } {
  const field = issue.path.map(String).join('.');
  const value = getPath(candidate, field);
  const expected = expecting[field] ?? expectations[field] ?? (issue.code === 'invalid_type' ? `a ${issue.expected}` : undefined);
  const column = sources[field] ?? sources[String(issue.path[0])];
  const from = column && column !== field ? ` (from column "${column}")` : '';
  if (value === undefined && issue.code === 'invalid_type') return { field, message: `"${field}" is missing${from}` };
  const got = describeJsonType(value);
  const message = expected ? `"${field}" must be ${expected}, got ${got}${from}` : `"${field}": ${issue.message}, got ${got}${from}`;
  return { field, message };
}
