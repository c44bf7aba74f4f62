import { z } from 'zod';

/**
 * The label of a pair: `a` or `b`, or one of the two tie kinds (`tie`; `both_bad` = ICAI's "tie (bothbad)").
 * Ties are kept and counted but never enter an agreement denominator.
 */
export const preferenceLabelSchema = z.enum(['a', 'b', 'tie', 'both_bad']);
export type PreferenceLabel = z.infer<typeof preferenceLabelSchema>;

/** A pairwise preference, as read by the constitution (ICAI) stages. */
export const preferenceSchema = z.object({
  id: z.string().min(1),
  /** Shown once, as its own field (never merged into both texts). */
  prompt: z.string().optional(),
  textA: z.string(),
  textB: z.string(),
  preferred: preferenceLabelSchema,
  /** Generating models, carried into exports. */
  modelA: z.string().optional(),
  modelB: z.string().optional(),
  critique: z.string().optional(),
  metadata: z.record(z.string(), z.unknown()).default({}),
});
export type Preference = z.infer<typeof preferenceSchema>;

/** True for `a` / `b`: the pair has a side to agree with. */
export function isDecisivePreference(preference: Pick<Preference, 'preferred'>): preference is Pick<Preference, 'preferred'> & { preferred: 'a' | 'b' } {
  return preference.preferred === 'a' || preference.preferred === 'b';
}
