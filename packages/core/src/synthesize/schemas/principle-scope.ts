import { z } from 'zod';

/** Where a principle applies (domain) and what it asks for there (effect). */
export const principleScopeSchema = z.object({
  principleId: z.string().min(1),
  /** The principle text the scope was inferred from. */
  principle: z.string().min(1),
  /** Where the principle applies, e.g. "replies to formal customer complaints". */
  domain: z.string().min(1),
  /** What changes there, e.g. "use no emojis". */
  effect: z.string().min(1),
  /** Whether the effect asks to do something or to avoid something. */
  polarity: z.enum(['do', 'avoid']),
  /** Who decided: the generator model, the offline rules, or the user (flag or review). */
  source: z.enum(['model', 'offline', 'override']),
});
export type PrincipleScope = z.infer<typeof principleScopeSchema>;

/** User overrides of an inferred scope (flags today, review screens later). */
export interface ScopeOverride {
  domain?: string;
  effect?: string;
  polarity?: 'do' | 'avoid';
}
