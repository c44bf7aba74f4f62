import { z } from 'zod';

/** How much to generate per principle. Small by default: the cost is shown before a run starts. */
export const synthesisSizesSchema = z.strictObject({
  /** Categories per principle (one generator call). @default 8 */
  categories: z.number().int().positive().max(100).default(8),
  /** In-scope and near-scope prompts per category. @default 8 */
  promptsPerCategory: z.number().int().positive().max(200).default(8),
  /** Out-of-scope prompts per principle. @default categories × promptsPerCategory */
  outOfScopePrompts: z.number().int().nonnegative().max(5000).optional(),
  /** Prompts asked for in one generator call. @default 8 */
  promptsPerCall: z.number().int().positive().max(50).default(8),
  /** Near/out-of-scope baselines judged in one verifier call. @default 8 */
  anchorsPerCall: z.number().int().positive().max(50).default(8),
  /** Prompts at least this cosine-similar to an earlier kept prompt are dropped as near-duplicates. @default 0.92 */
  duplicateSimilarity: z.number().min(0).max(1).default(0.92),
  /** Share of each category's records held out as the test split. @default 0.2 */
  testFraction: z.number().min(0).max(0.9).default(0.2),
});
export type SynthesisSizes = z.infer<typeof synthesisSizesSchema>;
export type SynthesisSizesInput = z.input<typeof synthesisSizesSchema>;

/** The sizes with every default filled in (`outOfScopePrompts` resolved). */
export function resolveSynthesisSizes(input: SynthesisSizesInput = {}): SynthesisSizes & { outOfScopePrompts: number } {
  const sizes = synthesisSizesSchema.parse(input);
  return { ...sizes, outOfScopePrompts: sizes.outOfScopePrompts ?? sizes.categories * sizes.promptsPerCategory };
}
