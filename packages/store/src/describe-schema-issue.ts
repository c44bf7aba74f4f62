import type { z } from 'zod';

/** The first zod issue as `field "a.b": message`. */
export function describeSchemaIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'does not match the schema';
  return issue.path.length > 0 ? `field "${issue.path.join('.')}": ${issue.message}` : issue.message;
}
