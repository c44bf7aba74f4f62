import { z } from 'zod';

/** Prices in US dollars per 1 million tokens. */
export const modelPriceSchema = z.strictObject({
  input: z.number().nonnegative().describe('USD per 1M input (prompt) tokens'),
  /** Price of input tokens served from the provider's prompt cache. @default input */
  cachedInput: z.number().nonnegative().optional().describe('USD per 1M cached input tokens (defaults to input)'),
  /** Embedding models have no output price. @default 0 */
  output: z.number().nonnegative().optional().describe('USD per 1M output tokens'),
});
export type ModelPrice = z.infer<typeof modelPriceSchema>;

/** Model id (or id prefix, e.g. `gpt-4.1-mini` also matches `gpt-4.1-mini-2025-04-14`) → price. */
export const priceTableSchema = z.record(z.string().min(1), modelPriceSchema);
export type PriceTable = z.infer<typeof priceTableSchema>;
