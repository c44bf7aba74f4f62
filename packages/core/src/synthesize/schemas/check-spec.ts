import { z } from 'zod';

/**
 * A declarative, checkable rule derived from a principle's effect. It is data, never code: `evaluateCheck`
 * interprets it. Regexes are length-bounded and compiled with the given flags only.
 */
export const checkSpecSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('regex'),
    pattern: z.string().min(1).max(200),
    flags: z.string().regex(/^[imsu]*$/, 'flags may only be i, m, s, u').default(''),
    /** `match`: the response must match; `no-match`: it must not. */
    expect: z.enum(['match', 'no-match']),
  }).refine((spec) => compiles(spec.pattern, spec.flags), { message: 'pattern is not a valid regular expression', path: ['pattern'] }),
  z.object({ kind: z.literal('contains-all'), values: z.array(z.string().min(1)).min(1), caseSensitive: z.boolean().default(false) }),
  z.object({ kind: z.literal('contains-any'), values: z.array(z.string().min(1)).min(1), caseSensitive: z.boolean().default(false) }),
  z.object({ kind: z.literal('contains-none'), values: z.array(z.string().min(1)).min(1), caseSensitive: z.boolean().default(false) }),
  z.object({ kind: z.literal('starts-with'), value: z.string().min(1), caseSensitive: z.boolean().default(false) }),
  z.object({ kind: z.literal('ends-with'), value: z.string().min(1), caseSensitive: z.boolean().default(false) }),
  z.object({
    kind: z.literal('length'),
    unit: z.enum(['words', 'chars']),
    min: z.number().int().nonnegative().optional(),
    max: z.number().int().positive().optional(),
  }),
  /** The response is written in this language (ISO 639-1: en, fr, es, de, it, pt, nl). */
  z.object({ kind: z.literal('language'), language: z.enum(['en', 'fr', 'es', 'de', 'it', 'pt', 'nl']) }),
]);
export type CheckSpec = z.infer<typeof checkSpecSchema>;
export type CheckSpecInput = z.input<typeof checkSpecSchema>;

/** A check derived for one principle, shown for review beside the scope. */
export const derivedCheckSchema = z.object({
  principleId: z.string().min(1),
  spec: checkSpecSchema,
  /** Plain-language reading of the spec, e.g. "contains no emoji". */
  description: z.string().min(1),
  source: z.enum(['model', 'offline']),
});
export type DerivedCheck = z.infer<typeof derivedCheckSchema>;

export const checkResultSchema = z.object({
  passed: z.boolean(),
  /** What was measured, e.g. "2 emoji matches" or "143 words". */
  detail: z.string(),
});
export type CheckResult = z.infer<typeof checkResultSchema>;

function compiles(pattern: string, flags: string): boolean {
  try {
    new RegExp(pattern, flags);
    return true;
  } catch {
    return false;
  }
}
