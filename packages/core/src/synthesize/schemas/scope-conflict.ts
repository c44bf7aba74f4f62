import { z } from 'zod';

/** Two principles whose scopes overlap while their effects pull in opposite directions. */
export const scopeConflictSchema = z.object({
  principleIds: z.tuple([z.string(), z.string()]),
  /** Cosine similarity of the two domains (1 = same wording), when embeddings were available. */
  domainSimilarity: z.number().nullable(),
  kind: z.enum(['contradicting-checks', 'opposite-effects']),
  explanation: z.string(),
  source: z.enum(['model', 'offline']),
});
export type ScopeConflict = z.infer<typeof scopeConflictSchema>;
