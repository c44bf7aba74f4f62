import { z } from 'zod';

/** A pairwise preference, as read by the constitution (ICAI) stages. */
export const preferenceSchema = z.object({
  id: z.string().min(1),
  prompt: z.string().optional(),
  textA: z.string(),
  textB: z.string(),
  preferred: z.enum(['a', 'b', 'tie']),
  critique: z.string().optional(),
  metadata: z.record(z.string(), z.unknown()).default({}),
});
export type Preference = z.infer<typeof preferenceSchema>;
